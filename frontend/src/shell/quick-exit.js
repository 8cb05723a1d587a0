// Quick exit: a button on every page and Shift pressed three times (as GOV.UK's
// "Exit this page"). It blanks the page at once, starts deleting what this phone saved of
// the site (offline/forget.js: the saved copies and the service worker), then replaces this
// history entry with a neutral site, so Back does not bring the page up again. The deletion
// holds the departure back a few hundred milliseconds at most.
//
// This goes inline in every page (boot.js), so the deletion's code is fetched only when the
// exit is used: by then the app has loaded it (they share it), or the service worker keeps it;
// with neither, the phone has not saved the site, and the exit does not wait long for it.
// __TURNTO_FORGET__: offline/forget.js's address in the build.
const forgetThisSite = (win) => import(__TURNTO_FORGET__).then((forget) => forget.forgetSite(win));

const PRESSES = 3;
const WITHIN_MS = 1000; // each press within a second of the one before
export const CLEANUP_WAIT_MS = 300; // the longest the departure waits for the deletion

/** Counts Shift presses; calls onTrigger on the third in a row. Pure, so it can be tested. */
export function shiftCounter(onTrigger, { presses = PRESSES, withinMs = WITHIN_MS } = {}) {
  let count = 0;
  let last = 0;
  return function onKeyUp(event, now = Date.now()) {
    if (event.key !== "Shift") {
      count = 0;
      return;
    }
    count = now - last <= withinMs ? count + 1 : 1;
    last = now;
    if (count >= presses) {
      count = 0;
      onTrigger();
    }
  };
}

/** Whether this browser can hold anything forgetSite() would delete. */
function canForget(win) {
  return Boolean(win.caches || win.navigator?.serviceWorker || win.indexedDB);
}

export function exitNow(url, win = window, forgetSite = forgetThisSite) {
  const doc = win.document;
  doc.title = "";
  doc.documentElement.style.background = "#fff";
  doc.body.replaceChildren();
  if (!canForget(win)) {
    win.location.replace(url);
    return Promise.resolve();
  }
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    win.location.replace(url);
  };
  const cleanup = forgetSite(win).catch(() => {});
  return Promise.race([
    cleanup,
    new Promise((resolve) => win.setTimeout(resolve, CLEANUP_WAIT_MS)),
  ]).then(leave);
}

export function setupQuickExit(win = window) {
  const link = win.document.getElementById("quick-exit");
  const target = () => link?.href || "https://www.weather.gov/";
  link?.addEventListener("click", (event) => {
    event.preventDefault();
    exitNow(target(), win);
  });
  win.addEventListener(
    "keyup",
    shiftCounter(() => exitNow(target(), win)),
    { capture: true },
  );
}
