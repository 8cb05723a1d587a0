"""The pages of a site that hold the words, best first, with their context.

Wagtail's database search backend does the finding: on PostgreSQL its full-text search with
ranking, stemmed by the rules of the pages' language ("condom" finds "condoms"; in Spanish
"jeringa" finds "jeringas", core.search_backend), on SQLite FTS5. What a page is indexed with is
what a visitor reads on it: its title, intro and body, the words of the strategy cards and
listings chosen into it included (their chooser blocks' `get_searchable_content`)."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page
from wagtail.search.models import IndexEntry

from turnto.core.page_tree import request_pages
from turnto.core.pages import site_path
from turnto.core.search_backend import searching_in

from .context import first_context

MAX_PAGES = 20


def indexed_text_fields():
    """Where the index keeps the plain text it searched: `title_text` and `body_text` on
    PostgreSQL (`title` and `body` there are tsvectors), `title` and `body` elsewhere."""
    names = {field.name for field in IndexEntry._meta.get_fields()}
    if "body_text" in names:
        return "title_text", "body_text"
    return "title", "body"


def indexed_texts(pages):
    """{page id: (title, body)} as the search index holds them, in one query."""
    title, body = indexed_text_fields()
    rows = IndexEntry.objects.filter(
        content_type_id__in={page.content_type_id for page in pages},
        object_id__in=[str(page.pk) for page in pages],
    ).values_list("content_type_id", "object_id", title, body)
    wanted = {(page.content_type_id, str(page.pk)) for page in pages}
    return {int(pk): (t, b) for ct, pk, t, b in rows if (ct, pk) in wanted}


def matching_pages(site, hidden_paths, words, pattern, language=None):
    """(how many pages match, the best of them as search results), among the pages of the
    site's home in `language` (none: the site's own)."""
    tree = request_pages().tree
    roots = tree.locale_roots(site)
    home, _, prefix = next(
        (root for root in roots if root[1] == language),
        roots[0] if roots else (tree.by_id.get(site.root_page_id), None, "/"),
    )
    if home is None:
        return 0, []
    queryset = Page.objects.live().filter(path__startswith=home.path)
    for hidden in hidden_paths:
        queryset = queryset.exclude(path__startswith=hidden)
    # The words as that language's stemming reads them (PostgreSQL: core.search_backend).
    with searching_in(tree.language(home)):
        found = queryset.search(" ".join(words), operator="and")
    total = found.count()
    pages = list(found[:MAX_PAGES])
    texts = indexed_texts(pages) if pages else {}
    root = home.url_path
    items = []
    for page in pages:
        title, body = texts.get(page.pk, (page.title, ""))
        items.append(
            {
                "kind": "page",
                "id": page.pk,
                "title": page.title,
                "url": site_path(page.url_path, root, prefix),
                "type": type_name(page.content_type_id),
                "context": first_context([body, page.search_description, title], pattern),
            }
        )
    return total, items


def type_name(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return f"{model._meta.app_label}.{model.__name__}" if model else "wagtailcore.Page"
