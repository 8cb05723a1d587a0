// One listing of the directory as a card: name, open or closed, how to get in, a closure coming
// soon, what is offered, phones, directions, the week's hours, when our team last checked it,
// and "Report a problem".
import { html, safeUrl } from "../lib/html.js";
import { closureNotices } from "./closure-notice.js";
import { weeklyHours } from "./hours-table.js";
import { statusLine } from "./live-status.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function verifiedLine(listing, now = new Date()) {
  if (!listing.assured_date) return "Not yet checked by our team — call ahead.";
  const checked = new Date(`${listing.assured_date}T12:00:00`);
  const days = Math.max(0, Math.round((now - checked) / 86400000));
  const date = `${MONTHS[checked.getMonth()]} ${checked.getDate()}, ${checked.getFullYear()}`;
  const when = days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  return `Last checked ${when} (${date})${listing.stale ? " — details may have changed, call ahead" : ""}.`;
}

function directions(location) {
  if (location?.latitude == null || location?.longitude == null) return "";
  const query = `${location.latitude},${location.longitude}`;
  // A plain link: nothing is asked of a map service until the visitor follows it.
  return html`<a href="https://www.google.com/maps/search/?api=1&amp;query=${query}"
    rel="noreferrer noopener">Directions<span class="visually-hidden"> to ${location.name}</span></a>`;
}

export function listingCard(listing, now = new Date(), { showHours = false } = {}) {
  // The API says in words whether the place is open as it answers; the browser keeps that
  // line true afterwards (live-status.js), with the same rules.
  const status = listing.status_now?.text
    ? { open: listing.status_now.open, text: listing.status_now.text }
    : statusLine(listing, now);
  const location = listing.location;
  const attendance = listing.walk_in ? "Walk in" : "By appointment";
  return html`<li class="listing">
    <h3 class="listing__name">${listing.name}</h3>
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
    ${location ? html`<p class="listing__address">${location.address_1}${location.address_1 ? ", " : ""}${location.city}</p>` : ""}
    <p class="listing__actions">${listing.phones.map((phone) => {
      const href = safeUrl(phone.href);
      const verb = phone.kind === "text" ? "Text" : "Call";
      return href
        ? html`<a class="button button--small" href="${href}">${verb} ${phone.number}</a>`
        : "";
    })}${directions(location)}</p>
    ${
      listing.hours?.weekly?.length
        ? html`<details class="listing__hours"${showHours ? html` open` : ""}>
      <summary>Opening hours</summary>${weeklyHours(listing.hours)}</details>`
        : ""
    }
    <p class="listing__verified">${verifiedLine(listing, now)}</p>
    <div class="listing__report"><button type="button" class="link-button" data-report="${listing.id}"
      aria-expanded="false">Report a problem with this listing</button></div>
  </li>`;
}
