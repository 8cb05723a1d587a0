// "Need help now?": the crisis lines, at the foot of the pages shown when something went wrong
// and of the safety page.
import { contactLine } from "../../blocks/contact_lines.js";
import { html } from "../../lib/html.js";
import { t } from "../../lib/i18n.js";

export function helpNow(lines, locale) {
  return lines?.length
    ? html`<section class="contact-lines"><h2>${t(locale, "help.now")}</h2><ul>${lines.map((line) => contactLine(line, locale))}</ul></section>`
    : "";
}
