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
  return workers.register("/sw.js", { scope: "/" }).catch(() => {});
}
