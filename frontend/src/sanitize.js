// Rich text comes from the CMS as HTML. It is sanitised here anyway, because whatever reached
// the database (an import, a bug, an attacker with an editor's password) must not run in a
// visitor's browser: only plain text structure and safe links survive.
import DOMPurify from "dompurify";

const ALLOWED_TAGS = [
  "p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "ul", "ol", "li", "a", "hr",
  "blockquote", "sup", "sub",
];

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A") {
    const href = node.getAttribute("href") || "";
    if (!/^(https?:|mailto:|tel:|sms:|\/(?!\/)|#)/i.test(href)) node.removeAttribute("href");
    if (/^https?:/i.test(href) && new URL(href, location.href).origin !== location.origin) {
      // Leaving the site: tell the other site nothing about where the visitor came from.
      node.setAttribute("rel", "noreferrer noopener");
    }
  }
});

export function sanitizeRichText(htmlString) {
  return DOMPurify.sanitize(htmlString ?? "", {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ["href"],
    ALLOW_DATA_ATTR: false,
  });
}
