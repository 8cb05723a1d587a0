import { html, safeUrl } from "../html.js";

export default function callToAction({ heading, text, button_label: label, url }) {
  const href = safeUrl(url);
  return html`<section class="cta">
    <h2 class="cta__heading">${heading}</h2>
    ${text ? html`<p>${text}</p>` : ""}
    ${href ? html`<a class="button" href="${href}">${label}</a>` : ""}
  </section>`;
}
