"""Block examples shared by both languages: for each block type of the page body, what the API
really sends for it in the demo, kept in tests/vectors/blocks/<type>.json. The node tests
(tests/frontend/blocks/vectors.test.mjs) render every example through the block registry: the
contract between the CMS and the front end's renderers, on the server and in the browser.

A file out of date fails here; `UPDATE_BLOCK_VECTORS=1 pytest tests/core/test_block_vectors.py`
writes them again (then look at the diff). Values that change from one load of the demo to the
next (listing ids, dates relative to today, a stored file's random suffix, open/closed now) are
written as fixed stand-ins."""

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import pytest

from tests.conftest import CAMPAIGN_PATHS, CLINIC_HOST

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "blocks"
MOMENT = datetime(2026, 12, 1, 15, 30, tzinfo=UTC)
RANDOM_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}(?=[._])")
STAND_INS = [
    (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "listing-id"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "2026-12-01"),
    # Django's storage adds "_" and 7 random characters to a file name already taken (twice
    # over for a rendition of such a file).
    (re.compile(r"(?<=/media/)[^\s\"]+"), lambda m: RANDOM_SUFFIX.sub("", m.group())),
]
pytestmark = pytest.mark.django_db


def stable(value):
    text = json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)
    for pattern, stand_in in STAND_INS:
        text = pattern.sub(stand_in, text)
    return json.loads(text)


def demo_blocks(client):
    """Every body block of every demo page of both sites, as the API sends it, by type."""
    found = {}
    pages = [("localhost", path) for path in CAMPAIGN_PATHS]
    listing = client.get(
        "/api/v2/pages/",
        {"limit": 100, "fields": "html_url", "locale": "en"},
        HTTP_HOST=CLINIC_HOST,
    )
    pages += [
        (CLINIC_HOST, "/" + item["meta"]["html_url"].split("://", 1)[-1].split("/", 1)[-1])
        for item in listing.json()["items"]
    ]
    with mock.patch("django.utils.timezone.now", lambda: MOMENT):
        for host, path in pages:
            response = client.get("/api/v2/pages/find/", {"html_path": path}, HTTP_HOST=host)
            assert response.status_code == 200, (host, path)
            for block in response.json().get("body") or []:
                found.setdefault(block["type"], []).append(stable(block["value"]))
    return found


def test_every_block_type_has_examples_and_they_are_up_to_date(client):
    from turnto.pages.blocks import BodyBlock

    found = demo_blocks(client)
    assert set(found) == set(BodyBlock.base_blocks), "a block type the demo never uses"
    stale = []
    for block_type, examples in sorted(found.items()):
        path = VECTORS / f"{block_type}.json"
        text = json.dumps(examples[:3], indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        if os.environ.get("UPDATE_BLOCK_VECTORS"):
            VECTORS.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        elif not path.exists() or path.read_text() != text:
            stale.append(path.name)
    assert not stale, f"out of date (UPDATE_BLOCK_VECTORS=1 writes them): {stale}"
    assert {p.stem for p in VECTORS.glob("*.json")} == set(found), "a file for no block type"
