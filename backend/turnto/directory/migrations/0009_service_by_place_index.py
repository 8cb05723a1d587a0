from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_location_near_and_open_indexes")]

    operations = [
        migrations.AddIndex(
            model_name="service",
            index=models.Index(
                fields=["location", "status", "name", "id"], name="service_by_place"
            ),
        ),
    ]
