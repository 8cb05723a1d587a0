// lib/sanitize.js as the server's bundle has it (build.mjs swaps it in). DOMPurify needs a
// browser's DOM: on the server's DOM (linkedom) it reports itself unsupported and gives back
// what it was given, uncleaned. So on the server each rich text becomes a placeholder, and the
// backend cleans the texts with nh3 (Ammonia, an HTML5 parser) to the same rules
// (backend/turnto/website/first_view.py clean_rich_text) and puts them in its place (server.js).
const texts = [];

export function sanitizeRichText(htmlString) {
  texts.push(String(htmlString ?? ""));
  return `<!--turnto-rich-${texts.length - 1}-->`;
}

/** The rich texts met since the last call, in placeholder order; the list starts again. */
export function takeRichTexts() {
  return texts.splice(0);
}
