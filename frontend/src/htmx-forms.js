// Forms that htmx sends: site search (pages API) and a city's directory filters (directory
// API). The API answers JSON; one listener turns it into the HTML htmx swaps in. htmx is
// loaded only when such a form is on screen, so other pages never download it.
import { apiBase, apiSite } from "./api.js";
import { directoryResultsHtml, rememberFilters } from "./directory.js";
import { html, safeUrl } from "./html.js";

let htmxReady = null;
const FORMS = "form[data-search], form[data-directory]";

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

// Which renderer turns the JSON for a results box (its data-json-view) into HTML.
const JSON_VIEWS = {
  "search-results": searchResultsHtml,
  "directory-results": directoryResultsHtml,
};

function loadHtmx() {
  htmxReady ??= import("htmx.org").then(({ default: htmx }) => {
    // Our router owns the browser history; htmx must not push or restore pages.
    htmx.config.history = false;
    htmx.config.includeIndicatorCSS = false;
    htmx.config.mode = apiBase() ? "cors" : "same-origin";
    const view = (ctx) => JSON_VIEWS[ctx.target?.dataset?.jsonView];
    document.addEventListener("htmx:config:request", (event) => {
      const ctx = event.detail.ctx;
      if (!view(ctx)) return;
      ctx.request.headers.Accept = "application/json";
      if (ctx.sourceElement?.matches?.("form[data-directory]")) rememberFilters(ctx.sourceElement);
    });
    document.addEventListener("htmx:after:request", (event) => {
      const ctx = event.detail.ctx;
      const render = view(ctx);
      if (!render) return;
      let data = null;
      try {
        data = JSON.parse(ctx.text);
      } catch {
        data = null;
      }
      ctx.text = render(data, ctx.response?.status ?? 0);
    });
    return htmx;
  });
  return htmxReady;
}

/** Wire up the htmx forms inside `root` (after a page renders). */
export async function enhanceForms(root) {
  const forms = root.querySelectorAll(FORMS);
  if (!forms.length) return;
  const base = apiBase();
  if (base) forms.forEach((form) => form.setAttribute("hx-get", base + form.getAttribute("hx-get")));
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
