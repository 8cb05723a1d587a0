from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "turnto.directory"
    label = "directory"
    verbose_name = "Resource directory"

    def ready(self):
        from turnto.core.content_generation import watch_app

        # Reports and the report rate limit's counters change nothing a visitor sees; the
        # listing points are copies the database keeps (a listing's own edit is seen).
        watch_app(self.label, ignoring=["listingreport", "reportcounter", "listingpoint"])

        from django.db.models.signals import post_migrate

        post_migrate.connect(install_listing_points, sender=self, dispatch_uid="listing-points")

        from wagtail.signals import unpublished

        unpublished.connect(remember_it_was_on_the_site, dispatch_uid="directory-taken-off")


def install_listing_points(using, **kwargs):
    """After every migrate (and a test database's flush): the triggers that keep the listing
    points, and the points themselves, made again (a migration may have remade a table)."""
    from .models.listing_points import install

    install(using)


def remember_it_was_on_the_site(sender, instance, **kwargs):
    """A listing loaded live (the demo, an import) was never published through Wagtail, which
    dates a first publication: taken off the site, it says it was there ("Off the site (taken
    off)" in the list), unlike a draft never published."""
    from .models import Service

    if sender is Service and instance.first_published_at is None:
        instance.first_published_at = instance.updated_at
        Service.objects.filter(pk=instance.pk).update(first_published_at=instance.updated_at)
