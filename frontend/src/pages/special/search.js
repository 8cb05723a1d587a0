// The site search page (/search/).
import { html } from "../../lib/html.js";
import { searchForm } from "../../search/form.js";
import { pageHeader } from "../common.js";

export function search() {
  return html`${pageHeader("Search", "Find a page of this site by a word on it.")}${searchForm("site-search")}`;
}
