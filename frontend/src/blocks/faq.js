import { html, raw } from "../lib/html.js";
import { sanitizeRichText } from "../lib/sanitize.js";

export default function faq({ heading, items }) {
  // A question saved in a draft before it was written has nothing to open.
  const asked = (items || []).filter((item) => item?.question);
  if (!asked.length) return "";
  return html`<section class="faq">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    ${asked.map(
      (item) => html`<details class="faq__item">
        <summary>${item.question}</summary>
        <div class="rich-text">${raw(sanitizeRichText(item.answer || ""))}</div>
      </details>`,
    )}
  </section>`;
}
