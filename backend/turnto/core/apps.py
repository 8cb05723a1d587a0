from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "turnto.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from .cache import connect_signals

        connect_signals()
