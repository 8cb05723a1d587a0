"""The resource guide's pages now live in the guide app (guide 0001 took their tables)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0015_hours_rows_with_days'),
        ('guide', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
        migrations.RemoveField(
            model_name='resourceguidepage',
            name='page_ptr',
        ),
        migrations.DeleteModel(
            name='CityDirectoryPage',
        ),
        migrations.DeleteModel(
            name='ResourceGuidePage',
        ),
            ],
        ),
    ]
