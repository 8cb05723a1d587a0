// The page's first script, inline in index.html (build.mjs): nothing is requested before the
// first paint. It wires the quick exit (it must work even if anything else fails) and shows
// the controls that need script; the app (src/main.js: menus, videos, the router, offline
// saving) is loaded only after the first paint, so its download and start never stand between
// the reader and the page (nor, in Lighthouse's simulation, before the largest paint).
import { revealScriptOnly } from "./lib/script-only.js";
import { setupQuickExit } from "./shell/quick-exit.js";

setupQuickExit();
revealScriptOnly(); // the buttons the server held back ("Menu"...): script runs, they work
// __TURNTO_APP__: the app's hashed address, set by the build.
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => import(__TURNTO_APP__))));
