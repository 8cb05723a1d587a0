import { renderBlocks } from "../blocks/index.js";
import { html, safeUrl } from "../lib/html.js";
import { formatDate, pageHeader } from "./common.js";

export default function newsIndex(page) {
  const posts = page.posts || [];
  return html`${pageHeader(page.title, page.intro)}
    ${renderBlocks(page.body)}
    ${
      posts.length
        ? html`<ul class="post-list">${posts.map(
            (post) => html`<li class="post-list__item">
            <h2><a href="${safeUrl(post.url) || "/"}">${post.title}</a></h2>
            <p class="meta"><time datetime="${post.date}">${formatDate(post.date)}</time></p>
            <p>${post.summary}</p>
          </li>`,
          )}</ul>`
        : html`<p>No posts yet.</p>`
    }`;
}
