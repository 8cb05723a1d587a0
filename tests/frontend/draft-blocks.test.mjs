// Wagtail 8 saves drafts before their required fields are filled in, and previews show them:
// every block shows only what is there, never a label followed by nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../frontend/src/blocks/index.js";

const render = (type, value) => String(renderBlocks([{ type, value }]));

test("a statistic without its source has no “Source:” line", () => {
  const out = render("statistic", {
    figure: "9 in 10", label: "Drafted figure", source_title: "", source_url: "", as_of: "",
  });
  assert.match(out, /9 in 10/);
  assert.match(out, /Drafted figure/);
  assert.doesNotMatch(out, /Source/);
  assert.doesNotMatch(out, /statistic__when/);
});

test("a statistic with its source links to it; with only a link, the link names its site", () => {
  const full = render("statistic", {
    figure: "1 in 4", label: "People", source_title: "CDC", source_url: "https://www.cdc.gov/x", as_of: "2022",
  });
  assert.match(full, /Source: <a href="https:\/\/www.cdc.gov\/x" rel="noreferrer noopener">CDC<\/a>/);
  assert.match(full, /People <span class="statistic__when">\(2022\)<\/span>/);
  const linkOnly = render("statistic", {
    figure: "1 in 4", label: "People", source_title: "", source_url: "https://www.cdc.gov/x",
  });
  assert.match(linkOnly, /Source: <a [^>]+>cdc.gov<\/a>/);
  const titleOnly = render("statistic", { figure: "1 in 4", label: "People", source_title: "CDC" });
  assert.match(titleOnly, /Source: CDC<\/figcaption>/);
});

test("a statistic with no figure and no label shows nothing, not an empty box", () => {
  assert.equal(render("statistic", { figure: "", label: "", source_title: "CDC" }), "");
});

test("a data table without its source or title shows its rows and no empty lines", () => {
  const out = render("data_table", {
    title: "", summary: "", chart: "none", source_title: "", source_url: "",
    table: { columns: [{ heading: "Year" }, { heading: "Deaths" }], rows: [{ values: ["2022", 107941] }] },
  });
  assert.match(out, /107,941/);
  assert.doesNotMatch(out, /Source/);
  assert.doesNotMatch(out, /<figcaption/);
  assert.doesNotMatch(out, /aria-labelledby/);
  assert.match(out, /aria-label="Data: table"/);
});

test("a data table with no rows yet shows nothing", () => {
  assert.equal(render("data_table", { title: "", table: null, chart: "bar", source_title: "" }), "");
});

test("empty headings, quotes, text and questions leave nothing behind", () => {
  assert.equal(render("heading", { text: "", level: "h2" }), "");
  assert.equal(render("quote", { text: "", attribution: "Sam" }), "");
  assert.equal(render("rich_text", ""), "");
  assert.equal(render("faq", { heading: "Questions", items: [{ question: "", answer: "" }] }), "");
  assert.equal(render("principles", { heading: "How we work", principles: [{ title: "", description: "" }] }), "");
  assert.equal(render("strategy_cards", { heading: "Ways to stay safer", cards: [] }), "");
  assert.equal(render("video", { url: "", title: "", provider: null }), "");
});

test("a call to action shows a button only with both its words and where it goes", () => {
  const noLabel = render("call_to_action", { heading: "Get naloxone", text: "", button_label: "", url: "/naloxone/" });
  assert.match(noLabel, /Get naloxone/);
  assert.doesNotMatch(noLabel, /<a /);
  const noHeading = render("call_to_action", { heading: "", text: "", button_label: "Order", url: "/order/" });
  assert.doesNotMatch(noHeading, /<h2/);
  assert.match(noHeading, /<a class="button" href="\/order\/">Order<\/a>/);
  assert.equal(render("call_to_action", { heading: "", text: "", button_label: "Go", url: "" }), "");
});

test("a contact line without its number shows no link to call nothing", () => {
  const out = render("contact_lines", {
    heading: "Call",
    lines: [
      { kind: "phone", label: "Warmline", value: "", href: "tel:", description: "" },
      { kind: "phone", label: "988 Lifeline", value: "988", href: "tel:988", description: "" },
    ],
  });
  assert.equal((out.match(/<a /g) || []).length, 1);
  assert.match(out, /href="tel:988">Call 988<\/a>/);
  assert.doesNotMatch(out, /Call <\/a>|Call\s*<\/a>/);
  assert.equal(render("contact_lines", { heading: "Call", lines: [{ kind: "phone", label: "", value: "", href: "tel:" }] }), "");
});
