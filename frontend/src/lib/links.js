// Which clicks the single-page router handles itself, and which it leaves to the browser.

const SERVER_PATHS = /^\/(admin|api|static|media|documents|django-admin)(\/|$)/;
const FILE_EXTENSION = /\.[a-z0-9]{2,5}$/i;

/** The path to route to for a link URL, or null when the browser should follow it itself. */
export function appPath(href, currentUrl) {
  let url;
  try {
    url = new URL(href, currentUrl);
  } catch {
    return null;
  }
  const current = new URL(currentUrl);
  if (url.origin !== current.origin) return null;
  if (SERVER_PATHS.test(url.pathname) || FILE_EXTENSION.test(url.pathname)) return null;
  // A jump within the same page is the browser's job.
  if (url.hash && url.pathname === current.pathname && url.search === current.search) return null;
  return url.pathname + url.search;
}

/** Whether a click is a plain left click the router may take over. */
export function isPlainClick(event, anchor) {
  return !(
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (anchor.target && anchor.target !== "_self") ||
    anchor.hasAttribute("download")
  );
}
