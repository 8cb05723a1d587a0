import { html, raw } from "../html.js";
import { sanitizeRichText } from "../sanitize.js";

export default function faq({ heading, items }) {
  return html`<section class="faq">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    ${items.map(
      (item) => html`<details class="faq__item">
        <summary>${item.question}</summary>
        <div class="rich-text">${raw(sanitizeRichText(item.answer))}</div>
      </details>`,
    )}
  </section>`;
}
