"""nginx in front of gunicorn holds one client back without holding back everyone: half-open
connections are closed after the header timeout while visitors are answered, one address's
flood of requests is refused with the site's own 429, and a client that refuses gzip gets none
(deploy/nginx/turnto.conf.template)."""

import gzip
import http.client
import socket
import threading
import time

from .test_nginx_errors import kind_of, raw, request


def address(url):
    host, port = url.removeprefix("http://").split(":")
    return host, int(port)


def get(url, path, headers=None):
    connection = http.client.HTTPConnection(*address(url), timeout=30)
    try:
        connection.request(
            "GET",
            path,
            headers={"Host": "localhost", "X-Forwarded-Proto": "https", **(headers or {})},
        )
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_half_open_connections_do_not_keep_visitors_out_and_are_closed(stack):
    url = stack["url"]
    for _ in range(3):  # drawn and kept, so what is timed is the connection
        get(url, "/")
    half_open = []
    for _ in range(60):
        connection = socket.create_connection(address(url), timeout=30)
        connection.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")  # and never the rest
        half_open.append(connection)
    try:
        began = time.monotonic()
        status, _, body = get(url, "/")
        assert status == 200 and b'href="tel:988"' in body
        assert time.monotonic() - began < 5
        # nginx's client_header_timeout (10 s) closes them: a 408 or the connection closed.
        time.sleep(11)
        for connection in half_open[:5]:
            connection.settimeout(5)
            try:
                answer = connection.recv(65536)
            except ConnectionResetError:  # reset_timedout_connection: closed at once
                continue
            assert answer == b"" or b" 408 " in answer.split(b"\r\n")[0], answer[:80]
    finally:
        for connection in half_open:
            connection.close()


def test_one_address_flooding_is_refused_with_the_sites_429_and_then_let_in(stack):
    url = stack["url"]
    statuses = []
    lock = threading.Lock()

    def client():
        connection = http.client.HTTPConnection(*address(url), timeout=30)
        for _ in range(80):
            connection.request(
                "GET", "/api/ping/", headers={"Host": "localhost", "X-Forwarded-Proto": "https"}
            )
            response = connection.getresponse()
            response.read()
            with lock:
                statuses.append(response.status)
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = http.client.HTTPConnection(*address(url), timeout=30)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(statuses) <= {200, 429}, set(statuses)
    assert statuses.count(429) > 0, "1,280 requests at once from one address were all taken"
    assert statuses.count(200) > 0
    # Under /api/ the refusal is JSON; a page's is the site's page with the crisis lines.
    status, headers, body = raw(url, request("GET", "/api/ping/"))
    if status == 429:
        assert kind_of(status, headers, body) == "json"
    # A moment later the address is let in again, a visitor's run of requests and all.
    time.sleep(2)
    assert [get(url, "/api/ping/")[0] for _ in range(30)] == [200] * 30


def test_a_client_that_refuses_gzip_gets_none(stack):
    url = stack["url"]
    dist = stack["dist"]
    script = next((dist / "static" / "spa").glob("app-*.js")).name
    for path in ["/", "/api/v2/site/", f"/static/spa/{script}", "/what-is-harm-reduction/"]:
        status, headers, body = get(url, path, {"Accept-Encoding": "gzip"})
        assert status == 200, path
        if len(body) > 600:
            assert headers.get("content-encoding") == "gzip", path
            gzip.decompress(body)
        for refusing in ["gzip;q=0", "gzip;q=0, deflate", "identity"]:
            status, headers, body = get(url, path, {"Accept-Encoding": refusing})
            assert status == 200
            assert "content-encoding" not in headers, (path, refusing)
