// The shell around every page: site name, navigation, crisis lines, quick exit and footer.
import { html, raw, safeUrl } from "../lib/html.js";
import { languageLinks, localPath, t } from "../lib/i18n.js";
import { sanitizeRichText } from "../lib/sanitize.js";
import { scriptOnly } from "../lib/script-only.js";

function navItem(item, index, locale) {
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
      <span class="visually-hidden">${item.title}: ${t(locale, "menu.showPages")}</span>
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

export function navigationHtml(items, locale) {
  // Without script the menu is a row of plain links: "Menu" needs script, and is held back
  // from the first view until it runs (its place kept: styles, script-only).
  return html`<div class="site-nav__wrap" data-disclosure>
    ${scriptOnly(html`<button type="button" class="menu-toggle" aria-expanded="false"
        aria-controls="site-nav-list" data-disclosure-toggle>${t(locale, "menu")}</button>`)}
    <ul class="site-nav__list" id="site-nav-list">
      ${items.map((item, index) => navItem(item, index, locale))}
    </ul>
    <p class="language-switch" id="language-switch"></p>
  </div>`;
}

// The two numbers every page shows at once, whatever else a site lists.
const ALWAYS = [
  { value: "911", name: "crisis.emergency" },
  { value: "988", name: "crisis.line" },
];

function quickLine({ value, name: key }, lines, locale) {
  const name = t(locale, key);
  const line = lines.find((l) => l.kind === "phone" && l.value === value);
  const href = safeUrl(line?.href) || `tel:${value}`;
  // On a phone only the number shows; its name is read out, and shown on a wide screen.
  return html`<li><a href="${href}"><span class="crisis-bar__name">${name} </span><strong>${value}</strong></a></li>`;
}

function moreLine(line, locale) {
  const href = safeUrl(line.href);
  // "Text 988" already says its number; "Never Use Alone" needs it beside the name.
  const showValue = line.kind !== "online" && !line.label.includes(line.value);
  const label = html`${line.label}${showValue ? html` <strong>${line.value}</strong>` : ""}`;
  return html`<li class="crisis-more__line">
    ${href ? html`<a href="${href}">${label}</a>` : html`<span>${label}</span>`}
    ${line.description ? html`<span class="crisis-more__description">${line.description}</span>` : ""}
    ${
      line.note
        ? html`<span class="crisis-more__note"><span class="crisis-more__note-label">${t(locale, "crisis.whenYouCall")}</span> ${line.note}</span>`
        : ""
    }
  </li>`;
}

/** The crisis bar's help: 911 and 988, "Overdose? What to do" when the site has steps, and
 * every line of the site (with what happens when you call) behind "More help lines". */
export function crisisHelpHtml(shell) {
  const lines = shell.crisis_lines || [];
  const locale = shell.locale;
  const overdose = shell.overdose && safeUrl(shell.overdose.url);
  return html`<ul class="crisis-bar__lines">${ALWAYS.map((q) => quickLine(q, lines, locale))}</ul>
    ${
      overdose
        ? html`<a class="crisis-bar__overdose" href="${overdose}">${shell.overdose.label}</a>`
        : ""
    }
    ${
      lines.length
        ? html`<details class="crisis-more">
      <summary>${t(locale, "crisis.more")}</summary>
      <ul class="crisis-more__lines">${lines.map((line) => moreLine(line, locale))}</ul>
    </details>`
        : ""
    }`;
}

export function renderShell(shell, doc = document) {
  const name = doc.getElementById("site-name");
  name.textContent = shell.site.name;
  const locale = shell.locale;
  doc.documentElement.setAttribute("lang", locale || "en");
  doc.getElementById("site-nav").innerHTML = navigationHtml(shell.navigation, locale);
  doc.getElementById("crisis-help").innerHTML = crisisHelpHtml(shell);
  const exit = doc.getElementById("quick-exit");
  const exitUrl = safeUrl(shell.exit?.url);
  if (exitUrl) exit.href = exitUrl;
  exit.querySelector(".quick-exit__label").textContent =
    shell.exit?.label || t(locale, "exit.label");
  const hint = exit.querySelector(".quick-exit__hint");
  if (hint) hint.textContent = t(locale, "exit.hint");
  // index.html's own words, bilingual while no language is known (an error page nginx
  // serves): the page's language once it is.
  const skip = doc.querySelector(".skip-link");
  if (skip) skip.textContent = t(locale, "skip");
  doc.getElementById("crisis-bar")?.setAttribute("aria-label", t(locale, "crisis.label"));
  doc.getElementById("site-nav").setAttribute("aria-label", t(locale, "nav.label"));
  doc.getElementById("site-footer").innerHTML = html`
    <div class="site-footer__text">${raw(sanitizeRichText(shell.footer?.text))}</div>
    <p><a href="${localPath(locale, "safety")}">${t(locale, "footer.safety")}</a> · <a href="${localPath(locale, "search")}">${t(locale, "footer.search")}</a></p>`;
}

/** The language switch of the header: "Español" / "English", to this page's translation, or
 * to the other language's home with a note when the page has none. */
export function renderLanguageSwitch(shell, translations, doc = document) {
  const box = doc.getElementById("language-switch");
  if (!box || !shell) return;
  box.innerHTML = html`${languageLinks(shell.locale, shell.languages, translations || {}).map(
    (link) =>
      html`<a href="${safeUrl(link.href) || "/"}" lang="${link.code}" hreflang="${link.code}"
        data-language-switch${link.missing ? html` title="${t(link.code, "language.missing")}"` : ""}
        >${link.name}</a>${
          link.missing
            ? html` <small class="language-switch__note" lang="${link.code}">${t(link.code, "language.missing")}</small>`
            : ""
        }`,
  )}`;
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
