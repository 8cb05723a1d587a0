// The page's first script, inline in index.html (build.mjs): nothing is requested before the
// first paint. It wires the quick exit (it must work even if anything else fails), shows the
// controls that need script and makes "Menu" open and close; the app (src/main.js: the rest of
// the menus, videos, the router, offline saving) is loaded only after the first paint, so its
// download and start never stand between the reader and the page (nor, in Lighthouse's
// simulation, before the largest paint).
import { revealScriptOnly } from "./lib/script-only.js";
import { setupToggles } from "./shell/components.js";
import { setupQuickExit } from "./shell/quick-exit.js";

setupQuickExit();
revealScriptOnly(); // the buttons the server held back ("Menu"...): script runs, they work
setupToggles(); // a tap on "Menu" opens it before the app has come (the app: the rest)

// The app once the first paint is on the screen: its timing entry comes only then (a frame's
// requestAnimationFrame runs before the frame is shown, and the app was then sometimes asked
// for before the paint). Where no entry comes (a browser without paint timing), in 3 s.
// __TURNTO_APP__: the app's hashed address, set by the build.
let started = false;
function startApp() {
  if (started) return;
  started = true;
  import(__TURNTO_APP__);
}
setTimeout(startApp, 3000);
new PerformanceObserver((paints) => {
  if (paints.getEntriesByName("first-contentful-paint").length) setTimeout(startApp);
}).observe({ type: "paint", buffered: true });
