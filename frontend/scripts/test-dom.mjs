// For the node tests (tests/frontend/): a DOM for tests that render what the browser renders (rich text is sanitised by DOMPurify,
// images read the API's address from a <meta>): linkedom's document, set up before the front
// end's modules are imported.
import { parseHTML } from "linkedom";

const { window } = parseHTML(
  '<!doctype html><html><head><meta name="turnto-api" content=""></head><body></body></html>',
);
globalThis.window = window;
globalThis.document = window.document;
globalThis.location = new URL("http://localhost/");

/** The text a reader sees in `markup`, with attribute values a screen reader may read. */
export function readable(markup) {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const attributes = [...document.querySelectorAll("[alt], [title], [aria-label]")].flatMap(
    (node) => ["alt", "title", "aria-label"].map((name) => node.getAttribute(name) || ""),
  );
  return squash([document.body.textContent, ...attributes].join(" "));
}

export function squash(text) {
  return String(text).replace(/\s+/g, " ").trim();
}
