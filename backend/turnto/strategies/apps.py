from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    name = "turnto.strategies"
    label = "strategies"
    verbose_name = "Strategy cards"

    def ready(self):
        from turnto.core.content_generation import watch_app

        watch_app(self.label)
