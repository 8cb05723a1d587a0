// "Report a problem with this listing": a short form (report-form.js), built when a visitor
// asks for it, that sends the report to the directory API for editors to check. Nothing about
// the visitor is sent but what they type; the hidden "website" field is a trap only spam
// robots fill in.
import { apiBase } from "../lib/api.js";
import { pageLocale, t } from "../lib/i18n.js";
import { reportFormHtml, reportUrl, showAnswer, showErrors } from "./report-form.js";

async function send(form) {
  const id = form.dataset.reportForm;
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const response = await fetch(apiBase() + reportUrl(id, pageLocale()), {
      method: "POST",
      credentials: "omit",
      headers: { Accept: "application/json" },
      body: new URLSearchParams(new FormData(form)),
    });
    const data = await response.json().catch(() => ({}));
    showAnswer(form, response.status, data);
  } catch {
    showErrors(form, {}, t(pageLocale(), "report.offline"));
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
