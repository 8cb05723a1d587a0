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


# The production stack on loopback (tests/deploy, scripts/lighthouse_production.py): gunicorn
# with production settings behind Debian's nginx, configured from the deploy template.
DEPLOY = ROOT / "deploy"


def render_nginx_template(text, variables):
    """What the nginx image's 20-envsubst-on-templates.sh does: envsubst with the names of the
    defined environment variables, so ${NAME} and $NAME of those are replaced, nothing else."""
    import re

    def substitute(match):
        name = match.group(1) or match.group(2)
        return str(variables[name]) if name in variables else match.group(0)

    return re.sub(r"\$\{(\w+)\}|\$(\w+)", substitute, text)


def nginx_binary():
    """Debian's nginx (scripts/ensure-nginx.sh installs it), or None."""
    import shutil

    return shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )


def production_env(var_dir, frontend_dist=None, **extra):
    """The backend container's environment for a stack on loopback: production settings, a
    SQLite file, media and static files in var_dir. extra overrides or adds variables."""
    import secrets

    var_dir = Path(var_dir)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "turnto.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
        "TURNTO_VAR_DIR": str(var_dir),
        "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(var_dir / "media"),
        "STATIC_ROOT": str(var_dir / "static"),
        "FRONTEND_DIST": str(frontend_dist or ROOT / "frontend" / "dist"),
        "SECURE_SSL_REDIRECT": "true",
    }
    for name in ("REDIS_URL", "FRONTEND_SERVER_BUNDLE"):
        env.pop(name, None)
    env.update(extra)
    return env


def start_production_gunicorn(env, log_path, *, through_entrypoint=False, port=None):
    """gunicorn with deploy/gunicorn.conf.py on 127.0.0.1 (port: a free one unless given);
    through_entrypoint: started the way the backend container starts it, after
    deploy/entrypoint.sh (migrate, collectstatic, the demo when DEMO=1). Returns (process, url)
    once /healthz answers; raises ServerDidNotStart (the process killed) otherwise."""
    port = port or free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(DEPLOY / "gunicorn.conf.py"),
        "turnto.wsgi:application",
    ]
    if through_entrypoint:
        command = [str(DEPLOY / "entrypoint.sh"), *command]
    log_path = Path(log_path)
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT / "backend",
            env={
                **env,
                "GUNICORN_BIND": f"127.0.0.1:{port}",
                # The entrypoint's `python` is this one, as the image's is its own.
                "PATH": f"{Path(sys.executable).parent}:{env.get('PATH', '/usr/bin:/bin')}",
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    wait_for_url(
        f"{url}/healthz",
        timeout=300 if through_entrypoint else 60,
        process=process,
        log_path=log_path,
    )
    return process, url


def start_nginx_site(prefix, backend_url, frontend_dist, media_root, *, port=None, **variables):
    """Debian's nginx in the foreground, everything it writes under `prefix`, the site's
    server block rendered from deploy/nginx/turnto.conf.template (as the compose file's nginx
    renders it) on 127.0.0.1 (port: a free one unless given). variables override the
    template's. Returns (process, url) once it answers; raises ServerDidNotStart otherwise."""
    import re

    binary = nginx_binary()
    if not binary:
        raise ServerDidNotStart("Debian's nginx is not installed: run scripts/ensure-nginx.sh")
    prefix = Path(prefix)
    prefix.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    variables = {
        "NGINX_LISTEN": f"127.0.0.1:{port}",
        "BACKEND_ADDRESS": backend_url.removeprefix("http://"),
        "FRONTEND_ROOT": str(frontend_dist),
        "MEDIA_ROOT": str(media_root),
        "NGINX_ACCESS_LOG": str(prefix / "access.log"),
        "NGINX_ERROR_LOG": str(prefix / "error.log"),
        "SECURE_SSL_REDIRECT": "true",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
        "SECURE_HSTS_PRELOAD": "true",
        **variables,
    }
    template = (DEPLOY / "nginx" / "turnto.conf.template").read_text()
    server_conf = render_nginx_template(template, variables)
    leftover = re.findall(r"\$\{\w+\}", server_conf)
    if leftover:
        raise ValueError(f"template variables without a value: {leftover}")
    (prefix / "turnto.conf").write_text(server_conf)
    temp_paths = "\n".join(
        f"    {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # The official image's nginx.conf, reduced to what loopback needs. As root, the workers
    # stay this user: they read private temp folders.
    user = "user root;\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"""{user}daemon off;
worker_processes 1;
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"} warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 65;
{temp_paths}
    include {prefix / "turnto.conf"};
}}
"""
    )
    command = [binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf")]
    command += ["-e", str(prefix / "error.log")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    if checked.returncode:
        raise ServerDidNotStart(f"nginx -t failed:\n{checked.stderr}")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_for_url(f"{url}/robots.txt", 60, process=process, log_path=prefix / "error.log")
    return process, url


@contextmanager
def production_stack(var_dir, frontend_dist=None, *, ssl_redirect=True, **env):
    """The compose file's stack on loopback, on a fresh SQLite file in var_dir: the backend
    container's start (deploy/entrypoint.sh: migrate, collectstatic, the demo sites for
    nginx's port) then gunicorn with production settings and deploy/gunicorn.conf.py, and
    nginx from the deploy template in front; both stopped at the end of the block.

    env: extra environment for the backend (WEB_CONCURRENCY=..., DEMO="0", ...). Gives
    {"url" (nginx, http://localhost:PORT), "port", "backend_url", "var_dir", "dist", "env"}.
    Plain http is redirected to https, as in production: send X-Forwarded-Proto: https, as
    the load balancer in front of nginx does. ssl_redirect=False: neither nginx nor Django
    redirects (for a client that cannot send the header on every request, like Lighthouse's
    own fetch of robots.txt); a request with the header is still answered as one over https."""
    var_dir = Path(var_dir)
    var_dir.mkdir(parents=True, exist_ok=True)
    dist = Path(frontend_dist or ROOT / "frontend" / "dist")
    port = free_port()
    redirect = "true" if ssl_redirect else "false"
    env = production_env(
        var_dir, dist, DEMO="1", DEMO_PORT=str(port), SECURE_SSL_REDIRECT=redirect, **env
    )
    gunicorn, backend_url = start_production_gunicorn(
        env, var_dir / "gunicorn.log", through_entrypoint=True
    )
    try:
        nginx, _ = start_nginx_site(
            var_dir / "nginx",
            backend_url,
            dist,
            var_dir / "media",
            port=port,
            SECURE_SSL_REDIRECT=redirect,
        )
        try:
            yield {
                "url": f"http://localhost:{port}",
                "port": port,
                "backend_url": backend_url,
                "var_dir": var_dir,
                "dist": dist,
                "env": env,
            }
        finally:
            stop(nginx)
    finally:
        stop(gunicorn)


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
