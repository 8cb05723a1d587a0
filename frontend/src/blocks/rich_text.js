import { html, raw } from "../html.js";
import { sanitizeRichText } from "../sanitize.js";

export default function richText(value) {
  return html`<div class="rich-text">${raw(sanitizeRichText(value))}</div>`;
}
