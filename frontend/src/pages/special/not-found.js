// The page for an address the CMS does not know.
import { html } from "../../lib/html.js";
import { t } from "../../lib/i18n.js";
import { searchForm } from "../../search/form.js";
import { pageHeader } from "../common.js";
import { helpNow } from "./help-now.js";

export function notFound(shell) {
  const locale = shell?.locale;
  const home = shell?.languages?.[locale] || "/";
  return html`${pageHeader(t(locale, "error.notFound"), t(locale, "notFound.text"))}
    <p><a href="${home}">${t(locale, "notFound.home")}</a> ${t(locale, "notFound.orSearch")}</p>
    ${searchForm("not-found", "", locale)}
    ${helpNow(shell?.crisis_lines, locale)}`;
}
