// The site search page (/search/, /es/buscar/).
import { html } from "../../lib/html.js";
import { pageLocale, t } from "../../lib/i18n.js";
import { searchForm } from "../../search/form.js";
import { pageHeader } from "../common.js";

/** The search page; with ?q=… in the address (a search sent without script), that word stays
 * in the box and the server shows its results below. (?search= is what older links say.) */
export function search(_shell, query = "", locale = pageLocale()) {
  const params = new URLSearchParams(query);
  const word = params.get("q") || params.get("search") || "";
  return html`${pageHeader(t(locale, "local.search.title"), t(locale, "search.intro"))}${searchForm("site-search", word, locale)}`;
}
