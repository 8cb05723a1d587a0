// What the service worker (sw.js) may keep on a visitor's phone, and the notice on a saved
// copy. Pure functions, so the node tests can check every rule.

// Site paths never kept: the admin, a preview, the search page, the report form, the offline
// page itself (kept apart), files.
const NEVER_PAGES =
  /^\/(admin|preview|search|report-a-problem|offline|documents|media|static|api)\//;
// Query parameters that carry what a visitor typed or where they are: never kept.
const PRIVATE_PARAMS = ["q", "search", "near", "lat", "lng", "token", "content_type", "listing"];
// The API answers a page is drawn from: the site's shell, a page, a city's listings.
const KEPT_API = /^\/api\/(v2\/site\/|v2\/pages\/find\/|directory\/services\/)$/;

const noPrivateParams = (url) => !PRIVATE_PARAMS.some((name) => url.searchParams.has(name));

/** A page (a navigation) of the site that may be kept. */
export function storablePage(url) {
  return !NEVER_PAGES.test(url.pathname) && noPrivateParams(url);
}

/** An API answer that may be kept (GET only: the worker's routes take no other method). */
export function storableApi(url) {
  return KEPT_API.test(url.pathname) && noPrivateParams(url);
}

/** An answer its server said no one may keep: private (a cookie was sent) or no-store. */
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

/** "Saved copy from Dec 1, 10:42 — you are offline", in the phone's own time zone. */
export function savedText(iso, timeZone) {
  const when = new Intl.DateTimeFormat("en-US", { ...FORMAT, timeZone }).format(new Date(iso));
  return `Saved copy from ${when} — you are offline`;
}

/** The saved page with its notice at the top of the page (before <main>), as the server
 * draws nothing there. */
export function savedNotice(html, iso, timeZone) {
  const notice = `<p class="saved-copy" id="saved-copy" role="status">${savedText(iso, timeZone)}</p>`;
  const at = html.indexOf("<main");
  if (at !== -1) return html.slice(0, at) + notice + html.slice(at);
  return html.replace(/<body[^>]*>/, (body) => body + notice);
}
