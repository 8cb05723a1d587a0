// The shell around every page: site name, navigation, crisis lines, quick exit and footer.
import { html, raw, safeUrl } from "../lib/html.js";
import { sanitizeRichText } from "../lib/sanitize.js";
import { scriptOnly } from "../lib/script-only.js";

function navItem(item, index) {
  const href = safeUrl(item.url) || "/";
  if (!item.children?.length) {
    return html`<li><a href="${href}" data-nav-link>${item.title}</a></li>`;
  }
  const id = `nav-sub-${index}`;
  // components.js: data-disclosure="outside" also closes on a click elsewhere.
  // Without script a section's own page lists its pages: the toggle needs script, and is
  // held back from the first view until it runs (its place kept: styles, script-only).
  return html`<li class="has-sub" data-disclosure="outside">
    <a href="${href}" data-nav-link>${item.title}</a>
    ${scriptOnly(html`<button type="button" class="sub-toggle" aria-expanded="false"
        aria-controls="${id}" data-disclosure-toggle>
      <span class="visually-hidden">${item.title}: show its pages</span>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5"/></svg>
    </button>`)}
    <ul class="sub-menu" id="${id}">
      ${item.children.map(
        (child) =>
          html`<li><a href="${safeUrl(child.url) || "/"}" data-nav-link>${child.title}</a></li>`,
      )}
    </ul>
  </li>`;
}

export function navigationHtml(items) {
  // Without script the menu is a row of plain links: "Menu" needs script, and is held back
  // from the first view until it runs (its place kept: styles, script-only).
  return html`<div class="site-nav__wrap" data-disclosure>
    ${scriptOnly(html`<button type="button" class="menu-toggle" aria-expanded="false"
        aria-controls="site-nav-list" data-disclosure-toggle>Menu</button>`)}
    <ul class="site-nav__list" id="site-nav-list">
      ${items.map(navItem)}
    </ul>
  </div>`;
}

// The two numbers every page shows at once, whatever else a site lists.
const ALWAYS = [
  { value: "911", name: "Emergency" },
  { value: "988", name: "Crisis line" },
];

function quickLine({ value, name }, lines) {
  const line = lines.find((l) => l.kind === "phone" && l.value === value);
  const href = safeUrl(line?.href) || `tel:${value}`;
  // On a phone only the number shows; its name is read out, and shown on a wide screen.
  return html`<li><a href="${href}"><span class="crisis-bar__name">${name} </span><strong>${value}</strong></a></li>`;
}

function moreLine(line) {
  const href = safeUrl(line.href);
  // "Text 988" already says its number; "Never Use Alone" needs it beside the name.
  const showValue = line.kind !== "online" && !line.label.includes(line.value);
  const label = html`${line.label}${showValue ? html` <strong>${line.value}</strong>` : ""}`;
  return html`<li class="crisis-more__line">
    ${href ? html`<a href="${href}">${label}</a>` : html`<span>${label}</span>`}
    ${line.description ? html`<span class="crisis-more__description">${line.description}</span>` : ""}
    ${
      line.note
        ? html`<span class="crisis-more__note"><span class="crisis-more__note-label">When you call:</span> ${line.note}</span>`
        : ""
    }
  </li>`;
}

/** The crisis bar's help: 911 and 988, "Overdose? What to do" when the site has steps, and
 * every line of the site (with what happens when you call) behind "More help lines". */
export function crisisHelpHtml(shell) {
  const lines = shell.crisis_lines || [];
  const overdose = shell.overdose && safeUrl(shell.overdose.url);
  return html`<ul class="crisis-bar__lines">${ALWAYS.map((q) => quickLine(q, lines))}</ul>
    ${
      overdose
        ? html`<a class="crisis-bar__overdose" href="${overdose}">${shell.overdose.label}</a>`
        : ""
    }
    ${
      lines.length
        ? html`<details class="crisis-more">
      <summary>More help lines</summary>
      <ul class="crisis-more__lines">${lines.map(moreLine)}</ul>
    </details>`
        : ""
    }`;
}

export function renderShell(shell, doc = document) {
  const name = doc.getElementById("site-name");
  name.textContent = shell.site.name;
  doc.getElementById("site-nav").innerHTML = navigationHtml(shell.navigation);
  doc.getElementById("crisis-help").innerHTML = crisisHelpHtml(shell);
  const exit = doc.getElementById("quick-exit");
  const exitUrl = safeUrl(shell.exit?.url);
  if (exitUrl) exit.href = exitUrl;
  exit.querySelector(".quick-exit__label").textContent = shell.exit?.label || "Exit this page";
  doc.getElementById("site-footer").innerHTML = html`
    <div class="site-footer__text">${raw(sanitizeRichText(shell.footer?.text))}</div>
    <p><a href="/safety/">Staying safe on this site</a> · <a href="/search/">Search</a></p>`;
}

/** Mark the menu link of the page being shown. */
export function markCurrent(path, doc = document) {
  for (const link of doc.querySelectorAll("[data-nav-link]")) {
    // The attribute, resolved here: the server's DOM (linkedom) gives link.href unresolved.
    if (new URL(link.getAttribute("href"), location.href).pathname === path) {
      link.setAttribute("aria-current", "page");
    } else link.removeAttribute("aria-current");
  }
}
