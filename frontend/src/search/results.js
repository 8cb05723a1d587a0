// The results of the site search, from the site search API's answer: pages, then places, each
// with a line of context in which the words found are marked.
import { html, safeUrl } from "../lib/html.js";
import { pageLocale, t } from "../lib/i18n.js";

/** The context line: every fragment escaped, the ones the API says matched in <mark>. */
export function contextLine(fragments) {
  if (!Array.isArray(fragments) || !fragments.length) return "";
  return html`<p class="search__context">${fragments.map((fragment) =>
    fragment?.mark ? html`<mark>${fragment.text}</mark>` : String(fragment?.text ?? ""),
  )}</p>`;
}

function titleLink(item) {
  const href = safeUrl(item.url);
  return href ? html`<a href="${href}">${item.title}</a>` : html`<span>${item.title}</span>`;
}

function pageResult(item) {
  return html`<li class="search__result">${titleLink(item)}${contextLine(item.context)}</li>`;
}

function placeResult(item, locale) {
  const facts = [item.about, item.where].filter(Boolean).join(" · ");
  // When the words were found in what it offers or where it is, the context says that line.
  const said = (item.context || []).map((fragment) => fragment?.text).join("");
  return html`<li class="search__result search__result--place">
    <span class="search__kind">${t(locale, "search.place")}</span> ${titleLink(item)}
    ${facts && said !== facts ? html`<p class="search__facts">${facts}</p>` : ""}${contextLine(item.context)}</li>`;
}

function count(locale, n, one, many) {
  return `${n} ${t(locale, n === 1 ? one : many)}`;
}

/** The results for a site search API answer (or its error), in the page's language. */
export function searchResultsHtml(data, status, locale = pageLocale()) {
  if (status >= 400)
    return String(html`<p class="error-detail">${data?.message || t(locale, "search.failed")}</p>`);
  const items = Array.isArray(data?.items) ? data.items : [];
  if (!items.length) return String(html`<p>${t(locale, "search.nothing")}</p>`);
  const pages = items.filter((item) => item.kind !== "place");
  const places = items.filter((item) => item.kind === "place");
  const found = [];
  if (pages.length) {
    found.push(count(locale, data?.meta?.pages ?? pages.length, "search.page", "search.pages"));
  }
  if (places.length) {
    found.push(count(locale, data?.meta?.places ?? places.length, "dir.place", "dir.places"));
  }
  return String(html`<p>${t(locale, "search.found", { what: found.join(t(locale, "search.and")) })}</p>
    ${pages.length ? html`<h2 class="search__group">${t(locale, "search.pagesHeading")}</h2><ul class="search__list">${pages.map(pageResult)}</ul>` : ""}
    ${places.length ? html`<h2 class="search__group">${t(locale, "search.placesHeading")}</h2><ul class="search__list">${places.map((item) => placeResult(item, locale))}</ul>` : ""}`);
}
