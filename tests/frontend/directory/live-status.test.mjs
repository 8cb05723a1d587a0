import assert from "node:assert/strict";
import { test } from "node:test";
import { statusLine } from "../../../frontend/src/directory/live-status.js";

test("a listing says when it closes or opens, in its own timezone", () => {
  const listing = {
    status: "active",
    hours: {
      timezone: "America/Chicago",
      weekly: [{ weekday: 2, opens: "09:00", closes: "18:00" }],
    },
  };
  // Tuesday 17 Nov 2026: 3 PM and 7 PM in Chicago.
  assert.deepEqual(statusLine(listing, new Date("2026-11-17T21:00:00Z")), {
    open: true,
    text: "Open · closes 6 PM",
  });
  assert.deepEqual(statusLine(listing, new Date("2026-11-18T01:00:00Z")), {
    open: false,
    text: "Closed · opens Tue 9 AM",
  });
  assert.equal(statusLine({ ...listing, status: "temporarily closed" }).text, "Closed for now");
});
