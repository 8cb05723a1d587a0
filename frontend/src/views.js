// What a path shows, from the API's answers: its title, its main content and its head. The
// router (in the browser) and the server's first view (server.js) both ask here, so a page is
// drawn by the same code wherever it is drawn.
import { html } from "./lib/html.js";
import { LOCAL_PATHS, localeOf, localTranslations, t } from "./lib/i18n.js";
import { alternatesOf, pageSeo, plainSeo, siteOrigin } from "./lib/seo.js";
import { renderPage } from "./pages/index.js";
import { loadError } from "./pages/special/load-error.js";
import { notFound } from "./pages/special/not-found.js";
import { previewBanner, previewError } from "./pages/special/preview.js";
import { reportProblem } from "./pages/special/report-problem.js";
import { safety } from "./pages/special/safety.js";
import { search } from "./pages/special/search.js";

// Pages of the front end itself, not of the CMS, at their address in each language
// (i18n.js LOCAL_PATHS); a description left out is the title. The server answers 200 for these
// too, with the same head (backend/turnto/website/entry.py).
const LOCAL_RENDERERS = {
  safety: { render: safety, description: true },
  search: { render: search, noindex: true },
  report: { render: reportProblem, noindex: true },
};
export const LOCAL_PAGES = Object.fromEntries(
  Object.entries(LOCAL_PATHS).flatMap(([name, paths]) =>
    Object.entries(paths).map(([locale, path]) => {
      const { render, description, noindex } = LOCAL_RENDERERS[name];
      return [
        path,
        {
          locale,
          title: t(locale, `local.${name}.title`),
          description: description ? t(locale, `local.${name}.description`) : undefined,
          render: (shell, query) => render(shell, query, locale),
          noindex,
        },
      ];
    }),
  ),
);

/** The view of a CMS page. */
export function pageView(page, shell) {
  return {
    title: page.meta?.seo_title || page.title,
    content: renderPage(page),
    seo: pageSeo(page, shell),
  };
}

/** The view of a draft the admin asked to preview. */
export function previewView(page, shell) {
  const title = `Preview: ${page.title}`;
  return {
    title,
    content: html`${previewBanner()}${renderPage(page)}`,
    seo: { ...pageSeo(page, shell), title, noindex: true },
  };
}

/** The front end's own page at `pathname` in each language the site has, {language: path}:
 * its language switch and hreflang links. With `search` (the switch of the report page), the
 * report page's query goes along: it names the listing. */
export function localPageTranslations(pathname, shell, search = "") {
  const languages = shell?.languages || {};
  const keep = search && Object.values(LOCAL_PATHS.report).includes(pathname) ? search : "";
  return Object.fromEntries(
    Object.entries(localTranslations(pathname))
      .filter(([code]) => code in languages)
      .map(([code, path]) => [code, path + keep]),
  );
}

/** The view of one of the front end's own pages (/search/, /safety/, /es/buscar/...), or null. */
export function localView(pathname, shell, search = "") {
  const local = LOCAL_PAGES[pathname];
  if (!local) return null;
  return {
    title: local.title,
    content: local.render(shell, search),
    seo: {
      ...plainSeo({
        title: local.title,
        description: local.description,
        url: siteOrigin(shell) + pathname,
        noindex: local.noindex,
        shell,
        trail: [{ title: local.title, url: pathname }],
      }),
      lang: local.locale,
      alternates: alternatesOf(localPageTranslations(pathname, shell), siteOrigin(shell)),
    },
  };
}

/** The view when the page could not be had: not found (404), or not loaded. */
export function errorView(pathname, shell, { status, message }) {
  let title;
  let content;
  if (pathname === "/preview/" && status) {
    title = "This preview is not available";
    content = previewError(message);
  } else {
    const locale = localeOf(pathname);
    title = t(locale, status === 404 ? "error.notFound" : "error.notLoaded");
    content = status === 404 ? notFound(shell) : loadError(shell, message);
  }
  const noindex = pathname === "/preview/";
  const url = siteOrigin(shell) + location.pathname + location.search;
  return { title, content, seo: plainSeo({ title, url, noindex, shell }) };
}
