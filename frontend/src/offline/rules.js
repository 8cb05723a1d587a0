// What the service worker (sw.js) may keep on a visitor's phone, and the notice on a saved
// copy. Pure functions, so the node tests can check every rule.

import { DEFAULT_LOCALE, intlTag, LOCAL_PATHS, localeOf } from "../lib/locale.js";
import { SAVED_COPY } from "./words.js";

// Site paths never kept: the admin, a preview, the search page, the report form, the offline
// page itself (kept apart), files; and the search and report pages in every language.
const NEVER_PAGES =
  /^\/(admin|preview|search|report-a-problem|offline|documents|media|static|api)\//;
const NEVER_LOCAL = new Set([
  ...Object.values(LOCAL_PATHS.search),
  ...Object.values(LOCAL_PATHS.report),
]);

/** The offline page for a page's language: "/offline/", "/es/offline/". */
export function offlineUrl(pathname) {
  const locale = localeOf(pathname);
  return locale === DEFAULT_LOCALE ? "/offline/" : `/${locale}/offline/`;
}
// Query parameters that carry what a visitor typed or where they are: never kept.
// Every one the server keeps out of its cache too (core.api_cache.PRIVATE_PARAMETERS).
const PRIVATE_PARAMS = [
  "q",
  "search",
  "near",
  "postcode",
  "proximity",
  "lat",
  "lng",
  "token",
  "content_type",
  "listing",
];
// The API answers a page is drawn from: the site's shell, a page, a city's listings.
const KEPT_API = /^\/api\/(v2\/site\/|v2\/pages\/find\/|directory\/services\/)$/;

const noPrivateParams = (url) => !PRIVATE_PARAMS.some((name) => url.searchParams.has(name));

/** A page (a navigation) of the site that may be kept. */
export function storablePage(url) {
  return (
    !NEVER_PAGES.test(url.pathname) &&
    !NEVER_LOCAL.has(url.pathname) &&
    url.pathname !== offlineUrl(url.pathname) &&
    noPrivateParams(url)
  );
}

/** An API answer that may be kept (GET only: the worker's routes take no other method). */
export function storableApi(url) {
  return KEPT_API.test(url.pathname) && noPrivateParams(url);
}

/** An answer its server said no one may keep: private (a signed-in session) or no-store. */
export function neverStored(cacheControl) {
  return /(^|[\s,])(private|no-store)\b/i.test(cacheControl || "");
}

const FORMAT = {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

/** "Saved copy from Dec 1, 10:42 — you are offline" ("Copia guardada del 1 dic, 10:42: no
 * tiene conexión" for `locale` "es"), in the phone's own time zone. */
export function savedText(iso, timeZone, locale = DEFAULT_LOCALE) {
  const when = new Intl.DateTimeFormat(intlTag(locale), { ...FORMAT, timeZone }).format(
    new Date(iso),
  );
  return (SAVED_COPY[locale] || SAVED_COPY[DEFAULT_LOCALE]).replace("{when}", when);
}

/** The saved page with its notice at the top of the page (before <main>), as the server
 * draws nothing there; in the page's language (`locale`). */
export function savedNotice(html, iso, timeZone, locale = DEFAULT_LOCALE) {
  const notice = `<p class="saved-copy" id="saved-copy" role="status">${savedText(iso, timeZone, locale)}</p>`;
  const at = html.indexOf("<main");
  if (at !== -1) return html.slice(0, at) + notice + html.slice(at);
  return html.replace(/<body[^>]*>/, (body) => body + notice);
}
