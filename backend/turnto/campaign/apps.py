from django.apps import AppConfig


class CampaignConfig(AppConfig):
    name = "turnto.campaign"
    label = "campaign"
    verbose_name = "Campaign pages"
