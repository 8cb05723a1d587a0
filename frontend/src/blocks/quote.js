import { html } from "../lib/html.js";

export default function quote({ text, attribution }) {
  if (!text) return "";
  return html`<figure class="quote"><blockquote><p>${text}</p></blockquote>${
    attribution ? html`<figcaption>${attribution}</figcaption>` : ""
  }</figure>`;
}
