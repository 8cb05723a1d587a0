// A closure or special hours in the next two weeks, said on the listing's card — "Closed Thu,
// Dec 25 — Christmas" — so a visitor learns of it before making the trip, not only when they
// ask about that very day.
import { pageLocale, t } from "../lib/i18n.js";
import { format } from "./format.js";
import { clockWords } from "./hours-table.js";

export const NOTICE_DAYS = 14;
const DAY_MS = 86400000;
const NUMERIC = { year: "numeric", month: "2-digit", day: "2-digit" };
const DAY_WORDS = { weekday: "short", month: "short", day: "numeric" };

/** The date ("2026-12-25") that the clocks of `zone` show at `now`. */
export function localDate(now, zone) {
  const [month, day, year] = format(now, zone, NUMERIC).split("/");
  return `${year}-${month}-${day}`;
}

function addDays(isoDate, days) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "Thu, Dec 25": a calendar date, the same wherever the phone is. */
function dayWords(isoDate, locale) {
  return format(`${isoDate}T12:00:00Z`, "UTC", DAY_WORDS, locale);
}

/** The closures and special hours that touch today or the next 13 days, soonest first. */
export function exceptionsAhead(hours, now = new Date()) {
  const today = localDate(now, hours?.timezone || "America/Chicago");
  const last = addDays(today, NOTICE_DAYS - 1);
  return (hours?.exceptions || [])
    .filter((exception) => exception.to >= today && exception.from <= last)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .map((exception) => ({ ...exception, started: exception.from <= today }));
}

function when(exception, locale) {
  if (exception.from === exception.to) return dayWords(exception.from, locale);
  if (exception.started) return t(locale, "hours.until", { date: dayWords(exception.to, locale) });
  return `${dayWords(exception.from, locale)} – ${dayWords(exception.to, locale)}`;
}

/** The card's lines, e.g. "Closed Thu, Dec 25 — Christmas"; none when nothing is coming. */
export function closureNotices(hours, now = new Date(), locale = pageLocale()) {
  return exceptionsAhead(hours, now).map((exception) => {
    const note = exception.note ? ` — ${exception.note}` : "";
    if (exception.closed || !exception.hours?.length) {
      return `${t(locale, "hours.closedOn", { when: when(exception, locale) })}${note}`;
    }
    const times = exception.hours
      .map((span) => `${clockWords(span.opens, locale)} – ${clockWords(span.closes, locale)}`)
      .join(", ");
    return `${t(locale, "hours.specialOn", { when: when(exception, locale), times })}${note}`;
  });
}
