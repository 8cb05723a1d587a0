// The block examples the CMS really sends (tests/vectors/blocks/, written by
// tests/core/test_block_vectors.py), rendered through the block registry: every example of
// every type shows, and shows its words. The contract the server's first view is tested on.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { readable, squash } from "../../../frontend/scripts/test-dom.mjs";

const { blockRenderers, renderBlocks } = await import("../../../frontend/src/blocks/index.js");
const VECTORS = new URL("../../vectors/blocks/", import.meta.url);

// Values that are not words for a reader: addresses, ids, codes, times the card words itself;
// and what a block deliberately leaves out (a card's link says "Read more", not the page's
// title; a listing names its place, not the organization behind it).
// biome-ignore format: a list of names reads better packed
const NOT_WORDS = new Set([
  "id", "url", "srcset", "href", "html_url", "embed_url", "source_url", "website", "page",
  "type", "level", "kind", "scope", "status", "attendance", "timezone", "weekday", "opens",
  "closes", "from", "to", "assured_date", "assurer", "latitude", "longitude", "width",
  "height", "slug", "languages", "number_format", "text_align", "chart", "provider", "icon",
  "learn_more", "organization", "opens_at", "closes_at", "anchor", "action_link",
]);

function words(value, key = "") {
  if (NOT_WORDS.has(key) || value == null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => words(item, key));
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([name, item]) => words(item, name));
  }
  if (typeof value !== "string") return [];
  // Rich text arrives as HTML: its words are its text.
  const text = /<[a-z]/i.test(value) ? readable(value) : squash(value);
  return text.length > 1 ? [text] : [];
}

const files = readdirSync(VECTORS).filter((name) => name.endsWith(".json"));

test("there are examples for every block the front end renders, and no other", () => {
  const types = files.map((name) => name.replace(/\.json$/, "")).sort();
  assert.deepEqual(types, Object.keys(blockRenderers).sort());
});

for (const file of files) {
  const type = file.replace(/\.json$/, "");
  test(`every ${type} example the CMS sends is shown, with its words`, (t) => {
    const warn = t.mock.method(console, "warn", () => {});
    const examples = JSON.parse(readFileSync(new URL(file, VECTORS), "utf8"));
    assert.ok(examples.length > 0);
    for (const value of examples) {
      const markup = String(renderBlocks([{ type, value }]));
      assert.equal(warn.mock.callCount(), 0, `${type} failed: ${warn.mock.calls[0]?.arguments}`);
      assert.match(markup, new RegExp(`^<div class="block block--${type}">`));
      const shown = readable(markup);
      const missing = words(value).filter((text) => !shown.includes(text));
      assert.deepEqual(missing, [], `${type}: not shown`);
    }
  });
}
