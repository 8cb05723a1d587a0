from django.db import models

from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from wagtail_headless_preview.models import HeadlessPreviewMixin

from turnto.core.api.fields import ChildPagesField
from turnto.core.forms import TurnToPageForm
from turnto.directory.api.fields import ServiceTypesField
from turnto.directory.blocks import BodyBlock


class BasePage(HeadlessPreviewMixin, Page):
    """What every Turn To page has: a short introduction and a body built from shared blocks.

    Previews are drawn by the single-page site itself (wagtail-headless-preview), so editors
    see a draft exactly as visitors will.

    It lives here, with `BodyBlock` (`directory.blocks`), because the directory's pages are
    the lowest pages with a body; the page apps above (campaign, news) build on it."""

    base_form_class = TurnToPageForm

    intro = models.TextField(
        blank=True,
        max_length=600,
        help_text="One or two sentences under the title, saying what the page is for.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="The page's content, built from blocks: text, images, cards, statistics...",
    )

    content_panels = [
        # TitleFieldPanel, as Wagtail's own Page has: it fills in the address (slug) on the
        # Promote tab as the editor types the title. A plain FieldPanel does not.
        TitleFieldPanel(
            "title", help_text="The page's title, shown as its main heading and in menus."
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]
    show_in_menus_default = True

    class Meta:
        abstract = True


class ResourceGuidePage(BasePage):
    """The resource guide: its children are the city directories and statewide resources."""

    api_fields = [
        *BasePage.api_fields,
        APIField("sections", serializer=ChildPagesField()),
        # The guide also searches the listings of every city at once.
        APIField("service_types", serializer=ServiceTypesField()),
    ]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["directory.CityDirectoryPage", "campaign.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "resource guide"


class CityDirectoryPage(BasePage):
    """One city's resources. Listings join in the directory issue; for now intro and body."""

    city = models.CharField(
        max_length=80, help_text="The city this directory covers, e.g. “Kansas City”."
    )
    region = models.CharField(
        max_length=80,
        blank=True,
        help_text="Optional: the area around the city that listings also cover.",
    )

    content_panels = [
        *BasePage.content_panels[:1],
        FieldPanel("city"),
        FieldPanel("region"),
        *BasePage.content_panels[1:],
    ]
    api_fields = [
        APIField("city"),
        APIField("region"),
        *BasePage.api_fields,
        # The kinds of help visitors can filter this city's listings by.
        APIField("service_types", serializer=ServiceTypesField()),
    ]

    # Editors find a city's directory by its city and area, not only by its title.
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("city"),
        index.AutocompleteField("city"),
        index.SearchField("region"),
        index.AutocompleteField("region"),
    ]

    parent_page_types = ["directory.ResourceGuidePage"]
    subpage_types = []

    class Meta:
        verbose_name = "city directory"
        verbose_name_plural = "city directories"
