"""Which saves move the content generation on (core.content_generation). core names no app's
model: each app says from its AppConfig.ready() that its rows may be seen, and which of its
models change nothing a visitor sees."""

from django.apps import apps

from turnto.core.content_generation import IGNORED_MODELS, WATCHED_APPS, generation, on_model_change


def test_the_apps_with_content_are_watched_as_before():
    assert {"core", "campaign", "strategies", "directory", "news"} <= WATCHED_APPS
    assert {"wagtailcore", "wagtailimages", "wagtaildocs", "taggit"} <= WATCHED_APPS
    assert "demo" not in WATCHED_APPS
    assert {"directory.listingreport", "directory.reportcounter"} <= IGNORED_MODELS


def test_a_card_moves_the_generation_on_a_report_counter_does_not(db):
    before = generation()
    on_model_change(sender=apps.get_model("directory", "ReportCounter"))
    on_model_change(sender=apps.get_model("directory", "ListingReport"))
    assert generation() == before
    on_model_change(sender=apps.get_model("strategies", "StrategyCard"))
    assert generation() != before
