import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../frontend/src/blocks/index.js";
import { embedUrl } from "../../frontend/src/blocks/video.js";
import { documentTitle } from "../../frontend/src/seo.js";
import { searchResultsHtml } from "../../frontend/src/htmx-forms.js";

test("an unknown block type renders nothing and logs a warning", (t) => {
  const warn = t.mock.method(console, "warn", () => {});
  const out = String(renderBlocks(
    [{ type: "mystery", value: {} }, { type: "heading", value: { text: "Hi", level: "h2" } }],
  ));
  assert.equal(out, '<div class="block block--heading"><h2>Hi</h2></div>');
  assert.equal(warn.mock.callCount(), 1);
  assert.match(warn.mock.calls[0].arguments[0], /mystery/);
});

test("a block whose renderer fails is skipped, the rest still render", (t) => {
  t.mock.method(console, "warn", () => {});
  const renderers = { bad: () => { throw new Error("boom"); }, good: () => "ok" };
  const out = String(renderBlocks([{ type: "bad", value: {} }, { type: "good", value: {} }], renderers));
  assert.equal(out, '<div class="block block--good">ok</div>');
});

test("videos embed only from their known players, privacy-enhanced", () => {
  assert.equal(
    embedUrl("https://www.youtube.com/watch?v=abcDEF12345", "youtube"),
    "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1",
  );
  assert.equal(embedUrl("https://vimeo.com/123456", "vimeo"), "https://player.vimeo.com/video/123456?autoplay=1&dnt=1");
  assert.equal(embedUrl("https://www.youtube.com/watch?v=<script>", "youtube"), null);
  assert.equal(embedUrl("not a url", "youtube"), null);
});

test("document titles name the page, then the site", () => {
  assert.equal(documentTitle("Facts and stats", "Who Can I Turn To?"), "Facts and stats | Who Can I Turn To?");
  assert.equal(documentTitle("Search", undefined), "Search");
});

test("search results list pages by their site path and explain errors", () => {
  const out = searchResultsHtml({ items: [{ title: "Naloxone <now>", meta: { html_url: "http://localhost:8000/naloxone/" } }] }, 200);
  assert.match(out, /href="\/naloxone\/"/);
  assert.match(out, /Naloxone &lt;now&gt;/);
  assert.match(searchResultsHtml({ items: [] }, 200), /Nothing found/);
  assert.match(searchResultsHtml({ message: "search_operator must be 'and' or 'or'" }, 400), /search_operator/);
});

test("a visitor's position is rounded to about a kilometre before it is sent", async () => {
  const { roundedPosition } = await import("../../frontend/src/directory.js");
  assert.equal(roundedPosition(39.099712, -94.578331), "39.10,-94.58");
});

test("a listing says when it closes or opens, in its own timezone", async () => {
  const { statusLine } = await import("../../frontend/src/directory.js");
  const listing = {
    status: "active",
    hours: {
      timezone: "America/Chicago",
      weekly: [{ weekday: 2, opens: "09:00", closes: "18:00" }],
    },
  };
  // Tuesday 17 Nov 2026: 3 PM and 7 PM in Chicago.
  assert.deepEqual(statusLine(listing, new Date("2026-11-17T21:00:00Z")), {
    open: true, text: "Open · closes 6 PM",
  });
  assert.deepEqual(statusLine(listing, new Date("2026-11-18T01:00:00Z")), {
    open: false, text: "Closed · opens Tue 9 AM",
  });
  assert.equal(statusLine({ ...listing, status: "temporarily closed" }).text, "Closed for now");
});

test("a listing shows the API's own words first, the browser's rules after", async () => {
  const { listingCard } = await import("../../frontend/src/directory.js");
  const listing = {
    name: "Drop-in", description: "", status: "active", walk_in: true, is_free: true,
    service_types: [], phones: [], location: null, assured_date: "2026-11-01", stale: false,
    hours: { timezone: "America/Chicago", weekly: [] },
    status_now: { open: true, closes_at: null, opens_at: null, text: "Open · closes 6 PM" },
  };
  const card = String(listingCard(listing, new Date("2026-11-17T21:00:00Z")));
  assert.match(card, /Open · closes 6 PM/);
  assert.match(card, /Last checked 16 days ago \(Nov 1, 2026\)/);
  assert.match(card, /data-listing-hours="\{&quot;status&quot;:&quot;active&quot;/);
});
