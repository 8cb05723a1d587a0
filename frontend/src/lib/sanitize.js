// Rich text comes from the CMS as HTML. It is sanitised here anyway, because whatever reached
// the database (an import, a bug, an attacker with an editor's password) must not run in a
// visitor's browser: only plain text structure and safe links survive.
import DOMPurify from "dompurify";

const ALLOWED_TAGS = [
  "p",
  "br",
  "h2",
  "h3",
  "h4",
  "b",
  "strong",
  "i",
  "em",
  "ul",
  "ol",
  "li",
  "a",
  "hr",
  "blockquote",
  "sup",
  "sub",
];

function checkLink(node) {
  if (node.tagName !== "A") return;
  const href = node.getAttribute("href") || "";
  if (!/^(https?:|mailto:|tel:|sms:|\/(?!\/)|#)/i.test(href)) node.removeAttribute("href");
  if (/^https?:/i.test(href) && new URL(href, location.href).origin !== location.origin) {
    // Leaving the site: tell the other site nothing about where the visitor came from.
    node.setAttribute("rel", "noreferrer noopener");
  }
}

let hooked = false;

export function sanitizeRichText(htmlString) {
  // Configured on first use: DOMPurify needs a browser window, which unit tests do not have.
  if (!hooked) {
    DOMPurify.addHook("afterSanitizeAttributes", checkLink);
    hooked = true;
  }
  return DOMPurify.sanitize(htmlString ?? "", {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ["href"],
    ALLOW_DATA_ATTR: false,
  });
}
