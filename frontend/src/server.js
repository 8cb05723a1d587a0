// The server's first view of a page (backend/turnto/website/first_view.py runs this bundle in an
// embedded V8): the same shell, page and results renderers the browser uses, drawn into the
// built index.html's body. Two steps, because only the server can fetch: drawJson() draws the
// page and says which results boxes need an API answer; fill() draws those and gives the body.
import "./server/globals.js"; // first: the renderers' modules expect a window
import { parseHTML } from "linkedom";
import { showAnswer } from "./directory/report-form.js";
import { JSON_VIEWS } from "./forms/json-views.js";
import { takeRichTexts } from "./server/sanitize.js";
import { markCurrent, renderLanguageSwitch, renderShell } from "./shell/shell.js";
import { errorView, localPageTranslations, localView, pageView } from "./views.js";

const pending = new Map(); // token → what drawJson() drew, until fill()

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
  takeRichTexts(); // none left over from a drawing that failed half way
  const shell = JSON.parse(shellText);
  const page = JSON.parse(pageText);
  globalThis.location = new URL(path + search, origin);
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  let view;
  if (status === 404) view = errorView(path, shell, { status: 404 });
  else view = page ? pageView(page, shell) : localView(path, shell, search);
  if (shell) {
    renderShell(shell, document);
    const translations = page
      ? page.meta?.translations
      : localPageTranslations(path, shell, search);
    renderLanguageSwitch(shell, translations, document);
  }
  const main = document.getElementById("main");
  // Only a page with results boxes or a form is needed as a DOM here; any other is written
  // into the body as it is, after (parsing it only to write it out again costs most of a draw).
  const content = String(view.content);
  const asDom = content.includes("data-json-view");
  main.innerHTML = asDom ? content : "<!--turnto-main-->";
  main.setAttribute("data-first-view", path + search);
  markCurrent(path, document);
  pending.set(token, { document, content: asDom ? "" : content });
  const requests = [];
  for (const form of main.querySelectorAll("form[data-search], form[data-directory]")) {
    const target = form.getAttribute("data-hx-target");
    const box = target && main.querySelector(target);
    if (!box) continue;
    let query = formQuery(form);
    // The search page shows results only for a word the visitor sent.
    if (form.hasAttribute("data-search") && !new URLSearchParams(query).get("q")) continue;
    // The page of places the address asks for (the guide's "More places"), as the browser asks.
    if (form.hasAttribute("data-page")) {
      query += `&page=${encodeURIComponent(form.getAttribute("data-page"))}`;
    }
    requests.push({ target, url: `${form.getAttribute("data-hx-get")}?${query}` });
  }
  for (const box of main.querySelectorAll("[data-json-src][id]")) {
    requests.push({ target: `#${box.id}`, url: box.getAttribute("data-json-src") });
  }
  // A form the server sends on to the API when it is posted (no script): where to.
  const posting = main.querySelector("form[data-post-to]");
  return {
    requests,
    postTo: posting?.getAttribute("data-post-to") || null,
    richTexts: takeRichTexts(), // for the backend to clean, then fill()
  };
}

/** Put back what the visitor typed into the posted form. */
function restoreFields(form, fields) {
  for (const field of form.querySelectorAll("input[name], textarea[name]")) {
    const value = fields[field.getAttribute("name")] ?? "";
    const type = (field.getAttribute("type") || "").toLowerCase();
    if (type === "radio" || type === "checkbox") {
      if (field.getAttribute("value") === value) field.setAttribute("checked", "");
      else field.removeAttribute("checked");
    } else if (field.tagName === "TEXTAREA") field.textContent = value;
    else if (value) field.setAttribute("value", value);
  }
}

/** Draw the API's answers into the results boxes; the body's markup. `answers`: one per
 * request of drawJson(), [{ target, status, text }]. `posted`: the posted form's fields and
 * the API's answer to them, { fields, status, text }. `cleanTexts`: drawJson()'s richTexts,
 * cleaned. */
export function fill(token, answers, posted, cleanTexts) {
  const { document, content } = pending.get(token);
  pending.delete(token);
  const form = posted && document.querySelector("form[data-post-to]");
  if (form) {
    restoreFields(form, posted.fields);
    showAnswer(form, posted.status, parseJson(posted.text));
  }
  // Each results box gets its markup after the body is written out: parsing a list of fifty
  // listings into the server's DOM only to write it out again would be most of the work.
  const drawn = answers.map(({ target, status, text }, n) => {
    const box = document.querySelector(target);
    box.innerHTML = `<!--turnto-fill-${n}-->`;
    return JSON_VIEWS[box.getAttribute("data-json-view")](parseJson(text), status);
  });
  if (takeRichTexts().length) throw new Error("a results box has rich text: it is not cleaned");
  return document.body.innerHTML
    .replace("<!--turnto-main-->", () => content)
    .replace(/<!--turnto-fill-(\d+)-->/g, (_, n) => drawn[n])
    .replace(/<!--turnto-rich-(\d+)-->/g, (_, n) => cleanTexts[n]);
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
