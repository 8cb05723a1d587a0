// The site search page (/search/).
import { html } from "../../lib/html.js";
import { searchForm } from "../../search/form.js";
import { pageHeader } from "../common.js";

/** The search page; with ?q=… in the address (a search sent without script), that word stays
 * in the box and the server shows its results below. (?search= is what older links say.) */
export function search(_shell, query = "") {
  const params = new URLSearchParams(query);
  const word = params.get("q") || params.get("search") || "";
  return html`${pageHeader("Search", "Find a page or a place on this site by a word on it.")}${searchForm("site-search", word)}`;
}
