// The API client: one request for the site shell, one per page. The API may live on another
// origin (a developer's local front end); <meta name="turnto-api"> says where.

const TIMEOUT_MS = 15000;

export function apiBase(doc = document) {
  const configured = doc.querySelector('meta[name="turnto-api"]')?.content?.trim();
  return configured ? configured.replace(/\/$/, "") : "";
}

/** Which site of the CMS to ask for, when the front end is not served on that site's host. */
export function apiSite(doc = document) {
  return doc.querySelector('meta[name="turnto-site"]')?.content?.trim() || "";
}

function withSite(path) {
  const site = apiSite();
  if (!site) return path;
  return `${path}${path.includes("?") ? "&" : "?"}site=${encodeURIComponent(site)}`;
}

// The time a saved copy was saved (the service worker's X-Turnto-Saved), of the answers read
// since takeSaved() was last called: the router says so above the page.
let saved = null;

/** The oldest saved-copy time among the answers read since the last call, or null. */
export function takeSaved() {
  const found = saved;
  saved = null;
  return found;
}

export class ApiError extends Error {
  /** `said`: the message is the API's own (in the language asked), not the browser's
   * status text or ours ("Network error"), which are English. */
  constructor(status, message, said = false) {
    super(message);
    this.status = status;
    this.said = said;
  }
}

export async function getJSON(path, { signal } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  signal?.addEventListener("abort", () => controller.abort());
  try {
    const response = await fetch(apiBase() + withSite(path), {
      signal: controller.signal,
      credentials: "omit", // visitors are anonymous; nothing identifies them
      headers: { Accept: "application/json" },
    });
    const savedAt = response.headers?.get("X-Turnto-Saved");
    if (savedAt && (!saved || savedAt < saved)) saved = savedAt;
    const body = await response.json().catch(() => ({}));
    if (!response.ok)
      throw new ApiError(
        response.status,
        body.message || response.statusText,
        Boolean(body.message),
      );
    return body;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, controller.signal.aborted ? "The request timed out" : "Network error");
  } finally {
    clearTimeout(timer);
  }
}

/** The site's shell in a language ("es"), or the site's own. */
export const fetchShell = (locale) =>
  getJSON(locale && locale !== "en" ? `/api/v2/site/?locale=${locale}` : "/api/v2/site/");

export const fetchPage = (path, options) =>
  getJSON(`/api/v2/pages/find/?html_path=${encodeURIComponent(path)}`, options);

/** A draft the admin asked to preview: ?content_type=...&token=... as the admin gave them. */
export function fetchPreview(search, options) {
  const params = new URLSearchParams(search);
  const query = new URLSearchParams({
    content_type: params.get("content_type") || "",
    token: params.get("token") || "",
  });
  return getJSON(`/api/v2/page_preview/?${query}`, options);
}
