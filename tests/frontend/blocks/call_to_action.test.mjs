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

test("a call to action lists the pages under its page, as the tree has them", () => {
  const out = render("call_to_action", {
    heading: "Find help near you",
    text: "Our guide covers these cities:",
    button_label: "Open the guide",
    url: "/resource-guide/",
    pages: [
      { id: 1, title: "Columbia", url: "/resource-guide/columbia/" },
      { id: 2, title: "Joplin", url: "/resource-guide/joplin/" },
      { id: 3, title: "Nowhere", url: "javascript:alert(1)" },
    ],
  });
  assert.match(out, /<ul class="cta__pages">/);
  assert.match(out, /<a href="\/resource-guide\/joplin\/">Joplin<\/a>/);
  assert.doesNotMatch(out, /Nowhere|javascript/);
  const none = render("call_to_action", { ...{ heading: "H", button_label: "Go", url: "/g/" } });
  assert.doesNotMatch(none, /cta__pages/);
});
