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

/** The results list for a directory API answer (or its error). */
export function directoryResultsHtml(data, status, now = new Date()) {
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
    <ul class="listings"${planned ? html` data-planned="${data.at}"` : ""}>${results.map((listing) => listingCard(listing, now))}</ul>`);
}
