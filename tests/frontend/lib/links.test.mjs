import assert from "node:assert/strict";
import { test } from "node:test";
import { appPath, isPlainClick } from "../../../frontend/src/lib/links.js";

const here = "http://127.0.0.1:8000/facts-and-stats/";

test("links to pages of this site are routed in the app", () => {
  assert.equal(appPath("/resource-guide/kansas-city/", here), "/resource-guide/kansas-city/");
  assert.equal(appPath("http://127.0.0.1:8000/news/?page=2", here), "/news/?page=2");
  assert.equal(
    appPath("../", "http://127.0.0.1:8000/resource-guide/columbia/"),
    "/resource-guide/",
  );
});

test("the browser keeps other sites, server paths, files and in-page anchors", () => {
  assert.equal(appPath("https://findtreatment.gov/", here), null);
  assert.equal(appPath("http://localhost:8000/news/", here), null, "another origin");
  assert.equal(appPath("/admin/", here), null);
  assert.equal(appPath("/api/v2/site/", here), null);
  assert.equal(appPath("/media/images/a.webp", here), null);
  assert.equal(appPath("/documents/1/leaflet.pdf", here), null);
  assert.equal(appPath("/facts-and-stats/#sources", here), null);
  assert.equal(appPath("tel:988", here), null);
});

test("modified clicks and new-tab links are left to the browser", () => {
  const anchor = { target: "", hasAttribute: () => false };
  const click = { button: 0, defaultPrevented: false };
  assert.equal(isPlainClick(click, anchor), true);
  assert.equal(isPlainClick({ ...click, metaKey: true }, anchor), false);
  assert.equal(isPlainClick({ ...click, button: 1 }, anchor), false);
  assert.equal(isPlainClick(click, { ...anchor, target: "_blank" }), false);
  assert.equal(
    isPlainClick(click, { target: "", hasAttribute: (name) => name === "download" }),
    false,
  );
});
