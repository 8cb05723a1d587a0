from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    name = "turnto.strategies"
    label = "strategies"
    verbose_name = "Strategy cards"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from turnto.core.content_generation import watch_app

        from .models import StrategyCard
        from .search import index_pages_showing

        watch_app(self.label)
        post_save.connect(index_pages_showing, sender=StrategyCard, dispatch_uid="card-pages")
        post_delete.connect(index_pages_showing, sender=StrategyCard, dispatch_uid="card-pages-del")
