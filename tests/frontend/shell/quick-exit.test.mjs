import assert from "node:assert/strict";
import { test } from "node:test";
import { forgetSite } from "../../../frontend/src/offline/forget.js";
import { CLEANUP_WAIT_MS, exitNow, shiftCounter } from "../../../frontend/src/shell/quick-exit.js";

const shift = { key: "Shift" };

test("three Shift presses in a row trigger the exit", () => {
  let exits = 0;
  const onKeyUp = shiftCounter(() => exits++);
  onKeyUp(shift, 1000);
  onKeyUp(shift, 1400);
  assert.equal(exits, 0);
  onKeyUp(shift, 1800);
  assert.equal(exits, 1);
});

test("slow presses or another key in between do not", () => {
  let exits = 0;
  const onKeyUp = shiftCounter(() => exits++);
  onKeyUp(shift, 0);
  onKeyUp(shift, 500);
  onKeyUp(shift, 2000); // more than a second after the last: counting starts again
  assert.equal(exits, 0);
  onKeyUp(shift, 2300);
  onKeyUp({ key: "a" }, 2400);
  onKeyUp(shift, 2500);
  assert.equal(exits, 0);
});

test("exit blanks the page and replaces the history entry", () => {
  const calls = [];
  const fakeWindow = {
    document: {
      title: "Naloxone near me",
      documentElement: { style: {} },
      body: { replaceChildren: () => calls.push("blank") },
    },
    location: { replace: (url) => calls.push(`replace ${url}`) },
  };
  exitNow("https://www.weather.gov/", fakeWindow);
  assert.deepEqual(calls, ["blank", "replace https://www.weather.gov/"]);
  assert.equal(fakeWindow.document.title, "");
});

test("exit deletes what the phone saved, and leaves without waiting long for it", async () => {
  const calls = [];
  let timer = null;
  const fakeWindow = {
    document: {
      title: "Naloxone near me",
      documentElement: { style: {} },
      body: { replaceChildren: () => calls.push("blank") },
    },
    navigator: {
      serviceWorker: {
        getRegistrations: async () => [
          {
            active: { postMessage: (message) => calls.push(`tell ${message.type}`) },
            unregister: async () => calls.push("unregister"),
          },
        ],
      },
    },
    caches: {
      keys: async () => ["turnto-pages"],
      // A deletion that never ends: the exit leaves anyway when the timer fires.
      delete: (name) => {
        calls.push(`delete ${name}`);
        return new Promise(() => {});
      },
    },
    setTimeout: (callback, ms) => {
      timer = { callback, ms };
    },
    location: { replace: (url) => calls.push(`replace ${url}`) },
  };
  // In the page the quick exit imports forget.js by its address in the build; here, directly.
  const left = exitNow("https://www.weather.gov/", fakeWindow, forgetSite);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(timer.ms, CLEANUP_WAIT_MS);
  assert.ok(CLEANUP_WAIT_MS <= 300);
  assert.equal(calls[0], "blank");
  assert.deepEqual(calls.slice(1).sort(), ["delete turnto-pages", "tell forget", "unregister"]);
  timer.callback();
  await left;
  assert.equal(calls.at(-1), "replace https://www.weather.gov/");
});
