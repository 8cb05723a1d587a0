// The app, loaded by boot.js after the first paint: the menus and videos, then the router,
// which adopts the page the server drew (or fetches the shell and the page in parallel).
import { startRouter } from "./router.js";
import { setupComponents } from "./shell/components.js";

setupComponents();
startRouter({
  onFirstRender: () => {
    document.body.dataset.ready = "true";
  },
});
