// The "Report a problem with this listing" form and how it shows the API's answer: opened under
// a listing card with script (report.js), or as a page of its own without (the server draws
// /report-a-problem/ and sends the form on: pages/special/report-problem.js).
import { html } from "../lib/html.js";
import { DEFAULT_LOCALE, pageLocale, t } from "../lib/i18n.js";

export const PROBLEMS = [
  ["wrong_hours", "Wrong opening hours"],
  ["wrong_phone", "Wrong phone number"],
  ["wrong_address", "Wrong address"],
  ["closed_permanently", "Closed for good"],
  ["service_not_offered", "Service not offered there"],
  ["other", "Something else"],
];

/** The API address a report on listing `id` is sent to; its answer's words in `locale`. */
export const reportUrl = (id, locale = DEFAULT_LOCALE) =>
  `/api/directory/services/${encodeURIComponent(id)}/reports/${
    locale === DEFAULT_LOCALE ? "" : `?locale=${encodeURIComponent(locale)}`
  }`;

/** The form. `action`: where a page of its own posts it (no script), the server passing it on
 * to the API (reportUrl); without, script sends it (report.js). */
export function reportFormHtml(id, { action = "", locale = pageLocale() } = {}) {
  const field = (name) => `report-${id}-${name}`;
  const post = action
    ? html` method="post" action="${action}" data-post-to="${reportUrl(id, locale)}"`
    : html` novalidate`;
  return String(html`<form class="report" data-report-form="${id}"${post}>
    <fieldset aria-describedby="${field("kind")}-error">
      <legend>${t(locale, "report.what")}</legend>
      ${PROBLEMS.map(
        ([value]) => html`<label class="filters__option"><input type="radio" name="kind"
          value="${value}" required> ${t(locale, `report.${value}`)}</label>`,
      )}
      <p class="error-detail" id="${field("kind")}-error" data-error="kind"></p>
    </fieldset>
    <p><label for="${field("message")}">${t(locale, "report.say")} <span class="report__hint">${t(locale, "report.sayHint")}</span></label>
      <textarea id="${field("message")}" name="message" maxlength="1000" rows="3"
        aria-describedby="${field("message")}-error"></textarea>
      <span class="error-detail" id="${field("message")}-error" data-error="message"></span></p>
    <p><label for="${field("contact")}">${t(locale, "report.reach")} <span class="report__hint">${t(locale, "report.reachHint")}</span></label>
      <input id="${field("contact")}" type="text" name="contact" maxlength="200" autocomplete="off"
        aria-describedby="${field("contact")}-error">
      <span class="error-detail" id="${field("contact")}-error" data-error="contact"></span></p>
    <p class="report__trap" aria-hidden="true"><label>${t(locale, "report.trap")}
      <input type="text" name="website" tabindex="-1" autocomplete="off"></label></p>
    <p class="report__buttons"><button type="submit" class="button button--small">${t(locale, "report.send")}</button>
      ${action ? "" : html`<button type="button" class="button button--small button--quiet" data-report-cancel>${t(locale, "report.cancel")}</button>`}</p>
    <p class="report__status" role="status" data-error="body"></p>
  </form>`);
}

export function showErrors(form, errors, message) {
  for (const slot of form.querySelectorAll("[data-error]")) {
    slot.textContent = errors[slot.dataset.error] || "";
  }
  if (!Object.keys(errors).length || (Object.keys(errors).length === 1 && errors.body)) {
    form.querySelector('[data-error="body"]').textContent = errors.body || message || "";
  }
  for (const name of ["kind", "message", "contact"]) {
    const fields = form.querySelectorAll(`[name="${name}"]`);
    for (const input of fields) {
      // Not toggleAttribute: the server's DOM (linkedom) has no force argument.
      if (errors[name]) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  }
  const first = ["kind", "message", "contact"].find((name) => errors[name]);
  if (first) form.querySelector(`[name="${first}"]`).focus?.();
}

/** The API's answer to a report: the form becomes a thank-you, or shows what to fix. */
export function showAnswer(form, status, data, locale = pageLocale()) {
  if (status === 201) {
    const thanks = form.ownerDocument.createElement("p");
    thanks.className = "report__thanks";
    thanks.setAttribute("role", "status");
    // The API answers in the page's language (reportUrl asks it so).
    thanks.textContent = data?.message || t(locale, "report.thanks");
    form.replaceWith(thanks);
    return;
  }
  showErrors(form, data?.errors || {}, data?.message || t(locale, "report.notSent"));
}

/** Which listing the report is about, from the directory API's answer. */
export function reportListingHtml(data, status, locale = pageLocale()) {
  if (status !== 200 || !data?.name) {
    return String(
      html`<p class="error-detail">${t(locale, "report.notFound")} <a href="/resource-guide/">${t(locale, "report.findAnother")}</a></p>`,
    );
  }
  return String(
    html`<p>${t(locale, "report.about")} <strong>${data.name}</strong>${
      data.location?.city ? `, ${data.location.city}` : ""
    }</p>`,
  );
}
