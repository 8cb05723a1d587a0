# The rows made before they were translatable get the default language and a translation key,
# as Wagtail documents for adding TranslatableMixin to an existing model.
from django.db import migrations

from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0019_translatable_service_types_bootstrap"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [BootstrapTranslatableModel("directory.ServiceType")]
