"""The page tree an editor can build: only sensible parents and children, help on every field."""

from django.apps import apps
from django.db import models

from wagtail.models import DraftStateMixin, LockableMixin, Page, RevisionMixin, WorkflowMixin

import pytest
from modelcluster.fields import ParentalKey

from turnto.campaign.models import ContentPage, HomePage
from turnto.directory.models import DAY_FIELDS, Schedule
from turnto.guide.models import CityDirectoryPage, ResourceGuidePage
from turnto.news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def creatable_under(parent):
    return {
        model.__name__
        for model in parent.specific_class.creatable_subpage_models()
        if model.can_create_at(parent)
    }


def page_at(url_path):
    return Page.objects.get(url_path=url_path).specific


def test_home_pages_sit_at_the_root_only():
    assert "HomePage" in creatable_under(Page.get_first_root_node())
    assert "ContentPage" not in creatable_under(Page.get_first_root_node())
    assert "HomePage" not in creatable_under(page_at("/campaign-home/"))


def test_under_home_editors_add_articles_not_news_posts_or_cities():
    # The resource guide and news index exist already: only one of each per site.
    assert creatable_under(page_at("/campaign-home/")) == {"ContentPage"}


def test_cities_live_only_in_the_resource_guide():
    assert creatable_under(page_at("/campaign-home/resource-guide/")) == {
        "CityDirectoryPage",
        "ContentPage",
    }
    assert creatable_under(page_at("/campaign-home/resource-guide/kansas-city/")) == set()
    assert not CityDirectoryPage.can_exist_under(page_at("/campaign-home/"))


def test_news_posts_live_only_in_a_news_index():
    assert creatable_under(page_at("/campaign-home/news/")) == {"NewsPage"}
    assert not NewsPage.can_exist_under(page_at("/campaign-home/what-is-harm-reduction/"))
    assert creatable_under(page_at("/campaign-home/news/").get_children().first()) == set()


OWN_APPS = ["core", "campaign", "strategies", "directory", "guide", "news"]  # every content area
# Fields Wagtail's publishing mixins add (first published, go-live...): Wagtail labels them.
WAGTAIL_MIXIN_FIELDS = {
    field.name
    for mixin in (DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin)
    for field in mixin._meta.local_fields
}


def own_fields():
    for app in OWN_APPS:
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if (
                    getattr(field, "model", None) is model
                    and isinstance(field, models.Field)
                    and field.editable
                    and not field.auto_created
                    and not isinstance(field, ParentalKey)  # the inline's link to its parent
                    and field.name not in {"site", "tag", *WAGTAIL_MIXIN_FIELDS}
                    and not (model is Schedule and field.name in DAY_FIELDS)  # see below
                ):
                    yield f"{model.__name__}.{field.name}", field


@pytest.mark.parametrize(
    ("name", "field"), list(own_fields()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_field_tells_the_editor_what_it_is_for(name, field):
    assert str(field.help_text).strip(), f"{name} has no help text"


def test_the_day_boxes_of_a_row_of_hours_are_explained_together():
    """Seven boxes (Mon … Sun) in one row: one heading and help text for them all."""
    row = next(panel for panel in Schedule.panels if getattr(panel, "heading", "") == "Days")
    assert [child.field_name for child in row.children] == DAY_FIELDS
    assert "Tick every day" in row.help_text


def test_page_types_in_the_demo_tree():
    assert isinstance(page_at("/campaign-home/"), HomePage)
    assert isinstance(page_at("/campaign-home/resource-guide/"), ResourceGuidePage)
    assert isinstance(page_at("/campaign-home/news/"), NewsIndexPage)
    assert isinstance(page_at("/campaign-home/resource-guide/additional-resources/"), ContentPage)
