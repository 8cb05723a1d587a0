"""Production settings, configured only through the environment as in the containers."""

import json
import re
import secrets
import subprocess
import sys

import pytest

from .conftest import MANAGE, ROOT


def production(tmp_path, **overrides):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "turnto.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "turnto.example.org",
        "TURNTO_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    env.update(overrides)
    return {name: value for name, value in env.items() if value is not None}


def run_python(code, env):
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT
    )


def test_check_deploy_is_clean(tmp_path):
    result = subprocess.run(
        [*MANAGE, "check", "--deploy", "--fail-level", "WARNING"],
        env=production(tmp_path),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_catches_a_weak_secret_key(tmp_path):
    result = subprocess.run(
        [*MANAGE, "check", "--deploy", "--fail-level", "WARNING"],
        env=production(tmp_path, SECRET_KEY="short"),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "security.W009" in result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = subprocess.run(
        [*MANAGE, "check"],
        env=production(tmp_path, SECRET_KEY=None),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY in the environment for production." in result.stderr


STORAGE_PROBE = """
import json
import django
django.setup()
from django.core.files.storage import storages
storage = storages["default"]
cls = type(storage)
print(json.dumps({
    "backend": f"{cls.__module__}.{cls.__qualname__}",
    "url": storage.url("images/example.jpg"),
    "location": str(getattr(storage, "location", "")),
    "bucket": getattr(storage, "bucket_name", None),
}))
"""


def storage_of(tmp_path, **env):
    result = run_python(STORAGE_PROBE, production(tmp_path, **env))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_media_goes_to_the_volume_by_default(tmp_path):
    storage = storage_of(tmp_path)
    assert storage["backend"] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert storage["location"] == str(tmp_path / "media")
    assert storage["url"] == "/media/images/example.jpg"


def test_naming_a_bucket_moves_media_to_object_storage(tmp_path):
    storage = storage_of(
        tmp_path,
        AWS_STORAGE_BUCKET_NAME="turnto-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        AWS_ACCESS_KEY_ID="example-key",
        AWS_SECRET_ACCESS_KEY="example-secret",
    )
    assert storage["backend"] == "storages.backends.s3.S3Storage"
    assert storage["bucket"] == "turnto-media"
    # Public media: a plain address, no expiring signature.
    assert storage["url"] == "https://media.example.org/images/example.jpg"


def test_an_s3_compatible_host_by_its_endpoint(tmp_path):
    storage = storage_of(
        tmp_path,
        S3_BUCKET="turnto-media",
        AWS_S3_ENDPOINT_URL="https://objects.example.org",
        AWS_S3_REGION_NAME="us-east-1",
        AWS_ACCESS_KEY_ID="example-key",
        AWS_SECRET_ACCESS_KEY="example-secret",
    )
    assert storage["backend"] == "storages.backends.s3.S3Storage"
    assert storage["url"].startswith("https://objects.example.org/turnto-media/images/example.jpg")
    assert "Signature" not in storage["url"] and "X-Amz" not in storage["url"]


ENV_PROBE = """
import json
import os


class Recorder(dict):
    def get(self, key, default=None):
        read.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        read.add(key)
        return super().__contains__(key)


read = set()
os.environ = Recorder(os.environ)
import turnto.settings.production  # noqa: E402

print(json.dumps(sorted(read)))
"""


@pytest.mark.parametrize("bucket", [None, "turnto-media"])
def test_env_example_lists_every_setting_production_reads(tmp_path, bucket):
    result = run_python(ENV_PROBE, production(tmp_path, AWS_STORAGE_BUCKET_NAME=bucket))
    assert result.returncode == 0, result.stderr
    read = set(json.loads(result.stdout))
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"} <= read
    listed = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read - listed == set(), "settings missing from .env.example"


TRUSTED_PROXIES_PROBE = """
from django.conf import settings
from django.test import RequestFactory
from turnto.core.client_ip import client_ip

def seen(remote):
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_REAL_IP="192.0.2.1")
    return client_ip(request)

print(seen("127.0.0.1"), seen("172.20.0.3"), seen("192.168.16.4"), seen("203.0.113.9"))
"""


def test_x_real_ip_is_believed_only_from_loopback_and_the_compose_network(tmp_path):
    env = production(tmp_path)
    result = run_python("import django; django.setup()\n" + TRUSTED_PROXIES_PROBE, env)
    assert result.returncode == 0, result.stderr
    # nginx on loopback or on Docker's networks; a client reaching gunicorn directly is itself.
    assert result.stdout.split() == ["192.0.2.1", "192.0.2.1", "192.0.2.1", "203.0.113.9"]


def test_trusted_proxies_can_be_narrowed_and_a_typo_stops_the_start(tmp_path):
    env = production(tmp_path, TRUSTED_PROXIES="10.1.2.3")
    result = run_python("import django; django.setup()\n" + TRUSTED_PROXIES_PROBE, env)
    assert result.stdout.split() == ["127.0.0.1", "172.20.0.3", "192.168.16.4", "203.0.113.9"]

    result = subprocess.run(
        [*MANAGE, "check"],
        env=production(tmp_path, TRUSTED_PROXIES="10.0.0.0/8,nginx"),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXIES: 'nginx' is not an address" in result.stderr
