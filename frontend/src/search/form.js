// The site search form, on the search page and the "Page not found" page.
import { html } from "../lib/html.js";
import { DEFAULT_LOCALE, localPath, t } from "../lib/i18n.js";

/** The search form: htmx sends it to the site search API and shows the results below it.
 * Without script it is a plain form: the server draws /search/?q=… (/es/buscar/) with its
 * results. */
export function searchForm(id = "search", word = "", locale = DEFAULT_LOCALE) {
  return html`<form class="search" role="search" data-search action="${localPath(locale, "search")}" method="get"
      data-hx-get="/api/v2/search/" data-hx-target="#${id}-results" data-hx-swap="innerHTML"
      data-hx-trigger="submit, input changed delay:400ms from:find input">
    <label for="${id}-query">${t(locale, "search.label")}</label>${
      locale !== DEFAULT_LOCALE ? html`<input type="hidden" name="locale" value="${locale}">` : ""
    }
    <div class="search__row">
      <input id="${id}-query" name="q" type="search" autocomplete="off" required minlength="2"${word ? html` value="${word}"` : ""}>
      <button type="submit" class="button">${t(locale, "search.button")}</button>
    </div>
  </form>
  <div id="${id}-results" class="search__results" data-json-view="search-results" aria-live="polite"></div>`;
}
