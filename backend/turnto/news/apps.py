from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "turnto.news"
    label = "news"
    verbose_name = "News"

    def ready(self):
        from turnto.core.content_generation import watch_app

        watch_app(self.label)
