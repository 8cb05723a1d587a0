// The server's first view of a page (backend/turnto/core/first_view.py runs this bundle in an
// embedded V8): the same shell, page and results renderers the browser uses, drawn into the
// built index.html's body. Two steps, because only the server can fetch: drawJson() draws the
// page and says which results boxes need an API answer; fill() draws those and gives the body.
import "./server/globals.js"; // first: the renderers' modules expect a window
import { parseHTML } from "linkedom";
import { directoryResultsHtml } from "./directory/results.js";
import { searchResultsHtml } from "./search/results.js";
import { markCurrent, renderShell } from "./shell/shell.js";
import { errorView, localView, pageView } from "./views.js";

// A results box (its data-json-view) → its renderer, as forms/htmx-forms.js has them.
const JSON_VIEWS = {
  "search-results": searchResultsHtml,
  "directory-results": directoryResultsHtml,
};

const pending = new Map(); // token → the document drawJson() made, until fill()

/** The query a form would send: its named, enabled fields, as FormData would list them. */
function formQuery(form) {
  const query = new URLSearchParams();
  for (const field of form.querySelectorAll("input[name], select[name], textarea[name]")) {
    if (field.hasAttribute("disabled")) continue;
    const type = (field.getAttribute("type") || "").toLowerCase();
    if ((type === "checkbox" || type === "radio") && !field.hasAttribute("checked")) continue;
    if (type === "submit" || type === "button") continue;
    let value = field.getAttribute("value") ?? (type === "checkbox" ? "on" : "");
    if (field.tagName === "SELECT") {
      const option = field.querySelector("option[selected]") || field.querySelector("option");
      value = option ? (option.getAttribute("value") ?? option.textContent) : "";
    } else if (field.tagName === "TEXTAREA") value = field.textContent;
    query.append(field.getAttribute("name"), value);
  }
  return query.toString();
}

/**
 * Draw the page into `body` (index.html's body): `status` 200 or 404, `shellText` and
 * `pageText` the API's answers as JSON text ("null" for a local page or a 404). Returns the
 * API requests the page's results boxes need, [{ target, url }], for fill(token, …).
 */
export function drawJson(token, body, origin, path, search, status, shellText, pageText) {
  const shell = JSON.parse(shellText);
  const page = JSON.parse(pageText);
  globalThis.location = new URL(path + search, origin);
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  let view;
  if (status === 404) view = errorView(path, shell, { status: 404 });
  else view = page ? pageView(page, shell) : localView(path, shell, search);
  if (shell) renderShell(shell, document);
  const main = document.getElementById("main");
  main.innerHTML = String(view.content);
  main.setAttribute("data-first-view", path + search);
  markCurrent(path, document);
  pending.set(token, document);
  const requests = [];
  for (const form of main.querySelectorAll("form[data-search], form[data-directory]")) {
    const target = form.getAttribute("hx-target");
    const box = target && main.querySelector(target);
    if (!box) continue;
    const query = formQuery(form);
    // The search page shows results only for a word the visitor sent.
    if (form.hasAttribute("data-search") && !new URLSearchParams(query).get("search")) continue;
    requests.push({ target, url: `${form.getAttribute("hx-get")}?${query}` });
  }
  return requests;
}

/** Draw the API's answers into the results boxes; the body's markup. `answers`: one per
 * request of drawJson(), [{ target, status, text }]. */
export function fill(token, answers) {
  const document = pending.get(token);
  pending.delete(token);
  for (const { target, status, text } of answers) {
    const box = document.querySelector(target);
    let data = null;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    box.innerHTML = JSON_VIEWS[box.getAttribute("data-json-view")](data, status);
  }
  return document.body.innerHTML;
}
