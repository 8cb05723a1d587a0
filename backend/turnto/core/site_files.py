"""Headers of the built site's own files that WhiteNoise serves (settings:
WHITENOISE_ADD_HEADERS_FUNCTION). Imports nothing: the settings read it."""

SERVICE_WORKER = "/sw.js"


def site_file_headers(headers, path, url):
    """The service worker is asked for again at each visit: a new build must reach phones at
    once, never after a day in a cache. Its scope is the whole site, from the site's root."""
    if url == SERVICE_WORKER:
        headers["Cache-Control"] = "no-cache"
        headers["Service-Worker-Allowed"] = "/"
