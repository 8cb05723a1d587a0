import { html } from "../html.js";

export default function principles({ heading, principles: items }) {
  return html`<section class="principles">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <ol class="principles__list">${items.map(
      (item) => html`<li><h3>${item.title}</h3><p>${item.description}</p></li>`,
    )}</ol>
  </section>`;
}
