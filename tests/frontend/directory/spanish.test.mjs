// The directory on a Spanish page (/es/...): its interface words come from the Spanish
// catalogue, its times and dates from Intl in Spanish; English stays as it was.
import assert from "node:assert/strict";
import { test } from "node:test";
import { closureNotices } from "../../../frontend/src/directory/closure-notice.js";
import { directorySection } from "../../../frontend/src/directory/filters.js";
import { clockWords, weeklyHours } from "../../../frontend/src/directory/hours-table.js";
import { listingCard, verifiedLine } from "../../../frontend/src/directory/listing-card.js";
import { statusLine } from "../../../frontend/src/directory/live-status.js";
import { reportFormHtml } from "../../../frontend/src/directory/report-form.js";
import { directoryResultsHtml, morePlacesHtml } from "../../../frontend/src/directory/results.js";
import { CATALOGUES, pageLocale, t } from "../../../frontend/src/lib/i18n.js";

const TUE_3PM = new Date("2026-11-17T21:00:00Z"); // Tuesday 3 PM in Kansas City
const weekdays = {
  timezone: "America/Chicago",
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" })),
};
const listing = {
  id: "abc",
  name: "Clínica de ejemplo",
  status: "active",
  organization: { name: "Example Health" },
  walk_in: true,
  is_free: true,
  service_types: [],
  description: "",
  location: { name: "Clínica de ejemplo", address_1: "12 Example St", city: "Kansas City" },
  phones: [{ number: "816-555-0101", kind: "voice", href: "tel:8165550101" }],
  hours: weekdays,
  assured_date: "2026-11-03",
  // The API's own line is English: a Spanish page says it in Spanish.
  status_now: { open: true, text: "Open · closes 5 PM" },
};

/** The English catalogue's directory words (with no {placeholder}) found in `text`. */
function englishIn(text) {
  const spanish = CATALOGUES.es;
  return Object.entries(CATALOGUES.en)
    .filter(([key]) => /^(dir|card|share|status|hours|days|report)\./.test(key))
    .map(([key, value]) => [key, value.split(/\{\w+\}/)[0].trim()])
    .filter(([key, value]) => value.length > 3 && value !== spanish[key])
    .filter(([, value]) => {
      const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "u").test(text);
    });
}

test("every directory word has a Spanish translation with the same placeholders", () => {
  for (const [key, value] of Object.entries(CATALOGUES.en)) {
    assert.ok(key in CATALOGUES.es, `no Spanish for ${key}`);
    const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(CATALOGUES.es[key]), names(value), key);
  }
  assert.equal(t("es", "dir.placesIn", { city: "Kansas City" }), "Lugares en Kansas City");
  assert.equal(t("en", "dir.moreToSee", { n: 3 }), "3 more to see");
});

test("the status line is in Spanish, its times from Intl", () => {
  assert.deepEqual(statusLine(listing, TUE_3PM, "es"), {
    open: true,
    text: "Abierto · cierra 5 p.m.",
  });
  assert.deepEqual(statusLine(listing, new Date("2026-11-21T18:00:00Z"), "es"), {
    open: false,
    text: "Cerrado · abre lun 9 a.m.",
  });
  assert.equal(
    statusLine({ ...listing, status: "inactive" }, TUE_3PM, "es").text,
    "Cerrado por ahora",
  );
  assert.equal(statusLine(listing, TUE_3PM, "en").text, "Open · closes 5 PM");
});

test("the hours table has Spanish day names and times", () => {
  const table = String(weeklyHours({ ...weekdays, timezone: "America/New_York" }, "es"));
  assert.match(table, /<caption>Horas en hora del este\.<\/caption>/);
  assert.match(table, /<th scope="row">Lunes<\/th><td>9 a\.m\. – 5 p\.m\.<\/td>/);
  assert.match(table, /<th scope="row">Domingo<\/th><td>Cerrado<\/td>/);
  assert.equal(clockWords("24:00", "es"), "medianoche");
  assert.equal(clockWords("12:00", "es"), "mediodía");
  assert.equal(clockWords("09:30", "en"), "9:30 AM");
});

