import assert from "node:assert/strict";
import { test } from "node:test";
import { contextLine, searchResultsHtml } from "../../../frontend/src/search/results.js";

const PAGE = {
  kind: "page",
  id: 3,
  title: "Naloxone <now>",
  url: "/naloxone/",
  context: [
    { text: "…often sold as ", mark: false },
    { text: "Narcan", mark: true },
    { text: ", it reverses an overdose.", mark: false },
  ],
};
const PLACE = {
  kind: "place",
  id: "0b7c",
  title: "Drop-In (example)",
  url: "/resource-guide/kansas-city/",
  where: "Kansas City, MO",
  about: "Naloxone · Test strips",
  context: [{ text: "Naloxone", mark: true }],
};

test("search results link pages and places, say which are places, and mark the words", () => {
  const out = searchResultsHtml({ meta: { pages: 1, places: 1 }, items: [PAGE, PLACE] }, 200);
  assert.match(out, /Found 1 page and 1 place\./);
  assert.match(out, /href="\/naloxone\/"/);
  assert.match(out, /Naloxone &lt;now&gt;/);
  assert.match(out, /often sold as <mark>Narcan<\/mark>, it reverses/);
  assert.match(
    out,
    /<span class="search__kind">Place<\/span> <a href="\/resource-guide\/kansas-city\/">Drop-In/,
  );
  assert.match(out, /Naloxone · Test strips · Kansas City, MO/);
  assert.ok(out.indexOf("Pages") < out.indexOf("Places"));
});

test("a place found by what it offers says that line once, with the word marked", () => {
  const context = [
    { text: "Naloxone", mark: true },
    { text: " · Test strips · Kansas City, MO", mark: false },
  ];
  const out = searchResultsHtml({ items: [{ ...PLACE, context }] }, 200);
  assert.doesNotMatch(out, /search__facts/);
  assert.match(out, /<mark>Naloxone<\/mark> · Test strips · Kansas City, MO/);
});

test("a context line never becomes markup, whatever its text says", () => {
  const out = String(
    contextLine([
      { text: '<img src=x onerror="alert(1)">', mark: false },
      { text: "<script>", mark: true },
    ]),
  );
  assert.doesNotMatch(out, /<img|<script/);
  assert.match(out, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;<mark>&lt;script&gt;<\/mark>/);
});

test("a result's link is only ever to this site or the web", () => {
  const out = searchResultsHtml({ items: [{ ...PAGE, url: "javascript:alert(1)" }] }, 200);
  assert.doesNotMatch(out, /javascript:/);
  assert.match(out, /<span>Naloxone &lt;now&gt;<\/span>/);
});

test("nothing found, and errors, are said in words", () => {
  assert.match(searchResultsHtml({ items: [] }, 200), /Nothing found/);
  assert.match(searchResultsHtml({ message: "q is needed" }, 400), /q is needed/);
  assert.match(searchResultsHtml(null, 503), /Search failed/);
});

test("on a Spanish page the results say their own words in Spanish", () => {
  const found = searchResultsHtml({ items: [PAGE], meta: { pages: 1 } }, 200, "es");
  assert.match(found, /Encontramos 1 página\./);
  assert.match(found, /<h2 class="search__group">Páginas<\/h2>/);
  assert.doesNotMatch(found, /Found|Pages/);
  assert.match(searchResultsHtml({ items: [] }, 200, "es"), /No encontramos nada/);
});
