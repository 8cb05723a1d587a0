// Entry point: quick exit first (it must work even if anything else fails), then the Alpine
// components, then the router, which fetches the shell and the page in parallel.
import Alpine from "@alpinejs/csp";
import { registerComponents } from "./components.js";
import { setupQuickExit } from "./quick-exit.js";
import { startRouter } from "./router.js";

setupQuickExit();
registerComponents(Alpine);
Alpine.start();
startRouter();
