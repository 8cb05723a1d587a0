"""tests/support/servers.py itself: what the browser, deploy and benchmark runs rely on."""

import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.support.servers import (
    PostgresUnavailable,
    ServerDidNotStart,
    free_port,
    port_open,
    throwaway_postgres,
    wait_for_url,
    with_database,
)


class Unavailable(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(503)  # a health check while the database is down: still an answer
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_free_port_can_be_listened_on():
    port = free_port()
    assert not port_open(port)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
        sock.listen()
        assert port_open(port)


def test_any_http_answer_ends_the_wait():
    server = HTTPServer(("127.0.0.1", 0), Unavailable)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        wait_for_url(f"http://127.0.0.1:{server.server_port}/healthz", 5)
    finally:
        server.shutdown()
        server.server_close()


def test_a_server_that_exits_ends_the_wait_with_its_log(tmp_path):
    log = tmp_path / "server.log"
    log.write_text("Error: that port is already in use.\n")
    process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(1)"])
    started = time.monotonic()
    with pytest.raises(ServerDidNotStart, match="exited before") as problem:
        wait_for_url(f"http://127.0.0.1:{free_port()}/", 30, process=process, log_path=log)
    assert time.monotonic() - started < 10
    assert "already in use" in str(problem.value)


def test_no_answer_ends_the_wait_at_the_timeout():
    with pytest.raises(ServerDidNotStart, match="did not answer within 0.5 s"):
        wait_for_url(f"http://127.0.0.1:{free_port()}/", 0.5)


def test_a_throwaway_database_exists_only_inside_the_block():
    try:
        with throwaway_postgres(prefix="turnto_support_test") as url:
            import psycopg

            with psycopg.connect(url) as connection:
                name = connection.execute("SELECT current_database()").fetchone()[0]
            assert url.endswith(f"/{name}") and name.startswith("turnto_support_test_")
    except PostgresUnavailable as reason:
        pytest.skip(f"PostgreSQL is not there: {reason}")
    with psycopg.connect(with_database(url, "postgres")) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        assert found.fetchone() is None
