// The service worker (/sw.js), bundled by build.mjs with Workbox: what a visitor's phone keeps
// so the site still helps when the signal drops, and nothing more.
//
// - The shell (the hashed scripts and styles of the page, listed by build.mjs) is precached.
// - The offline page (/offline/: the site's crisis lines and the overdose steps, drawn by the
//   backend for this site) is saved at install and again now and then; in another language
//   ("/es/offline/") once a page of that language is read.
// - Pages and the API answers they are drawn from: the network first (3 s), else the copy
//   saved on this phone, marked "Saved copy from Dec 1, 10:42 — you are offline"; a page
//   never saved: the offline page. At most 30 pages and 30 answers, for 7 days.
// - Never kept: previews, the admin, anything sent (POST), searches, "near me" (a location),
//   problem reports, and any answer marked private or no-store (the server marks so every
//   answer to a signed-in editor's request: one with a session of the site).
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { ExpirationPlugin } from "workbox-expiration";
import { enable as enableNavigationPreload } from "workbox-navigation-preload";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { NetworkFirst, NetworkOnly } from "workbox-strategies";
import { localeOf } from "../lib/locale.js";
import { neverStored, offlineUrl, savedNotice, storableApi, storablePage } from "./rules.js";

const OFFLINE_URL = "/offline/"; // the default language's; "/es/offline/" for a Spanish page
const OFFLINE_CACHE = "turnto-offline";
const SAVED_HEADER = "X-Turnto-Saved";
const MAX_ENTRIES = 30;
const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
const NETWORK_TIMEOUT_SECONDS = 3;
const OFFLINE_REFRESH_MS = 6 * 60 * 60 * 1000; // the offline page, fetched again when older

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// A page's request leaves while the worker starts, not after: on a slow phone that start
// would otherwise come before every page.
enableNavigationPreload();

/** Keeps only what may be kept, stamped with the time it was saved. */
const keepPrivately = {
  async cacheWillUpdate({ response }) {
    if (response?.status !== 200 || response.type === "opaque") return null;
    if (neverStored(response.headers.get("Cache-Control"))) return null;
    const headers = new Headers(response.headers);
    headers.set(SAVED_HEADER, new Date().toISOString());
    headers.delete("Content-Encoding");
    headers.delete("Content-Length");
    return new Response(await response.blob(), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
};

/** A page read from this phone's copy says so, at the top, before any script runs. */
const markSaved = {
  async cachedResponseWillBeUsed({ cachedResponse, request }) {
    if (!cachedResponse) return cachedResponse;
    const type = cachedResponse.headers.get("Content-Type") || "";
    const saved = cachedResponse.headers.get(SAVED_HEADER);
    if (!type.startsWith("text/html") || !saved) return cachedResponse;
    const text = await cachedResponse.text();
    const headers = new Headers(cachedResponse.headers);
    const locale = localeOf(new URL(request.url).pathname);
    return new Response(savedNotice(text, saved, undefined, locale), {
      status: cachedResponse.status,
      statusText: cachedResponse.statusText,
      headers,
    });
  },
};

const expiration = () =>
  new ExpirationPlugin({
    maxEntries: MAX_ENTRIES,
    maxAgeSeconds: MAX_AGE_SECONDS,
    purgeOnQuotaError: true,
  });
const pagesExpiration = expiration();
const answersExpiration = expiration();

const pages = new NetworkFirst({
  cacheName: "turnto-pages",
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    keepPrivately,
    markSaved,
    pagesExpiration,
  ],
});
const answers = new NetworkFirst({
  cacheName: "turnto-answers",
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [new CacheableResponsePlugin({ statuses: [200] }), keepPrivately, answersExpiration],
});

const sameOrigin = (url) => url.origin === self.location.origin;

registerRoute(({ request, url }) => {
  if (request.mode !== "navigate" || !sameOrigin(url) || !storablePage(url)) return false;
  // After the page, never competing with it; the offline page in the page's language.
  setTimeout(() => refreshOfflinePage(offlineUrl(url.pathname)), 5000);
  return true;
}, pages);
// Pages never kept (search, report, preview, the admin...): the network only (the preloaded
// answer, never asked twice), the offline page without it.
registerRoute(
  ({ request, url }) => request.mode === "navigate" && sameOrigin(url),
  new NetworkOnly(),
);
registerRoute(({ url }) => sameOrigin(url) && storableApi(url), answers);

setCatchHandler(async ({ request }) => {
  if (request.mode === "navigate") {
    // The offline page in the language of the page asked for, else the default's.
    const own = offlineUrl(new URL(request.url).pathname);
    for (const url of new Set([own, OFFLINE_URL])) {
      const offline = await caches.match(url, { cacheName: OFFLINE_CACHE });
      if (offline) return offline;
    }
  }
  return Response.error();
});

async function saveOfflinePage(url = OFFLINE_URL) {
  const response = await fetch(url, { credentials: "omit", cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await (await caches.open(OFFLINE_CACHE)).put(url, response);
}
const refreshing = new Map(); // offline page → its refresh under way
/** An offline page again (its crisis lines may have changed) when the saved one is old or
 * missing: at most every few hours, never twice at once, after the page asked for has gone
 * out. */
function refreshOfflinePage(url = OFFLINE_URL) {
  if (refreshing.has(url)) return refreshing.get(url);
  const job = (async () => {
    const saved = await caches.match(url, { cacheName: OFFLINE_CACHE });
    const at = Date.parse(saved?.headers.get("Date") || "") || 0;
    if (Date.now() - at > OFFLINE_REFRESH_MS) await saveOfflinePage(url);
  })()
    .catch(() => {})
    .finally(() => {
      refreshing.delete(url);
    });
  refreshing.set(url, job);
  return job;
}

/** Everything this worker keeps, and the worker itself: gone. */
async function forget() {
  await Promise.all([pagesExpiration, answersExpiration].map((p) => p.deleteCacheAndMetadata()));
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  await self.registration.unregister();
}

self.addEventListener("install", (event) => {
  event.waitUntil(saveOfflinePage().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      // The page that installed this worker came before it: keep it too (a revalidation the
      // browser's own cache mostly answers with a 304).
      for (const client of await self.clients.matchAll({ type: "window" })) {
        const url = new URL(client.url);
        if (sameOrigin(url) && storablePage(url)) {
          await pages.handle({ event, request: new Request(url.href) }).catch(() => {});
          // A page in another language: its offline page too, now.
          await refreshOfflinePage(offlineUrl(url.pathname));
        }
      }
    })(),
  );
});

/** A page the visitor reached by a link of the site (register.js): kept as a page read. */
function keep(event, href) {
  const url = new URL(href, self.location.href);
  if (!sameOrigin(url) || !storablePage(url)) return Promise.resolve();
  return pages.handle({ event, request: new Request(url.href) }).catch(() => {});
}

self.addEventListener("message", (event) => {
  if (event.data?.type === "forget") event.waitUntil(forget());
  else if (event.data?.type === "keep") event.waitUntil(keep(event, event.data.url));
});
