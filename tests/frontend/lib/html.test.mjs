import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, html, raw, safeUrl } from "../../../frontend/src/lib/html.js";

test("values put into templates are escaped", () => {
  const name = '<img src=x onerror="alert(1)">';
  assert.equal(
    String(html`<p>${name}</p>`),
    "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>",
  );
});

test("nested templates, arrays and raw() pass through unescaped", () => {
  const items = ["a", "<b>"].map((item) => html`<li>${item}</li>`);
  assert.equal(
    String(html`<ul>${items}</ul>${raw("<hr>")}`),
    "<ul><li>a</li><li>&lt;b&gt;</li></ul><hr>",
  );
});

test("empty values render nothing", () => {
  assert.equal(String(html`${null}${undefined}${false}|${0}`), "|0");
  assert.equal(escapeHtml(null), "");
});

test("only safe URL schemes are allowed in links", () => {
  assert.equal(safeUrl("/facts-and-stats/"), "/facts-and-stats/");
  assert.equal(safeUrl("https://findtreatment.gov/"), "https://findtreatment.gov/");
  assert.equal(safeUrl("tel:988"), "tel:988");
  assert.equal(safeUrl("sms:988"), "sms:988");
  assert.equal(safeUrl("javascript:alert(1)"), null);
  assert.equal(safeUrl(" JavaScript:alert(1)"), null);
  assert.equal(safeUrl("data:text/html,<script>"), null);
  assert.equal(safeUrl("//evil.example/"), null);
});
