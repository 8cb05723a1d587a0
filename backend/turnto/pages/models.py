"""`BasePage`: what every Turn To page has. The page apps (campaign, guide, news) build on it."""

from django.db import models

from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from wagtail_headless_preview.models import HeadlessPreviewMixin

from turnto.core.forms import TurnToPageForm
from turnto.core.page_tree import language_prefix

from .blocks import BodyBlock


class BasePage(HeadlessPreviewMixin, Page):
    """What every Turn To page has: a short introduction and a body built from shared blocks.

    Previews are drawn by the single-page site itself (wagtail-headless-preview), so editors
    see a draft exactly as visitors will."""

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
        # A published page only: "Change the address to match the title" (core.forms).
        FieldPanel("rename_address"),
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

    def get_url_parts(self, request=None):
        """As Wagtail's, with the language's prefix of a translation's address ("/es/..."):
        our site routes the language by the address itself (core.page_tree.locate), not by
        Django's i18n_patterns, so Wagtail's reverse alone would leave it out. "View live" in
        the admin, the sitemap and html_url all ask here."""
        parts = super().get_url_parts(request)
        if not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        language = next(
            (
                root.language_code
                for root in self._get_relevant_site_root_paths(request)
                if root.site_id == site_id and self.url_path.startswith(root.root_path)
            ),
            None,
        )
        prefix = language_prefix(language) if language else "/"
        return site_id, root_url, prefix[:-1] + page_path
