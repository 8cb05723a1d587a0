// What the renderers expect of a browser and the embedded engine lacks, set up before any of
// them is imported: URL, URLSearchParams and atob (core-js) and a window with a document (linkedom),
// which DOMPurify needs to sanitise rich text exactly as it does in the browser.
import "core-js/actual/atob.js"; // the HTML parser's entity tables
import "core-js/actual/url/index.js";
import "core-js/actual/url-search-params/index.js";
import { parseHTML } from "linkedom";

const { window } = parseHTML("<!doctype html><html><head></head><body></body></html>");
globalThis.window = window;
globalThis.document = window.document;
globalThis.location = new URL("http://localhost/");
// Controls that work only with script are held back from the first view (lib/script-only.js).
globalThis.turntoDrawnOnServer = true;

// A browser turns whatever is set as innerHTML into a string first (renderShell sets html``
// results); linkedom expects a string already.
let proto = window.document.createElement("div");
while (proto && !Object.getOwnPropertyDescriptor(proto, "innerHTML")) {
  proto = Object.getPrototypeOf(proto);
}
const innerHTML = Object.getOwnPropertyDescriptor(proto, "innerHTML");
Object.defineProperty(proto, "innerHTML", {
  ...innerHTML,
  set(value) {
    innerHTML.set.call(this, String(value));
  },
});

// Written out as a browser writes them: linkedom leaves "&", "<" and ">" in attribute values
// as they are, so a value the visitor typed ("&amp;", "&lt;b&gt;") would come back changed.
const ATTRIBUTE_ESCAPES = {
  "&": "&amp;",
  '"': "&quot;",
  "\u00a0": "&nbsp;",
  "<": "&lt;",
  ">": "&gt;",
};
const attribute = Object.getPrototypeOf(window.document.createAttribute("x"));
const writeAttribute = attribute.toString;
attribute.toString = function written() {
  const written = writeAttribute.call(this);
  if (!written.includes("=")) return written; // a boolean attribute: its name alone
  return `${this.name}="${this.value.replace(/[&"\u00a0<>]/g, (ch) => ATTRIBUTE_ESCAPES[ch])}"`;
};
