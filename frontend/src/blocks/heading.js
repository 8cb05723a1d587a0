import { html } from "../lib/html.js";

export default function heading({ text, level }) {
  if (!text) return ""; // an empty heading would be announced by screen readers as a heading
  return level === "h3" ? html`<h3>${text}</h3>` : html`<h2>${text}</h2>`;
}
