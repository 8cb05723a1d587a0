"""nginx in front of gunicorn on loopback, configured from deploy/nginx/turnto.conf.template:
what a visitor's browser and a CDN get from the production stack."""

import gzip
import html
import json
import re
import time

import pytest

from tests.support.servers import stop
from turnto.core.middleware import PERMISSIONS_POLICY, SITE_CSP, csp_header, parse_csp

from .conftest import PREVIEW_ANCESTORS, fetch, start_nginx

# As behind the TLS-terminating load balancer in front of nginx.
HTTPS = {"X-Forwarded-Proto": "https"}
HTTPS_GZIP = {**HTTPS, "Accept-Encoding": "gzip"}
HSTS = "max-age=31536000; includeSubDomains; preload"


def assert_site_headers(reply):
    assert reply.headers["content-security-policy"] == csp_header(SITE_CSP)
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert reply.headers["permissions-policy"] == PERMISSIONS_POLICY
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["x-frame-options"] == "DENY"
    assert reply.headers["strict-transport-security"] == HSTS


def title_of(reply):
    return html.unescape(re.search(r"<title>([^<]*)</title>", reply.text)[1])


def meta_of(reply, key):
    found = re.search(rf'<meta (?:name|property)="{re.escape(key)}" content="([^"]*)">', reply.text)
    return found and html.unescape(found[1])


def test_a_deep_link_gets_its_own_head_from_the_backend(stack):
    for path, title, document_title in (
        ("/resource-guide/kansas-city/", "Kansas City", "Kansas City | Who Can I Turn To?"),
        ("/", "Who Can I Turn To?", "Who Can I Turn To?"),  # the site's name once
    ):
        reply = fetch(stack["url"], path, HTTPS)
        assert reply.status == 200, path
        assert reply.headers["content-type"].startswith("text/html")
        assert title_of(reply) == document_title, path
        assert meta_of(reply, "og:title").startswith(title)
        assert meta_of(reply, "og:description")
        assert re.search(
            rf'<link rel="canonical" href="https://[^"]+{re.escape(path)}">', reply.text
        )
        assert re.search(r'<main [^>]*id="main"', reply.text) and "tel:988" in reply.text
        cache = reply.headers["cache-control"]
        assert "public" in cache and "max-age=0" in cache and "must-revalidate" in cache
        assert reply.headers["etag"]
        assert_site_headers(reply)
        again = fetch(stack["url"], path, {**HTTPS, "If-None-Match": reply.headers["etag"]})
        assert again.status == 304, path


def test_an_unknown_page_is_a_404_with_the_site(stack):
    for path in ("/no/such/page/", "/index.html", "/nothing.php"):
        reply = fetch(stack["url"], path, HTTPS)
        assert reply.status == 404, path
        assert reply.headers["content-type"].startswith("text/html")
        assert title_of(reply) == "Page not found | Who Can I Turn To?", path
        assert re.search(r'<main [^>]*id="main"', reply.text)
        assert_site_headers(reply)


def test_robots_and_sitemap_come_from_the_backend(stack):
    robots = fetch(stack["url"], "/robots.txt", HTTPS)
    assert robots.status == 200
    lines = robots.text.splitlines()
    assert {"Disallow: /admin/", "Disallow: /api/", "Disallow: /preview/"} <= set(lines)
    sitemap_line = next(line for line in lines if line.startswith("Sitemap: "))
    assert sitemap_line.endswith("/sitemap.xml")

    sitemap = fetch(stack["url"], "/sitemap.xml", HTTPS_GZIP)
    assert sitemap.status == 200
    assert sitemap.headers["content-type"].startswith("application/xml")
    assert "/resource-guide/kansas-city/</loc>" in sitemap.body.decode()
    assert "<lastmod>" in sitemap.body.decode()


def test_hashed_assets_are_cached_for_a_year_and_sent_compressed(stack):
    # The largest script of the build (a chunk of the app, which the inline boot script imports
    # after paint).
    largest = max((stack["dist"] / "static" / "spa").glob("*.js"), key=lambda p: p.stat().st_size)
    script = f"/static/spa/{largest.name}"
    on_disk = largest.read_bytes()

    reply = fetch(stack["url"], script, HTTPS_GZIP)
    assert reply.status == 200
    assert reply.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in reply.headers["vary"].lower()
    assert len(reply.raw) < len(on_disk) / 2
    assert gzip.decompress(reply.raw) == on_disk
    assert reply.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["strict-transport-security"] == HSTS
    assert "content-security-policy" not in reply.headers, "no document policy on a script"

    plain = fetch(stack["url"], script, HTTPS)
    assert "content-encoding" not in plain.headers and plain.raw == on_disk

    missing = fetch(stack["url"], "/static/spa/app-NOTBUILT.js", HTTPS)
    assert missing.status == 404  # never index.html in place of a script


