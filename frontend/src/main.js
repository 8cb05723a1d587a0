// The app, loaded by boot.js after the first paint: the menus (boot.js opens them; here they
// close on Escape, outside and on the next page) and videos, listeners on the document; then
// the router, which adopts the page the server drew (or fetches the shell and the page in
// parallel).
import { wireForgetButton } from "./offline/forget-button.js";
import { setupOffline } from "./offline/register.js";
import { startRouter } from "./router.js";
import { setupComponents } from "./shell/components.js";

setupComponents();

startRouter({
  onFirstRender: (shell) => {
    document.body.dataset.ready = "true";
    setupOffline(shell);
    wireForgetButton();
  },
});
