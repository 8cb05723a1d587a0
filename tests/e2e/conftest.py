"""A real server for real-browser tests: `make run`'s steps on a fresh database in a temp
folder, then Django's server on a free port, driven by Debian's Chromium through Playwright."""

import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

from tests.support.servers import demo_server, free_port, stop, wait_for_url

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    if not (ROOT / "frontend" / "dist" / "index.html").exists():
        pytest.fail("The front end is not built: run `make frontend` (make test does).")
    frontend_port = free_port()  # for a front end served apart from the CMS (see below)
    env = {
        "CORS_ALLOWED_ORIGINS": f"http://127.0.0.1:{frontend_port}",
        # Every browser test reports from 127.0.0.1 to the one server: the limit per address
        # is tested where it is made (tests/directory/test_report_limit_concurrency.py).
        "DIRECTORY_REPORTS_PER_CLIENT_PER_HOUR": "1000",
    }
    with demo_server(tmp_path_factory.mktemp("var"), env) as server:
        yield {
            **server,
            "clinic_url": f"http://clinic.localhost:{server['port']}",
            "frontend_port": frontend_port,
        }


@pytest.fixture(scope="session")
def separate_frontend(server, tmp_path_factory):
    """The site built to talk to the CMS on another origin, served by its own little server:
    how a developer runs the front end apart from the CMS."""
    dist = tmp_path_factory.mktemp("dist")
    frontend = ROOT / "frontend"
    env = {**os.environ, "TURNTO_API_URL": server["url"], "TURNTO_DIST": str(dist)}
    subprocess.run(["node", "build.mjs"], cwd=frontend, env=env, check=True, capture_output=True)
    port = server["frontend_port"]
    process = subprocess.Popen(
        ["node", "scripts/serve.mjs", str(port), str(dist)],
        cwd=frontend,
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for_url(url, 10, process=process)
    yield url
    stop(process)


def chromium_path():
    for candidate in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium")  # None: Playwright's own download


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    # No service worker: its requests pass by page.route, which tests use to fail the API.
    # The offline tests (test_offline_in_browser.py) make contexts of their own that allow it.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


def api(server, path, host="localhost"):
    """The JSON the server answers path with, for a visitor of host (a site)."""
    request = urllib.request.Request(
        server["url"] + path, headers={"Host": f"{host}:{server['port']}"}
    )
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def wait_for_page(page, title=None):
    """Until the site has drawn a page (with this heading, if given) and is done loading."""
    page.wait_for_selector("body[data-ready] main h1")
    if title:
        page.wait_for_function(
            "t => document.querySelector('main h1')?.textContent.trim() === t", arg=title
        )
    page.wait_for_load_state("networkidle")


def open_filters(page):
    """Open the directory's filters, folded behind their "Filter" button."""
    if not page.locator("details.filters__fold").evaluate("d => d.open"):
        page.locator("summary.filters__toggle").click()


def sign_in(page, server):
    """Into the admin as the demo's administrator, through its sign-in form."""
    page.goto(f"{server['url']}/admin/login/")
    page.fill("input[name=username]", server["username"])
    page.fill("input[name=password]", server["password"])
    page.click("button[type=submit]")
    page.wait_for_url(f"{server['url']}/admin/")


def choose(page, button, words, row):
    """Open a chooser (e.g. "Choose organization"), search it and pick a row."""
    page.get_by_role("button", name=button).click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill(words)
    modal.get_by_role("link", name=row).click()
    modal.wait_for(state="hidden")


SCREENSHOTS = ROOT / "test-results" / "screenshots"


def screenshot(page, name):
    """Saved for people to look at: every page, at phone and desktop widths."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # Load lazy images first, so the picture shows what a reader scrolling down would see.
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page):
    """WCAG 2.2 A and AA violations axe-core finds on the page as it is now."""
    # Evaluated from outside the page: the site's Content-Security-Policy forbids inline scripts.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
    )
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in result["violations"]
    ]