def test_the_api_is_proxied_compressed_with_its_own_headers(stack):
    reply = fetch(stack["url"], "/api/v2/site/", HTTPS_GZIP)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/json")
    assert reply.headers["content-encoding"] == "gzip"
    shell = json.loads(reply.body)
    assert shell["site"]["name"] == "Who Can I Turn To?"
    assert parse_csp(reply.headers["content-security-policy"]) == {
        "default-src": "'none'",
        "frame-ancestors": "'none'",
    }
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert reply.headers["strict-transport-security"] == HSTS

    # The site's own pages, found by their address as the browser does.
    found = fetch(stack["url"], "/api/v2/pages/find/?html_path=/resource-guide/", HTTPS)
    assert found.status in (200, 302)
    if found.status == 302:
        found = fetch(stack["url"], found.headers["location"], HTTPS)
    assert json.loads(found.body)["meta"]["html_url"].endswith("/resource-guide/")


def test_the_admin_is_proxied_with_its_own_policy_and_uncompressed(stack):
    reply = fetch(stack["url"], "/admin/login/", HTTPS_GZIP)
    assert reply.status == 200
    assert 'name="password"' in reply.text
    assert "content-encoding" not in reply.headers  # pages with CSRF tokens: no BREACH
    policy = parse_csp(reply.headers["content-security-policy"])
    assert "'unsafe-eval'" in policy["script-src"] and policy["frame-ancestors"] == "'self'"
    assert reply.headers["referrer-policy"] == "same-origin"
    assert reply.headers["x-frame-options"] == "DENY"
    assert reply.headers["strict-transport-security"] == HSTS
    assert "secure" in reply.headers["set-cookie"].lower()

    stylesheet = re.search(r'href="(/static/wagtailadmin/css/[^"?]+)', reply.text).group(1)
    css = fetch(stack["url"], stylesheet, HTTPS)
    assert css.status == 200 and css.headers["content-type"].startswith("text/css")


def test_preview_is_framed_only_by_the_admin(stack):
    reply = fetch(stack["url"], "/preview/?content_type=campaign.contentpage&token=x", HTTPS)
    assert reply.status == 200
    assert '<meta name="robots" content="noindex, nofollow">' in reply.text
    policy = parse_csp(reply.headers["content-security-policy"])
    assert policy["frame-ancestors"] == PREVIEW_ANCESTORS
    # The site's own scripts and its one inline script (boot.js) by its hash: nothing else.
    sources = policy["script-src"].split()
    assert sources[0] == "'self'" and all(s.startswith("'sha256-") for s in sources[1:])
    assert "x-frame-options" not in reply.headers
    assert "no-store" in reply.headers["cache-control"]


def test_plain_http_is_sent_to_https(stack):
    for path in ("/", "/resource-guide/", "/api/v2/site/", "/admin/login/"):
        reply = fetch(stack["url"], path, {"Host": "turnto.example.org"})
        assert reply.status == 301, path
        assert reply.headers["location"] == f"https://turnto.example.org{path}"
        assert "strict-transport-security" not in reply.headers


def test_uploaded_media_is_served_by_nginx(stack):
    image = next(path for path in stack["media"].rglob("*") if path.suffix in {".jpg", ".png"})
    reply = fetch(stack["url"], "/media/" + str(image.relative_to(stack["media"])), HTTPS)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("image/")
    assert reply.body == image.read_bytes()
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in reply.headers["content-security-policy"]


def test_the_access_log_keeps_no_query_string_and_no_address(stack):
    query = "/api/directory/services/?near=39.10,-94.58&service_type=naloxone"
    reply = fetch(stack["url"], query, HTTPS)
    assert reply.status == 200
    fetch(stack["url"], "/api/v2/pages/?search=fentanyl", HTTPS)
    fetch(stack["url"], "/resource-guide/kansas-city/?service_type=syringe-services", HTTPS)
    fetch(stack["url"], "/api/v2/site/", HTTPS)
    # nginx writes a request's line just after answering it.
    deadline = time.monotonic() + 5
    while "/api/v2/site/ " not in (log := stack["access_log"].read_text()):
        assert time.monotonic() < deadline, log
        time.sleep(0.05)
    assert "/api/directory/services/?[redacted]" in log
    assert "near=" not in log and "94.58" not in log
    assert '"GET /api/v2/pages/?[redacted] HTTP/1.1" 200' in log  # the path and status stay
    assert "fentanyl" not in log
    assert "/resource-guide/kansas-city/?[redacted]" in log and "syringe" not in log
    assert "127.0.0.1" not in log  # no visitor addresses


