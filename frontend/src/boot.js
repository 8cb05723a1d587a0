// The page's only script. The server has drawn the page already, so the quick exit (it must
// work even if anything else fails) and the menus and videos (listeners on the document) are
// set up at once (and the controls that need script shown), and the app itself is loaded only after the first paint: its download and
// start then never stand between the reader and the page (nor, in Lighthouse's simulation,
// before the largest paint).
import { revealScriptOnly } from "./lib/script-only.js";
import { setupComponents } from "./shell/components.js";
import { setupQuickExit } from "./shell/quick-exit.js";

setupQuickExit();
revealScriptOnly(); // the buttons the server held back ("Menu"...): script runs, they work
setupComponents();
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => import("./main.js"))));
