import assert from "node:assert/strict";
import { test } from "node:test";
import { readable } from "../../../frontend/scripts/test-dom.mjs";
import { chartImage, chartSvg } from "../../../frontend/src/blocks/chart.js";

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
  const svg = chartSvg(table, "bar");
  const heights = [...svg.matchAll(/class="chart__bar"[^>]*height="([\d.]+)"/g)].map((m) => +m[1]);
  assert.equal(heights.length, 3);
  assert.equal(Math.max(...heights), heights[2]);
});

test("a line chart has a point per row and labels are escaped", () => {
  const svg = chartSvg(table, "line");
  assert.equal((svg.match(/<circle/g) || []).length, 3);
  assert.ok(svg.includes("&lt;b&gt;2021&lt;/b&gt;"));
  assert.ok(!svg.includes("<b>"));
});

test("the chart is an image: what reads as text is its alternative, in order", () => {
  const image = String(chartImage(table, "bar", "Deaths"));
  assert.match(image, /^<img class="chart" src="data:image\/svg\+xml,%3Csvg/);
  assert.match(image, /alt="Bar chart: Deaths\. The numbers are in the table below\."/);
  // What a reader gets of it (a text browser, a screen reader) is that sentence, not the
  // chart's loose axis labels.
  assert.equal(readable(image), "Bar chart: Deaths. The numbers are in the table below.");
  const src = image.match(/src="data:image\/svg\+xml,([^"]*)"/)[1].replaceAll("&#39;", "'");
  assert.equal(decodeURIComponent(src), chartSvg(table, "bar"));
});

test("no number column means no chart", () => {
  const textOnly = { columns: [{ type: "text", heading: "Place" }], rows: [{ values: ["A"] }] };
  assert.equal(String(chartImage(textOnly, "bar", "x")), "");
});
