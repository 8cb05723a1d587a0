import { html } from "../html.js";

export default function heading({ text, level }) {
  return level === "h3" ? html`<h3>${text}</h3>` : html`<h2>${text}</h2>`;
}
