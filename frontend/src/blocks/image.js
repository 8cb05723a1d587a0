import { html } from "../html.js";
import { picture } from "../image.js";

export default function image({ image, caption }) {
  if (!image) return "";
  return html`<figure class="figure">${picture(image)}${
    caption ? html`<figcaption>${caption}</figcaption>` : ""
  }</figure>`;
}
