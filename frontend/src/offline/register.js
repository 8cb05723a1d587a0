// The service worker (sw.js) for this site, registered after the page is drawn, or, when the
// site's settings turn offline saving off, removed with everything it saved.
import { apiBase } from "../lib/api.js";
import { forgetSite } from "./forget.js";

let forgotten = false; // "Forget this site" pressed: this page saves nothing again

export function stopSaving() {
  forgotten = true;
}

export function setupOffline(shell, win = window) {
  const workers = win.navigator?.serviceWorker;
  // A front end served apart from the CMS has no /sw.js of the CMS's site on its origin.
  if (!workers || apiBase(win.document)) return Promise.resolve();
  if (shell?.offline === false || forgotten) {
    return workers.getRegistration("/").then((found) => (found ? forgetSite(win) : undefined));
  }
  keepPagesReadInTheSite(win);
  return workers.register("/sw.js", { scope: "/" }).catch(() => {});
}

let keeping = false;
/** A page reached by a link of the site came as its data, not as a page: the worker keeps the
 * page too, a little later, so that reloading it with no signal opens the saved copy, not the
 * offline page. Not on a phone that saves data (one more download per page). */
function keepPagesReadInTheSite(win) {
  if (keeping) return;
  keeping = true;
  win.addEventListener("turnto-navigated", (event) => {
    const controller = win.navigator.serviceWorker?.controller;
    if (!controller || forgotten || win.navigator.connection?.saveData) return;
    const url = new URL(event.detail.path, win.location.href).href;
    win.setTimeout(() => controller.postMessage({ type: "keep", url }), 2000);
  });
}
