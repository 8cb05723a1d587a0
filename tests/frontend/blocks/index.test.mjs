import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../../frontend/src/blocks/index.js";

const render = (type, value) => String(renderBlocks([{ type, value }]));

test("an unknown block type renders nothing and logs a warning", (t) => {
  const warn = t.mock.method(console, "warn", () => {});
  const out = String(
    renderBlocks([
      { type: "mystery", value: {} },
      { type: "heading", value: { text: "Hi", level: "h2" } },
    ]),
  );
  assert.equal(out, '<div class="block block--heading"><h2>Hi</h2></div>');
  assert.equal(warn.mock.callCount(), 1);
  assert.match(warn.mock.calls[0].arguments[0], /mystery/);
});

test("a block whose renderer fails is skipped, the rest still render", (t) => {
  t.mock.method(console, "warn", () => {});
  const renderers = {
    bad: () => {
      throw new Error("boom");
    },
    good: () => "ok",
  };
  const out = String(
    renderBlocks(
      [
        { type: "bad", value: {} },
        { type: "good", value: {} },
      ],
      renderers,
    ),
  );
  assert.equal(out, '<div class="block block--good">ok</div>');
});

// Drafts (Wagtail 8 saves them before their required fields are filled in) leave no empty box.
test("empty headings, quotes, text and questions leave nothing behind", () => {
  assert.equal(render("heading", { text: "", level: "h2" }), "");
  assert.equal(render("quote", { text: "", attribution: "Sam" }), "");
  assert.equal(render("rich_text", ""), "");
  assert.equal(render("faq", { heading: "Questions", items: [{ question: "", answer: "" }] }), "");
  assert.equal(
    render("principles", { heading: "How we work", principles: [{ title: "", description: "" }] }),
    "",
  );
  assert.equal(render("strategy_cards", { heading: "Ways to stay safer", cards: [] }), "");
  assert.equal(render("video", { url: "", title: "", provider: null }), "");
});
