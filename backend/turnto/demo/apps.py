from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "turnto.demo"
    label = "demo"
    verbose_name = "Demo content"
