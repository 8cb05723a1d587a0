from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from turnto.core.api.fields import ImageRenditionField, TagsField
from turnto.core.images import rendition_prefetch
from turnto.pages.models import BasePage

from .api_fields import NewsTeasersField


class NewsIndexPage(BasePage):
    """“What we have been up to”: lists its news posts, newest first."""

    api_fields = [*BasePage.api_fields, APIField("posts", serializer=NewsTeasersField())]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "news index"

    def live_posts(self):
        return NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(BasePage):
    """A news post: what the team did, an event, a change of opening hours."""

    date = models.DateField(default=timezone.localdate, help_text="The date the post is about.")
    summary = models.TextField(
        max_length=300, help_text="One or two sentences shown in the list of posts."
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional picture for the post; its description becomes the alt text.",
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag, blank=True, help_text="Words that group related posts."
    )

    content_panels = [
        *BasePage.content_panels[:2],
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("summary"), FieldPanel("image"), FieldPanel("tags")],
            heading="About this post",
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("summary")]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("image", serializer=ImageRenditionField()),
        APIField("tags", serializer=TagsField(source="tagged_items")),
        APIField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    show_in_menus_default = False

    @staticmethod
    def api_listing_prefetch(queryset):
        return queryset.select_related("image").prefetch_related(
            "tagged_items__tag", rendition_prefetch("image")
        )

    class Meta:
        verbose_name = "news post"
