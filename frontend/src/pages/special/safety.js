// "Staying safe on this site" (/safety/): quick exit, history, private browsing.
import { html } from "../../lib/html.js";
import { scriptOnly } from "../../lib/script-only.js";
import { pageHeader } from "../common.js";
import { helpNow } from "./help-now.js";

/** The offline copies: what they are, and the button that deletes them. */
function whatThePhoneKeeps(shell) {
  const off = shell?.offline === false;
  const exit = shell?.exit?.label || "Exit this page";
  return html`<section class="rich-text forget-site" aria-labelledby="phone-keeps">
    <h2 id="phone-keeps">What this phone keeps</h2>
    ${
      off
        ? html`<p>This site saves nothing on your phone for reading offline.</p>`
        : html`<p>So that help still opens when the signal drops, your phone keeps a copy of the
        last pages you read here (at most 30, each for 7 days), the site's own files and a page
        with the crisis lines and what to do in an overdose. These stay in this browser, on this
        phone: they are not sent anywhere. Searches, “near me” results, problem reports and
        anything you type are never kept.</p>
      <p>Someone who uses this phone could open those saved pages. The “Exit this page” button
        deletes them as it leaves. You can also delete them here, at any time.</p>`
    }
    ${scriptOnly(html`<p><button type="button" class="button" data-forget-site>Forget this site on this phone</button></p>
      <p class="forget-site__done" role="status" data-forget-status></p>`)}
    <noscript><p>With JavaScript off this site saves nothing on your phone. To delete what it
      saved before, clear this site's data in your browser's settings.</p></noscript>
  </section>`;
}

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
    ${whatThePhoneKeeps(shell)}
    ${helpNow(shell?.crisis_lines)}`;
}
