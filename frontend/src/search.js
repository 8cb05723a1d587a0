// Search uses htmx: the form asks the pages API and the results replace the list below it.
// htmx is loaded only when a search form is on screen, so other pages never download it.
import { apiBase, apiSite } from "./api.js";
import { html, safeUrl } from "./html.js";

let htmxReady = null;

/** The results list for a pages API answer (or its error). */
export function searchResultsHtml(data, status) {
  if (status >= 400) return String(html`<p class="error-detail">${data?.message || "Search failed."}</p>`);
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

function loadHtmx() {
  htmxReady ??= import("htmx.org").then(({ default: htmx }) => {
    // Our router owns the browser history; htmx must not push or restore pages.
    htmx.config.history = false;
    htmx.config.includeIndicatorCSS = false;
    htmx.config.mode = apiBase() ? "cors" : "same-origin";
    const isSearch = (ctx) => ctx.target?.matches?.('[data-json-view="search-results"]');
    document.addEventListener("htmx:config:request", (event) => {
      if (isSearch(event.detail.ctx)) event.detail.ctx.request.headers.Accept = "application/json";
    });
    document.addEventListener("htmx:after:request", (event) => {
      const ctx = event.detail.ctx;
      if (!isSearch(ctx)) return;
      let data = null;
      try {
        data = JSON.parse(ctx.text);
      } catch {
        data = null;
      }
      ctx.text = searchResultsHtml(data, ctx.response?.status ?? 0);
    });
    return htmx;
  });
  return htmxReady;
}

/** Wire up any search forms inside `root` (after a page renders). */
export async function enhanceSearch(root) {
  const forms = root.querySelectorAll("form[data-search]");
  if (!forms.length) return;
  const base = apiBase();
  if (base) forms.forEach((form) => form.setAttribute("hx-get", `${base}/api/v2/pages/`));
  const site = apiSite();
  if (site) {
    forms.forEach((form) => {
      const input = Object.assign(document.createElement("input"), { type: "hidden", name: "site", value: site });
      form.append(input);
    });
  }
  const htmx = await loadHtmx();
  forms.forEach((form) => htmx.process(form));
}
