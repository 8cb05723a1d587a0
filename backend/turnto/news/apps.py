from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "turnto.news"
    label = "news"
    verbose_name = "News"
