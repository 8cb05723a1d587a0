"""A card's one "learn more" page becomes a page for each site that shows the card (the old
page kept as the first)."""

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


def keep_the_old_page(apps, schema_editor):
    StrategyCard = apps.get_model("strategies", "StrategyCard")
    StrategyCardPage = apps.get_model("strategies", "StrategyCardPage")
    StrategyCardPage.objects.bulk_create(
        StrategyCardPage(card_id=card.pk, page_id=card.learn_more_page_id, sort_order=0)
        for card in StrategyCard.objects.exclude(learn_more_page=None)
    )


class Migration(migrations.Migration):

    dependencies = [
        ('strategies', '0001_initial'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='StrategyCardPage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('card', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='learn_more_pages', to='strategies.strategycard')),
                ('page', models.ForeignKey(help_text='A page of one of the sites that show this card.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
            ],
            options={
                'verbose_name': 'learn-more page',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.RunPython(keep_the_old_page, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='strategycard',
            name='learn_more_page',
        ),
    ]
