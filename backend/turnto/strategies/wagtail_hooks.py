from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import StrategyCard


class StrategyCardViewSet(SnippetViewSet):
    model = StrategyCard
    icon = "table"
    menu_label = "Strategy cards"
    add_to_admin_menu = True
    menu_order = 200
    list_display = ["title", "icon", "learn_more_sites"]
    search_fields = ["title", "summary"]


register_snippet(StrategyCardViewSet)
