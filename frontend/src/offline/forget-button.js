// The safety page's "Forget this site on this phone" (data-forget-site): everything this
// phone saved of the site deleted, and the page saves nothing again until the next visit.
import { pageLocale, t } from "../lib/i18n.js";
import { forgetSite } from "./forget.js";
import { stopSaving } from "./register.js";

let wired = false;
export function wireForgetButton(win = window) {
  if (wired) return;
  wired = true;
  win.document.addEventListener("click", async (event) => {
    const button = event.target.closest?.("[data-forget-site]");
    if (!button) return;
    button.disabled = true;
    stopSaving();
    await forgetSite(win);
    const status = win.document.querySelector("[data-forget-status]");
    if (status) {
      status.textContent = t(pageLocale(), "safety.forgotten");
    }
    button.disabled = false;
  });
}
