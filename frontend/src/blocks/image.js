import { html } from "../lib/html.js";
import { picture } from "../lib/image.js";

export default function image({ image, caption }) {
  if (!image) return "";
  return html`<figure class="figure">${picture(image)}${
    caption ? html`<figcaption>${caption}</figcaption>` : ""
  }</figure>`;
}
