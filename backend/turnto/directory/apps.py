from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "turnto.directory"
    label = "directory"
    verbose_name = "Resource directory"

    def ready(self):
        from turnto.core.content_generation import watch_app

        # Reports and the report rate limit's counters change nothing a visitor sees.
        watch_app(self.label, ignoring=["listingreport", "reportcounter"])
