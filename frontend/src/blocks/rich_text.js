import { html, raw } from "../lib/html.js";
import { sanitizeRichText } from "../lib/sanitize.js";

export default function richText(value) {
  if (!value) return "";
  return html`<div class="rich-text">${raw(sanitizeRichText(value))}</div>`;
}
