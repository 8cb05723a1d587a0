import { html, safeUrl } from "../html.js";

const VERBS = { phone: "Call", text: "Text", online: "Visit" };

export function contactLine(line) {
  const href = safeUrl(line.href);
  const action = line.kind === "online" ? line.label : `${VERBS[line.kind]} ${line.value}`;
  return html`<li class="contact-line contact-line--${line.kind}">
    <span class="contact-line__label">${line.label}</span>
    ${href ? html`<a class="contact-line__action" href="${href}"${
      line.kind === "online" ? html` rel="noreferrer noopener"` : ""
    }>${action}</a>` : ""}
    ${line.description ? html`<span class="contact-line__description">${line.description}</span>` : ""}
  </li>`;
}

export default function contactLines({ heading, lines }) {
  return html`<section class="contact-lines">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <ul>${lines.map(contactLine)}</ul>
  </section>`;
}
