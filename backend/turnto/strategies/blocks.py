"""The blocks that show strategy cards: a page body's "Strategy cards" block and its chooser."""

from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from turnto.core.images import rendition_prefetch


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
        return value.api_representation(request)


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
