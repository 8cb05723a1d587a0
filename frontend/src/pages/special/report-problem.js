// "Report a problem with a listing" as a page of its own (/report-a-problem/?listing=…&from=…,
// in Spanish /es/informar-de-un-problema/): the way to report without script. The listing's
// card with script opens the same form in place (directory/report.js). The server fills in
// which listing it is (its name, from the directory API) and, when the form is sent, passes it
// on to the API and draws the answer.
import { reportFormHtml } from "../../directory/report-form.js";
import { html, raw, sitePath } from "../../lib/html.js";
import { localPath, pageLocale, t } from "../../lib/i18n.js";
import { pageHeader } from "../common.js";

export function reportProblem(_shell, query = "", locale = pageLocale()) {
  const params = new URLSearchParams(query);
  const id = params.get("listing") || "";
  // Only a path of this site: the address is anyone's to write, and the link is ours.
  const back = sitePath(params.get("from")) || "/";
  const action = `${localPath(locale, "report")}?${new URLSearchParams({ listing: id, from: back })}`;
  return html`${pageHeader(t(locale, "local.report.title"), t(locale, "reportPage.intro"))}
    <div id="report-listing" data-json-view="report-listing"
      data-json-src="/api/directory/services/${encodeURIComponent(id)}/"></div>
    ${id ? html`${raw(reportFormHtml(id, { action, locale }))}` : ""}
    <p><a href="${back}">${t(locale, "reportPage.back")}</a></p>`;
}
