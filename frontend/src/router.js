// The router: History API navigation without full reloads. Each navigation fetches the page,
// renders it, updates the title and SEO tags, moves focus to the main heading, announces the
// new page to screen readers, and restores the scroll position on Back and Forward.
import { enhanceForms } from "./forms/htmx-forms.js";
import { ApiError, fetchPage, fetchPreview, fetchShell, takeSaved } from "./lib/api.js";
import { DEFAULT_LOCALE, localeOf, t } from "./lib/i18n.js";
import { appPath, isPlainClick } from "./lib/links.js";
import { applySeo } from "./lib/seo.js";
import { showSavedCopy } from "./offline/notice.js";
import { markCurrent, renderLanguageSwitch, renderShell } from "./shell/shell.js";
import {
  errorView,
  LOCAL_PAGES,
  localPageTranslations,
  localView,
  pageView,
  previewView,
} from "./views.js";

let shell = null;
let shellPromise = null;
let current = null; // AbortController of the navigation under way

const main = () => document.getElementById("main");

function announce(text) {
  const announcer = document.getElementById("announcer");
  announcer.textContent = "";
  // A fresh text node after a tick makes screen readers speak it even if unchanged.
  setTimeout(() => {
    announcer.textContent = text;
  }, 50);
}

function loadShell(locale) {
  // Another language's page: that language's shell (menu, crisis lines, quick exit, footer).
  if (shell && (shell.locale || "en") !== locale) shellPromise = null;
  shellPromise ??= fetchShell(locale).then(
    (data) => {
      shell = data;
      renderShell(data);
      return data;
    },
    (error) => {
      shellPromise = null; // let a retry ask again
      throw error;
    },
  );
  return shellPromise;
}

async function show(path, { focus, scrollY, hash = "" }) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const [pathname, query = ""] = path.split("?");
  let view;
  const shellLoad = loadShell(localeOf(pathname)).catch(() => null);
  takeSaved(); // a saved copy read for an earlier navigation says nothing of this one
  let translations = {};
  try {
    if (pathname === "/preview/") {
      const [page] = await Promise.all([
        fetchPreview(location.search, { signal: controller.signal }),
        shellLoad,
      ]);
      view = previewView(page, shell);
    } else if (pathname in LOCAL_PAGES) {
      await shellLoad;
      view = localView(pathname, shell, query && `?${query}`);
      translations = localPageTranslations(pathname, shell, query && `?${query}`);
    } else {
      const [page] = await Promise.all([
        fetchPage(pathname, { signal: controller.signal }),
        shellLoad,
      ]);
      if (controller.signal.aborted) return;
      translations = page.meta?.translations || {};
      view = pageView(page, shell);
    }
  } catch (error) {
    if (controller.signal.aborted) return;
    if (focus && error instanceof ApiError && error.status === 404 && pathname !== "/preview/") {
      // Not a page (any more): the server knows more, a redirect an editor set or a renamed
      // page left, else its not-found page with a 404. Load the address itself.
      location.replace(path);
      return;
    }
    await shellLoad;
    // On another language's page, only a message the API said in it: the browser's status
    // text ("Service Unavailable") and "Network error" are English.
    const said = error instanceof ApiError && error.said;
    view = errorView(pathname, shell, {
      status: error instanceof ApiError ? error.status : 0,
      message: said || localeOf(pathname) === DEFAULT_LOCALE ? error.message : "",
    });
  }
  const { title, content, seo } = view;
  if (controller.signal.aborted) return;
  // Let the browser breathe between drawing the shell and the page: two short tasks keep a
  // cheap phone responsive where one long one would freeze it.
  await new Promise((resolve) => setTimeout(resolve));
  if (controller.signal.aborted) return;

  const target = main();
  delete target.dataset.firstView;
  target.innerHTML = String(content);
  // No shell (the API away: the error page nginx serves, whose frame speaks both languages):
  // the page's words are in the address's language.
  if (!shell) document.documentElement.setAttribute("lang", localeOf(pathname));
  showSavedCopy(takeSaved());
  document.body.classList.remove("is-loading");
  applySeo(seo);
  renderLanguageSwitch(shell, translations);
  markCurrent(pathname);
  window.dispatchEvent(new CustomEvent("turnto-navigated", { detail: { path } }));
  // A link to a part of a page ("Overdose? What to do" → the steps) opens the page there.
  const part = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (part) part.scrollIntoView();
  else window.scrollTo(0, scrollY || 0);
  if (focus) {
    const heading =
      (part?.hasAttribute("tabindex") && part) || target.querySelector("h1") || target;
    heading.focus({ preventScroll: true });
    announce(`${title}, ${t(localeOf(pathname), "page.loaded")}`);
  }
  enhanceForms(target, shell);
}

export function navigate(path, { replace = false, hash = "" } = {}) {
  // Remember where the reader was on the page they are leaving.
  history.replaceState({ ...history.state, scrollY: window.scrollY }, "");
  if (replace) history.replaceState({ scrollY: 0 }, "", path + hash);
  else history.pushState({ scrollY: 0 }, "", path + hash);
  return show(path, { focus: true, scrollY: 0, hash });
}

/**
 * The page the server sent already drawn (server.js draws it with these same renderers): keep
 * it as it is, with no request for its data, and only wire up what lives on it. The site's
 * shell data came with it, in <script type="application/json" id="turnto-shell">.
 */
function adoptFirstView() {
  const target = main();
  const drawn = target.dataset.firstView;
  const data = document.getElementById("turnto-shell");
  if (drawn !== location.pathname + location.search || !data) return false;
  try {
    shell = JSON.parse(data.textContent);
  } catch {
    return false;
  }
  shellPromise = Promise.resolve(shell);
  enhanceForms(target, shell, { adopted: true });
  return true;
}

export function startRouter({ onFirstRender } = {}) {
  history.scrollRestoration = "manual";
  document.addEventListener("click", (event) => {
    const anchor = event.target.closest?.("a[href]");
    if (!anchor || anchor.id === "quick-exit" || !isPlainClick(event, anchor)) return;
    const path = appPath(anchor.href, location.href);
    if (path === null) return;
    event.preventDefault();
    if (path !== location.pathname + location.search) navigate(path, { hash: anchor.hash });
  });
  document.addEventListener("click", (event) => {
    if (event.target.closest?.("[data-retry]")) {
      show(location.pathname + location.search, { focus: true, scrollY: 0 });
    }
  });
  window.addEventListener("popstate", (event) => {
    show(location.pathname + location.search, { focus: true, scrollY: event.state?.scrollY });
  });
  if (adoptFirstView()) {
    if (history.state?.scrollY) window.scrollTo(0, history.state.scrollY);
    // In a task of its own, as after a page the router drew: the page is already on screen.
    return new Promise((resolve) => setTimeout(resolve)).then(() => onFirstRender?.(shell));
  }
  return show(location.pathname + location.search, {
    focus: false,
    scrollY: history.state?.scrollY,
  }).finally(() => setTimeout(() => onFirstRender?.(shell)));
}
