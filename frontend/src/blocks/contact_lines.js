import { html, safeUrl } from "../lib/html.js";
import { pageLocale, t } from "../lib/i18n.js";

// The verb before a number, a key of the interface's catalogue.
const VERBS = { phone: "card.call", text: "card.text", online: "contact.visit" };

export function contactLine(line, locale = pageLocale()) {
  // A line saved in a draft without its number or address has nothing to call.
  const href = line.value ? safeUrl(line.href) : null;
  if (!line.label && !href) return "";
  const action =
    line.kind === "online"
      ? line.label || line.value
      : `${t(locale, VERBS[line.kind] || VERBS.phone)} ${line.value}`;
  return html`<li class="contact-line contact-line--${line.kind}">
    ${line.label ? html`<span class="contact-line__label">${line.label}</span>` : ""}
    ${
      href
        ? html`<a class="contact-line__action" href="${href}"${
            line.kind === "online" ? html` rel="noreferrer noopener"` : ""
          }>${action}</a>`
        : ""
    }
    ${line.description ? html`<span class="contact-line__description">${line.description}</span>` : ""}
    ${line.note ? html`<span class="contact-line__note">${t(locale, "crisis.whenYouCall")} ${line.note}</span>` : ""}
  </li>`;
}

export default function contactLines({ heading, lines }) {
  const locale = pageLocale();
  const items = (lines || [])
    .map((line) => contactLine(line, locale))
    .filter((item) => String(item));
  if (!items.length) return "";
  return html`<section class="contact-lines">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <ul>${items}</ul>
  </section>`;
}
