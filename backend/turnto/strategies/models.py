from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from turnto.core.images import image_representation
from turnto.core.pages import page_link

ICON_CHOICES = [
    ("syringe", "Syringe"),
    ("pill", "Medication"),
    ("house", "Safe place"),
    ("heart", "Heart"),
    ("naloxone", "Naloxone kit"),
    ("test-strip", "Test strip"),
    ("megaphone", "Outreach"),
    ("chat", "Conversation"),
]


class StrategyCard(TranslatableMixin, index.Indexed, ClusterableModel):
    """A harm reduction approach, written once and chosen into any page's strategy-card block."""

    title = models.CharField(max_length=120, help_text="The approach's name, e.g. “Drug checking”.")
    summary = models.TextField(max_length=400, help_text="One or two sentences shown on the card.")
    body = RichTextField(
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        help_text="Optional longer explanation, shown when the card is opened.",
    )
    icon = models.CharField(
        max_length=20,
        choices=ICON_CHOICES,
        blank=True,
        help_text="A simple icon for the card. Used when no image is chosen.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional picture for the card.",
    )
    # The picture's words on the card, translated with it (an image is one for every language).
    image_alt = models.CharField(
        "picture description",
        max_length=250,
        blank=True,
        help_text="Describe the picture for people who cannot see it. Empty: the description "
        "the image was uploaded with.",
    )
    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("icon"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        InlinePanel(
            "learn_more_pages",
            heading="Learn more",
            label="Page",
            help_text=(
                "Optional: a page where readers can learn more, on each site that shows this "
                "card. Visitors see the page of the site they are on; a site with no page "
                "here shows the card without a link."
            ),
        ),
    ]
    # What editors translate with wagtail-localize's "Translate"; the icon, the picture and the
    # learn-more pages are one choice, kept the same in every language.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("icon"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = "strategy card"

    def __str__(self):
        return self.title

    def searchable_content(self):
        """The words a visitor reads on the card, for the search index of every page that
        shows it (strategies.blocks)."""
        from wagtail.rich_text import get_text_for_indexing

        return [
            text for text in (self.title, self.summary, get_text_for_indexing(self.body)) if text
        ]

    def pages_showing(self):
        """The pages whose body chooses this card, as Wagtail's reference index knows them."""
        from wagtail.models import Page, ReferenceIndex

        page_type = ContentType.objects.get_for_model(Page)
        ids = (
            ReferenceIndex.get_references_to(self)
            .filter(base_content_type=page_type)
            .values_list("object_id", flat=True)
        )
        return Page.objects.filter(id__in=[int(pk) for pk in ids]).specific()

    def api_representation(self, request=None, language=None):
        from wagtail.rich_text import expand_db_html

        from turnto.core.page_tree import request_pages

        # The page on the site showing the card, and only a live, public one: a link must not
        # lead to another organisation's site, nor reveal a draft's or a private page's title.
        pages = request_pages()
        site_root = pages.site_root()
        learn_more = next(
            (
                found
                for link in self.learn_more_pages.all()
                if (found := pages.tree.public(link.page_id)) is not None
                and site_root
                and found.url_path.startswith(site_root)
            ),
            None,
        )
        if learn_more is not None and language is not None:
            # The learn-more page in the card's language, when it has a live translation.
            learn_more = next(
                (
                    other
                    for other in pages.tree.by_translation_key.get(learn_more.translation_key, ())
                    if pages.tree.languages.get(other.locale_id) == language
                    and pages.tree.public(other.id) is not None
                ),
                learn_more,
            )
        return {
            "id": self.pk,
            "title": self.title,
            "summary": self.summary,
            "body": expand_db_html(self.body),
            "icon": self.icon,
            "image": image_representation(self.image, alt=self.image_alt.strip() or None),
            "learn_more": page_link(learn_more, request),
        }

    def learn_more_sites(self):
        """For the admin's list: the pages readers can learn more on, with their sites."""
        return (
            ", ".join(
                str(link.page.get_site() or "no site") for link in self.learn_more_pages.all()
            )
            or "—"
        )

    learn_more_sites.short_description = "Learn more on"


class StrategyCardPage(Orderable):
    """A page where readers can learn more about a card: one for each site that shows it."""

    card = ParentalKey(StrategyCard, on_delete=models.CASCADE, related_name="learn_more_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A page of one of the sites that show this card.",
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = "learn-more page"

    def __str__(self):
        return self.page.title
