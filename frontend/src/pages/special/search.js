// The site search page (/search/).
import { html } from "../../lib/html.js";
import { searchForm } from "../../search/form.js";
import { pageHeader } from "../common.js";

/** The search page; with ?search=… in the address (a search sent without script), that word
 * stays in the box and the server shows its results below. */
export function search(_shell, query = "") {
  const word = new URLSearchParams(query).get("search") || "";
  return html`${pageHeader("Search", "Find a page of this site by a word on it.")}${searchForm("site-search", word)}`;
}
