// Entry point: quick exit first (it must work even if anything else fails), then the Alpine
// components, then the router, which fetches the shell and the page in parallel.
import "./shell/quiet-globals.js"; // before Alpine: see there why
import Alpine from "@alpinejs/csp";
import { startRouter } from "./router.js";
import { registerComponents } from "./shell/components.js";
import { setupQuickExit } from "./shell/quick-exit.js";

setupQuickExit();
registerComponents(Alpine);
// Alpine starts once the first page is drawn, in a task of its own, so the page shows
// sooner; the menus work from then on.
startRouter({
  onFirstRender: () => {
    Alpine.start();
    document.body.dataset.ready = "true";
  },
});
