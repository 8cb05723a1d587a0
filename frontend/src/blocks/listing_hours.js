// "Opening hours of a listing": a listing's week of hours on a page (a post about the clinic's
// hours). The hours are the listing's own, so the page and the directory say the same thing.
import { closureNotices } from "../directory/closure-notice.js";
import { weeklyHours } from "../directory/hours-table.js";
import { html } from "../lib/html.js";

export default function listingHours({ heading, listing }) {
  if (!listing) return ""; // the listing is not shown to visitors (any more)
  const table = weeklyHours(listing.hours);
  return html`<section class="listing-hours">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <p class="listing-hours__name">${listing.name}</p>
    ${closureNotices(listing.hours).map((notice) => html`<p class="listing__notice">${notice}</p>`)}
    ${table || html`<p>No opening hours are listed.</p>`}
    ${listing.application_process ? html`<p class="listing__how">${listing.application_process}</p>` : ""}
  </section>`;
}
