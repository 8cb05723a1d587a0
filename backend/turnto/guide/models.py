"""The resource guide: the guide page, which searches every city's listings at once, and one
directory page per city."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from turnto.core.api.fields import ChildPagesField
from turnto.directory.api.fields import ServiceTypesField
from turnto.pages.models import BasePage


class ResourceGuidePage(BasePage):
    """The resource guide: its children are the city directories and statewide resources."""

    api_fields = [
        *BasePage.api_fields,
        APIField("sections", serializer=ChildPagesField()),
        # The guide also searches the listings of every city at once.
        APIField("service_types", serializer=ServiceTypesField()),
    ]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["guide.CityDirectoryPage", "campaign.ContentPage"]
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
        *BasePage.content_panels[:2],
        FieldPanel("city"),
        FieldPanel("region"),
        *BasePage.content_panels[2:],
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

    parent_page_types = ["guide.ResourceGuidePage"]
    subpage_types = []

    class Meta:
        verbose_name = "city directory"
        verbose_name_plural = "city directories"
