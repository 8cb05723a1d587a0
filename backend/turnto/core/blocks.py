"""The blocks of a page body that need no app's data (the app that owns the data a block
shows keeps that block: strategy cards in `strategies.blocks`, listings and the assembled
`BodyBlock` in `directory.blocks`).

Each block answers `get_api_representation` with everything the front end needs to render
it: rich text as HTML with real links, images as renditions, chosen pages and snippets
expanded. Chooser blocks fetch their objects for a whole StreamField at once
(`bulk_to_python`), so a page's query count does not grow with its number of blocks.
"""

from urllib.parse import urlparse

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.images.blocks import ImageChooserBlock

from .images import image_representation, images_with_renditions
from .page_tree import request_pages
from .pages import page_link
from .phones import PHONE_PATTERN, dial_href

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class ReadableText:
    """A StructBlock whose searchable content is the words a visitor reads: not the label of
    an editor's choice ("Section heading", "Bar chart") nor a web address, which would make
    every page match "section" or "https" in the site search."""

    def get_searchable_content(self, value):
        content = []
        for name, block in self.child_blocks.items():
            if isinstance(block, blocks.ChoiceBlock | blocks.URLBlock):
                continue
            content.extend(block.get_searchable_content(value.get(name, block.get_default())))
        return content


class RenditionImageChooserBlock(ImageChooserBlock):
    """Image chooser whose images arrive with their API renditions prefetched."""

    def bulk_to_python(self, values):
        objects = images_with_renditions().in_bulk([v for v in values if v is not None])
        return [objects.get(v) for v in values]

    def get_api_representation(self, value, context=None):
        return image_representation(value)


class LinkedPageChooserBlock(blocks.PageChooserBlock):
    """Page chooser that leaves the API as {id, title, url}, not as a bare id."""

    def bulk_to_python(self, values):
        # Public pages from the page tree (no query). Others from the database: the admin
        # must still show an editor the page they chose after it was unpublished.
        from wagtail.models import Page

        tree = request_pages().tree
        pages = {v: tree.public_page(v) for v in values if v is not None}
        hidden = [v for v, page in pages.items() if page is None]
        if hidden:
            pages.update(Page.objects.in_bulk(hidden))
        return [pages.get(v) for v in values]

    def get_api_representation(self, value, context=None):
        # Only a live, public page: a link must not reveal a draft's or a private page's title.
        if value is None or not request_pages().tree.is_public(value.pk):
            return None
        request = context.get("request") if context else None
        return page_link(value, request)


def pages_under(page):
    """The live pages a visitor may see under a page, in menu order, as links: from the page
    tree (no query), so the list is always the tree's own."""
    if page is None:
        return []
    pages = request_pages()
    tree = pages.tree
    parent = tree.public(page.pk)
    if parent is None:
        return []
    hidden = pages.hidden_paths()
    return [
        page_link(child)
        for child in tree.in_order
        if child.depth == parent.depth + 1
        and child.path.startswith(parent.path)
        and not child.path.startswith(hidden)
    ]


class HeadingBlock(ReadableText, blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="The heading's words, short and plain.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Subheading")],
        default="h2",
        help_text="Use “Section heading” for a new section, “Subheading” inside one.",
    )

    class Meta:
        icon = "title"
        label = "Heading"


class ImageBlock(blocks.StructBlock):
    image = RenditionImageChooserBlock(help_text="Choose or upload an image.")
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe the image for people who cannot see it. Left empty, the image's "
        "own description (given when it was uploaded) is filled in.",
    )
    caption = blocks.CharBlock(
        required=False, max_length=250, help_text="Optional text shown under the image."
    )

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_text") or "").strip() and value.get("image") is not None:
            # The description the image was uploaded with, offered rather than asked again.
            value["alt_text"] = (getattr(value["image"], "description", "") or "").strip()
            if not value["alt_text"]:
                message = (
                    "Describe the image for people who cannot see it: this image has no "
                    "description of its own to use."
                )
                raise StructBlockValidationError(
                    block_errors={"alt_text": ValidationError(message)}
                )
        return value

    def get_api_representation(self, value, context=None):
        return {
            "image": image_representation(value["image"], alt=value["alt_text"]),
            "caption": value["caption"],
        }

    class Meta:
        icon = "image"
        label = "Image"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="The words quoted.")
    attribution = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Who said it (optional). Use a first name or role if privacy matters.",
    )

    class Meta:
        icon = "openquote"
        label = "Quote"


