// One listing of the directory as a card: name, open or closed, how to get in, a closure coming
// soon, what is offered, phones, directions, the week's hours, when our team last checked it,
// and "Report a problem".
import { html, safeUrl } from "../lib/html.js";
import { scriptOnly } from "../lib/script-only.js";
import { closureNotices, localDate } from "./closure-notice.js";
import { weeklyHours } from "./hours-table.js";
import { statusLine } from "./live-status.js";
import { addressLine, textThis } from "./text-this.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function verifiedLine(listing, now = new Date()) {
  if (!listing.assured_date) return "Not yet checked by our team — call ahead.";
  const checked = new Date(`${listing.assured_date}T12:00:00`);
  // Days by the listing's own clock, so the server and every visitor's phone say the same.
  const today = localDate(now, listing.hours?.timezone || "America/Chicago");
  const days = Math.max(
    0,
    Math.round((Date.parse(today) - Date.parse(listing.assured_date)) / 86400000),
  );
  const date = `${MONTHS[checked.getMonth()]} ${checked.getDate()}, ${checked.getFullYear()}`;
  const when = days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  return `Last checked ${when} (${date})${listing.stale ? " — details may have changed, call ahead" : ""}.`;
}

function directions(location) {
  if (location?.latitude == null || location?.longitude == null) return "";
  // A made-up address sits at real coordinates: nobody is sent there.
  if (location.is_example) return "";
  const query = `${location.latitude},${location.longitude}`;
  // A plain link: nothing is asked of a map service until the visitor follows it.
  return html`<a href="https://www.google.com/maps/search/?api=1&amp;query=${query}"
    rel="noreferrer noopener">Directions<span class="visually-hidden"> to ${location.name}</span></a>`;
}

/** Without script the report form is a page of its own, which links back here. */
function reportLink(id) {
  const query = `listing=${encodeURIComponent(id)}&from=${encodeURIComponent(globalThis.location?.pathname || "/")}`;
  return html`<noscript><a href="/report-a-problem/?${query}">Report a problem with this listing</a></noscript>`;
}

/** How people get the help: "Walk in" or "By appointment" at a place; with no place, by its
 * phones ("Call or text") or online. */
export function howToGetIt(listing) {
  if (listing.location) return listing.walk_in ? "Walk in" : "By appointment";
  const kinds = new Set(listing.phones.map((phone) => phone.kind));
  if (kinds.has("voice") && kinds.has("text")) return "Call or text";
  if (kinds.has("voice")) return "Call";
  if (kinds.has("text")) return "Text";
  return "Online";
}

export function listingCard(listing, now = new Date(), { showHours = false } = {}) {
  // The API says in words whether the place is open as it answers; the browser keeps that
  // line true afterwards (live-status.js), with the same rules.
  const status = listing.status_now?.text
    ? { open: listing.status_now.open, text: listing.status_now.text }
    : statusLine(listing, now);
  const location = listing.location;
  const attendance = howToGetIt(listing);
  return html`<li class="listing" id="listing-${listing.id}">
    <h3 class="listing__name">${listing.name}</h3>
    ${listing.organization?.name && listing.organization.name !== listing.name ? html`<p class="listing__provider">From ${listing.organization.name}</p>` : ""}
    <p class="listing__status ${status.open ? "is-open" : "is-closed"}"
      data-listing-hours="${JSON.stringify({ status: listing.status, hours: listing.hours })}"><strong>${status.text}</strong>
      · ${attendance}${listing.is_free ? " · Free" : ""}${
        listing.distance_km != null ? ` · ${listing.distance_km} km away` : ""
      }</p>
    ${closureNotices(listing.hours, now).map(
      (notice) => html`<p class="listing__notice">${notice}</p>`,
    )}
    <p class="listing__types">${listing.service_types.map((t) => t.name).join(" · ")}</p>
    <p>${listing.description}</p>
    ${listing.application_process ? html`<p class="listing__how">${listing.application_process}</p>` : ""}
    ${!listing.is_free && listing.fees_description ? html`<p class="listing__fees">${listing.fees_description}</p>` : ""}
    ${location ? html`<p class="listing__address">${addressLine(location, listing.name)}</p>` : ""}
    <p class="listing__actions">${listing.phones.map((phone) => {
      const href = safeUrl(phone.href);
      const verb = phone.kind === "text" ? "Text" : "Call";
      // The note says what the number is for ("After hours", "Example number, not in service").
      const note = phone.description
        ? html` <span class="listing__phone-note">${phone.description}</span>`
        : "";
      return href
        ? html`<a class="button button--small" href="${href}">${verb} ${phone.number}</a>${note}`
        : "";
    })}${directions(location)}</p>
    ${
      listing.hours?.weekly?.length
        ? html`<details class="listing__hours"${showHours ? html` open` : ""}>
      <summary>Opening hours</summary>${weeklyHours(listing.hours)}</details>`
        : ""
    }
    ${textThis(listing, now)}
    <p class="listing__verified">${verifiedLine(listing, now)}</p>
    <div class="listing__report">${scriptOnly(html`<button type="button" class="link-button"
      data-report="${listing.id}" aria-expanded="false">Report a problem with this listing</button>`)}${reportLink(listing.id)}</div>
  </li>`;
}
