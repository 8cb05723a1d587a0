// The page's only script tag. The server has drawn the page already, so the quick exit is set
// up at once (it must work even if anything else fails) and the app itself is loaded only
// after the first paint: its download and start then never stand between the reader and the
// page (nor, in Lighthouse's simulation, before the largest paint).
import { setupQuickExit } from "./shell/quick-exit.js";

setupQuickExit();
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => import("./main.js"))));
