// The API client: one request for the site shell, one per page. The API may live on another
// origin (a developer's local front end); <meta name="turnto-api"> says where.

const TIMEOUT_MS = 15000;

export function apiBase(doc = document) {
  const configured = doc.querySelector('meta[name="turnto-api"]')?.content?.trim();
  return configured ? configured.replace(/\/$/, "") : "";
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJSON(path, { signal } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  signal?.addEventListener("abort", () => controller.abort());
  try {
    const response = await fetch(apiBase() + path, {
      signal: controller.signal,
      credentials: "omit", // visitors are anonymous; nothing identifies them
      headers: { Accept: "application/json" },
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, body.message || response.statusText);
    return body;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, controller.signal.aborted ? "The request timed out" : "Network error");
  } finally {
    clearTimeout(timer);
  }
}

export const fetchShell = () => getJSON("/api/v2/site/");

export const fetchPage = (path, options) =>
  getJSON(`/api/v2/pages/find/?html_path=${encodeURIComponent(path)}`, options);

