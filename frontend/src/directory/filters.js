// The directory's filters: the form on a city page (or the guide, across every city) that htmx
// sends to the directory API whenever it changes. The chosen filters are kept in the page
// address (replaceState), so a list can be shared or reloaded.
import { html } from "../lib/html.js";
import { scriptOnly } from "../lib/script-only.js";

// The filters a shared address keeps. A city page's own city is part of the page, not a filter.
const FILTERS = ["q", "city", "service_type", "open_now", "open_at", "free", "walk_in", "language"];
// The guide lists every city's places: a page of them at a time, so its first response stays
// small. A city page lists its own (a few dozen at most) at once.
export const GUIDE_PAGE_SIZE = 10;
const CITY_PAGE_SIZE = 50;

function cityControl(page, chosen) {
  if (page.city) return html`<input type="hidden" name="city" value="${page.city}">`;
  const cities = (page.sections || [])
    .filter((section) => section.city)
    .map((section) => section.city);
  const current = chosen.get("city") || "";
  return html`<p><label class="filters__field">Where
    <select name="city"><option value="">Every city</option>${cities.map(
      (city) =>
        html`<option value="${city}"${city === current ? html` selected` : ""}>${city}</option>`,
    )}</select></label></p>`;
}

const OPEN_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** What the page's address asks for that the form cannot show: kinds of help this site does
 * not list and a time that is not one. Said to the visitor, never silently dropped. */
function notUnderstood(page, types, openAt) {
  const known = new Set((page.service_types || []).map((type) => type.slug));
  const problems = [...types]
    .filter((slug) => !known.has(slug))
    .map((slug) => `“${slug}” is not one of the kinds of help below`);
  if (openAt && !OPEN_AT.test(openAt)) {
    problems.push(`“${openAt}” is not a date and time this page can read`);
  }
  if (!problems.length) return "";
  return html`<p class="filters__unknown" role="status" data-filters-unknown>Part of this
    page's address was not understood: ${problems.join("; ")}. The places below are not
    filtered by it.</p>`;
}

/** The guide's search of every place: words in a place's name or description. */
function searchField(chosen) {
  return html`<p class="filters__search"><label class="filters__field" for="directory-q">Words
    in a place's name or what it offers</label>
    <span class="filters__searchrow"><input type="search" id="directory-q" name="q"
      value="${chosen.get("q") || ""}" maxlength="200" autocomplete="off">
    <button type="submit" class="button">Search</button></span></p>`;
}

/** How many filters the address has chosen (a kind of help each), for the "Filter" button. */
function activeFilters(page, chosen, types, openAt) {
  const known = new Set((page.service_types || []).map((type) => type.slug));
  let active = [...types].filter((slug) => known.has(slug)).length;
  for (const name of ["open_now", "free", "walk_in"]) if (chosen.get(name) === "true") active++;
  if (chosen.get("language") === "es") active++;
  if (openAt) active++;
  if (!page.city && chosen.get("city")) active++;
  return active;
}

/** The same count, from the form as the visitor has it now. */
export function formFilterCount(form) {
  let active = 0;
  for (const field of form.querySelectorAll("details input, details select")) {
    if (field.type === "hidden" || field.disabled) continue;
    if (field.type === "checkbox" ? field.checked : field.value) active++;
  }
  return active;
}

function countText(active) {
  return active ? ` (${active})` : "";
}

/** Show the visitor's count of chosen filters on the "Filter" button. */
export function showFilterCount(form) {
  const count = form.querySelector("[data-filter-count]");
  if (count) count.textContent = countText(formFilterCount(form));
}

