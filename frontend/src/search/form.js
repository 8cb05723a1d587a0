// The site search form, on the search page and the "Page not found" page.
import { html } from "../lib/html.js";

/** The search form: htmx sends it to the pages API and shows the results below it. */
export function searchForm(id = "search", word = "") {
  return html`<form class="search" role="search" data-search action="/search/" method="get"
      data-hx-get="/api/v2/pages/" data-hx-target="#${id}-results" data-hx-swap="innerHTML"
      data-hx-trigger="submit, input changed delay:400ms from:find input">
    <label for="${id}-query">Search this site</label>
    <div class="search__row">
      <input id="${id}-query" name="search" type="search" autocomplete="off" required minlength="2"${word ? html` value="${word}"` : ""}>
      <input type="hidden" name="fields" value="search_description">
      <input type="hidden" name="limit" value="20">
      <button type="submit" class="button">Search</button>
    </div>
  </form>
  <div id="${id}-results" class="search__results" data-json-view="search-results" aria-live="polite"></div>`;
}
