import { html, raw } from "../html.js";
import { sanitizeRichText } from "../sanitize.js";

export default function richText(value) {
  if (!value) return "";
  return html`<div class="rich-text">${raw(sanitizeRichText(value))}</div>`;
}
