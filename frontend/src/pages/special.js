// Pages the front end shows without a CMS page: not found, errors, search and safety.
import { contactLine } from "../blocks/contact_lines.js";
import { html } from "../html.js";
import { pageHeader, searchForm } from "./common.js";

function helpNow(lines) {
  return lines?.length
    ? html`<section class="contact-lines"><h2>Need help now?</h2><ul>${lines.map(contactLine)}</ul></section>`
    : "";
}

export function notFound(shell) {
  return html`${pageHeader("Page not found", "We could not find that page. It may have moved.")}
    <p><a href="/">Go to the home page</a> or search:</p>
    ${searchForm("not-found")}
    ${helpNow(shell?.crisis_lines)}`;
}

export function loadError(shell, message) {
  return html`${pageHeader("This page did not load", "Your connection may be weak, or our server is busy.")}
    <p class="error-detail">${message}</p>
    <p><button type="button" class="button" data-retry>Try again</button></p>
    ${helpNow(shell?.crisis_lines)}`;
}

export function search() {
  return html`${pageHeader("Search", "Find a page of this site by a word on it.")}${searchForm("site-search")}`;
}

export function safety(shell) {
  const exit = shell?.exit?.label || "Exit this page";
  return html`${pageHeader("Staying safe on this site", "If someone might check your phone or computer, these steps help.")}
    <div class="rich-text">
      <h2>Leave quickly</h2>
      <p>The “${exit}” button at the top of every page takes you to a weather site at once.
        Pressing the Shift key three times does the same. The page you were reading is taken
        out of this tab's history, so Back does not bring it up.</p>
      <h2>Browser history</h2>
      <p>Browsers remember the pages you visit. Pages you read here before pressing exit can
        still be in the history list. You can delete them in your browser's history settings,
        or delete only this site's entries.</p>
      <h2>Private browsing</h2>
      <p>A private (incognito) window keeps no history, cookies or form entries after you close
        it. It does not hide your visit from your internet provider or from someone who sees
        your screen.</p>
      <h2>What this site keeps</h2>
      <p>This site sets no cookies, uses no analytics and loads nothing from other companies.
        A video loads from its host only if you choose to play it.</p>
    </div>
    ${helpNow(shell?.crisis_lines)}`;
}

export function previewBanner() {
  return html`<p class="preview-banner" role="status"><strong>Preview</strong> — not published.
    Visitors do not see this version yet.</p>`;
}

export function previewError(message) {
  return html`${pageHeader("This preview is not available", message)}
    <p>Open the page in the admin and choose Preview again.</p>`;
}
