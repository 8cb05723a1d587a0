// Wagtail 8 saves drafts before their required fields are filled in, and previews show them:
// every block shows only what is there, never a label followed by nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../../frontend/src/blocks/index.js";

const render = (type, value) => String(renderBlocks([{ type, value }]));

test("a statistic without its source has no “Source:” line", () => {
  const out = render("statistic", {
    figure: "9 in 10",
    label: "Drafted figure",
    source_title: "",
    source_url: "",
    as_of: "",
  });
  assert.match(out, /9 in 10/);
  assert.match(out, /Drafted figure/);
  assert.doesNotMatch(out, /Source/);
  assert.doesNotMatch(out, /statistic__when/);
});

test("a statistic with its source links to it; with only a link, the link names its site", () => {
  const full = render("statistic", {
    figure: "1 in 4",
    label: "People",
    source_title: "CDC",
    source_url: "https://www.cdc.gov/x",
    as_of: "2022",
  });
  assert.match(
    full,
    /Source: <a href="https:\/\/www.cdc.gov\/x" rel="noreferrer noopener">CDC<\/a>/,
  );
  assert.match(full, /People <span class="statistic__when">\(2022\)<\/span>/);
  const linkOnly = render("statistic", {
    figure: "1 in 4",
    label: "People",
    source_title: "",
    source_url: "https://www.cdc.gov/x",
  });
  assert.match(linkOnly, /Source: <a [^>]+>cdc.gov<\/a>/);
  const titleOnly = render("statistic", { figure: "1 in 4", label: "People", source_title: "CDC" });
  assert.match(titleOnly, /Source: CDC<\/figcaption>/);
});

test("a statistic with no figure and no label shows nothing, not an empty box", () => {
  assert.equal(render("statistic", { figure: "", label: "", source_title: "CDC" }), "");
});

test("on a Spanish page a statistic's and a table's source line is in Spanish", () => {
  globalThis.location = new URL("https://example.org/es/datos-y-cifras/");
  try {
    const source = { source_title: "CDC", source_url: "https://www.cdc.gov/x" };
    assert.match(render("statistic", { figure: "1", label: "personas", ...source }), /Fuente: <a /);
    const table = { title: "Muertes", table: { columns: [], rows: [{ values: ["2022", 1] }] } };
    const out = render("data_table", { ...table, chart: "none", ...source });
    assert.match(out, /Fuente: <a /);
    assert.doesNotMatch(out, /Source:/);
  } finally {
    delete globalThis.location;
  }
});
