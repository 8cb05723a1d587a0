"""No log of the production stack keeps a visitor's address or a query string: not nginx's error
log while gunicorn is down, nor gunicorn's own words about a malformed request."""

import http.client
import json
import socket
import time

import pytest

from tests.support.servers import stop

from .conftest import fetch, start_nginx

HTTPS = {"X-Forwarded-Proto": "https"}
SECRETS = ("near=", "39.10", "94.58", "fentanyl", "syringe", "naloxone", "search=")


def private_lines(text):
    """The lines of a log naming a query of ours or a visitor's (loopback) address. (gunicorn
    says where it listens: its own address, not a visitor's.)"""
    return [
        line
        for line in text.splitlines()
        if any(secret in line for secret in SECRETS)
        or ("127.0.0.1" in line and "Listening at:" not in line)
        or "client:" in line
    ]


def visitor_requests(url):
    """What a visitor does with the site: searches, near me, a city's filters, a report with a
    body nginx keeps on disk (over 16 KB)."""
    statuses = [
        fetch(url, path, HTTPS).status
        for path in (
            "/api/directory/services/?near=39.10,-94.58&service_type=naloxone",
            "/api/v2/pages/?search=fentanyl+test+strips",
            "/resource-guide/kansas-city/?service_type=syringe-services",
            "/?search=fentanyl",
        )
    ]
    host, port = url.removeprefix("http://").split(":")
    for path in ("/api/directory/services/1/reports/?near=39.10,-94.58", "/?search=fentanyl"):
        body = json.dumps({"kind": "other", "details": "x" * 20_000})
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        connection.request(
            "POST", path, body=body, headers={**HTTPS, "Content-Type": "application/json"}
        )
        statuses.append(connection.getresponse().status)
        connection.close()
    return statuses


@pytest.fixture
def nginx_without_backend(stack, tmp_path):
    """The same nginx config with gunicorn gone (restarting, crashed); its error log."""
    prefix = tmp_path / "nginx"
    nginx, url = start_nginx(prefix, "http://127.0.0.1:9", stack["dist"], stack["media"])
    yield url, prefix
    stop(nginx)


def test_a_backend_outage_leaves_no_address_or_query_in_nginx_logs(nginx_without_backend):
    url, prefix = nginx_without_backend
    statuses = visitor_requests(url)
    time.sleep(0.2)
    error_log = (prefix / "error.log").read_text()
    leaked = private_lines(error_log)
    print(f"nginx error log lines with a query or an address: {len(leaked)} of {len(statuses)}")
    assert leaked == [], leaked[:3]
    assert set(statuses) == {503}, statuses  # the report form posted too: no bare 405
    access_log = (prefix / "access.log").read_text()
    assert private_lines(access_log) == []
    # The access log still says gunicorn was unreachable, and for which paths.
    assert '/api/v2/pages/?[redacted] HTTP/1.1" 503' in access_log
    assert "upstream=502" in access_log


def raw_request(backend_url, request_bytes):
    host, port = backend_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request_bytes)
        reply = b""
        while chunk := connection.recv(65536):
            reply += chunk
    return reply


def test_gunicorn_logs_no_address_or_query_of_a_malformed_request(stack):
    bad_requests = [
        b"GET /api/v2/pages/?search=fentanyl HTTP/9.9\r\nHost: localhost\r\n\r\n",
        b'GET /api/v2/pages/?search=a"fentanyl\tstrips HTTP/1.1\r\nHost: localhost\r\n\r\n',
        b"GET /?near=39.10,-94.58\x01 HTTP/1.1\r\nHost: localhost\r\n\r\n",
        b"G\x00T /?search=fentanyl HTTP/1.1\r\nHost: localhost\r\n\r\n",
    ]
    replies = [raw_request(stack["backend_url"], request) for request in bad_requests]
    assert all(reply.startswith(b"HTTP/1.1 400") for reply in replies), replies
    # ...and a request that fails inside the app is still logged, redacted.
    fetch(stack["url"], "/api/v2/pages/?search=fentanyl&html_path=%00", HTTPS)
    time.sleep(0.5)
    log = stack["gunicorn_log"].read_text()
    leaked = private_lines(log)
    print(f"gunicorn log lines with a query or an address: {len(leaked)}")
    assert leaked == [], leaked[:3]
    assert "Invalid request from ip=[address]" in log  # gunicorn did say so
