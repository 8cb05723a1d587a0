// The notice above a page read from this phone's saved copy ("Saved copy from Dec 1, 10:42 —
// you are offline"). The service worker writes it into a saved first response itself; the
// router shows it for a page drawn from a saved API answer, and takes it away once a page
// comes from the network again.
import { pageLocale } from "../lib/i18n.js";
import { savedText } from "./rules.js";

export function showSavedCopy(savedAt, doc = document) {
  let notice = doc.getElementById("saved-copy");
  if (!savedAt) {
    notice?.remove();
    return;
  }
  if (!notice) {
    notice = doc.createElement("p");
    notice.id = "saved-copy";
    notice.className = "saved-copy";
    notice.setAttribute("role", "status");
    const main = doc.getElementById("main");
    main.parentNode.insertBefore(notice, main);
  }
  notice.textContent = savedText(savedAt, undefined, pageLocale());
}
