// "Report a problem with a listing" as a page of its own (/report-a-problem/?listing=…&from=…):
// the way to report without script. The listing's card with script opens the same form in
// place (directory/report.js). The server fills in which listing it is (its name, from the
// directory API) and, when the form is sent, passes it on to the API and draws the answer.
import { reportFormHtml } from "../../directory/report-form.js";
import { html, raw, sitePath } from "../../lib/html.js";
import { pageHeader } from "../common.js";

export function reportProblem(_shell, query = "") {
  const params = new URLSearchParams(query);
  const id = params.get("listing") || "";
  // Only a path of this site: the address is anyone's to write, and the link is ours.
  const back = sitePath(params.get("from")) || "/";
  const action = `/report-a-problem/?${new URLSearchParams({ listing: id, from: back })}`;
  return html`${pageHeader("Report a problem with a listing", "Tell us what is wrong, and an editor will check it.")}
    <div id="report-listing" data-json-view="report-listing"
      data-json-src="/api/directory/services/${encodeURIComponent(id)}/"></div>
    ${id ? html`${raw(reportFormHtml(id, { action }))}` : ""}
    <p><a href="${back}">Back to the page you were on</a></p>`;
}
