"""A page's search index holds the words of the strategy cards it shows
(`StrategyCardChooserBlock.get_searchable_content`): when a card changes, so do those pages'."""

from wagtail.search.index import insert_or_update_object


def index_pages_showing(sender, instance, raw=False, **kwargs):
    """After a card is saved or deleted, index again the pages that show it: read now, they
    show the card as it is (a deleted card shows nothing, and its words leave their index)."""
    if raw:  # a fixture being loaded: its pages are indexed by their own saves
        return
    for page in instance.pages_showing():
        insert_or_update_object(page)
