// The page for an address the CMS does not know.
import { html } from "../../lib/html.js";
import { searchForm } from "../../search/form.js";
import { pageHeader } from "../common.js";
import { helpNow } from "./help-now.js";

export function notFound(shell) {
  return html`${pageHeader("Page not found", "We could not find that page. It may have moved.")}
    <p><a href="/">Go to the home page</a> or search:</p>
    ${searchForm("not-found")}
    ${helpNow(shell?.crisis_lines)}`;
}
