// The results of the site search, from the pages API's answer.
import { html, safeUrl } from "../lib/html.js";

/** The results list for a pages API answer (or its error). */
export function searchResultsHtml(data, status) {
  if (status >= 400)
    return String(html`<p class="error-detail">${data?.message || "Search failed."}</p>`);
  const items = data?.items || [];
  if (!items.length) return String(html`<p>Nothing found. Try another word.</p>`);
  return String(html`<p>${items.length} ${items.length === 1 ? "page" : "pages"} found.</p>
    <ul class="search__list">${items.map((item) => {
      const path = item.meta?.html_url ? new URL(item.meta.html_url).pathname : "/";
      const description = item.meta?.search_description;
      return html`<li><a href="${safeUrl(path) || "/"}">${item.title}</a>${
        description ? html`<p>${description}</p>` : ""
      }</li>`;
    })}</ul>`);
}
