import { html } from "../lib/html.js";

export default function principles({ heading, principles: items }) {
  const named = (items || []).filter((item) => item?.title || item?.description);
  if (!named.length) return "";
  return html`<section class="principles">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <ol class="principles__list">${named.map(
      (item) =>
        html`<li>${item.title ? html`<h3>${item.title}</h3>` : ""}${
          item.description ? html`<p>${item.description}</p>` : ""
        }</li>`,
    )}</ol>
  </section>`;
}
