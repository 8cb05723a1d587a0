// The app, loaded by boot.js after the first paint: the router, which adopts the page the
// server drew (or fetches the shell and the page in parallel).
import { startRouter } from "./router.js";

startRouter({
  onFirstRender: () => {
    document.body.dataset.ready = "true";
  },
});