@pytest.fixture
def backend_down(stack, tmp_path):
    """The same nginx config with gunicorn gone (restarting, crashed)."""
    nginx, url = start_nginx(
        tmp_path / "nginx",
        "http://127.0.0.1:9",  # discard port: nothing listens
        stack["dist"],
        stack["media"],
    )
    yield url
    stop(nginx)


def test_with_the_backend_down_the_site_loads_and_the_api_answers_json(backend_down):
    reply = fetch(backend_down, "/api/v2/pages/find/?html_path=/", HTTPS)
    assert reply.status == 503
    assert reply.headers["content-type"] == "application/json"
    assert "temporarily unavailable" in json.loads(reply.body)["error"]
    assert reply.headers["cache-control"] == "no-store"
    # The site itself still loads and shows its error state with the crisis lines: the built
    # index.html from nginx's disk, with a 503 no cache keeps.
    page = fetch(backend_down, "/resource-guide/", HTTPS)
    assert page.status == 503 and 'href="tel:988"' in page.text
    assert page.headers["retry-after"] == "30"
    assert page.headers["cache-control"] == "no-store"
    assert_site_headers(page)


def test_the_container_start_made_a_key_migrated_and_loaded_the_demo(stack):
    """deploy/entrypoint.sh ran before gunicorn: with SECRET_KEY left empty (.env.example as
    it is) it made one, private, in the state folder; the demo and an admin login exist."""
    key_file = stack["var_dir"] / "secret_key"
    assert len(key_file.read_text().strip()) >= 50
    assert key_file.stat().st_mode & 0o077 == 0
    assert "SECRET_KEY was not set: generated one" in stack["gunicorn_log"].read_text()
    assert (stack["var_dir"] / "admin-login.txt").exists()
    assert (stack["var_dir"] / "static" / "wagtailadmin").is_dir()


def test_an_edit_reaches_every_gunicorn_worker_at_once(stack):
    """Two gunicorn workers, each with cached answers: an edit made by another process
    (here a management shell, as the admin's worker would) is seen by both at once."""
    import subprocess
    import sys

    from .conftest import ROOT

    path = "/api/v2/pages/find/?html_path=/facts-and-stats/"
    replies = [fetch(stack["url"], path, HTTPS) for _ in range(8)]
    assert {r.headers.get("x-cache") for r in replies} >= {"hit"}
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "backend" / "manage.py"),
            "shell",
            "-c",
            "from wagtail.models import Page; "
            "p = Page.objects.get(url_path__endswith='/facts-and-stats/').specific; "
            "p.title = 'Facts, edited'; p.save_revision().publish()",
        ],
        env={**stack["env"], "SECRET_KEY": "an-edit-from-the-shell-" + "x" * 40},
        check=True,
        capture_output=True,
    )
    titles = {json.loads(fetch(stack["url"], path, HTTPS).body)["title"] for _ in range(8)}
    assert titles == {"Facts, edited"}


def test_nginx_names_the_visitor_for_the_report_limit_and_a_visitor_cannot(stack):
    """Reports are limited per visitor by the address nginx passes in X-Real-IP. nginx sets it
    itself: a visitor who sends their own X-Real-IP each time is still one visitor."""
    import http.client

    listings = json.loads(fetch(stack["url"], "/api/directory/services/?page_size=1", HTTPS).body)
    path = f"/api/directory/services/{listings['results'][0]['id']}/reports/"
    host, port = stack["url"].removeprefix("http://").split(":")
    statuses = []
    for number in range(6):
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        connection.request(
            "POST",
            path,
            body=json.dumps({"kind": "wrong_hours"}),
            headers={
                **HTTPS,
                "Content-Type": "application/json",
                "X-Real-IP": f"203.0.113.{number}",  # a different address each time: ignored
            },
        )
        statuses.append(connection.getresponse().status)
        connection.close()
    assert statuses == [201] * 5 + [429]
