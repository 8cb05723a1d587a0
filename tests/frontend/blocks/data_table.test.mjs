// Wagtail 8 saves drafts before their required fields are filled in, and previews show them:
// every block shows only what is there, never a label followed by nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { blockRenderers, renderBlocks } from "../../../frontend/src/blocks/index.js";

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

test("on a Spanish page a table and its chart are named in Spanish, numbers as Spanish writes them", () => {
  const value = {
    title: "Muertes por sobredosis",
    summary: "",
    chart: "bar",
    source_title: "CDC",
    source_url: "",
    table: {
      columns: [
        { type: "text", heading: "Año" },
        { type: "number", heading: "Muertes" },
      ],
      rows: [{ values: ["2022", 107941] }],
    },
  };
  const dataTable = blockRenderers.data_table;
  const es = String(dataTable(value, "es"));
  assert.match(es, /aria-label="Muertes por sobredosis: tabla"/);
  assert.match(
    es,
    /alt="Gráfico de barras: Muertes por sobredosis\. Los números están en la tabla de abajo\."/,
  );
  assert.match(es, /<td>107,941<\/td>/); // es-US groups thousands as the US does
  assert.match(es, /Fuente: CDC/);
  assert.doesNotMatch(es, /: table"|Bar chart|numbers are in the table|Source:/);
  const unnamed = String(dataTable({ ...value, title: "", chart: "none" }, "es"));
  assert.match(unnamed, /aria-label="Datos: tabla"/);
  // English keeps its words.
  assert.match(String(dataTable(value, "en")), /aria-label="Muertes por sobredosis: table"/);
});
