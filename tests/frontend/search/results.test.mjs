import assert from "node:assert/strict";
import { test } from "node:test";
import { searchResultsHtml } from "../../../frontend/src/search/results.js";

test("search results list pages by their site path and explain errors", () => {
  const out = searchResultsHtml(
    { items: [{ title: "Naloxone <now>", meta: { html_url: "http://localhost:8000/naloxone/" } }] },
    200,
  );
  assert.match(out, /href="\/naloxone\/"/);
  assert.match(out, /Naloxone &lt;now&gt;/);
  assert.match(searchResultsHtml({ items: [] }, 200), /Nothing found/);
  assert.match(
    searchResultsHtml({ message: "search_operator must be 'and' or 'or'" }, 400),
    /search_operator/,
  );
});
