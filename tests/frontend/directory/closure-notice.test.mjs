import assert from "node:assert/strict";
import { test } from "node:test";
import { closureNotices } from "../../../frontend/src/directory/closure-notice.js";
import { listingCard } from "../../../frontend/src/directory/listing-card.js";

const hours = (...exceptions) => ({ timezone: "America/Chicago", weekly: [], exceptions });
const CHRISTMAS = { from: "2026-12-25", to: "2026-12-25", closed: true, note: "Christmas" };
// 20 Dec 2026, noon in Missouri.
const DEC_20 = new Date("2026-12-20T18:00:00Z");

test("a closure in the next two weeks is said with its day and why", () => {
  assert.deepEqual(closureNotices(hours(CHRISTMAS), DEC_20), ["Closed Fri, Dec 25 — Christmas"]);
  const quiet = { from: "2026-12-25", to: "2026-12-25", closed: true };
  assert.deepEqual(closureNotices(hours(quiet), DEC_20), ["Closed Fri, Dec 25"]);
});

test("nothing is said of a closure further off, or one that is over", () => {
  const later = { from: "2027-01-04", to: "2027-01-04", closed: true, note: "Inventory" };
  const past = { from: "2026-12-01", to: "2026-12-19", closed: true };
  assert.deepEqual(closureNotices(hours(later, past), DEC_20), []);
  assert.deepEqual(closureNotices({ timezone: "America/Chicago", weekly: [] }, DEC_20), []);
  assert.deepEqual(closureNotices(undefined, DEC_20), []);
});

test("the two weeks are counted in the listing's own timezone", () => {
  const jan_2 = { from: "2027-01-02", to: "2027-01-02", closed: true };
  // 19 Dec, 11:30 PM in Missouri (already the 20th in UTC): 2 Jan is the 15th day, not said.
  assert.deepEqual(closureNotices(hours(jan_2), new Date("2026-12-20T05:30:00Z")), []);
  // Half an hour later it is the 20th in Missouri too: 2 Jan is the 14th day.
  assert.deepEqual(closureNotices(hours(jan_2), new Date("2026-12-20T06:00:00Z")), [
    "Closed Sat, Jan 2",
  ]);
});

test("several days, one under way, and special hours, soonest first", () => {
  const holidays = { from: "2026-12-24", to: "2026-12-26", closed: true, note: "Holidays" };
  const newYear = {
    from: "2026-12-31",
    to: "2026-12-31",
    hours: [{ opens: "09:00", closes: "12:00" }],
    note: "New Year's Eve",
  };
  assert.deepEqual(closureNotices(hours(newYear, holidays), DEC_20), [
    "Closed Thu, Dec 24 – Sat, Dec 26 — Holidays",
    "Special hours Thu, Dec 31: 9 AM – noon — New Year's Eve",
  ]);
  assert.deepEqual(closureNotices(hours(holidays), new Date("2026-12-25T18:00:00Z")), [
    "Closed until Sat, Dec 26 — Holidays",
  ]);
});

test("the card shows the notice, its words escaped", () => {
  const listing = {
    name: "Drop-in",
    description: "",
    status: "active",
    walk_in: true,
    is_free: true,
    service_types: [],
    phones: [],
    location: null,
    assured_date: null,
    stale: false,
    hours: hours({ ...CHRISTMAS, note: "<img src=x onerror=alert(1)>" }),
  };
  const card = String(listingCard(listing, DEC_20));
  assert.match(card, /<p class="listing__notice">Closed Fri, Dec 25 — &lt;img src=x/);
  assert.doesNotMatch(card, /<img/);
  assert.doesNotMatch(String(listingCard({ ...listing, hours: hours() }, DEC_20)), /notice/);
});
