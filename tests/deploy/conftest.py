"""The production stack on loopback: gunicorn with production settings, and Debian's nginx
with deploy/nginx/turnto.conf.template rendered the way the official nginx image renders it."""

import gzip
import http.client
import os
import re
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.servers import free_port, stop, wait_for_url

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "deploy" / "nginx" / "turnto.conf.template"
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"
ENTRYPOINT = ROOT / "deploy" / "entrypoint.sh"
MANAGE = [sys.executable, str(ROOT / "backend" / "manage.py")]
PREVIEW_ANCESTORS = "'self' https://admin.example.org"


def render_template(text, variables):
    """What the nginx image's 20-envsubst-on-templates.sh does: envsubst with the names of the
    defined environment variables, so ${NAME} and $NAME of those are replaced, nothing else."""

    def substitute(match):
        name = match.group(1) or match.group(2)
        return str(variables[name]) if name in variables else match.group(0)

    return re.sub(r"\$\{(\w+)\}|\$(\w+)", substitute, text)


class Reply:
    def __init__(self, response):
        self.status = response.status
        self.headers = {name.lower(): value for name, value in response.getheaders()}
        self.raw = response.read()

    @property
    def body(self):
        if self.headers.get("content-encoding") == "gzip":
            return gzip.decompress(self.raw)
        return self.raw

    @property
    def text(self):
        return self.body.decode()


def fetch(base_url, path, headers=None, method="GET"):
    """One request, as it comes: no redirect followed, no body decompressed."""
    host, port = base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.request(method, path, headers=headers or {})
        return Reply(connection.getresponse())
    finally:
        connection.close()


def production_env(var_dir, frontend_dist, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "turnto.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
        "TURNTO_VAR_DIR": str(var_dir),
        "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(var_dir / "media"),
        "STATIC_ROOT": str(var_dir / "static"),
        "FRONTEND_DIST": str(frontend_dist),
        "SECURE_SSL_REDIRECT": "true",
        "PREVIEW_FRAME_ANCESTORS": PREVIEW_ANCESTORS,
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "2",
    }
    env.update(extra)
    return env


def start_gunicorn(env, log_path, through_entrypoint=False):
    """gunicorn with deploy/gunicorn.conf.py; through_entrypoint: started the way the backend
    container starts it, after deploy/entrypoint.sh (migrate, collectstatic, demo)."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(GUNICORN_CONF),
        "turnto.wsgi:application",
    ]
    if through_entrypoint:
        command = [str(ENTRYPOINT), *command]
    process = subprocess.Popen(
        command,
        cwd=ROOT / "backend",
        env={
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            # The entrypoint's `python` is this one, as the image's is its own.
            "PATH": f"{Path(sys.executable).parent}:{env.get('PATH', '/usr/bin:/bin')}",
        },
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for_url(
        f"{url}/healthz",
        timeout=240 if through_entrypoint else 60,
        process=process,
        log_path=log_path,
    )
    return process, url


def nginx_binary():
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if not found:
        pytest.skip(
            "Debian's nginx is not installed, so the nginx tests are skipped: "
            "scripts/ensure-nginx.sh installs it (`make test` runs it)."
        )
    return found


def start_nginx(prefix, backend_url, frontend_dist, media_root, **variables):
    """Debian's nginx in the foreground, everything it writes under `prefix`, the site's
    server block rendered from the same template as the compose file's nginx."""
    binary = nginx_binary()
    prefix.mkdir(parents=True, exist_ok=True)
    port = free_port()
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
    server_conf = render_template(TEMPLATE.read_text(), variables)
    leftover = re.findall(r"\$\{\w+\}", server_conf)
    assert not leftover, f"template variables without a value: {leftover}"
    (prefix / "turnto.conf").write_text(server_conf)
    temp_paths = "\n".join(
        f"    {kind}_temp_path {prefix / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # The official image's nginx.conf, reduced to what a loopback test needs. As root, the
    # workers stay this user: they read pytest's private temp folders.
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
    command = [
        binary,
        "-p",
        str(prefix),
        "-c",
        str(prefix / "nginx.conf"),
        "-e",
        str(prefix / "error.log"),
    ]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_for_url(f"{url}/robots.txt", 60, process=process, log_path=prefix / "error.log")
    return process, url


@pytest.fixture(scope="session")
def frontend_dist(tmp_path_factory):
    """The built site: frontend/dist when `make frontend` built it, else built here."""
    dist = ROOT / "frontend" / "dist"
    if (dist / "index.html").exists():
        return dist
    if not (ROOT / "frontend" / "node_modules").is_dir() or not shutil.which("node"):
        pytest.skip("The front end is not built and cannot be here: run `make frontend`.")
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        ["node", "build.mjs"],
        cwd=ROOT / "frontend",
        env={**os.environ, "TURNTO_DIST": str(dist)},
        check=True,
        capture_output=True,
    )
    return dist


@pytest.fixture(scope="session")
def stack(tmp_path_factory, frontend_dist):
    """The backend container's start on a fresh SQLite file: deploy/entrypoint.sh (migrate,
    collectstatic, the demo, a SECRET_KEY of its own) then gunicorn with production settings;
    and nginx in front of it."""
    nginx_binary()
    var_dir = tmp_path_factory.mktemp("stack")
    env = production_env(var_dir, frontend_dist, SECRET_KEY="", DEMO="1")
    gunicorn, backend_url = start_gunicorn(env, var_dir / "gunicorn.log", through_entrypoint=True)
    try:
        nginx, url = start_nginx(var_dir / "nginx", backend_url, frontend_dist, var_dir / "media")
    except BaseException:
        stop(gunicorn)
        raise
    yield {
        "url": url,
        "backend_url": backend_url,
        "dist": frontend_dist,
        "var_dir": var_dir,
        "media": var_dir / "media",
        "access_log": var_dir / "nginx" / "access.log",
        "gunicorn_log": var_dir / "gunicorn.log",
        "env": env,
    }
    stop(nginx)
    stop(gunicorn)
