"""With the database unreachable, gunicorn (production settings) still answers: the API with
503 JSON the site can show, the site itself with its index.html."""

import json

import pytest

from tests.support.servers import free_port, stop

from .conftest import fetch, production_env, start_gunicorn, start_nginx

HTTPS = {"X-Forwarded-Proto": "https"}


@pytest.fixture(scope="module")
def no_database(tmp_path_factory, frontend_dist):
    pytest.importorskip("psycopg", reason="the PostgreSQL driver is in the [postgres] extra")
    var_dir = tmp_path_factory.mktemp("no-database")
    closed_port = free_port()  # nothing listens there
    env = production_env(
        var_dir,
        frontend_dist,
        DATABASE_URL=f"postgres://turnto@127.0.0.1:{closed_port}/turnto?connect_timeout=2",
    )
    process, url = start_gunicorn(env, var_dir / "gunicorn.log")
    yield {"url": url, "var_dir": var_dir, "dist": frontend_dist, "log": var_dir / "gunicorn.log"}
    stop(process)


def assert_unavailable_json(reply):
    assert reply.status == 503
    assert reply.headers["content-type"] == "application/json"
    error = json.loads(reply.body)["error"]
    assert "temporarily unavailable" in error
    assert "Traceback" not in reply.text and "psycopg" not in reply.text
    # no-store; a search's answer is also private (core.api_cache.PRIVATE_PARAMETERS)
    assert reply.headers["cache-control"] in ("no-store", "no-store, private")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/site/",
        "/api/v2/pages/find/?html_path=/resource-guide/",
        "/api/v2/pages/?search=naloxone",
        "/api/directory/services/?service_type=naloxone",
    ],
)
def test_the_api_answers_503_json(no_database, path):
    reply = fetch(no_database["url"], path, HTTPS)
    assert_unavailable_json(reply)
    assert reply.headers["retry-after"] == "30"


def test_the_site_still_loads_to_show_its_error_state(no_database):
    """A 503 (no cache keeps it; a crawler comes back), with index.html as built: its static
    markup has the crisis lines, and the app shows its load error with a retry."""
    for path in ("/resource-guide/kansas-city/", "/", "/no-such-page/"):
        reply = fetch(no_database["url"], path, HTTPS)
        assert reply.status == 503, path
        assert reply.body == (no_database["dist"] / "index.html").read_bytes()
        assert "tel:988" in reply.text
        assert reply.headers["retry-after"] == "30"
        assert reply.headers["cache-control"] == "no-store"
    assert fetch(no_database["url"], "/robots.txt", HTTPS).status == 200


def test_the_health_check_says_so(no_database):
    assert_unavailable_json(fetch(no_database["url"], "/healthz"))


def test_the_log_names_the_problem_without_a_stack_trace(no_database):
    fetch(no_database["url"], "/api/v2/site/", HTTPS)
    log = no_database["log"].read_text()
    assert "Database unavailable for /api/v2/site/: OperationalError" in log
    assert "Traceback" not in log


def test_through_nginx_too(no_database):
    nginx, url = start_nginx(
        no_database["var_dir"] / "nginx",
        no_database["url"],
        no_database["dist"],
        no_database["var_dir"] / "media",
    )
    try:
        assert_unavailable_json(fetch(url, "/api/v2/site/", HTTPS))
        site = fetch(url, "/", HTTPS)
        assert site.status == 503 and site.headers["retry-after"] == "30"
        assert site.body == (no_database["dist"] / "index.html").read_bytes()
    finally:
        stop(nginx)
