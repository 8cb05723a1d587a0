import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { HoursError, parseTime, statusAt } from "../../../frontend/src/directory/hours.js";

const vectors = JSON.parse(
  readFileSync(new URL("../../vectors/opening_hours.json", import.meta.url), "utf8"),
);

for (const item of vectors.cases) {
  test(`hours: ${item.note}`, () => {
    assert.deepEqual(statusAt(vectors.hours[item.hours], item.at), item.expect);
  });
}

test("bad times are refused with a message", () => {
  for (const value of vectors.invalid_times) {
    assert.throws(() => parseTime(value), HoursError, value);
  }
});
