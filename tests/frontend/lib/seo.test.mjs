import assert from "node:assert/strict";
import { test } from "node:test";
import { documentTitle } from "../../../frontend/src/lib/seo.js";

test("document titles name the page, then the site", () => {
  assert.equal(
    documentTitle("Facts and stats", "Who Can I Turn To?"),
    "Facts and stats | Who Can I Turn To?",
  );
  assert.equal(documentTitle("Search", undefined), "Search");
  // The home page, named after its site: the name once, not "X | X".
  assert.equal(documentTitle("Who Can I Turn To?", "Who Can I Turn To?"), "Who Can I Turn To?");
});
