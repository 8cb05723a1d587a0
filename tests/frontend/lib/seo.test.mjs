import assert from "node:assert/strict";
import { test } from "node:test";
import { documentTitle } from "../../../frontend/src/lib/seo.js";

test("document titles name the page, then the site", () => {
  assert.equal(
    documentTitle("Facts and stats", "Who Can I Turn To?"),
    "Facts and stats | Who Can I Turn To?",
  );
  assert.equal(documentTitle("Search", undefined), "Search");
});
