from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "turnto.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from .content_generation import connect_signals, watch_app
        from .team import connect
        from .translation_order import connect as connect_translation_order

        watch_app(self.label)
        connect_signals()
        connect()  # the roles a campaign needs, put in line after every migrate
        connect_translation_order()
