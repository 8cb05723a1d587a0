// "Opening hours of a listing": a listing's week of hours on a page (a post about the clinic's
// hours). The hours are the listing's own, so the page and the directory say the same thing.
import { closureNotices } from "../directory/closure-notice.js";
import { weeklyHours } from "../directory/hours-table.js";
import { html } from "../lib/html.js";
import { pageLocale, t } from "../lib/i18n.js";

export default function listingHours({ heading, listing }) {
  if (!listing) return ""; // the listing is not shown to visitors (any more)
  const locale = pageLocale();
  const table = weeklyHours(listing.hours, locale);
  return html`<section class="listing-hours">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <p class="listing-hours__name">${listing.name}</p>
    ${closureNotices(listing.hours, new Date(), locale).map((notice) => html`<p class="listing__notice">${notice}</p>`)}
    ${table || html`<p>${t(locale, "hours.none")}</p>`}
    ${listing.application_process ? html`<p class="listing__how">${listing.application_process}</p>` : ""}
  </section>`;
}