class CallToActionBlock(ReadableText, blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="What the reader can do, in a few words.")
    text = blocks.TextBlock(required=False, help_text="One or two sentences of explanation.")
    button_label = blocks.CharBlock(max_length=60, help_text="The words on the button.")
    page = LinkedPageChooserBlock(
        required=False, help_text="A page of this site to link to. Or give a web address below."
    )
    external_url = blocks.URLBlock(
        required=False, help_text="A web address outside this site, used when no page is chosen."
    )
    list_pages = blocks.BooleanBlock(
        required=False,
        label="List the pages under it",
        help_text=(
            "Show the pages under the chosen page as links, in their menu order: the resource "
            "guide's cities, for example. A city added later appears here by itself."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("list_pages") and not value["page"]:
            message = "Choose a page of this site to list the pages under it."
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        if bool(value["page"]) == bool(value["external_url"]):
            message = "Choose a page or give a web address — one of the two, not both."
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        data["url"] = data["page"]["url"] if data["page"] else value["external_url"]
        data["pages"] = pages_under(value["page"]) if value.get("list_pages") else []
        return data

    class Meta:
        icon = "pick"
        label = "Call to action"


class HeroActionBlock(ReadableText, blocks.StructBlock):
    """One of the home page's first-screen buttons: "Find help near you", "What to do in an
    overdose"."""

    label = blocks.CharBlock(max_length=40, help_text="The button's words, short and plain.")
    page = LinkedPageChooserBlock(
        required=False, help_text="A page of this site. Or give a web address below."
    )
    section = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=(
            "Optional: a part of that page to open at, e.g. “what-to-do-in-an-overdose” "
            "(a “Numbered steps” block's heading, in lower case with dashes)."
        ),
    )
    external_url = blocks.URLBlock(
        required=False, help_text="A web address outside this site, used when no page is chosen."
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["external_url"]):
            message = "Choose a page or give a web address — one of the two, not both."
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        section = value["section"].strip().lstrip("#")
        if section and slugify(section) != section:
            raise StructBlockValidationError(
                block_errors={
                    "section": ValidationError(
                        "Use lower-case letters, digits and dashes only, e.g. "
                        "what-to-do-in-an-overdose."
                    )
                }
            )
        return value

    def get_api_representation(self, value, context=None):
        page = self.child_blocks["page"].get_api_representation(value["page"], context)
        if value["page"] and not page:
            return {"label": value["label"], "url": None}  # a page no longer public
        section = (value["section"] or "").strip().lstrip("#")
        url = page["url"] if page else value["external_url"]
        return {"label": value["label"], "url": f"{url}#{section}" if section and url else url}

    class Meta:
        icon = "link"
        label = "Action"


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, help_text="The principle's name, e.g. “Pragmatism”.")
    description = blocks.TextBlock(help_text="What the principle means, in a few sentences.")


class PrinciplesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the numbered list."
    )
    principles = blocks.ListBlock(
        PrincipleBlock(), min_num=1, help_text="Shown numbered, in this order."
    )

    class Meta:
        icon = "list-ol"
        label = "Numbered principles"


class StatisticBlock(ReadableText, blocks.StructBlock):
    figure = blocks.CharBlock(
        max_length=40, help_text="The number as it should be shown, e.g. “1 in 4” or “70%”."
    )
    label = blocks.CharBlock(max_length=200, help_text="What the number counts, in plain words.")
    source_title = blocks.CharBlock(
        max_length=200,
        help_text="Where the number comes from (required): publisher and title of the source.",
    )
    source_url = blocks.URLBlock(help_text="A link to the source, so readers can check it.")
    as_of = blocks.CharBlock(
        required=False, max_length=40, help_text="The year or period the number describes."
    )

    class Meta:
        icon = "order"
        label = "Statistic"


