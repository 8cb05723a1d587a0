from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField

from turnto.core.api.fields import ImageRenditionField
from turnto.core.blocks import HeroActionBlock
from turnto.core.images import image_representation
from turnto.pages.models import BasePage


class HeroImageField(ImageRenditionField):
    """The home's picture with the page's own description of it (HomePage.hero_image_alt)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        if page.hero_image is None:
            return None
        return image_representation(page.hero_image, alt=page.hero_image_alt.strip() or None)


class HomePage(BasePage):
    """The root of a site (the campaign, the clinic): a welcome, then any blocks."""

    hero_heading = models.CharField(
        max_length=120,
        blank=True,
        help_text="The big line at the top of the home page. Leave empty to use the title.",
    )
    hero_actions = StreamField(
        [("action", HeroActionBlock())],
        blank=True,
        max_num=2,
        help_text=(
            "Up to two buttons under the welcome, in the first screen of a phone: where a "
            "visitor who needs help now should go (the resource guide, the overdose steps)."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional picture beside the welcome.",
    )
    # The picture's words for people who cannot see it, on the page itself: a translation of the
    # page carries them in its own language (an image, shared by every language, cannot).
    hero_image_alt = models.CharField(
        "picture description",
        max_length=250,
        blank=True,
        help_text=(
            "Describe the picture for people who cannot see it. Empty: the description the "
            "image was uploaded with."
        ),
    )

    content_panels = [
        TitleFieldPanel("title", help_text="The site's name as shown in the browser tab."),
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("intro"),
                FieldPanel("hero_actions"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading="Welcome",
        ),
        FieldPanel("body"),
    ]
    api_fields = [
        APIField("hero_heading"),
        APIField("hero_actions"),
        APIField("hero_image", serializer=HeroImageField(source="*")),
        *BasePage.api_fields,
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["campaign.ContentPage", "guide.ResourceGuidePage", "news.NewsIndexPage"]
    show_in_menus_default = False

    class Meta:
        verbose_name = "home page"


class ContentPage(BasePage):
    """An article: What is harm reduction?, Facts and stats, The fentanyl crisis..."""

    parent_page_types = ["campaign.HomePage", "campaign.ContentPage", "guide.ResourceGuidePage"]
    subpage_types = ["campaign.ContentPage"]

    class Meta:
        verbose_name = "content page"
