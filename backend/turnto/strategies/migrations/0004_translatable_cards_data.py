# The rows made before they were translatable get the default language and a translation key,
# as Wagtail documents for adding TranslatableMixin to an existing model.
from django.db import migrations

from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("strategies", "0003_translatable_cards_bootstrap"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [BootstrapTranslatableModel("strategies.StrategyCard")]