class DataTableBlock(ReadableText, blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text="What the table shows.")
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(help_text="Text, e.g. a year or a place.")),
            ("number", blocks.DecimalBlock(help_text="A number, no units or commas.")),
        ],
        help_text="The first column names each row; number columns can be drawn as a chart.",
    )
    chart = blocks.ChoiceBlock(
        choices=[("none", "Table only"), ("bar", "Bar chart"), ("line", "Line chart")],
        default="none",
        help_text="Also draw the numbers as a chart (the table stays for screen readers).",
    )
    summary = blocks.TextBlock(
        required=False, help_text="One sentence saying what the numbers show, for every reader."
    )
    source_title = blocks.CharBlock(
        max_length=200, help_text="Where the numbers come from (required)."
    )
    source_url = blocks.URLBlock(help_text="A link to the source, so readers can check it.")

    def clean(self, value):
        value = super().clean(value)
        table = value["table"]
        if value["chart"] != "none":
            has_numbers = any(column["block"].name == "number" for column in table.columns)
            if not has_numbers:
                raise StructBlockValidationError(
                    block_errors={
                        "chart": ValidationError("A chart needs at least one number column.")
                    }
                )
        return value

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        # Decimals leave as numbers, not strings, so the front end can draw them.
        for row in data["table"]["rows"]:
            row["values"] = [
                float(v) if column["type"] == "number" and v not in (None, "") else v
                for column, v in zip(data["table"]["columns"], row["values"], strict=False)
            ]
        return data

    class Meta:
        icon = "table"
        label = "Data table or chart"


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, help_text="The question, as a reader would ask it.")
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text="The answer.")


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the questions."
    )
    items = blocks.ListBlock(
        FAQItemBlock(), min_num=1, help_text="Each question opens to show its answer."
    )

    class Meta:
        icon = "help"
        label = "Questions and answers"


