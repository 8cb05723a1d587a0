import assert from "node:assert/strict";
import { test } from "node:test";
import { chartSvg } from "../../../frontend/src/blocks/chart.js";

const table = {
  columns: [
    { type: "text", heading: "Year" },
    { type: "number", heading: "Deaths" },
  ],
  rows: [
    { values: ["2019", 70630] },
    { values: ["2020", 91799] },
    { values: ["<b>2021</b>", 106699] },
  ],
};

test("a bar chart has one bar per row, tallest for the largest value", () => {
  const svg = String(chartSvg(table, "bar", "Deaths"));
  const heights = [...svg.matchAll(/class="chart__bar"[^>]*height="([\d.]+)"/g)].map((m) => +m[1]);
  assert.equal(heights.length, 3);
  assert.equal(Math.max(...heights), heights[2]);
  assert.match(svg, /role="img"/);
  assert.match(svg, /aria-label="Chart: Deaths\. The same numbers are in the table below\."/);
});

test("a line chart has a point per row and labels are escaped", () => {
  const svg = String(chartSvg(table, "line", "Deaths"));
  assert.equal((svg.match(/<circle/g) || []).length, 3);
  assert.ok(svg.includes("&lt;b&gt;2021&lt;/b&gt;"));
  assert.ok(!svg.includes("<b>"));
});

test("no number column means no chart", () => {
  const textOnly = { columns: [{ type: "text", heading: "Place" }], rows: [{ values: ["A"] }] };
  assert.equal(String(chartSvg(textOnly, "bar", "x")), "");
});
