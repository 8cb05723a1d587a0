// The results list of the directory filters, from the directory API's answer.
import { html } from "../lib/html.js";
import { pageLocale, t } from "../lib/i18n.js";
import { format } from "./format.js";
import { listingCard } from "./listing-card.js";

// The listings on screen, for the map to mark (map-button.js sets onChange).
export const shown = { listings: [], onChange: null };

const PLANNED = {
  weekday: "short",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
};

/** True when the answer is for a time the visitor chose (open_at), not for now. */
function plannedTime(data, now) {
  return data?.at && Math.abs(new Date(data.at) - now) > 5 * 60000;
}

/** This page's address asking for page `page` of its places (the first: no page at all),
 * landing on the list. On the server, `location` is the request's address. */
export function placesPageAddress(page) {
  const params = new URLSearchParams(location.search);
  if (page > 1) params.set("page", String(page));
  else params.delete("page");
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}#directory-results`;
}

/** "More places": a real link to the next page of places (the browser appends them when
 * script runs), or nothing after the last page. */
export function morePlacesHtml(data, locale = pageLocale()) {
  const page = data?.page || 1;
  const size = data?.page_size || 0;
  const left = (data?.count || 0) - page * size;
  if (!size || left <= 0) return "";
  return html`<p class="listings__more"><a class="button" href="${placesPageAddress(page + 1)}"
    data-more-places data-next-page="${page + 1}">${t(locale, "dir.morePlaces")}</a>
    <span class="listings__left">${t(locale, "dir.moreToSee", { n: left })}</span></p>`;
}

/** The results list for a directory API answer (or its error). */
export function directoryResultsHtml(data, status, now = new Date(), locale = pageLocale()) {
  if (status >= 400 && data?.parameter === "page") {
    // A page of places that is not there (a mistyped or old address): said, with the way back.
    const said =
      locale === "en" && data.message?.startsWith("There is no page")
        ? data.message
        : t(locale, "dir.notAPage");
    return String(html`<p class="error-detail">${said}.
      <a href="${placesPageAddress(1)}">${t(locale, "dir.firstPage")}</a>.</p>`);
  }
  if (status >= 400) {
    return String(
      html`<p class="error-detail">${(locale === "en" && data?.message) || t(locale, "dir.notLoaded")}</p>`,
    );
  }
  const results = data?.results || [];
  shown.listings = results;
  shown.onChange?.(results);
  if (!results.length) {
    return String(html`<p>${t(locale, "dir.noMatch")}
      <a href="/resource-guide/additional-resources/">${t(locale, "dir.byPhone")}</a>.</p>`);
  }
  // Hours shown for a chosen time stay for that time: the minute refresh leaves them alone.
  const planned = plannedTime(data, now);
  const when = planned
    ? ` ${t(locale, "dir.openAt", { when: format(data.at, "America/Chicago", PLANNED, locale).replace(":00", "") })}`
    : "";
  const places = t(locale, data.count === 1 ? "dir.place" : "dir.places");
  return String(html`<p class="listings__count">${data.count} ${places}${when}</p>
    <ul class="listings"${planned ? html` data-planned="${data.at}"` : ""}>${results.map((listing) => listingCard(listing, now, { locale }))}</ul>
    ${morePlacesHtml(data, locale)}`);
}
