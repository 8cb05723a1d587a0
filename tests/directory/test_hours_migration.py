"""Migration 0015 joins a listing's one-row-per-day hours into rows with their days ticked, in
the tables and in saved revisions, and can be undone. Run on a database file of its own, since
the test database is already at the newest state."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from datetime import time
import django
django.setup()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE, AFTER = [("directory", "0014_editor_words")], [("directory", "0015_hours_rows_with_days")]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return MigrationExecutor(connection).loader.project_state(target).apps

apps = migrate(BEFORE)
Organization = apps.get_model("directory", "Organization")
Service = apps.get_model("directory", "Service")
Schedule = apps.get_model("directory", "Schedule")
ContentType = apps.get_model("contenttypes", "ContentType")
Revision = apps.get_model("wagtailcore", "Revision")
organization = Organization.objects.create(name="Org (example)")
service = Service.objects.create(organization=organization, name="Drop-in (example)")
for day in [1, 2, 3, 4, 5]:
    Schedule.objects.create(service=service, sort_order=day, weekday=day,
                            opens_at=time(9), closes_at=time(17))
Schedule.objects.create(service=service, sort_order=6, weekday=6, opens_at=time(10),
                        closes_at=time(14))
Schedule.objects.create(service=service, sort_order=7, weekday=3, opens_at=time(9),
                        closes_at=time(17), attendance="appointment")
kind, _ = ContentType.objects.get_or_create(app_label="directory", model="service")
Revision.objects.create(content_type=kind, base_content_type=kind, object_id=str(service.pk),
    object_str="Drop-in", created_at="2026-12-01T00:00:00Z",
    content={"schedules": [{"pk": 1, "weekday": 2}, {"pk": 2, "weekday": 7}]})

apps = migrate(AFTER)
Schedule = apps.get_model("directory", "Schedule")
Revision = apps.get_model("wagtailcore", "Revision")
after = [[d for d in DAYS if getattr(row, d)] + [str(row.opens_at), row.attendance]
         for row in Schedule.objects.order_by("sort_order")]
revision_after = Revision.objects.get().content["schedules"]

apps = migrate(BEFORE)
Schedule = apps.get_model("directory", "Schedule")
back = sorted((row.weekday, str(row.opens_at), row.attendance) for row in Schedule.objects.all())
json.dump({"after": after, "revision_after": revision_after, "back": back}, sys.stdout)
"""


def test_rows_per_day_are_joined_and_can_be_split_again(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "turnto.settings.dev",
        "PYTHONPATH": str(ROOT / "backend"),
    }
    subprocess.run(
        [sys.executable, str(ROOT / "backend/manage.py"), "migrate", "--verbosity", "0"],
        env=env,
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["after"] == [
        ["monday", "tuesday", "wednesday", "thursday", "friday", "09:00:00", "walk_in"],
        ["saturday", "10:00:00", "walk_in"],
        ["wednesday", "09:00:00", "appointment"],  # other attendance: a row of its own
    ]
    assert found["revision_after"] == [{"pk": 1, "tuesday": True}, {"pk": 2, "sunday": True}]
    assert found["back"] == [
        [1, "09:00:00", "walk_in"],
        [2, "09:00:00", "walk_in"],
        [3, "09:00:00", "appointment"],
        [3, "09:00:00", "walk_in"],
        [4, "09:00:00", "walk_in"],
        [5, "09:00:00", "walk_in"],
        [6, "10:00:00", "walk_in"],
    ]
