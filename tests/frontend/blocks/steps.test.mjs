// Numbered steps (what to do in an overdose): open, numbered, each with its one action.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../../frontend/src/blocks/index.js";

const render = (value) => String(renderBlocks([{ type: "steps", value }]));

test("steps are an open, numbered list with the anchor the crisis bar links to", () => {
  const out = render({
    heading: "What to do in an overdose",
    intro: "The signs.",
    anchor: "what-to-do-in-an-overdose",
    steps: [
      { title: "Call 911", text: "Say where.", action_label: "Call 911", action_link: "tel:911" },
      { title: "Stay with them", text: "Until help comes.", action_label: "", action_link: "" },
    ],
  });
  assert.match(out, /<section class="steps" id="what-to-do-in-an-overdose"/);
  assert.match(out, /<ol class="steps__list">/);
  assert.doesNotMatch(out, /<details/);
  assert.match(out, /<a class="steps__action button" href="tel:911">Call 911<\/a>/);
  assert.equal((out.match(/<li class="steps__step">/g) || []).length, 2);
});

test("a step's link that is not a call, a text, a page or the web is left out", () => {
  const out = render({
    heading: "Steps",
    anchor: "steps",
    steps: [{ title: "Go", text: "", action_label: "Go", action_link: "javascript:alert(1)" }],
  });
  assert.doesNotMatch(out, /javascript:/);
  assert.doesNotMatch(out, /<a /);
});

test("steps saved in a draft before any step was written show nothing", () => {
  assert.equal(render({ heading: "Steps", steps: [{ title: "" }] }), "");
});