test("closures are said in Spanish with Spanish dates", () => {
  const hours = {
    ...weekdays,
    exceptions: [{ from: "2026-12-25", to: "2026-12-25", closed: true, note: "Navidad" }],
  };
  assert.deepEqual(closureNotices(hours, new Date("2026-12-20T18:00:00Z"), "es"), [
    "Cerrado vie, 25 de dic — Navidad",
  ]);
});

test("a listing card on a Spanish page has no English word of the directory", () => {
  const card = String(listingCard(listing, TUE_3PM, { locale: "es", showHours: true }));
  for (const words of [
    "Abierto · cierra 5 p.m.",
    "Sin cita",
    "Gratis",
    "De Example Health",
    "Llamar al 816-555-0101",
    "Enviar por mensaje",
    "Copiar",
    "Compartir",
    "Informar de un problema con este lugar",
    "Horario",
    "Lunes",
    "Comprobado por última vez hace 14 días (3 nov 2026).",
  ]) {
    assert.ok(card.includes(words), `missing "${words}"`);
  }
  assert.deepEqual(englishIn(card.replace(/<[^>]+>/g, " ")), []);
  assert.equal(
    verifiedLine({ ...listing, assured_date: null }, TUE_3PM, "es"),
    "Nuestro equipo aún no lo ha comprobado: llame antes de ir.",
  );
});

test("the filters, the count and 'More places' are in Spanish", () => {
  globalThis.location = new URL("https://example.org/es/guia-de-recursos/kansas-city/");
  try {
    assert.equal(pageLocale(), "es");
    const page = { city: "Kansas City", service_types: [{ slug: "naloxone", name: "Naloxona" }] };
    const form = String(directorySection(page, "?service_type=nope"));
    for (const words of ["Lugares en Kansas City", "Filtrar", "¿Qué necesita?", "Hablan español"]) {
      assert.ok(form.includes(words), `missing "${words}"`);
    }
    assert.match(form, /“nope” no es uno de los tipos de ayuda de abajo/);
    const guide = String(directorySection({ sections: [{ city: "St. Louis" }] }, ""));
    assert.match(guide, /Buscar en todos los lugares/);
    assert.match(guide, /Todas las ciudades/);
    const results = directoryResultsHtml(
      { count: 25, page: 1, page_size: 10, results: [listing] },
      200,
      TUE_3PM,
    );
    assert.match(results, /25 lugares/);
    assert.match(
      String(morePlacesHtml({ count: 25, page: 1, page_size: 10 })),
      /Más lugares[\s\S]*15 más por ver/,
    );
    const drawn = `${form}${guide}${results}${reportFormHtml("abc")}`;
    assert.deepEqual(englishIn(drawn.replace(/<[^>]+>/g, " ")), []);
    assert.match(directoryResultsHtml({ count: 0, results: [] }, 200), /Ningún lugar coincide/);
  } finally {
    delete globalThis.location;
  }
});

test("English pages keep their words", () => {
  const card = String(listingCard(listing, TUE_3PM, { locale: "en" }));
  assert.match(card, /Open · closes 5 PM/);
  assert.match(card, /From Example Health/);
  assert.match(card, /Last checked 14 days ago \(Nov 3, 2026\)\./);
  // The scan used above does find English words where they are.
  assert.ok(englishIn(card.replace(/<[^>]+>/g, " ")).length > 5);
});

test("a Spanish page asks the directory for the listings' Spanish words; English asks for none", () => {
  const page = { city: "Kansas City", service_types: [] };
  const es = String(directorySection(page, "", "es"));
  assert.match(es, /<input type="hidden" name="locale" value="es">/);
  assert.doesNotMatch(String(directorySection(page, "", "en")), /name="locale"/);
});
