// "Staying safe on this site" (/safety/): quick exit, history, private browsing.
import { html } from "../../lib/html.js";
import { pageHeader } from "../common.js";
import { helpNow } from "./help-now.js";

export function safety(shell) {
  const exit = shell?.exit?.label || "Exit this page";
  return html`${pageHeader("Staying safe on this site", "If someone might check your phone or computer, these steps help.")}
    <div class="rich-text">
      <h2>Leave quickly</h2>
      <p>The “${exit}” button at the top of every page takes you to a weather site at once.
        When your browser runs this site's scripts (most do), pressing the Shift key three
        times does the same, and the page you were reading is taken out of this tab's history,
        so Back does not bring it up.</p>
      <p>If scripts are turned off (some privacy settings do this), the button is a plain link:
        this site's pages stay in the tab's history and Back brings them up again. Close the
        tab as well, or use a private window.</p>
      <noscript><p><strong>Scripts are off in this browser now:</strong> after “${exit}”, close
        this tab too, because Back would bring this page up again.</p></noscript>
      <h2>Browser history</h2>
      <p>Browsers remember the pages you visit. Pages you read here before pressing exit can
        still be in the history list. You can delete them in your browser's history settings,
        or delete only this site's entries.</p>
      <h2>Private browsing</h2>
      <p>A private (incognito) window keeps no history, cookies or form entries after you close
        it. It does not hide your visit from your internet provider or from someone who sees
        your screen.</p>
      <h2>What this site keeps</h2>
      <p>This site sets no cookies, uses no analytics and loads nothing from other companies.
        A video loads from its host only if you choose to play it.</p>
    </div>
    ${helpNow(shell?.crisis_lines)}`;
}
