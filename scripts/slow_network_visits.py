"""Time until a page's <h1> is visible on emulated slow 3G, first and second visit, online and
offline, with the service worker. The throttling is a small TCP proxy in front of the site
(400 kbit/s each way, 400 ms round trip): unlike DevTools' emulation of one page, it slows the
service worker's own requests too.

    .venv/bin/python scripts/slow_network_visits.py http://localhost:8000 /the-fentanyl-crisis/
"""

import asyncio
import json
import sys
import threading
import time
from urllib.parse import urlsplit

RATE = 400_000 / 8  # bytes a second, each way
ONE_WAY = 0.2  # seconds: half of a 400 ms round trip


async def pipe(reader, writer):
    free_at = 0.0
    loop = asyncio.get_running_loop()
    try:
        while data := await reader.read(1460):
            now = loop.time()
            free_at = max(free_at, now) + len(data) / RATE
            deliver = free_at + ONE_WAY
            loop.call_at(deliver, writer.write, data)
        await asyncio.sleep(max(0, free_at + ONE_WAY - loop.time()) + 0.01)
    finally:
        writer.close()


def start_proxy(target_host, target_port):
    ready = threading.Event()
    port = {}

    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection(target_host, target_port)
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port["n"] = server.sockets[0].getsockname()[1]
        ready.set()
        await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True).start()
    ready.wait()
    return port["n"]


def h1_visible(page, url):
    start = time.monotonic()
    page.goto(url, wait_until="commit")
    page.wait_for_selector("main h1", state="visible", timeout=120000)
    wall = (time.monotonic() - start) * 1000
    fcp = page.evaluate(
        "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"
    )
    return {"h1_visible_ms": round(wall), "fcp_ms": fcp and round(fcp)}


def main():
    from playwright.sync_api import sync_playwright

    base, path = sys.argv[1], sys.argv[2]
    parts = urlsplit(base)
    port = start_proxy(parts.hostname, parts.port or 80)
    url = f"http://localhost:{port}{path}"
    other = f"http://localhost:{port}/facts-and-stats/"
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        context = browser.new_context(viewport={"width": 375, "height": 667})
        page = context.new_page()
        results["first visit, online"] = h1_visible(page, url)
        page.wait_for_selector("body[data-ready]", timeout=120000)
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_function(
            "() => caches.open('turnto-pages').then(c => c.match(location.href)).then(Boolean)",
            timeout=120000,
        )
        page.wait_for_load_state("networkidle")
        results["second visit, online"] = h1_visible(page, url)
        context.set_offline(True)
        results["second visit, offline (saved copy)"] = h1_visible(page, url)
        results["page never visited, offline (offline page)"] = h1_visible(page, other)
        context.close()
        # Without the worker (a browser that never registered it): the same page twice.
        context = browser.new_context(
            viewport={"width": 375, "height": 667}, service_workers="block"
        )
        page = context.new_page()
        results["no worker: first visit"] = h1_visible(page, url)
        results["no worker: second visit"] = h1_visible(page, url)
        context.set_offline(True)
        try:
            page.goto(url, timeout=10000)
            results["no worker: offline"] = "loaded?"
        except Exception as exc:  # the browser's own error page
            results["no worker: offline"] = str(exc).split("\n")[0][:80]
        browser.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
