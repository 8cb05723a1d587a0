// The results list of the directory filters, from the directory API's answer.
import { html } from "../lib/html.js";
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
export function morePlacesHtml(data) {
  const page = data?.page || 1;
  const size = data?.page_size || 0;
  const left = (data?.count || 0) - page * size;
  if (!size || left <= 0) return "";
  return html`<p class="listings__more"><a class="button" href="${placesPageAddress(page + 1)}"
    data-more-places data-next-page="${page + 1}">More places</a>
    <span class="listings__left">${left} more to see</span></p>`;
}

/** The results list for a directory API answer (or its error). */
export function directoryResultsHtml(data, status, now = new Date()) {
  if (status >= 400 && data?.parameter === "page") {
    // A page of places that is not there (a mistyped or old address): said, with the way back.
    const said = data.message?.startsWith("There is no page")
      ? data.message
      : "That is not a page of these places: they are numbered from 1";
    return String(html`<p class="error-detail">${said}.
      <a href="${placesPageAddress(1)}">See the first page of places</a>.</p>`);
  }
  if (status >= 400) {
    return String(
      html`<p class="error-detail">${data?.message || "The listings did not load."}</p>`,
    );
  }
  const results = data?.results || [];
  shown.listings = results;
  shown.onChange?.(results);
  if (!results.length) {
    return String(html`<p>No listings match. Try fewer filters, or see
      <a href="/resource-guide/additional-resources/">help by phone and online</a>.</p>`);
  }
  // Hours shown for a chosen time stay for that time: the minute refresh leaves them alone.
  const planned = plannedTime(data, now);
  const when = planned
    ? ` open ${format(data.at, "America/Chicago", PLANNED).replace(":00", "")}`
    : "";
  return String(html`<p class="listings__count">${data.count} ${data.count === 1 ? "place" : "places"}${when}</p>
    <ul class="listings"${planned ? html` data-planned="${data.at}"` : ""}>${results.map((listing) => listingCard(listing, now))}</ul>
    ${morePlacesHtml(data)}`);
}
