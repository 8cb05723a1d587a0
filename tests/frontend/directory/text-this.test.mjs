import assert from "node:assert/strict";
import { test } from "node:test";
import { smsBody, smsHref, todayWords } from "../../../frontend/src/directory/text-this.js";

const here = new URL("https://example.org/resource-guide/kansas-city/?open_now=true");
const dropIn = {
  id: "abc",
  name: "Harm Reduction Drop-In (example)",
  status: "active",
  location: {
    name: "Drop-In Center",
    address_1: "100 Example St",
    city: "Kansas City",
    state_province: "MO",
    postal_code: "64106",
  },
  phones: [
    { number: "816-555-0111", kind: "text" },
    { number: "816-555-0101", kind: "voice" },
  ],
  hours: {
    timezone: "America/Chicago",
    weekly: [
      { weekday: 2, opens: "10:00", closes: "18:00" },
      { weekday: 6, opens: "12:00", closes: "16:00" },
    ],
    exceptions: [{ from: "2026-12-22", to: "2026-12-22", closed: true }],
  },
};

test("the text holds the name, address, phone, today's hours and the page's address", () => {
  // Tuesday Dec 15, 2026, 9 AM in Kansas City.
  const body = smsBody(dropIn, new Date("2026-12-15T15:00:00Z"), here);
  assert.equal(
    body,
    "Harm Reduction Drop-In (example)\n" +
      "Drop-In Center, 100 Example St, Kansas City, MO 64106\n" +
      "Call 816-555-0101\n" +
      "Today: 10 AM – 6 PM\n" +
      "https://example.org/resource-guide/kansas-city/#listing-abc",
  );
  assert.equal(smsHref("a b\nc&d"), "sms:?&body=a%20b%0Ac%26d");
});

test("today is the listing's own day, closures counted", () => {
  // 2 AM UTC on Wednesday is still Tuesday evening in Kansas City.
  assert.equal(todayWords(dropIn, new Date("2026-12-16T02:00:00Z")), "10 AM – 6 PM");
  assert.equal(todayWords(dropIn, new Date("2026-12-22T18:00:00Z")), "Closed");
  assert.equal(todayWords(dropIn, new Date("2026-12-17T18:00:00Z")), "Closed");
  assert.equal(todayWords({ ...dropIn, status: "inactive" }), "Closed for now");
  assert.equal(todayWords({ ...dropIn, hours: { weekly: [] } }), "");
});

test("on a Spanish page the text is in Spanish", () => {
  const spanishPage = new URL("https://example.org/es/guia-de-recursos/kansas-city/");
  // Tuesday Dec 15, 2026, 9 AM in Kansas City.
  const body = smsBody(dropIn, new Date("2026-12-15T15:00:00Z"), spanishPage);
  assert.equal(
    body,
    "Harm Reduction Drop-In (example)\n" +
      "Drop-In Center, 100 Example St, Kansas City, MO 64106\n" +
      "Llamar al 816-555-0101\n" +
      "Hoy: 10 a.m. – 6 p.m.\n" +
      "https://example.org/es/guia-de-recursos/kansas-city/#listing-abc",
  );
  assert.equal(todayWords(dropIn, new Date("2026-12-22T18:00:00Z"), "es"), "Cerrado");
  assert.equal(todayWords({ ...dropIn, status: "inactive" }, undefined, "es"), "Cerrado por ahora");
  const always = {
    ...dropIn,
    hours: { weekly: [{ weekday: 2, opens: "00:00", closes: "24:00" }] },
  };
  assert.equal(todayWords(always, new Date("2026-12-15T15:00:00Z"), "es"), "Abierto las 24 horas");
  // A text-only line is "Mensaje de texto al …".
  const textOnly = { ...dropIn, phones: [{ number: "816-555-0111", kind: "text" }] };
  assert.match(
    smsBody(textOnly, new Date("2026-12-15T15:00:00Z"), spanishPage),
    /\nMensaje de texto al 816-555-0111\n/,
  );
});
