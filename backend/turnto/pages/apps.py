from django.apps import AppConfig


class PagesConfig(AppConfig):
    """What every page with a body shares: `BasePage` and the blocks its body is made of."""

    name = "turnto.pages"
    label = "pages"
    verbose_name = "Pages"
