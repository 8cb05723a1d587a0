// Controls that do something only with script ("Menu", "Sort by distance from me", "Show on a
// map", "Report a problem" as a button). Drawn in the browser, they are drawn as they are. In
// the server's first view they go out as an empty <template> holding their markup in an
// attribute: a browser without script, a text browser (w3m, Lynx) or a reader mode shows
// nothing, where it would show a button that does nothing. boot.js puts them in place as soon
// as script runs.
import { html } from "./html.js";

/** `markup` where script runs; on the server, an empty slot that holds it. */
export function scriptOnly(markup) {
  if (!globalThis.turntoDrawnOnServer) return markup;
  return html`<template data-script-only="${String(markup)}"></template>`;
}

/** Put every control the server held back in its place (script is running). */
export function revealScriptOnly(root = document) {
  const doc = root.ownerDocument || root;
  for (const slot of root.querySelectorAll("template[data-script-only]")) {
    const parsed = doc.createElement("template");
    parsed.innerHTML = slot.getAttribute("data-script-only");
    slot.replaceWith(parsed.content);
  }
}
