import { html } from "../lib/html.js";

/** The page's main heading (focused after each navigation) and its introduction. */
export function pageHeader(title, intro) {
  return html`<header class="page-header">
    <h1 tabindex="-1">${title}</h1>
    ${intro ? html`<p class="lead">${intro}</p>` : ""}
  </header>`;
}

export function formatDate(iso) {
  const date = new Date(`${iso}T12:00:00`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
}
