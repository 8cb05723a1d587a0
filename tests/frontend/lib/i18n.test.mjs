import assert from "node:assert/strict";
import { test } from "node:test";
import { CATALOGUES, LOCALES, languageLinks, localeOf, t } from "../../../frontend/src/lib/i18n.js";

test("the language is the address's", () => {
  assert.equal(localeOf("/"), "en");
  assert.equal(localeOf("/resource-guide/"), "en");
  assert.equal(localeOf("/es/"), "es");
  assert.equal(localeOf("/es"), "es");
  assert.equal(localeOf("/es/guia-de-recursos/kansas-city/"), "es");
  assert.equal(localeOf("/escape/"), "en");
});

test("every catalogue has every English word", () => {
  for (const [code, words] of Object.entries(CATALOGUES)) {
    assert.deepEqual(Object.keys(words).sort(), Object.keys(CATALOGUES.en).sort(), code);
  }
  assert.equal(t("es", "menu"), "Menú");
  assert.equal(t("xx", "menu"), "Menu");
});

test("the switch leads to the translation, or to the other home with a note", () => {
  const languages = { en: "/", es: "/es/" };
  assert.deepEqual(languageLinks("en", languages, { en: "/news/", es: "/es/noticias/" }), [
    { code: "es", name: "Español", href: "/es/noticias/", missing: false },
  ]);
  assert.deepEqual(languageLinks("es", languages, { es: "/es/x/" }), [
    { code: "en", name: "English", href: "/", missing: true },
  ]);
});

test("every language of the interface has a catalogue, and only those", () => {
  assert.deepEqual(Object.keys(CATALOGUES).sort(), [...LOCALES].sort());
});
