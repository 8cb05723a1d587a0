from django.apps import AppConfig


class CampaignConfig(AppConfig):
    name = "turnto.campaign"
    label = "campaign"
    verbose_name = "Campaign pages"

    def ready(self):
        from turnto.core.content_generation import watch_app

        watch_app(self.label)
