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
  assert.match(card, /data-listing-hours='\{"status":"active"/);
});

const everyDay = (attendance) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    opens: "00:00",
    closes: "24:00",
    attendance,
  }));

function phoneLine(phones) {
  return {
    id: "line",
    name: "A national line",
    description: "",
    status: "active",
    walk_in: false,
    is_free: true,
    service_types: [],
    phones,
    location: null,
    assured_date: null,
    stale: false,
    hours: { timezone: "America/Chicago", weekly: everyDay("remote"), exceptions: [] },
    status_now: { open: true, closes_at: null, opens_at: null, text: "Open 24 hours" },
  };
}

test("help by phone says how to reach it, never walk in, address or directions", () => {
  const call = { number: "988", kind: "voice", description: "", href: "tel:988" };
  const text = { number: "988", kind: "text", description: "", href: "sms:988" };
  const both = String(listingCard(phoneLine([call, text]), new Date("2026-11-17T21:00:00Z")));
  assert.match(both, /<strong>Open 24 hours<\/strong>\s*· Call or text · Free/);
  assert.doesNotMatch(both, /walk in|Directions|listing__address/i);
  assert.match(both, /<th scope="row">Monday<\/th><td>Open 24 hours<\/td>/);
  const callOnly = String(listingCard(phoneLine([call])));
  assert.match(callOnly, /· Call · Free/);
});

test("an example address is shown, with no directions to the real street at its coordinates", () => {
  const place = {
    name: "Drop-in (example)",
    address_1: "Example address — not a real place",
    city: "Columbia",
    state_province: "MO",
    latitude: 38.95,
    longitude: -92.33,
  };
  const listing = { ...phoneLine([]), walk_in: true, location: { ...place, is_example: true } };
  const example = String(listingCard(listing));
  assert.match(example, /Example address — not a real place/);
  assert.match(example, /· Walk in/);
  assert.doesNotMatch(example, /Directions|maps/);
  const real = String(listingCard({ ...listing, location: { ...place, is_example: false } }));
  assert.match(real, /google\.com\/maps\/search\/\?api=1&amp;query=38\.95,-92\.33/);
});

test("a listing names who provides it, unless that is its own name", () => {
  const listing = {
    name: "Free naloxone",
    description: "",
    status: "active",
    walk_in: true,
    service_types: [],
    phones: [],
    location: null,
    assured_date: null,
    hours: { timezone: "America/Chicago", weekly: [] },
    organization: { id: "1", name: "Columbia Harm Reduction Drop-In (example)" },
  };
  assert.match(
    String(listingCard(listing)),
    /<p class="listing__provider">From Columbia Harm Reduction Drop-In \(example\)<\/p>/,
  );
  const same = { ...listing, organization: { id: "1", name: "Free naloxone" } };
  assert.doesNotMatch(String(listingCard(same)), /listing__provider/);
});

test("a made-up place with no street says so where the street would be, in the page's language", () => {
  const place = {
    name: "Drop-in (example)",
    address_1: "",
    city: "Columbia",
    state_province: "MO",
  };
  const listing = { ...phoneLine([]), walk_in: true, location: { ...place, is_example: true } };
  const address = (out) => /<p class="listing__address">([^<]*)<\/p>/.exec(out)[1];
  const at = new Date("2026-11-17T21:00:00Z");
  assert.equal(
    address(String(listingCard(listing, at, { locale: "en" }))),
    "Drop-in (example), Example address — not a real place, Columbia, MO",
  );
  assert.equal(
    address(String(listingCard(listing, at, { locale: "es" }))),
    "Drop-in (example), Dirección de ejemplo: no es un lugar real, Columbia, MO",
  );
  // A real place without a street is not called an example; a street given is the street.
  const real = { ...listing, location: { ...place, is_example: false } };
  assert.equal(
    address(String(listingCard(real, at, { locale: "es" }))),
    "Drop-in (example), Columbia, MO",
  );
  const street = {
    ...listing,
    location: { ...place, address_1: "1 Example St", is_example: true },
  };
  assert.match(String(listingCard(street, at, { locale: "es" })), /1 Example St, Columbia/);
});
