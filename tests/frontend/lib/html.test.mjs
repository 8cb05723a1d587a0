import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, html, jsonAttribute, raw, safeUrl } from "../../../frontend/src/lib/html.js";

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

test("a template's own indentation is one line break; a value's spaces are kept", () => {
  const name = "Two  spaces\n    and an indented line";
  assert.equal(
    String(html`<ul>
        <li>${name}</li>
      </ul>`),
    "<ul>\n<li>Two  spaces\n    and an indented line</li>\n</ul>",
  );
});

test("JSON in a single-quoted attribute reads back whole, with nothing that ends it", () => {
  const value = { note: `Closed '25 <img src=x> & "more"` };
  const written = String(jsonAttribute(value));
  const inside = written.slice(1, -1);
  assert.equal(written.at(0), "'");
  assert.equal(written.at(-1), "'");
  assert.doesNotMatch(inside, /['<]/);
  // What a browser's attribute parser gives back: the entities decoded.
  const read = inside.replaceAll("&#39;", "'").replaceAll("&amp;", "&");
  assert.deepEqual(JSON.parse(read), value);
});
