"""A row of opening hours applies to the days ticked on it: "Mon–Fri 9:00–17:00" is one row.

Existing rows (one per day) are joined: rows of one listing with the same hours, walk-in and
overnight settings become one row with their days ticked, where the first of them stood. Saved
revisions (drafts, history) get their day ticked too, so publishing or reverting one keeps its
hours.
"""

import uuid

from django.db import migrations, models

DAY_FIELDS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SAME_HOURS = ["open_all_day", "opens_at", "closes_at", "closes_after_midnight", "attendance"]


def service_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    service_type = ContentType.objects.filter(app_label="directory", model="service").first()
    return Revision.objects.filter(base_content_type=service_type).iterator()


def join_rows(apps, schema_editor):
    Schedule = apps.get_model("directory", "Schedule")
    kept = {}  # (service, hours) -> the row that takes the days
    for row in Schedule.objects.order_by("service_id", "sort_order", "pk"):
        key = (row.service_id, *(getattr(row, name) for name in SAME_HOURS))
        first = kept.setdefault(key, row)
        setattr(first, DAY_FIELDS[row.weekday - 1], True)
        if first is not row:
            row.delete()
    for row in kept.values():
        row.save(update_fields=DAY_FIELDS)
    for revision in service_revisions(apps):
        for schedule in revision.content.get("schedules") or []:
            weekday = schedule.pop("weekday", None)
            if weekday:
                schedule[DAY_FIELDS[int(weekday) - 1]] = True
        revision.save(update_fields=["content"])


def split_rows(apps, schema_editor):
    """Back to a row per day: each further day of a row becomes a copy of it."""
    Schedule = apps.get_model("directory", "Schedule")
    for row in Schedule.objects.order_by("pk"):
        days = [number for number, day in enumerate(DAY_FIELDS, 1) if getattr(row, day)]
        for index, weekday in enumerate(days or [1]):
            if index:
                row.pk, row.hsds_id = None, uuid.uuid4()
            row.weekday = weekday
            row.save()
    for revision in service_revisions(apps):
        split = []
        for schedule in revision.content.get("schedules") or []:
            days = [number for number, day in enumerate(DAY_FIELDS, 1) if schedule.pop(day, 0)]
            for index, weekday in enumerate(days or [1]):
                split.append({**schedule, "weekday": weekday, **({"pk": None} if index else {})})
        if split:
            revision.content["schedules"] = split
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0014_editor_words"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        *[
            migrations.AddField(
                model_name="schedule",
                name=day,
                field=models.BooleanField(default=False, verbose_name=day[:3].capitalize()),
            )
            for day in DAY_FIELDS
        ],
        # Nullable first, so that going back can add the column before filling it.
        migrations.AlterField(
            model_name="schedule",
            name="weekday",
            field=models.PositiveSmallIntegerField(null=True),
        ),
        migrations.RunPython(join_rows, split_rows, elidable=False),
        migrations.RemoveField(model_name="schedule", name="weekday"),
        migrations.AlterField(
            model_name="schedule",
            name="open_all_day",
            field=models.BooleanField(default=False, help_text="Tick if open 24 hours those days."),
        ),
    ]
