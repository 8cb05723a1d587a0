from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import StrategyCard


class StrategyCardViewSet(SnippetViewSet):
    model = StrategyCard
    icon = "table"
    menu_label = "Strategy cards"
    add_to_admin_menu = True
    menu_order = 200
    # A card and its translations are rows of their own: the column says which is which.
    list_display = ["title", Column("locale", label="Language"), "icon", "learn_more_sites"]
    search_fields = ["title", "summary"]


register_snippet(StrategyCardViewSet)