/** The filters form and the results box of a city page, or of the guide across every city. */
export function directorySection(page, search = location.search) {
  const chosen = new URLSearchParams(search);
  // Repeated (as the form sends them) or separated by commas (as the API takes them).
  const types = new Set(
    chosen
      .getAll("service_type")
      .flatMap((value) => value.split(","))
      .map((slug) => slug.trim())
      .filter(Boolean),
  );
  const checked = (name) => (chosen.get(name) === "true" ? html` checked` : "");
  const askedAt = (chosen.get("open_at") || "").trim();
  const openAt = OPEN_AT.test(askedAt) ? askedAt : "";
  const guide = !page.city;
  // The page of places the address asks for: the API judges it (a bad one is a 400 that says
  // so). Not a field of the form, so a new choice of filters starts again at the first page.
  const pageAsked = (chosen.get("page") || "").trim();
  return html`<section class="directory" aria-labelledby="directory-heading">
    <h2 id="directory-heading">${guide ? "Search every place" : `Places in ${page.city}`}</h2>
    <form class="filters" data-directory data-hx-get="/api/directory/services/"
        data-hx-target="#directory-results" data-hx-trigger="change, submit" data-hx-swap="innerHTML"${
          pageAsked ? html` data-page="${pageAsked}"` : ""
        }>
      ${notUnderstood(page, types, askedAt)}
      ${guide ? searchField(chosen) : ""}
      <input type="hidden" name="page_size" value="${guide ? GUIDE_PAGE_SIZE : CITY_PAGE_SIZE}">
      <details class="filters__fold">
      <summary class="filters__toggle"><span>Filter<span data-filter-count>${countText(activeFilters(page, chosen, types, openAt))}</span></span></summary>
      ${cityControl(page, chosen)}
      <fieldset>
        <legend>What do you need? <span class="filters__note">Places offering any of the
          kinds of help you tick.</span></legend>
        ${(page.service_types || []).map(
          (type) => html`<label class="filters__option"><input type="checkbox" name="service_type"
            value="${type.slug}"${types.has(type.slug) ? html` checked` : ""}> ${type.name}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>Only show places that are</legend>
        <label class="filters__option"><input type="checkbox" name="open_now" value="true"${checked("open_now")}> Open now</label>
        <label class="filters__option"><input type="checkbox" name="free" value="true"${checked("free")}> Free</label>
        <label class="filters__option"><input type="checkbox" name="walk_in" value="true"${checked("walk_in")}> Walk in, no appointment</label>
        <label class="filters__option"><input type="checkbox" name="language" value="es"${chosen.get("language") === "es" ? html` checked` : ""}> Spanish spoken</label>
        <p class="filters__plan"><label class="filters__field">Planning ahead? Open on
          <input type="datetime-local" name="open_at" value="${openAt}"></label>
          ${scriptOnly(html`<button type="button" class="button button--small button--quiet" data-clear-open-at>Any time</button>`)}
          <span class="filters__note">Missouri time. Shows places open then, with their hours at that time.</span></p>
      </fieldset>
      <input type="hidden" name="near" value="" disabled>
      ${scriptOnly(html`<p class="filters__near"><button type="button" class="button button--small" data-near-me>Sort by distance from me</button>
        <span class="filters__note">Your phone asks first; we round your location to about 1 km and keep nothing.</span></p>
      <p data-map-control hidden><button type="button" class="button button--small" data-show-map aria-expanded="false">Show on a map</button></p>`)}
      <noscript><button type="submit" class="button">Show places</button></noscript>
      </details>
    </form>
    <div class="directory__map" id="directory-map" hidden></div>
    <div id="directory-results" class="directory__results" data-json-view="directory-results"
      aria-live="polite" aria-busy="false"><p>Loading places…</p></div>
  </section>`;
}

/** Keep the chosen filters in the address bar, so the list can be shared or reloaded. */
export function rememberFilters(form) {
  // The visitor has chosen again: what the old address asked for no longer applies.
  form.querySelector("[data-filters-unknown]")?.remove();
  const params = new URLSearchParams();
  for (const field of form.elements) {
    if (!FILTERS.includes(field.name) || field.type === "hidden" || !field.value) continue;
    if ((field.type === "checkbox" || field.type === "radio") && !field.checked) continue;
    params.append(field.name, field.value);
  }
  const query = params.toString();
  history.replaceState(history.state, "", location.pathname + (query ? `?${query}` : ""));
  // A new choice starts again at the first page of places.
  form.removeAttribute("data-page");
  showFilterCount(form);
}

/** "Any time" empties the chosen time and asks again. */
export function wireOpenAt(form) {
  form.querySelector("[data-clear-open-at]")?.addEventListener("click", () => {
    if (!form.elements.open_at.value) return;
    form.elements.open_at.value = "";
    form.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
