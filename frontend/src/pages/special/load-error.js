// The page shown when a page could not be fetched (a weak connection, a busy server).
import { html } from "../../lib/html.js";
import { pageLocale, t } from "../../lib/i18n.js";
import { pageHeader } from "../common.js";
import { helpNow } from "./help-now.js";

export function loadError(shell, message, locale = pageLocale()) {
  return html`${pageHeader(t(locale, "error.notLoaded"), t(locale, "loadError.text"))}
    ${message ? html`<p class="error-detail">${message}</p>` : ""}
    <p><button type="button" class="button" data-retry>${t(locale, "loadError.retry")}</button></p>
    ${helpNow(shell?.crisis_lines, locale)}`;
}
