// "Report a problem with this listing": a short form, built when a visitor asks for it, that
// sends the report to the directory API for editors to check. Nothing about the visitor is
// sent but what they type; the hidden "website" field is a trap only spam robots fill in.
import { apiBase } from "../lib/api.js";
import { html } from "../lib/html.js";

export const PROBLEMS = [
  ["wrong_hours", "Wrong opening hours"],
  ["wrong_phone", "Wrong phone number"],
  ["wrong_address", "Wrong address"],
  ["closed_permanently", "Closed for good"],
  ["service_not_offered", "Service not offered there"],
  ["other", "Something else"],
];

export function reportFormHtml(id) {
  const field = (name) => `report-${id}-${name}`;
  return String(html`<form class="report" data-report-form="${id}" novalidate>
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
      <input id="${field("contact")}" name="contact" maxlength="200" autocomplete="off"
        aria-describedby="${field("contact")}-error">
      <span class="error-detail" id="${field("contact")}-error" data-error="contact"></span></p>
    <p class="report__trap" aria-hidden="true"><label>Leave this empty
      <input name="website" tabindex="-1" autocomplete="off"></label></p>
    <p class="report__buttons"><button type="submit" class="button button--small">Send report</button>
      <button type="button" class="button button--small button--quiet" data-report-cancel>Cancel</button></p>
    <p class="report__status" role="status" data-error="body"></p>
  </form>`);
}

function showErrors(form, errors, message) {
  for (const slot of form.querySelectorAll("[data-error]")) {
    slot.textContent = errors[slot.dataset.error] || "";
  }
  if (!Object.keys(errors).length || (Object.keys(errors).length === 1 && errors.body)) {
    form.querySelector('[data-error="body"]').textContent = errors.body || message || "";
  }
  for (const name of ["kind", "message", "contact"]) {
    const fields = form.querySelectorAll(`[name="${name}"]`);
    for (const input of fields) input.toggleAttribute("aria-invalid", Boolean(errors[name]));
  }
  const first = ["kind", "message", "contact"].find((name) => errors[name]);
  if (first) form.querySelector(`[name="${first}"]`).focus();
}

async function send(form) {
  const id = form.dataset.reportForm;
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const response = await fetch(
      `${apiBase()}/api/directory/services/${encodeURIComponent(id)}/reports/`,
      {
        method: "POST",
        credentials: "omit",
        headers: { Accept: "application/json" },
        body: new URLSearchParams(new FormData(form)),
      },
    );
    const data = await response.json().catch(() => ({}));
    if (response.status === 201) {
      const thanks = document.createElement("p");
      thanks.className = "report__thanks";
      thanks.setAttribute("role", "status");
      thanks.textContent = data.message || "Thank you. An editor will check this listing.";
      form.replaceWith(thanks);
      return;
    }
    showErrors(form, data.errors || {}, data.message || "The report was not sent. Try again.");
  } catch {
    showErrors(form, {}, "The report was not sent: check your connection and try again.");
  } finally {
    button.disabled = false;
  }
}

/** Open the form under the "Report a problem" button that was pressed. */
export function openReport(button) {
  const existing = button.parentElement.querySelector("[data-report-form]");
  if (existing) {
    existing.querySelector("input")?.focus();
    return;
  }
  button.setAttribute("aria-expanded", "true");
  button.insertAdjacentHTML("afterend", reportFormHtml(button.dataset.report));
  const form = button.nextElementSibling;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(form);
  });
  form.querySelector("[data-report-cancel]").addEventListener("click", () => {
    form.remove();
    button.setAttribute("aria-expanded", "false");
    button.focus();
  });
  form.querySelector('input[name="kind"]').focus();
}
