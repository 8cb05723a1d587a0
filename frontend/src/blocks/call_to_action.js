import { html, safeUrl } from "../lib/html.js";

export default function callToAction({ heading, text, button_label: label, url }) {
  const href = safeUrl(url);
  // A button needs both its words and where it goes; a draft may have neither yet.
  const button = href && label ? html`<a class="button" href="${href}">${label}</a>` : "";
  if (!heading && !text && !button) return "";
  return html`<section class="cta">
    ${heading ? html`<h2 class="cta__heading">${heading}</h2>` : ""}
    ${text ? html`<p>${text}</p>` : ""}
    ${button}
  </section>`;
}
