"""A translation takes its place in its menu in the order of the pages it translates: a city
translated into Spanish lands among the Spanish cities where the English one stands among
the English cities (wagtail-localize adds every new translation as its parent's last child,
after "Más recursos"). Only when it is first published: an order editors set by hand in a
language ("Sort menu order") stays as it is."""

from wagtail.models import Locale
from wagtail.signals import page_published


def source_order_target(page):
    """(sibling, position) to move `page` to so its siblings follow their sources' order, or
    None where it stands right already (or is no translation)."""
    default = Locale.get_default()
    if page.depth <= 2 or page.locale_id == default.pk:
        return None  # a site's home stands beside the other homes in no order of ours
    source = page.get_translation_or_none(default)
    if source is None:
        return None
    keys = source.get_siblings().order_by("path").values_list("translation_key", flat=True)
    rank = {key: n for n, key in enumerate(keys)}
    mine = rank[page.translation_key]
    siblings = list(page.get_siblings(inclusive=True).order_by("path"))
    others = [sibling for sibling in siblings if sibling.pk != page.pk]
    after = next((s for s in others if rank.get(s.translation_key, len(rank)) > mine), None)
    following = siblings[[sibling.pk for sibling in siblings].index(page.pk) + 1 :]
    if after is not None:
        return None if following and following[0].pk == after.pk else (after, "left")
    return (others[-1], "right") if following else None


def put_in_source_order(sender, instance, **kwargs):
    if instance.first_published_at != instance.last_published_at:
        return  # published before: where it stands is where editors keep it
    target = source_order_target(instance)
    if target is not None:
        sibling, position = target
        instance.move(sibling, pos=position)


def connect():
    page_published.connect(put_in_source_order, dispatch_uid="turnto.core.translation_order")
