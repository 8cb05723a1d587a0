// Whether a listing is open, in words ("Open · closes 6 PM"), and keeping those words true:
// a list left open on a phone is brought up to date each minute. The rules are in hours.js.
import { pageLocale, t } from "../lib/i18n.js";
import { format } from "./format.js";
import { statusAt } from "./hours.js";

const WEEKDAY = { weekday: "short" };
const CLOCK = { hour: "numeric", minute: "2-digit" };
const DAY = { year: "numeric", month: "numeric", day: "numeric" };

function clock(iso, zone, locale) {
  return format(iso, zone, CLOCK, locale).replace(":00", "");
}

function sameLocalDay(a, b, zone) {
  return format(a, zone, DAY) === format(b, zone, DAY);
}

/** "Open · closes 6 PM", "Closed · opens Tue 9 AM", "Open 24 hours" for a listing at `now`. */
export function statusLine(listing, now = new Date(), locale = pageLocale()) {
  const zone = listing.hours?.timezone || "America/Chicago";
  if (listing.status !== "active") return { open: false, text: t(locale, "status.closedForNow") };
  const status = statusAt(listing.hours, now);
  if (status.open) {
    if (!status.closes_at) return { open: true, text: t(locale, "status.allDay") };
    const day = sameLocalDay(status.closes_at, now, zone)
      ? ""
      : `${format(status.closes_at, zone, WEEKDAY, locale)} `;
    const when = `${day}${clock(status.closes_at, zone, locale)}`;
    return { open: true, text: t(locale, "status.open", { when }) };
  }
  if (!status.opens_at) return { open: false, text: t(locale, "status.noHours") };
  const day = sameLocalDay(status.opens_at, now, zone)
    ? ""
    : `${format(status.opens_at, zone, WEEKDAY, locale)} `;
  const when = `${day}${clock(status.opens_at, zone, locale)}`;
  return { open: false, text: t(locale, "status.closed", { when }) };
}

/** Bring the open/closed lines on screen up to date: a list left open on a phone stays true. */
export function refreshStatuses(root = document, now = new Date()) {
  for (const line of root.querySelectorAll("[data-listing-hours]")) {
    if (line.closest("[data-planned]")) continue;
    const status = statusLine(JSON.parse(line.dataset.listingHours), now);
    line.classList.toggle("is-open", status.open);
    line.classList.toggle("is-closed", !status.open);
    line.querySelector("strong").textContent = status.text;
  }
}

let refreshing = false;
export function keepStatusesFresh() {
  if (refreshing) return;
  refreshing = true;
  setInterval(() => refreshStatuses(), 60000);
}
