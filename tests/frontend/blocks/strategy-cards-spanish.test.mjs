// A strategy card on a Spanish page: its own words come translated from the API, and the
// card's fold and link say theirs in Spanish too.
import assert from "node:assert/strict";
import { test } from "node:test";
import "../../../frontend/scripts/test-dom.mjs";
import strategyCards from "../../../frontend/src/blocks/strategy_cards.js";

const cards = [
  {
    title: "Análisis de drogas",
    summary: "Las tiras de prueba ayudan.",
    body: "<p>Más detalles.</p>",
    icon: "test-strip",
    image: null,
    learn_more: { url: "/es/la-crisis-del-fentanilo/", title: "La crisis del fentanilo" },
  },
];

test("a Spanish page's card reads 'Leer más' and 'Más sobre', an English one its English", () => {
  const es = String(strategyCards({ heading: "", cards }, "es"));
  assert.match(es, /<summary>Leer más/);
  assert.match(es, /sobre Análisis de drogas/);
  assert.match(es, />Más sobre Análisis de drogas</);
  assert.doesNotMatch(es, /Read more|More about/);
  const en = String(strategyCards({ heading: "", cards }, "en"));
  assert.match(en, /<summary>Read more/);
  assert.match(en, />More about Análisis de drogas</);
});
