import assert from "node:assert/strict";
import { test } from "node:test";
import { readable } from "../../../frontend/scripts/test-dom.mjs";

const { html } = await import("../../../frontend/src/lib/html.js");
const { revealScriptOnly, scriptOnly } = await import("../../../frontend/src/lib/script-only.js");

const button = html`<button type="button" data-near-me>Sort by distance from me</button>`;

test("in the browser a script-only control is drawn as it is", () => {
  assert.equal(String(scriptOnly(button)), String(button));
});

test("on the server it is held back: nothing to read until script puts it in place", () => {
  globalThis.turntoDrawnOnServer = true;
  try {
    const drawn = String(html`<p>Before ${scriptOnly(button)} after</p>`);
    assert.match(drawn, /^<p>Before <template data-script-only="&lt;button /);
    assert.equal(readable(drawn), "Before after");
    const box = document.createElement("div");
    box.innerHTML = drawn;
    revealScriptOnly(box);
    assert.equal(readable(box.innerHTML), "Before Sort by distance from me after");
    assert.equal(box.querySelector("[data-near-me]").textContent, "Sort by distance from me");
  } finally {
    delete globalThis.turntoDrawnOnServer;
  }
});
