// Wagtail 8 saves drafts before their required fields are filled in, and previews show them:
// every block shows only what is there, never a label followed by nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../../frontend/src/blocks/index.js";

const render = (type, value) => String(renderBlocks([{ type, value }]));

test("a data table without its source or title shows its rows and no empty lines", () => {
  const out = render("data_table", {
    title: "",
    summary: "",
    chart: "none",
    source_title: "",
    source_url: "",
    table: {
      columns: [{ heading: "Year" }, { heading: "Deaths" }],
      rows: [{ values: ["2022", 107941] }],
    },
  });
  assert.match(out, /107,941/);
  assert.doesNotMatch(out, /Source/);
  assert.doesNotMatch(out, /<figcaption/);
  assert.doesNotMatch(out, /aria-labelledby/);
  assert.match(out, /aria-label="Data: table"/);
});

test("a data table with no rows yet shows nothing", () => {
  assert.equal(
    render("data_table", { title: "", table: null, chart: "bar", source_title: "" }),
    "",
  );
});

test("a table's caption id is the same each time it is drawn, and differs between tables", () => {
  const table = {
    title: "Deaths by year",
    table: {
      columns: [{ heading: "Year" }, { heading: "Deaths" }],
      rows: [{ values: ["2019", 1] }],
    },
  };
  const id = (value) => /aria-labelledby="([^"]+)"/.exec(render("data_table", value))[1];
  assert.equal(id(table), id(table));
  assert.notEqual(id(table), id({ ...table, title: "Deaths by month" }));
});
