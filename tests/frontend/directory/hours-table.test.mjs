import assert from "node:assert/strict";
import { test } from "node:test";

import { clockWords, weeklyHours } from "../../../frontend/src/directory/hours-table.js";

test("clock times read as people say them", () => {
  assert.equal(clockWords("09:00"), "9 AM");
  assert.equal(clockWords("09:30"), "9:30 AM");
  assert.equal(clockWords("12:00"), "noon");
  assert.equal(clockWords("18:00"), "6 PM");
  assert.equal(clockWords("00:00"), "midnight");
  assert.equal(clockWords("24:00"), "midnight");
  assert.equal(clockWords("23:45"), "11:45 PM");
});

test("the week's table names every day, closed ones too, and the listing's own timezone", () => {
  const table = String(
    weeklyHours({
      timezone: "America/New_York",
      weekly: [
        { weekday: 1, opens: "12:00", closes: "18:00", attendance: "walk_in" },
        { weekday: 5, opens: "10:00", closes: "16:00", attendance: "appointment" },
        { weekday: 6, opens: "00:00", closes: "24:00", attendance: "walk_in" },
        { weekday: 3, opens: "20:00", closes: "02:00", attendance: "walk_in" },
      ],
    }),
  );
  assert.match(table, /Times are Eastern time/);
  assert.match(table, /Monday<\/th><td>noon – 6 PM, walk in/);
  assert.match(table, /Tuesday<\/th><td>Closed/);
  assert.match(table, /Wednesday<\/th><td>8 PM – 2 AM, walk in/);
  assert.match(table, /Friday<\/th><td>10 AM – 4 PM, by appointment/);
  assert.match(table, /Saturday<\/th><td>Open 24 hours, walk in/);
  assert.match(table, /Sunday<\/th><td>Closed/);
  assert.equal(String(weeklyHours({ timezone: "America/Chicago", weekly: [] })), "");
});
