from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from .blocks import CrisisLineBlock, contact_line_representation


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What every page of one site shows: its name, crisis lines, quick exit and footer."""

    organisation_name = models.CharField(
        max_length=120,
        help_text="The name shown at the top of every page, e.g. “Who Can I Turn To?”.",
    )
    # On the site's Spanish pages (docs/decisions/0006-spanish.md); empty, the English name.
    organisation_name_es = models.CharField(
        "organization name (Spanish)",
        max_length=120,
        blank=True,
        help_text="The name at the top of Spanish pages, e.g. “¿A quién puedo acudir?”. "
        "Empty: the English name.",
    )
    crisis_lines = StreamField(
        [("line", CrisisLineBlock())],
        blank=True,
        help_text="Lines shown on every page for people who need help now, most urgent first.",
    )
    # The crisis bar's "Overdose? What to do" link, on every page of the site.
    overdose_steps_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Optional. A page of this site with a “Numbered steps” block (what to do in an "
            "overdose). Every page then offers a link straight to those steps at the top."
        ),
    )
    overdose_link_label = models.CharField(
        max_length=40,
        default="Overdose? What to do",
        help_text="The words of that link, short: it shares the top row with 911 and 988.",
    )
    exit_url = models.URLField(
        "quick exit web address",
        default="https://www.weather.gov/",
        help_text=(
            "Where the quick-exit button sends a visitor: a neutral site that raises no "
            "questions if someone looks at their screen."
        ),
    )
    exit_label = models.CharField(
        max_length=40,
        default="Exit this page",
        help_text="The words on the quick-exit button.",
    )
    footer_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short line at the bottom of every page, e.g. who runs the site.",
    )
    # The same words for the site's Spanish pages (docs/decisions/0006-spanish.md): empty, the
    # English ones. The exit's address is one for every language.
    exit_label_es = models.CharField(
        "quick exit words (Spanish)",
        max_length=40,
        blank=True,
        help_text=(
            "The words on the quick-exit button on Spanish pages, e.g. “Salir de esta página”."
        ),
    )
    footer_text_es = RichTextField(
        "footer text (Spanish)",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="The footer line on Spanish pages.",
    )

    # A map is shown only when a tile server is set: until then no visitor's browser asks
    # any map service for anything.
    map_tile_url = models.CharField(
        "map tiles web address",
        max_length=300,
        blank=True,
        help_text=(
            "Optional. The address of a map tile server, with {z}, {x} and {y} in it, e.g. "
            "https://tiles.example.org/{z}/{x}/{y}.png. Leave empty to show no map."
        ),
    )
    map_attribution = models.CharField(
        max_length=300,
        blank=True,
        help_text="The credit the tile server asks for, e.g. “© OpenStreetMap contributors”.",
    )

    # Link previews and search engines (the first response's head and JSON-LD, and seo.js).
    ORGANISATION_TYPES = [
        ("Organization", "An organisation (a campaign, a charity)"),
        ("MedicalClinic", "A medical clinic"),
    ]
    organisation_type = models.CharField(
        max_length=20,
        choices=ORGANISATION_TYPES,
        default="Organization",
        help_text="What search engines are told the site belongs to.",
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "The picture shown when a page is shared in a message or post, for pages that have "
            "no picture of their own. It is cut to 1200 × 630."
        ),
    )

    # Offline copies on the visitor's phone (the service worker, frontend/src/offline/) and the
    # name and icon a phone shows when the site is added to its home screen.
    offline_saving = models.BooleanField(
        "save pages for offline reading",
        default=True,
        help_text=(
            "Keep a copy of the last pages a visitor read (at most 30, for 7 days) on their "
            "phone, with the crisis lines, so they still open without signal. Untick to keep "
            "nothing: visitors' phones then forget what they saved at their next visit."
        ),
    )
    app_name = models.CharField(
        "home screen name",
        max_length=30,
        blank=True,
        help_text=(
            "Optional. The name under the icon when a visitor adds the site to their home "
            "screen. A plain, discreet name (e.g. “Notes”) draws less attention on a shared "
            "phone. Empty: the organization name."
        ),
    )
    app_icon = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Optional. A square picture for the home screen icon (at least 512 × 512). "
            "Empty: the site's own icon."
        ),
    )

    panels = [
        FieldPanel("organisation_name", heading="Organization name"),
        FieldPanel("organisation_name_es", heading="Organization name (Spanish)"),
        MultiFieldPanel(
            [
                FieldPanel("organisation_type", heading="Organization type"),
                FieldPanel("share_image"),
            ],
            heading="Sharing and search engines",
        ),
        FieldPanel("crisis_lines"),
        MultiFieldPanel(
            [PageChooserPanel("overdose_steps_page"), FieldPanel("overdose_link_label")],
            heading="Overdose steps",
        ),
        MultiFieldPanel(
            [FieldPanel("exit_url"), FieldPanel("exit_label"), FieldPanel("exit_label_es")],
            heading="Quick exit",
        ),
        FieldPanel("footer_text"),
        FieldPanel("footer_text_es"),
        MultiFieldPanel(
            [FieldPanel("map_tile_url"), FieldPanel("map_attribution")],
            heading="Directory map",
        ),
        MultiFieldPanel(
            [FieldPanel("offline_saving"), FieldPanel("app_name"), FieldPanel("app_icon")],
            heading="Offline and home screen",
        ),
    ]

    def clean(self):
        super().clean()
        self.clean_overdose_steps()
        url = self.map_tile_url.strip()
        if url and (
            not url.startswith("https://") or not all(p in url for p in ("{z}", "{x}", "{y}"))
        ):
            raise ValidationError(
                {
                    "map_tile_url": "Use an https:// address that contains {z}, {x} and {y}, "
                    "as the tile server's documentation shows."
                }
            )

    class Meta:
        verbose_name = "Site settings"

    def clean_overdose_steps(self):
        page = self.overdose_steps_page
        if page is None:
            return
        body = getattr(page.specific, "body", None)
        if not any(block.get("type") == "steps" for block in getattr(body, "raw_data", [])):
            raise ValidationError(
                {
                    "overdose_steps_page": "This page has no “Numbered steps” block: add one "
                    "to it first, or choose the page that has the steps."
                }
            )

    def crisis_lines_representation(self, language=None):
        return [contact_line_representation(line.value, language) for line in self.crisis_lines]

    def in_language(self, field, language):
        """A field's words in a language: its `<field>_<language>` sibling where there is one
        and it is filled in, else the English."""
        return getattr(self, f"{field}_{language}", "") or getattr(self, field)


class ContentGeneration(models.Model):
    """The content generation's truth (core.content_generation): one row, whose number every
    edit moves on in the same database as the edit. The cache holds a copy for speed."""

    value = models.BigIntegerField(editable=False)  # never an editor's to change

    def __str__(self):
        return str(self.value)
