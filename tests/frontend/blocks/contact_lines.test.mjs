// Wagtail 8 saves drafts before their required fields are filled in, and previews show them:
// every block shows only what is there, never a label followed by nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBlocks } from "../../../frontend/src/blocks/index.js";

const render = (type, value) => String(renderBlocks([{ type, value }]));

test("a contact line without its number shows no link to call nothing", () => {
  const out = render("contact_lines", {
    heading: "Call",
    lines: [
      { kind: "phone", label: "Warmline", value: "", href: "tel:", description: "" },
      { kind: "phone", label: "988 Lifeline", value: "988", href: "tel:988", description: "" },
    ],
  });
  assert.equal((out.match(/<a /g) || []).length, 1);
  assert.match(out, /href="tel:988">Call 988<\/a>/);
  assert.doesNotMatch(out, /Call <\/a>|Call\s*<\/a>/);
  assert.equal(
    render("contact_lines", {
      heading: "Call",
      lines: [{ kind: "phone", label: "", value: "", href: "tel:" }],
    }),
    "",
  );
});
