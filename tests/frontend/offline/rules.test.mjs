import assert from "node:assert/strict";
import { test } from "node:test";
import {
  neverStored,
  offlineUrl,
  savedNotice,
  savedText,
  storableApi,
  storablePage,
} from "../../../frontend/src/offline/rules.js";

const url = (path) => new URL(path, "http://localhost:8000");

test("pages a visitor reads are kept; private ones never", () => {
  assert.ok(storablePage(url("/the-fentanyl-crisis/")));
  assert.ok(storablePage(url("/resource-guide/kansas-city/?service_type=naloxone")));
  for (const path of [
    "/admin/pages/",
    "/preview/?content_type=a&token=b",
    "/search/?q=naloxone",
    "/report-a-problem/?listing=1",
    "/offline/",
    "/resource-guide/kansas-city/?near=39.1,-94.6",
  ]) {
    assert.equal(storablePage(url(path)), false, path);
  }
});

test("only the answers pages are drawn from are kept, never searches or locations", () => {
  assert.ok(storableApi(url("/api/v2/site/")));
  assert.ok(storableApi(url("/api/v2/pages/find/?html_path=/a/")));
  assert.ok(storableApi(url("/api/directory/services/?city=Kansas%20City")));
  for (const path of [
    "/api/v2/search/?q=narcan",
    "/api/v2/pages/?search=naloxone",
    "/api/v2/page_preview/?content_type=a&token=b",
    "/api/directory/services/?near=39.1,-94.6",
    "/api/directory/services/?q=clinic",
    "/api/directory/services/1/reports/",
  ]) {
    assert.equal(storableApi(url(path)), false, path);
  }
});

test("an answer marked private or no-store is never kept", () => {
  assert.ok(neverStored("private, no-store, max-age=0"));
  assert.ok(neverStored("no-store"));
  assert.ok(neverStored("max-age=0, Private"));
  assert.equal(neverStored("public, max-age=0, must-revalidate"), false);
  assert.equal(neverStored(null), false);
});

test("the notice says when the copy was saved, in the phone's time", () => {
  const iso = "2026-12-01T16:42:00Z";
  assert.equal(savedText(iso, "America/Chicago"), "Saved copy from Dec 1, 10:42 — you are offline");
  const page = '<body><a id="quick-exit"></a><main id="main"><h1>A</h1></main></body>';
  const marked = savedNotice(page, iso, "America/Chicago");
  assert.match(
    marked,
    /<p class="saved-copy" id="saved-copy" role="status">Saved copy from Dec 1, 10:42 — you are offline<\/p><main/,
  );
});

test("Spanish: the search, report and offline pages under /es/ are never kept, the rest are", () => {
  assert.ok(storablePage(url("/es/la-crisis-del-fentanilo/")));
  assert.ok(storablePage(url("/es/seguridad/")));
  for (const path of ["/es/buscar/?q=naloxona", "/es/informar-de-un-problema/", "/es/offline/"]) {
    assert.equal(storablePage(url(path)), false, path);
  }
});

test("a page without signal gets the offline page of its own language", () => {
  assert.equal(offlineUrl("/facts-and-stats/"), "/offline/");
  assert.equal(offlineUrl("/es/datos-y-cifras/"), "/es/offline/");
  assert.equal(offlineUrl("/es/"), "/es/offline/");
  assert.equal(offlineUrl("/estate/"), "/offline/");
});

test("a Spanish page's saved-copy notice is in Spanish", () => {
  const iso = "2026-12-01T16:42:00Z";
  assert.equal(
    savedText(iso, "America/Chicago", "es"),
    "Copia guardada del 1 dic, 10:42: no tiene conexión",
  );
  const page = savedNotice("<body><main>x</main></body>", iso, "America/Chicago", "es");
  assert.match(page, /Copia guardada del 1 dic, 10:42: no tiene conexión<\/p><main>/);
});
