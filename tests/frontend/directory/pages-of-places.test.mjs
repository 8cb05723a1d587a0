import assert from "node:assert/strict";
import { test } from "node:test";
import { directorySection } from "../../../frontend/src/directory/filters.js";
import { directoryResultsHtml, morePlacesHtml } from "../../../frontend/src/directory/results.js";

globalThis.location = new URL("https://example.org/resource-guide/?q=naloxone&page=2");

const listing = (n) => ({
  id: String(n),
  name: `Place ${n}`,
  service_types: [],
  schedules: [],
  hours: [],
  location: null,
  phones: [],
});

test("More places is a real link to the next page, keeping the search, until the last", () => {
  const more = String(morePlacesHtml({ count: 25, page: 2, page_size: 10 }));
  assert.match(more, /href="\/resource-guide\/\?q=naloxone&amp;page=3#directory-results"/);
  assert.match(more, />More places</);
  assert.match(more, /5 more to see/);
  assert.equal(String(morePlacesHtml({ count: 25, page: 3, page_size: 10 })), "");
  assert.equal(String(morePlacesHtml({ count: 10, page: 1, page_size: 10 })), "");
});

test("a page of places that is not there is said, with the way to the first", () => {
  const past = directoryResultsHtml(
    { message: "There is no page 9 of these places: the last is page 3", parameter: "page" },
    400,
  );
  assert.match(past, /There is no page 9 of these places: the last is page 3\./);
  assert.match(past, /href="\/resource-guide\/\?q=naloxone#directory-results">See the first page/);
  const bad = directoryResultsHtml({ message: "page must be…", parameter: "page" }, 400);
  assert.match(bad, /not a page of these places/);
});

test("a page of ten places shows them and the link to more", () => {
  const results = Array.from({ length: 10 }, (_, n) => listing(n + 1));
  const drawn = directoryResultsHtml({ count: 25, page: 1, page_size: 10, results }, 200);
  assert.equal(drawn.match(/class="listing"/g).length, 10);
  assert.match(drawn, /25 places/);
  assert.match(drawn, /data-more-places data-next-page="2"/);
});

test("the Filter button counts the filters the address chose, and the page asked is kept", () => {
  const page = { city: "Kansas City", service_types: [{ slug: "naloxone", name: "Naloxone" }] };
  const none = String(directorySection(page, ""));
  assert.match(
    none,
    /<summary class="filters__toggle"><span>Filter<span data-filter-count><\/span>/,
  );
  const two = String(directorySection(page, "?service_type=naloxone&free=true&service_type=x"));
  assert.match(two, /Filter<span data-filter-count> \(2\)<\/span>/);
  assert.match(two, /<details class="filters__fold">/);
  const guide = String(directorySection({ service_types: [] }, "?city=St.+Louis&page=3"));
  assert.match(guide, /data-page="3"/);
  assert.match(guide, /name="page_size" value="10"/);
  assert.match(guide, /Filter<span data-filter-count> \(1\)/);
  assert.match(guide, /name="q"/);
});
