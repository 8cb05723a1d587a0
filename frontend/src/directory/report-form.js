// The "Report a problem with this listing" form and how it shows the API's answer: opened under
// a listing card with script (report.js), or as a page of its own without (the server draws
// /report-a-problem/ and sends the form on: pages/special/report-problem.js).
import { html } from "../lib/html.js";

export const PROBLEMS = [
  ["wrong_hours", "Wrong opening hours"],
  ["wrong_phone", "Wrong phone number"],
  ["wrong_address", "Wrong address"],
  ["closed_permanently", "Closed for good"],
  ["service_not_offered", "Service not offered there"],
  ["other", "Something else"],
];

/** The API address a report on listing `id` is sent to. */
export const reportUrl = (id) => `/api/directory/services/${encodeURIComponent(id)}/reports/`;

/** The form. `action`: where a page of its own posts it (no script), the server passing it on
 * to the API (reportUrl); without, script sends it (report.js). */
export function reportFormHtml(id, { action = "" } = {}) {
  const field = (name) => `report-${id}-${name}`;
  const post = action
    ? html` method="post" action="${action}" data-post-to="${reportUrl(id)}"`
    : html` novalidate`;
  return String(html`<form class="report" data-report-form="${id}"${post}>
    <fieldset aria-describedby="${field("kind")}-error">
      <legend>What is wrong?</legend>
      ${PROBLEMS.map(
        ([value, label]) => html`<label class="filters__option"><input type="radio" name="kind"
          value="${value}" required> ${label}</label>`,
      )}
      <p class="error-detail" id="${field("kind")}-error" data-error="kind"></p>
    </fieldset>
    <p><label for="${field("message")}">What should it say? <span class="report__hint">(needed for “Something else”)</span></label>
      <textarea id="${field("message")}" name="message" maxlength="1000" rows="3"
        aria-describedby="${field("message")}-error"></textarea>
      <span class="error-detail" id="${field("message")}-error" data-error="message"></span></p>
    <p><label for="${field("contact")}">How can we reach you? <span class="report__hint">(optional — leave it empty to stay anonymous)</span></label>
      <input id="${field("contact")}" type="text" name="contact" maxlength="200" autocomplete="off"
        aria-describedby="${field("contact")}-error">
      <span class="error-detail" id="${field("contact")}-error" data-error="contact"></span></p>
    <p class="report__trap" aria-hidden="true"><label>Leave this empty
      <input type="text" name="website" tabindex="-1" autocomplete="off"></label></p>
    <p class="report__buttons"><button type="submit" class="button button--small">Send report</button>
      ${action ? "" : html`<button type="button" class="button button--small button--quiet" data-report-cancel>Cancel</button>`}</p>
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
export function showAnswer(form, status, data) {
  if (status === 201) {
    const thanks = form.ownerDocument.createElement("p");
    thanks.className = "report__thanks";
    thanks.setAttribute("role", "status");
    thanks.textContent = data?.message || "Thank you. An editor will check this listing.";
    form.replaceWith(thanks);
    return;
  }
  showErrors(form, data?.errors || {}, data?.message || "The report was not sent. Try again.");
}

/** Which listing the report is about, from the directory API's answer. */
export function reportListingHtml(data, status) {
  if (status !== 200 || !data?.name) {
    return String(html`<p class="error-detail">We could not find that listing. It may have been
      removed. <a href="/resource-guide/">Find another place</a></p>`);
  }
  return String(
    html`<p>About: <strong>${data.name}</strong>${
      data.location?.city ? `, ${data.location.city}` : ""
    }</p>`,
  );
}
