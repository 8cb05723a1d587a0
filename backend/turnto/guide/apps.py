from django.apps import AppConfig


class GuideConfig(AppConfig):
    """The resource guide's pages: the guide and one directory page per city."""

    name = "turnto.guide"
    label = "guide"
    verbose_name = "Resource guide"

    def ready(self):
        from turnto.core.content_generation import watch_app

        watch_app(self.label)
