"""`BodyBlock`, the list every page body is made of, put together from the blocks of the apps
that own what they show: core's own blocks, strategy cards, directory listings."""

from wagtail import blocks

from turnto.core.blocks import (
    RICH_TEXT_FEATURES,
    CallToActionBlock,
    ContactLinesBlock,
    DataTableBlock,
    FAQBlock,
    HeadingBlock,
    ImageBlock,
    PrinciplesBlock,
    QuoteBlock,
    StatisticBlock,
    StepsBlock,
    VideoBlock,
)
from turnto.directory.blocks import DirectoryListingsBlock, ListingHoursBlock
from turnto.strategies.blocks import StrategyCardsBlock


class BodyBlock(blocks.StreamBlock):
    """The blocks a page body is made of; every page type uses this one list."""

    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, icon="pilcrow", label="Text", help_text="Paragraphs of text."
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    principles = PrinciplesBlock()
    strategy_cards = StrategyCardsBlock()
    statistic = StatisticBlock()
    data_table = DataTableBlock()
    faq = FAQBlock()
    steps = StepsBlock()
    contact_lines = ContactLinesBlock()
    video = VideoBlock()
    directory_listings = DirectoryListingsBlock()
    listing_hours = ListingHoursBlock()
