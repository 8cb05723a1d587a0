import uuid

from django.db import migrations, models

# The ids /api/hsds/ already published for phones, schedules and closures were derived from
# their database ids; existing rows keep them, so readers see no change.
NAMESPACE = uuid.UUID("9b7b2f2e-7d4c-4f55-9b1e-6a2c1f3d8e01")
KINDS = {"phone": "phone", "schedule": "schedule", "closure": "closure"}


def keep_published_ids(apps, schema_editor):
    for model_name, kind in KINDS.items():
        model = apps.get_model("directory", model_name)
        for row in model.objects.only("pk"):
            row.hsds_id = uuid.uuid5(NAMESPACE, f"{kind}:{row.pk}")
            row.save(update_fields=["hsds_id"])


class Migration(migrations.Migration):
    dependencies = [("directory", "0005_listing_report")]

    operations = [
        *[
            migrations.AddField(
                model_name=model_name,
                name="hsds_id",
                field=models.UUIDField(editable=False, null=True),
            )
            for model_name in KINDS
        ],
        migrations.RunPython(keep_published_ids, migrations.RunPython.noop),
    ]
