// What "valid HTML" means for the first response of every page (scripts/validate-html.mjs;
// tests/core/test_valid_html.py runs it over every page of both demo sites).
//
// html-validate's strictest presets ("recommended": the HTML standard's content models,
// attributes and their values, ids, nesting, and its accessibility checks; "document": labels,
// heading levels, references), with only rules of style or policy turned off, each with its
// reason. No rule of validity is off.
export default {
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // HTML's own attributes are single lower-case words (and two hyphenated ones); anything
    // else must be a data-* or aria-* attribute. html-validate checks the attributes it knows
    // but, unlike the Nu HTML checker, lets unknown ones through: this is the Nu checker's
    // "attribute not allowed on element" (htmx's hx-get is not HTML; its data-hx-get is).
    // SVG's own attributes (stroke-width, viewBox) are left to SVG (ignoreForeign).
    "attr-pattern": [
      "error",
      {
        pattern: ["[a-z]+", "(data|aria)-[a-z0-9]+(-[a-z0-9]+)*", "accept-charset", "http-equiv"],
        ignoreForeign: true,
      },
    ],
    // Checkboxes sharing a name are one multiple-choice field (service_type=a&service_type=b),
    // as radio buttons are one single choice: HTML allows both.
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
    // Style: `<!doctype html>` in lower case is as valid as upper case.
    "doctype-style": "off",
    // Style: spaces at the end of a line of markup (the renderers' template literals).
    "no-trailing-whitespace": "off",
    // Typography, not validity: it asks for no-break spaces and hyphens inside phone numbers.
    // A phone's own screen reader and dialler read the tel: link, not the text.
    "tel-non-breaking": "off",
    // Policy for resources from another origin: every script and stylesheet here is the site's
    // own, from its own origin (the CSP allows only 'self'), so there is nothing to pin.
    "require-sri": "off",
  },
};
