"""Save every public API answer of both demo sites, or compare them with a saved set.

    python scripts/api_snapshot.py save var/api-before
    python scripts/api_snapshot.py compare var/api-before

For refactoring: behaviour must not change, so the answers must stay byte-identical. Run both
against the same database (listing ids are made when the demo loads). The response cache is
off, so every answer is rendered from the database, and the clock is stopped at a fixed moment
(open/closed lines follow it).
"""

import hashlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "turnto.settings.dev")

import django  # noqa: E402

django.setup()

from django.test import Client, override_settings  # noqa: E402

HOSTS = ["localhost", "clinic.localhost"]
MOMENT = datetime(2026, 12, 1, 15, 30, tzinfo=UTC)  # a Tuesday, 9:30 in Missouri


def answers():
    """Yield (name, bytes) for every answer: site shells, pages, directory, HSDS."""
    for host in HOSTS:
        client = Client(HTTP_HOST=host)

        def get(url, client=client, host=host):
            response = client.get(url)
            body = f"{response.status_code}\n".encode() + response.content
            return f"{host} {url}", body, response

        for url in ["/api/v2/site/", "/api/v2/pages/?limit=100", "/api/v2/pages/?search=naloxone"]:
            yield get(url)[:2]
        listing = json.loads(client.get("/api/v2/pages/?limit=100&fields=html_url").content)
        for page in listing["items"]:
            path = page["meta"]["html_url"].split("://", 1)[-1].split("/", 1)[-1]
            yield get(f"/api/v2/pages/find/?html_path=/{path}")[:2]
            yield get(f"/api/v2/pages/{page['id']}/")[:2]
        _, body, response = get("/api/directory/services/?page_size=100")
        yield f"{host} directory", body
        for item in json.loads(response.content).get("results", []):
            yield get(f"/api/directory/services/{item['id']}/")[:2]
        for city in ["Kansas City", "St. Louis", "Columbia", "Springfield", "Jefferson City"]:
            yield get(f"/api/directory/services/?city={city}")[:2]
        yield get("/api/directory/services/?open_at=2026-12-25T10:00")[:2]
    client = Client(HTTP_HOST="localhost")
    for url in [
        "/api/hsds/",
        "/api/hsds/services?per_page=100",
        "/api/hsds/organizations?per_page=100",
        "/api/hsds/service_at_locations?per_page=100",
        "/api/hsds/taxonomies",
        "/api/hsds/taxonomy_terms?per_page=100",
    ]:
        response = client.get(url)
        yield f"localhost {url}", f"{response.status_code}\n".encode() + response.content


def file_name(name):
    return hashlib.sha1(name.encode()).hexdigest()[:16] + ".txt"


def main(command, folder):
    folder = Path(folder)
    with (
        override_settings(API_CACHE_SECONDS=0),
        mock.patch("django.utils.timezone.now", lambda: MOMENT),
    ):
        current = list(answers())
    if command == "save":
        folder.mkdir(parents=True, exist_ok=True)
        for name, body in current:
            (folder / file_name(name)).write_bytes(name.encode() + b"\n" + body)
        print(f"saved {len(current)} answers in {folder}")
        return 0
    differ = 0
    for name, body in current:
        saved = folder / file_name(name)
        if not saved.exists() or saved.read_bytes() != name.encode() + b"\n" + body:
            differ += 1
            print(f"differs: {name}")
    print(f"{len(current) - differ} of {len(current)} answers byte-identical")
    return 1 if differ else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in {"save", "compare"}:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
