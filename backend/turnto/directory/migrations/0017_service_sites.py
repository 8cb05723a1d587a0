"""A listing is shown on the sites an editor ticks for it (Service.sites).

Listings that exist already are put on every site, so that nothing a visitor saw disappears;
editors then untick the sites a listing does not belong to. Saved revisions are left as they
are: one without `sites` keeps the listing's sites when it is published.
"""

import modelcluster.fields
from django.db import migrations


def on_every_site(apps, schema_editor):
    Service = apps.get_model("directory", "Service")
    Site = apps.get_model("wagtailcore", "Site")
    Link = Service.sites.through
    site_ids = list(Site.objects.values_list("pk", flat=True))
    links = [
        Link(service_id=service_id, site_id=site_id)
        for service_id in Service.objects.values_list("pk", flat=True)
        for site_id in site_ids
    ]
    Link.objects.bulk_create(links, batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0016_resource_guide_pages_moved_to_guide"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="service",
            name="sites",
            field=modelcluster.fields.ParentalManyToManyField(
                help_text="The sites that show this listing. Tick every site for a national "
                "line such as 988.",
                related_name="listings",
                to="wagtailcore.site",
                verbose_name="shown on",
            ),
        ),
        migrations.RunPython(on_every_site, migrations.RunPython.noop),
    ]
