// The directory's filters: the form on a city page (or the guide, across every city) that htmx
// sends to the directory API whenever it changes. The chosen filters are kept in the page
// address (replaceState), so a list can be shared or reloaded.
import { html } from "../lib/html.js";
import { DEFAULT_LOCALE, pageLocale, t } from "../lib/i18n.js";
import { scriptOnly } from "../lib/script-only.js";

// The filters a shared address keeps. A city page's own city is part of the page, not a filter.
const FILTERS = ["q", "city", "service_type", "open_now", "open_at", "free", "walk_in", "language"];
// The guide lists every city's places: a page of them at a time, so its first response stays
// small. A city page lists its own (a few dozen at most) at once.
export const GUIDE_PAGE_SIZE = 10;
const CITY_PAGE_SIZE = 50;

function cityControl(page, chosen, locale) {
  if (page.city) return html`<input type="hidden" name="city" value="${page.city}">`;
  const cities = (page.sections || [])
    .filter((section) => section.city)
    .map((section) => section.city);
  const current = chosen.get("city") || "";
  return html`<p><label class="filters__field">${t(locale, "dir.where")}
    <select name="city"><option value="">${t(locale, "dir.everyCity")}</option>${cities.map(
      (city) =>
        html`<option value="${city}"${city === current ? html` selected` : ""}>${city}</option>`,
    )}</select></label></p>`;
}

const OPEN_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** What the page's address asks for that the form cannot show: kinds of help this site does
 * not list and a time that is not one. Said to the visitor, never silently dropped. */
function notUnderstood(page, types, openAt, locale) {
  const known = new Set((page.service_types || []).map((type) => type.slug));
  const problems = [...types]
    .filter((slug) => !known.has(slug))
    .map((slug) => t(locale, "dir.unknownType", { slug }));
  if (openAt && !OPEN_AT.test(openAt)) {
    problems.push(t(locale, "dir.badTime", { value: openAt }));
  }
  if (!problems.length) return "";
  return html`<p class="filters__unknown" role="status" data-filters-unknown>${t(locale, "dir.notUnderstood", { problems: problems.join("; ") })}</p>`;
}

/** The guide's search of every place: words in a place's name or description. */
function searchField(chosen, locale) {
  return html`<p class="filters__search"><label class="filters__field" for="directory-q">${t(locale, "dir.words")}</label>
    <span class="filters__searchrow"><input type="search" id="directory-q" name="q"
      value="${chosen.get("q") || ""}" maxlength="200" autocomplete="off">
    <button type="submit" class="button">${t(locale, "dir.search")}</button></span></p>`;
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
export function directorySection(page, search = location.search, locale = pageLocale()) {
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
    <h2 id="directory-heading">${guide ? t(locale, "dir.searchEvery") : t(locale, "dir.placesIn", { city: page.city })}</h2>
    <form class="filters" data-directory data-hx-get="/api/directory/services/"
        data-hx-target="#directory-results" data-hx-trigger="change, submit" data-hx-swap="innerHTML"${
          pageAsked ? html` data-page="${pageAsked}"` : ""
        }>
      ${notUnderstood(page, types, askedAt, locale)}
      ${guide ? searchField(chosen, locale) : ""}
      <input type="hidden" name="page_size" value="${guide ? GUIDE_PAGE_SIZE : CITY_PAGE_SIZE}">${
        // The listings' own words (names, descriptions, kinds of help) in the page's language.
        locale !== DEFAULT_LOCALE
          ? html`
      <input type="hidden" name="locale" value="${locale}">`
          : ""
      }
      <details class="filters__fold">
      <summary class="filters__toggle"><span>${t(locale, "dir.filter")}<span data-filter-count>${countText(activeFilters(page, chosen, types, openAt))}</span></span></summary>
      ${cityControl(page, chosen, locale)}
      <fieldset>
        <legend>${t(locale, "dir.need")} <span class="filters__note">${t(locale, "dir.needNote")}</span></legend>
        ${(page.service_types || []).map(
          (type) => html`<label class="filters__option"><input type="checkbox" name="service_type"
            value="${type.slug}"${types.has(type.slug) ? html` checked` : ""}> ${type.name}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t(locale, "dir.onlyShow")}</legend>
        <label class="filters__option"><input type="checkbox" name="open_now" value="true"${checked("open_now")}> ${t(locale, "dir.openNow")}</label>
        <label class="filters__option"><input type="checkbox" name="free" value="true"${checked("free")}> ${t(locale, "dir.free")}</label>
        <label class="filters__option"><input type="checkbox" name="walk_in" value="true"${checked("walk_in")}> ${t(locale, "dir.walkInOnly")}</label>
        <label class="filters__option"><input type="checkbox" name="language" value="es"${chosen.get("language") === "es" ? html` checked` : ""}> ${t(locale, "dir.spanish")}</label>
        <p class="filters__plan"><label class="filters__field">${t(locale, "dir.planning")}
          <input type="datetime-local" name="open_at" value="${openAt}"></label>
          ${scriptOnly(html`<button type="button" class="button button--small button--quiet" data-clear-open-at>${t(locale, "dir.anyTime")}</button>`)}
          <span class="filters__note">${t(locale, "dir.missouriTime")}</span></p>
      </fieldset>
      <input type="hidden" name="near" value="" disabled>
      ${scriptOnly(html`<p class="filters__near"><button type="button" class="button button--small" data-near-me>${t(locale, "dir.nearMe")}</button>
        <span class="filters__note">${t(locale, "dir.nearNote")}</span></p>
      <p data-map-control hidden><button type="button" class="button button--small" data-show-map aria-expanded="false">${t(locale, "dir.showMap")}</button></p>`)}
      <noscript><button type="submit" class="button">${t(locale, "dir.showPlaces")}</button></noscript>
      </details>
    </form>
    <div class="directory__map" id="directory-map" hidden></div>
    <div id="directory-results" class="directory__results" data-json-view="directory-results"
      aria-live="polite" aria-busy="false"><p>${t(locale, "dir.loading")}</p></div>
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
