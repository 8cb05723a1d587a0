import assert from "node:assert/strict";
import { test } from "node:test";
import { listingCard } from "../../../frontend/src/directory/listing-card.js";

test("a listing shows the API's own words first, the browser's rules after", () => {
  const listing = {
    name: "Drop-in",
    description: "",
    status: "active",
    walk_in: true,
    is_free: true,
    service_types: [],
    phones: [],
    location: null,
    assured_date: "2026-11-01",
    stale: false,
    hours: { timezone: "America/Chicago", weekly: [] },
    status_now: { open: true, closes_at: null, opens_at: null, text: "Open · closes 6 PM" },
  };
  const card = String(listingCard(listing, new Date("2026-11-17T21:00:00Z")));
  assert.match(card, /Open · closes 6 PM/);
  assert.match(card, /Last checked 16 days ago \(Nov 1, 2026\)/);
  assert.match(card, /data-listing-hours="\{&quot;status&quot;:&quot;active&quot;/);
});
