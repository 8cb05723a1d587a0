import { html, safeUrl } from "../lib/html.js";
import { pageLocale, t } from "../lib/i18n.js";

/** "Source: …" ("Fuente: …" on a Spanish page) under a figure or table, or nothing when a draft has no source yet: a
 * preview must not show "Source:" followed by nothing. Without a title, the link names
 * the source's site. */
export function sourceLine(title, url, tag = "p", locale = pageLocale()) {
  const href = safeUrl(url);
  const name = title || (href ? hostName(href) : "");
  if (!name) return "";
  const content = href ? html`<a href="${href}" rel="noreferrer noopener">${name}</a>` : name;
  const label = t(locale, "source.label");
  return tag === "figcaption"
    ? html`<figcaption class="source">${label} ${content}</figcaption>`
    : html`<p class="source">${label} ${content}</p>`;
}

function hostName(href) {
  try {
    return new URL(href).hostname.replace(/^www\./, "");
  } catch {
    return href; // a same-site path
  }
}
