// One listing of the directory as a card: name, open or closed, how to get in, a closure coming
// soon, what is offered, phones, directions, the week's hours, when our team last checked it,
// and "Report a problem".
import { html, jsonAttribute, safeUrl } from "../lib/html.js";
import { localPath, pageLocale, t } from "../lib/i18n.js";
import { scriptOnly } from "../lib/script-only.js";
import { closureNotices, localDate } from "./closure-notice.js";
import { format } from "./format.js";
import { weeklyHours } from "./hours-table.js";
import { statusLine } from "./live-status.js";
import { addressLine, textThis } from "./text-this.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DATE_WORDS = { year: "numeric", month: "short", day: "numeric" };

export function verifiedLine(listing, now = new Date(), locale = pageLocale()) {
  if (!listing.assured_date) return t(locale, "card.notChecked");
  const checked = new Date(`${listing.assured_date}T12:00:00`);
  // Days by the listing's own clock, so the server and every visitor's phone say the same.
  const today = localDate(now, listing.hours?.timezone || "America/Chicago");
  const days = Math.max(
    0,
    Math.round((Date.parse(today) - Date.parse(listing.assured_date)) / 86400000),
  );
  // English keeps its own short form ("Nov 3, 2026"); another language asks Intl for its own.
  const date =
    locale === "en"
      ? `${MONTHS[checked.getMonth()]} ${checked.getDate()}, ${checked.getFullYear()}`
      : format(`${listing.assured_date}T12:00:00Z`, "UTC", DATE_WORDS, locale);
  const when =
    days === 0
      ? t(locale, "card.today")
      : days === 1
        ? t(locale, "card.yesterday")
        : t(locale, "card.daysAgo", { n: days });
  return `${t(locale, "card.checked", { when, date })}${listing.stale ? t(locale, "card.stale") : ""}.`;
}

function directions(location, locale) {
  if (location?.latitude == null || location?.longitude == null) return "";
  // A made-up address sits at real coordinates: nobody is sent there.
  if (location.is_example) return "";
  const query = `${location.latitude},${location.longitude}`;
  // A plain link: nothing is asked of a map service until the visitor follows it.
  return html`<a href="https://www.google.com/maps/search/?api=1&amp;query=${query}"
    rel="noreferrer noopener">${t(locale, "card.directions")}<span class="visually-hidden"> ${t(locale, "card.directionsTo", { place: location.name })}</span></a>`;
}

/** Without script the report form is a page of its own, which links back here. */
function reportLink(id, locale) {
  const query = `listing=${encodeURIComponent(id)}&from=${encodeURIComponent(globalThis.location?.pathname || "/")}`;
  return html`<noscript><a href="${localPath(locale, "report")}?${query}">${t(locale, "card.report")}</a></noscript>`;
}

/** How people get the help: "Walk in" or "By appointment" at a place; with no place, by its
 * phones ("Call or text") or online. */
export function howToGetIt(listing, locale = pageLocale()) {
  if (listing.location) return t(locale, listing.walk_in ? "card.walkIn" : "card.appointment");
  const kinds = new Set(listing.phones.map((phone) => phone.kind));
  if (kinds.has("voice") && kinds.has("text")) return t(locale, "card.callOrText");
  if (kinds.has("voice")) return t(locale, "card.byCall");
  if (kinds.has("text")) return t(locale, "card.byText");
  return t(locale, "card.online");
}

export function listingCard(
  listing,
  now = new Date(),
  { showHours = false, locale = pageLocale() } = {},
) {
  // The API says in words (English ones) whether the place is open as it answers; the browser
  // keeps that line true afterwards (live-status.js), with the same rules. Another language's
  // page says it in its own words, by the same rules.
  const status =
    listing.status_now?.text && locale === "en"
      ? { open: listing.status_now.open, text: listing.status_now.text }
      : statusLine(listing, now, locale);
  const location = listing.location;
  const attendance = howToGetIt(listing, locale);
  return html`<li class="listing" id="listing-${listing.id}">
    <h3 class="listing__name">${listing.name}</h3>
    ${listing.organization?.name && listing.organization.name !== listing.name ? html`<p class="listing__provider">${t(locale, "card.from", { org: listing.organization.name })}</p>` : ""}
    <p class="listing__status ${status.open ? "is-open" : "is-closed"}"
      data-listing-hours=${jsonAttribute({ status: listing.status, hours: listing.hours })}><strong>${status.text}</strong>
      · ${attendance}${listing.is_free ? ` · ${t(locale, "card.free")}` : ""}${
        listing.distance_km != null
          ? ` · ${t(locale, "card.kmAway", { km: listing.distance_km })}`
          : ""
      }</p>
    ${closureNotices(listing.hours, now, locale).map(
      (notice) => html`<p class="listing__notice">${notice}</p>`,
    )}
    <p class="listing__types">${listing.service_types.map((t) => t.name).join(" · ")}</p>
    <p>${listing.description}</p>
    ${listing.application_process ? html`<p class="listing__how">${listing.application_process}</p>` : ""}
    ${!listing.is_free && listing.fees_description ? html`<p class="listing__fees">${listing.fees_description}</p>` : ""}
    ${location ? html`<p class="listing__address">${addressLine(location, listing.name, locale)}</p>` : ""}
    <p class="listing__actions">${listing.phones.map((phone) => {
      const href = safeUrl(phone.href);
      const verb = t(locale, phone.kind === "text" ? "card.text" : "card.call");
      // The note says what the number is for ("After hours", "Example number, not in service").
      const note = phone.description
        ? html` <span class="listing__phone-note">${phone.description}</span>`
        : "";
      return href
        ? html`<a class="button button--small" href="${href}">${verb} ${phone.number}</a>${note}`
        : "";
    })}${directions(location, locale)}</p>
    ${
      listing.hours?.weekly?.length
        ? html`<details class="listing__hours"${showHours ? html` open` : ""}>
      <summary>${t(locale, "card.hours")}</summary>${weeklyHours(listing.hours, locale)}</details>`
        : ""
    }
    ${textThis(listing, now, locale)}
    <p class="listing__verified">${verifiedLine(listing, now, locale)}</p>
    <div class="listing__report">${scriptOnly(html`<button type="button" class="link-button"
      data-report="${listing.id}" aria-expanded="false">${t(locale, "card.report")}</button>`)}${reportLink(listing.id, locale)}</div>
  </li>`;
}
