// The offline page's one script (/offline/, shown by the service worker for a page this phone
// never saved): the quick exit. Nothing else runs there: the page is whole without script.
import { setupQuickExit } from "../shell/quick-exit.js";

setupQuickExit();
