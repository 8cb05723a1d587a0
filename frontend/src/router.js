// The router: History API navigation without full reloads. Each navigation fetches the page,
// renders it, updates the title and SEO tags, moves focus to the main heading, announces the
// new page to screen readers, and restores the scroll position on Back and Forward.
import { enhanceForms } from "./forms/htmx-forms.js";
import { ApiError, fetchPage, fetchPreview, fetchShell } from "./lib/api.js";
import { html } from "./lib/html.js";
import { appPath, isPlainClick } from "./lib/links.js";
import { applySeo, pageSeo } from "./lib/seo.js";
import { renderPage } from "./pages/index.js";
import { loadError } from "./pages/special/load-error.js";
import { notFound } from "./pages/special/not-found.js";
import { previewBanner, previewError } from "./pages/special/preview.js";
import { safety } from "./pages/special/safety.js";
import { search } from "./pages/special/search.js";
import { markCurrent, renderShell } from "./shell/shell.js";

// Pages of the front end itself, not of the CMS.
// The server answers 200 for these too, with the same head (backend/turnto/core/site_entry.py).
const LOCAL_PAGES = {
  "/safety/": { title: "Staying safe on this site", render: safety },
  "/search/": { title: "Search", render: search, noindex: true },
};

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

function loadShell() {
  shellPromise ??= fetchShell().then(
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

async function show(path, { focus, scrollY }) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const pathname = path.split("?")[0];
  const local = LOCAL_PAGES[pathname];
  let title;
  let content;
  let seo;
  const shellLoad = loadShell().catch(() => null);
  try {
    if (pathname === "/preview/") {
      const [page] = await Promise.all([
        fetchPreview(location.search, { signal: controller.signal }),
        shellLoad,
      ]);
      title = `Preview: ${page.title}`;
      content = html`${previewBanner()}${renderPage(page)}`;
      seo = { ...pageSeo(page, shell), title, noindex: true };
    } else if (local) {
      await shellLoad;
      title = local.title;
      content = local.render(shell);
      seo = {
        title,
        siteName: shell?.site?.name,
        description: title,
        url: location.origin + pathname,
        noindex: local.noindex,
      };
    } else {
      const [page] = await Promise.all([
        fetchPage(pathname, { signal: controller.signal }),
        shellLoad,
      ]);
      if (controller.signal.aborted) return;
      title = page.meta?.seo_title || page.title;
      content = renderPage(page);
      seo = pageSeo(page, shell);
    }
  } catch (error) {
    if (controller.signal.aborted) return;
    await shellLoad;
    const missing = error instanceof ApiError && error.status === 404;
    if (pathname === "/preview/" && error instanceof ApiError && error.status) {
      title = "This preview is not available";
      content = previewError(error.message);
    } else {
      title = missing ? "Page not found" : "This page did not load";
      content = missing ? notFound(shell) : loadError(shell, error.message);
    }
    seo = { title, siteName: shell?.site?.name, description: title, url: location.href };
    seo.noindex = pathname === "/preview/";
  }
  if (controller.signal.aborted) return;
  // Let the browser breathe between drawing the shell and the page: two short tasks keep a
  // cheap phone responsive where one long one would freeze it.
  await new Promise((resolve) => setTimeout(resolve));
  if (controller.signal.aborted) return;

  const target = main();
  target.innerHTML = String(content);
  document.body.classList.remove("is-loading");
  applySeo(seo);
  markCurrent(pathname);
  window.dispatchEvent(new CustomEvent("turnto-navigated", { detail: { path } }));
  window.scrollTo(0, scrollY || 0);
  if (focus) {
    const heading = target.querySelector("h1") || target;
    heading.focus({ preventScroll: true });
    announce(`${title}, page loaded`);
  }
  enhanceForms(target, shell);
}

export function navigate(path, { replace = false } = {}) {
  // Remember where the reader was on the page they are leaving.
  history.replaceState({ ...history.state, scrollY: window.scrollY }, "");
  if (replace) history.replaceState({ scrollY: 0 }, "", path);
  else history.pushState({ scrollY: 0 }, "", path);
  return show(path, { focus: true, scrollY: 0 });
}

export function startRouter({ onFirstRender } = {}) {
  history.scrollRestoration = "manual";
  document.addEventListener("click", (event) => {
    const anchor = event.target.closest?.("a[href]");
    if (!anchor || anchor.id === "quick-exit" || !isPlainClick(event, anchor)) return;
    const path = appPath(anchor.href, location.href);
    if (path === null) return;
    event.preventDefault();
    if (path !== location.pathname + location.search) navigate(path);
  });
  document.addEventListener("click", (event) => {
    if (event.target.closest?.("[data-retry]")) {
      show(location.pathname + location.search, { focus: true, scrollY: 0 });
    }
  });
  window.addEventListener("popstate", (event) => {
    show(location.pathname + location.search, { focus: true, scrollY: event.state?.scrollY });
  });
  return show(location.pathname + location.search, {
    focus: false,
    scrollY: history.state?.scrollY,
  }).finally(() => setTimeout(() => onFirstRender?.()));
}
