// Wagtail 8 saves drafts before their required fields are filled in, and previews show them:
// every block shows only what is there, never a label followed by nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../../frontend/src/blocks/index.js";

const render = (type, value) => String(renderBlocks([{ type, value }]));

test("a call to action shows a button only with both its words and where it goes", () => {
  const noLabel = render("call_to_action", {
    heading: "Get naloxone",
    text: "",
    button_label: "",
    url: "/naloxone/",
  });
  assert.match(noLabel, /Get naloxone/);
  assert.doesNotMatch(noLabel, /<a /);
  const noHeading = render("call_to_action", {
    heading: "",
    text: "",
    button_label: "Order",
    url: "/order/",
  });
  assert.doesNotMatch(noHeading, /<h2/);
  assert.match(noHeading, /<a class="button" href="\/order\/">Order<\/a>/);
  assert.equal(
    render("call_to_action", { heading: "", text: "", button_label: "Go", url: "" }),
    "",
  );
});
