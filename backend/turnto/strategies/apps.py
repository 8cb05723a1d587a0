from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    name = "turnto.strategies"
    label = "strategies"
    verbose_name = "Strategy cards"
