// Opening hours in the browser: the same rules as backend/turnto/directory/hours/rules.py (read
// its docstring), checked against the same cases in tests/vectors/opening_hours.json.

const LOOK_BACK_DAYS = 1;
const LOOK_AHEAD_DAYS = 8;
const DAY_MS = 86400000;

export class HoursError extends Error {}

export function parseTime(value) {
  const match = /^(\d{1,2}):(\d{2})$/.exec(String(value ?? ""));
  if (!match) throw new HoursError(`a time must look like 09:30, not ${value}`);
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes)) {
    throw new HoursError(`${value} is not a time of day`);
  }
  return hours * 60 + minutes;
}

const formatters = new Map();

const dayOffsets = new Map();

/**
 * Minutes east of UTC in `zone` at the UTC instant `ms`. Asking Intl is slow on a cheap phone,
 * so a UTC day whose offset is the same at its start and its end is asked about once.
 */
function offsetAt(ms, zone) {
  const day = Math.floor(ms / DAY_MS);
  const key = `${zone} ${day}`;
  if (!dayOffsets.has(key)) {
    const first = exactOffsetAt(day * DAY_MS, zone);
    const last = exactOffsetAt((day + 1) * DAY_MS - 1000, zone);
    dayOffsets.set(key, first === last ? first : null);
  }
  return dayOffsets.get(key) ?? exactOffsetAt(ms, zone);
}

function exactOffsetAt(ms, zone) {
  if (!formatters.has(zone)) {
    formatters.set(
      zone,
      new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      }),
    );
  }
  const parts = Object.fromEntries(
    formatters
      .get(zone)
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * The UTC instant of a local date and time. A time in a gap or an overlap is read with the
 * offset in force before the change (Python's fold=0).
 */
export function localToUtc(year, month, day, minutes, zone) {
  const asUtc = Date.UTC(year, month - 1, day) + minutes * 60000;
  const before = offsetAt(asUtc - DAY_MS, zone);
  const after = offsetAt(asUtc + DAY_MS, zone);
  const withBefore = asUtc - before * 60000;
  if (offsetAt(withBefore, zone) === before) return withBefore;
  const withAfter = asUtc - after * 60000;
  if (offsetAt(withAfter, zone) === after) return withAfter;
  return withBefore; // a time the clocks skipped
}

/** The local calendar date (as a UTC-midnight timestamp) at instant `ms` in `zone`. */
function localDate(ms, zone) {
  const shifted = new Date(ms + offsetAt(ms, zone) * 60000);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}

const isoDate = (dayMs) => new Date(dayMs).toISOString().slice(0, 10);
const isoWeekday = (dayMs) => new Date(dayMs).getUTCDay() || 7;

function spansOn(dayMs, hours) {
  const day = isoDate(dayMs);
  for (const exception of hours.exceptions || []) {
    if (exception.from <= day && day <= exception.to) {
      if (exception.closed) return [];
      return (exception.hours || []).map((span) => [span.opens, span.closes]);
    }
  }
  return (hours.weekly || [])
    .filter((span) => span.weekday === isoWeekday(dayMs))
    .map((span) => [span.opens, span.closes]);
}

/** The spans [opens, closes] of the listing's own today at `now` (its closures and holiday
 * hours counted): what "Text this" says of today. */
export function todaySpans(hours, now = new Date()) {
  const zone = hours?.timezone || "America/Chicago";
  return spansOn(localDate(new Date(now).getTime(), zone), hours || {});
}

export function intervals(hours, aroundMs) {
  const zone = hours.timezone || "America/Chicago";
  const today = localDate(aroundMs, zone);
  const found = [];
  for (let offset = -LOOK_BACK_DAYS; offset <= LOOK_AHEAD_DAYS; offset++) {
    const dayMs = today + offset * DAY_MS;
    for (const [opens, closes] of spansOn(dayMs, hours)) {
      const openMinutes = parseTime(opens);
      const closeMinutes = parseTime(closes);
      const endDay = closeMinutes > openMinutes ? dayMs : dayMs + DAY_MS;
      const d = new Date(dayMs);
      const e = new Date(endDay);
      const start = localToUtc(
        d.getUTCFullYear(),
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        openMinutes,
        zone,
      );
      const end = localToUtc(
        e.getUTCFullYear(),
        e.getUTCMonth() + 1,
        e.getUTCDate(),
        closeMinutes,
        zone,
      );
      if (end > start) found.push([start, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const joined = [];
  for (const [start, end] of found) {
    const last = joined[joined.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** {open, closes_at, opens_at} at instant `when` (a Date or ISO string), as in hours.py. */
export function statusAt(hours, when) {
  const moment = new Date(when).getTime();
  if (Number.isNaN(moment)) throw new HoursError(`not a moment: ${when}`);
  const last = moment + (LOOK_AHEAD_DAYS - 1) * DAY_MS;
  for (const [start, end] of intervals(hours, moment)) {
    if (start <= moment && moment < end) {
      return { open: true, closes_at: end < last ? iso(end) : null, opens_at: null };
    }
    if (start > moment) return { open: false, closes_at: null, opens_at: iso(start) };
  }
  return { open: false, closes_at: null, opens_at: null };
}
