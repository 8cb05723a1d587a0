import uuid

from django.db import migrations, models


# Separate from 0006: PostgreSQL refuses to alter a table in the transaction that updated it.
class Migration(migrations.Migration):
    dependencies = [("directory", "0006_hsds_ids")]

    operations = [
        *[
            migrations.AlterField(
                model_name=model_name,
                name="hsds_id",
                field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
            )
            for model_name in ("phone", "schedule", "closure")
        ],
    ]
