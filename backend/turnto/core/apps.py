from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "turnto.core"
    label = "core"
    verbose_name = "Core"
