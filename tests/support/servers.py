"""Servers on this machine, for the tests and the scripts alike: a free port to start one on,
waiting until one answers, and a throwaway database on the local PostgreSQL server.

    from tests.support.servers import free_port, wait_for_url, throwaway_postgres

Tests import it as it is; a script puts the repository's root on sys.path first (see
scripts/bench.py). The Makefile and shell scripts use its command line:

    python -m tests.support.servers wait-for-url URL [--timeout SECONDS]
    python -m tests.support.servers postgres-check [URL]

Only the standard library, and psycopg for the database (imported when needed)."""

import argparse
import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# The PostgreSQL server of our machines and CI (trust authentication for the postgres user).
LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/"


class ServerDidNotStart(RuntimeError):
    """A server did not answer in time, or exited first."""


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server to make a database on; the message says why."""


def free_port(host="127.0.0.1"):
    """A port nothing listens on now, for a server to be started on."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_open(port, host="127.0.0.1", timeout=0.5):
    """Whether something accepts TCP connections on host:port."""
    try:
        socket.create_connection((host, port), timeout=timeout).close()
        return True
    except OSError:
        return False


def answers(url):
    """Whether an HTTP server answers url. Any status counts (a health check's 503 while the
    database is down is an answer); no redirect is followed."""
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = kind(parts.hostname, parts.port, timeout=2)
    try:
        connection.request("GET", urlunsplit(("", "", parts.path or "/", parts.query, "")))
        connection.getresponse().read()
        return True
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def wait_for_url(url, timeout=30, *, process=None, log_path=None, interval=0.2):
    """Wait until url answers (see answers()), for at most timeout seconds.

    process: the server's subprocess.Popen; waiting stops when it exits. On failure the process
    is killed and ServerDidNotStart raised, with the end of log_path (the server's log) if given.
    """
    deadline = time.monotonic() + timeout
    while not answers(url):
        exited = process is not None and process.poll() is not None
        if exited or time.monotonic() > deadline:
            if process is not None:
                process.kill()
                process.wait()
            if exited:
                problem = (
                    f"the server ({Path(str(process.args[0])).name}) exited before {url} answered"
                )
            else:
                problem = f"{url} did not answer within {timeout} s"
            log = Path(log_path).read_text()[-3000:] if log_path and Path(log_path).exists() else ""
            raise ServerDidNotStart(problem + (f"; its log ends:\n{log}" if log else ""))
        time.sleep(interval)


def stop(process, timeout=10):
    """Terminate a server started with subprocess.Popen; kill it if it does not end in time."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def demo_server(var_dir, env=None):
    """`make run`'s steps on a fresh SQLite database in `var_dir` (migrate, the demo sites, an
    admin login), then Django's server on a free port; stopped at the end of the block.

    Gives {"url", "port", "username", "password", "manage"}; manage("cmd", ...) runs a
    management command against the same database and returns what it printed."""
    var_dir = Path(var_dir)
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "turnto.settings.dev",
        "TURNTO_VAR_DIR": str(var_dir),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        **(env or {}),
    }
    env.pop("DATABASE_URL", None)
    command = [sys.executable, str(ROOT / "backend" / "manage.py")]

    def manage(*args):
        return subprocess.run(
            [*command, *args], env=env, check=True, capture_output=True, text=True
        ).stdout

    manage("migrate", "--noinput")
    manage("load_demo", "--port", str(port))
    login = manage("local_admin").strip().removeprefix("Admin login: ")
    username, password = login.split(" / ")
    log_path = var_dir / "server.log"
    with open(log_path, "w") as log:  # read when a test fails
        process = subprocess.Popen(
            [*command, "runserver", f"127.0.0.1:{port}", "--noreload"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_for_url(f"{url}/api/v2/site/", 30, process=process, log_path=log_path)
            yield {
                "url": url,
                "port": port,
                "username": username,
                "password": password,
                "manage": manage,
            }
        finally:
            stop(process)


def postgres_unavailable(url=LOCAL_POSTGRES):
    """None when PostgreSQL answers at url; else why not, in a sentence."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (it is in the [postgres] extra)"
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except Exception as exc:
        return f"cannot connect to {url} ({exc.__class__.__name__})"
    return None


def with_database(url, name):
    """The same server's URL with another database name (the query string kept)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


@contextmanager
def throwaway_postgres(server_url=LOCAL_POSTGRES, prefix="turnto_throwaway"):
    """A new, empty PostgreSQL database for the length of the with-block, then dropped (even
    with connections still open). Yields its URL, for DATABASE_URL. Raises PostgresUnavailable
    when the server does not answer; a test turns that into a skip:

        try:
            with throwaway_postgres() as url: ...
        except PostgresUnavailable as reason:
            pytest.skip(str(reason))
    """
    admin = with_database(server_url, "postgres")
    reason = postgres_unavailable(admin)
    if reason:
        raise PostgresUnavailable(reason)
    import psycopg

    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(3)}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield with_database(server_url, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m tests.support.servers")
    commands = parser.add_subparsers(dest="command", required=True)
    wait = commands.add_parser("wait-for-url", help="wait until a server answers a URL")
    wait.add_argument("url")
    wait.add_argument("--timeout", type=float, default=30)
    check = commands.add_parser(
        "postgres-check", help="exit 0 if PostgreSQL answers, else say why and exit 1"
    )
    check.add_argument("url", nargs="?", default=LOCAL_POSTGRES)
    args = parser.parse_args(argv)
    if args.command == "wait-for-url":
        try:
            wait_for_url(args.url, args.timeout)
        except ServerDidNotStart as problem:
            sys.exit(str(problem))
    elif reason := postgres_unavailable(args.url):
        print(reason)
        sys.exit(1)


if __name__ == "__main__":
    main()