class ContactLineBlock(ReadableText, blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("phone", "Phone call"), ("text", "Text message"), ("online", "Website or chat")],
        default="phone",
        help_text="How people reach this line.",
    )
    label = blocks.CharBlock(max_length=80, help_text="The line's name, e.g. “Never Use Alone”.")
    value = blocks.CharBlock(
        max_length=200,
        help_text="The phone number (for calls and texts) or the web address (for online).",
    )
    description = blocks.CharBlock(
        required=False, max_length=250, help_text="Optional: who it is for, when it answers."
    )
    note = blocks.CharBlock(
        label="What happens when you call",
        required=False,
        max_length=250,
        help_text=(
            "Optional, in plain words: what a caller meets, e.g. “Press 2 for Spanish” or "
            "“Someone stays on the line while you use”."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        target = value["value"].strip()
        if value["kind"] in ("phone", "text"):
            if not PHONE_PATTERN.match(target):
                raise StructBlockValidationError(
                    block_errors={
                        "value": ValidationError(
                            "Enter a phone number using digits, spaces or dashes, e.g. 988 or "
                            "1-800-662-4357."
                        )
                    }
                )
        elif urlparse(target).scheme not in ("http", "https"):
            raise StructBlockValidationError(
                block_errors={
                    "value": ValidationError("Enter a full web address starting with https://")
                }
            )
        return value

    def get_searchable_content(self, value):
        # An online line shows its name as the link, not its web address.
        content = super().get_searchable_content(value)
        return [text for text in content if value["kind"] != "online" or text != value["value"]]

    def get_api_representation(self, value, context=None):
        return contact_line_representation(value)

    class Meta:
        icon = "mobile-alt"
        label = "Contact line"


def contact_line_representation(value, language=None):
    """A contact line with the link a phone opens: tel:, sms: or the web address. In another
    language (a site's crisis lines, CrisisLineBlock), its name and description in that
    language where the editor gave them; its number is the one number of every language."""
    target = value["value"].strip()
    href = dial_href(target, value["kind"] == "text") if value["kind"] != "online" else target
    # Saved before the note existed: no note.
    label, description, note = value["label"], value["description"], value.get("note") or ""
    if language and language != "en":
        label = value.get(f"label_{language}") or label
        description = value.get(f"description_{language}") or description
        note = value.get(f"note_{language}") or note
    return {
        "kind": value["kind"],
        "label": label,
        "value": target,
        "href": href,
        "description": description,
        "note": note,
    }


class CrisisLineBlock(ContactLineBlock):
    """A site's crisis line (Settings › Site settings): a contact line with its name and
    description in Spanish too. The number, its kind and its link are entered once for every
    language, so they cannot drift apart (docs/decisions/0006-spanish.md)."""

    label_es = blocks.CharBlock(
        required=False,
        max_length=80,
        label="Label (Spanish)",
        help_text="The line's name on Spanish pages, e.g. “Línea de Prevención del Suicidio”. "
        "Empty: the English name.",
    )
    description_es = blocks.CharBlock(
        required=False,
        max_length=250,
        label="Description (Spanish)",
        help_text="Optional: who it is for, when it answers, in Spanish.",
    )
    note_es = blocks.CharBlock(
        label="What happens when you call (Spanish)",
        required=False,
        max_length=250,
        help_text="Optional: the same, in Spanish, e.g. “Marque 2 para español”. "
        "Empty: the English words.",
    )


class ContactLinesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the lines."
    )
    lines = blocks.ListBlock(
        ContactLineBlock(), min_num=1, help_text="Phone, text or online lines."
    )

    class Meta:
        icon = "mobile-alt"
        label = "Contact lines"


# Where a step's action may lead: a call, a text, a page of the site or an address on the web.
ACTION_LINK_SCHEMES = ("tel:", "sms:", "https://", "http://", "/")


class StepBlock(ReadableText, blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, help_text="The step in a few words, e.g. “Call 911”.")
    text = blocks.TextBlock(help_text="What to do, in one to three short sentences.")
    action_label = blocks.CharBlock(
        required=False,
        max_length=60,
        help_text="Optional: the words on the step's one action, e.g. “Call 911”.",
    )
    action_link = blocks.CharBlock(
        required=False,
        max_length=300,
        help_text="Where the action leads: tel:911, sms:988, a page’s address (/…) or https://…",
    )

    def clean(self, value):
        value = super().clean(value)
        link = value["action_link"].strip()
        if bool(link) != bool(value["action_label"].strip()):
            message = "Give the action both its words and its link, or neither."
            field = "action_link" if not link else "action_label"
            raise StructBlockValidationError(block_errors={field: ValidationError(message)})
        if link and (not link.startswith(ACTION_LINK_SCHEMES) or link.startswith("//")):
            raise StructBlockValidationError(
                block_errors={
                    "action_link": ValidationError(
                        "Start the link with tel:, sms:, / (a page of this site) or https://"
                    )
                }
            )
        if link.startswith(("tel:", "sms:")):
            number = link.split(":", 1)[1].split("?", 1)[0]
            if not PHONE_PATTERN.match(number):
                raise StructBlockValidationError(
                    block_errors={
                        "action_link": ValidationError(
                            "After tel: or sms:, give a phone number, e.g. tel:911."
                        )
                    }
                )
        return value

    def get_searchable_content(self, value):
        # The link is an address, not words a visitor reads.
        return [value["title"], value["text"], value["action_label"]]


class StepsBlock(blocks.StructBlock):
    """Numbered steps shown open, large, each with its one action: what to do in an
    overdose. Never folded behind a tap: a reader may be helping someone as they read."""

    heading = blocks.CharBlock(
        max_length=120, help_text="What the steps are for, e.g. “What to do in an overdose”."
    )
    intro = blocks.TextBlock(
        required=False,
        help_text="Optional: a sentence before the steps, e.g. the signs to look for.",
    )
    steps = blocks.ListBlock(StepBlock(), min_num=1, help_text="Shown numbered, in this order.")

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        # The address of the steps on their page: the crisis bar and the hero link to it.
        data["anchor"] = steps_anchor(value)
        return data

    class Meta:
        icon = "list-ol"
        label = "Numbered steps"


def steps_anchor(value):
    """The id of a steps block on its page (its heading, as an address fragment)."""
    return slugify(value["heading"]) or "steps"


VIDEO_HOSTS = {
    "www.youtube.com": "youtube",
    "youtube.com": "youtube",
    "m.youtube.com": "youtube",
    "youtu.be": "youtube",
    "www.youtube-nocookie.com": "youtube",
    "vimeo.com": "vimeo",
    "player.vimeo.com": "vimeo",
}


class VideoBlock(ReadableText, blocks.StructBlock):
    """A video stored as its address only: nothing is fetched from the video host until a
    visitor asks to play it (unlike an embed, which calls the host when saved)."""

    url = blocks.URLBlock(help_text="The video's address on YouTube or Vimeo.")
    title = blocks.CharBlock(
        max_length=200, help_text="The video's title, shown before it is played."
    )
    description = blocks.TextBlock(
        required=False,
        help_text="What the video shows, for people who cannot or will not play it.",
    )

    def clean(self, value):
        value = super().clean(value)
        if urlparse(value["url"]).hostname not in VIDEO_HOSTS:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError("Use a YouTube or Vimeo address for the video.")
                }
            )
        return value

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        data["provider"] = VIDEO_HOSTS.get(urlparse(value["url"]).hostname)
        return data

    class Meta:
        icon = "media"
        label = "Video"
