import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { HoursError, parseTime, statusAt } from "../../../frontend/src/directory/hours.js";
import { statusLine } from "../../../frontend/src/directory/live-status.js";

const vectors = JSON.parse(
  readFileSync(new URL("../../vectors/opening_hours.json", import.meta.url), "utf8"),
);

for (const item of vectors.cases) {
  test(`hours: ${item.note}`, () => {
    assert.deepEqual(statusAt(vectors.hours[item.hours], item.at), item.expect);
  });
}

for (const item of vectors.cases) {
  test(`hours in words, English and Spanish: ${item.note}`, () => {
    const listing = { status: "active", hours: vectors.hours[item.hours] };
    for (const [locale, text] of Object.entries(item.text)) {
      assert.equal(statusLine(listing, new Date(item.at), locale).text, text, locale);
    }
  });
}

test("bad times are refused with a message", () => {
  for (const value of vectors.invalid_times) {
    assert.throws(() => parseTime(value), HoursError, value);
  }
});
