from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    """The public site: the page for an address, its head and first view, sitemap and robots,
    and the forms that work without script."""

    name = "turnto.website"
    label = "website"
    verbose_name = "Public site"
