"""The blocks that show strategy cards: a page body's "Strategy cards" block and its chooser."""

from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from turnto.core.images import rendition_prefetch
from turnto.core.page_tree import content_language, request_pages


def translated_card(card, language):
    """The card in `language`: its translation when there is one, else the card as chosen.
    Every card of the language is read once per request (a few dozen rows, with their
    pictures), so a page's queries do not grow with its cards or its blocks."""
    pages = request_pages()
    if language is None or pages.tree.languages.get(card.locale_id) == language:
        return card  # chosen in its own language: nothing to look up
    cache = pages.__dict__.setdefault("_strategy_cards", {})
    if language not in cache:
        from .models import StrategyCard

        cache[language] = {
            c.translation_key: c
            for c in StrategyCard.objects.filter(locale__language_code=language)
            .select_related("image", "locale")
            .prefetch_related(rendition_prefetch("image"), "learn_more_pages")
        }
    return cache[language].get(card.translation_key, card)


class StrategyCardChooserBlock(SnippetChooserBlock):
    """Strategy cards, fetched with their image renditions and "learn more" links at once (the
    pages themselves come from the page tree)."""

    def __init__(self, **kwargs):
        super().__init__("strategies.StrategyCard", **kwargs)

    def deconstruct(self):
        # Keep migrations readable: the target model is fixed by this class.
        path, args, kwargs = super().deconstruct()
        return path, (), kwargs

    @cached_property
    def _queryset(self):
        return self.target_model.objects.select_related("image").prefetch_related(
            rendition_prefetch("image"), "learn_more_pages"
        )

    def bulk_to_python(self, values):
        objects = self._queryset.all().in_bulk([v for v in values if v is not None])
        return [objects.get(v) for v in values]

    def get_searchable_content(self, value):
        # The card's words are on every page that shows it: a search for them finds the page.
        return value.searchable_content() if value is not None else []

    def get_api_representation(self, value, context=None):
        if value is None:
            return None
        request = context.get("request") if context else None
        language = content_language()
        return translated_card(value, language).api_representation(request, language)


class StrategyCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the cards."
    )
    cards = blocks.ListBlock(
        StrategyCardChooserBlock(help_text="A strategy card, from the Strategy cards menu."),
        min_num=1,
        help_text="The cards to show, in this order.",
    )

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        # A card deleted after it was chosen disappears rather than leaving a hole.
        data["cards"] = [card for card in data["cards"] if card]
        return data

    class Meta:
        icon = "table"
        label = "Strategy cards"
