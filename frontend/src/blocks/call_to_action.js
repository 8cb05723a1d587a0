import { html, safeUrl } from "../lib/html.js";

export default function callToAction({ heading, text, button_label: label, url, pages = [] }) {
  const href = safeUrl(url);
  // A button needs both its words and where it goes; a draft may have neither yet.
  const button = href && label ? html`<a class="button" href="${href}">${label}</a>` : "";
  // The pages under the linked one (the guide's cities), as the page tree has them.
  const links = (pages || []).filter((page) => safeUrl(page?.url));
  const list = links.length
    ? html`<ul class="cta__pages">
        ${links.map((page) => html`<li><a href="${safeUrl(page.url)}">${page.title}</a></li>`)}
      </ul>`
    : "";
  if (!heading && !text && !button && !list) return "";
  return html`<section class="cta">
    ${heading ? html`<h2 class="cta__heading">${heading}</h2>` : ""}
    ${text ? html`<p>${text}</p>` : ""}
    ${list}
    ${button}
  </section>`;
}
