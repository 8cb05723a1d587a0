// "Staying safe on this site" (/safety/, /es/seguridad/): quick exit, history, private browsing.
import { html } from "../../lib/html.js";
import { pageLocale, t } from "../../lib/i18n.js";
import { scriptOnly } from "../../lib/script-only.js";
import { pageHeader } from "../common.js";
import { helpNow } from "./help-now.js";

/** The offline copies: what they are, and the button that deletes them. */
function whatThePhoneKeeps(shell, locale) {
  const off = shell?.offline === false;
  return html`<section class="rich-text forget-site" aria-labelledby="phone-keeps">
    <h2 id="phone-keeps">${t(locale, "safety.phone")}</h2>
    ${
      off
        ? html`<p>${t(locale, "safety.phoneNothing")}</p>`
        : html`<p>${t(locale, "safety.phone1")}</p>
      <p>${t(locale, "safety.phone2")}</p>`
    }
    ${scriptOnly(html`<p><button type="button" class="button" data-forget-site>${t(locale, "safety.forget")}</button></p>
      <p class="forget-site__done" role="status" data-forget-status></p>`)}
    <noscript><p>${t(locale, "safety.noscriptPhone")}</p></noscript>
  </section>`;
}

export function safety(shell, _query = "", locale = pageLocale()) {
  const exit = shell?.exit?.label || t(locale, "exit.label");
  return html`${pageHeader(t(locale, "local.safety.title"), t(locale, "safety.intro"))}
    <div class="rich-text">
      <h2>${t(locale, "safety.leave")}</h2>
      <p>${t(locale, "safety.leave1", { exit })}</p>
      <p>${t(locale, "safety.leave2")}</p>
      <noscript><p><strong>${t(locale, "safety.scriptsOff")}</strong> ${t(locale, "safety.scriptsOffText", { exit })}</p></noscript>
      <h2>${t(locale, "safety.history")}</h2>
      <p>${t(locale, "safety.historyText")}</p>
      <h2>${t(locale, "safety.private")}</h2>
      <p>${t(locale, "safety.privateText")}</p>
      <h2>${t(locale, "safety.keeps")}</h2>
      <p>${t(locale, "safety.keepsText")}</p>
    </div>
    ${whatThePhoneKeeps(shell, locale)}
    ${helpNow(shell?.crisis_lines, locale)}`;
}
