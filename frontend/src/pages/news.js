import { renderBlocks } from "../blocks/index.js";
import { html } from "../lib/html.js";
import { picture } from "../lib/image.js";
import { formatDate } from "./common.js";

export default function news(page) {
  return html`<header class="page-header">
      <h1 tabindex="-1">${page.title}</h1>
      <p class="meta"><time datetime="${page.date}">${formatDate(page.date)}</time>${
        page.tags?.length ? html` · ${page.tags.join(", ")}` : ""
      }</p>
      ${page.summary ? html`<p class="lead">${page.summary}</p>` : ""}
    </header>
    ${page.image ? html`<figure class="figure">${picture(page.image, { eager: true })}</figure>` : ""}
    ${renderBlocks(page.body)}`;
}
