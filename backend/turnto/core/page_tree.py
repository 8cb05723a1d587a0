"""Where every live page is, which pages are restricted, which site a host is: read once per
content generation.

Answering one page used to ask the database these questions a dozen times: which site the
host is, which pages are restricted, whether the page, its parent and each linked page are
live and public, where every linked page lives. The answers change only when an editor
changes something, and every change moves the content generation (core.content_generation). So each
process keeps one `PageTree` for the current generation and reads the tree again, in two
queries, after an edit.
"""

import dataclasses
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control, patch_vary_headers

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .content_generation import generation


def default_language():
    """The language of the site's own addresses ("en"): settings.LANGUAGE_CODE's."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def language_prefix(language):
    """Where a language's pages live on a site: "/" for the default, "/es/" for Spanish."""
    return "/" if language == default_language() else f"/{language}/"


@dataclass(frozen=True, slots=True)
class LivePage:
    id: int
    path: str  # the tree path: "00010002" is the second child of the first root
    depth: int
    url_path: str  # "/home/what-is-harm-reduction/"
    title: str
    slug: str
    content_type_id: int
    locale_id: int
    show_in_menus: bool
    translation_key: object  # the same for a page and each of its translations

    @property
    def pk(self):
        return self.id

    def as_page(self):
        """A `Page` built from what the tree holds, without a query: enough for a chosen
        page's link, and for the admin's page chooser, which shows its title."""
        return Page(
            id=self.id,
            path=self.path,
            depth=self.depth,
            url_path=self.url_path,
            title=self.title,
            draft_title=self.title,
            slug=self.slug,
            content_type_id=self.content_type_id,
            locale_id=self.locale_id,
            translation_key=self.translation_key,
            live=True,
        )


class PageTree:
    def __init__(self):
        fields = [f.name for f in dataclasses.fields(LivePage)]
        pages = [
            LivePage(*row) for row in Page.objects.live().values_list(*fields).order_by("path")
        ]
        self.in_order = pages
        self.by_id = {page.id: page for page in pages}
        self.by_path = {page.path: page for page in pages}
        self.by_url_path = {page.url_path: page for page in pages}
        # A page and its live translations, and each locale's language ("en", "es").
        self.by_translation_key = {}
        for page in pages:
            self.by_translation_key.setdefault(page.translation_key, []).append(page)
        self.languages = dict(Locale.objects.values_list("id", "language_code"))
        # The restrictions themselves (a logged-in editor may pass some), with their page's
        # tree path: a restriction hides its page and everything under it. Their groups are
        # read now, so that checking a groups restriction asks only for the user's groups.
        self.restrictions = [
            (restriction, restriction.page.path)
            for restriction in PageViewRestriction.objects.select_related("page")
            .only("id", "restriction_type", "password", "page__path")
            .prefetch_related("groups")
        ]
        self.restricted_paths = tuple(path for _, path in self.restrictions)
        self._sites = {}
        # What other parts of core work out from this generation's pages, kept as long as
        # the tree (website.entry: each page's head).
        self.memo = {}

    def is_public(self, page_id):
        """Live, and under no view restriction: what an anonymous visitor may see."""
        page = self.by_id.get(page_id)
        return page is not None and not page.path.startswith(self.restricted_paths)

    def public(self, page_id):
        """The page's entry if it is live and public, else None."""
        return self.by_id[page_id] if self.is_public(page_id) else None

    def public_page(self, page_id):
        """The page as a `Page` (unsaved, built from the tree) if it is public, else None."""
        return self.by_id[page_id].as_page() if self.is_public(page_id) else None

    def hidden_paths(self, request):
        """The restricted subtrees this request may not see (all of them for a visitor).

        Only a session can pass a restriction (a password given, a login, a group), so a
        request without a session cookie is never asked for one: its session is left
        untouched and its answer is the same as every visitor's."""
        request = getattr(request, "_request", request)  # Django's, under a DRF request
        if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return self.restricted_paths
        # Wagtail's own check, which reads the session (a password given) and the user: the
        # session's, or an anonymous one (the API's views keep it: api.SessionUser).
        return tuple(
            path
            for restriction, path in self.restrictions
            if not restriction.accept_request(request)
        )

    def language(self, page):
        """A tree entry's language code ("en", "es")."""
        return self.languages.get(page.locale_id, default_language())

    def locale_roots(self, site):
        """The homes of a site, one per language, as [(home entry, language, prefix)]: the
        site's root page at "/", and each live translation of it at "/<language>/"
        (docs/decisions/0006-spanish.md). Worked out once per site and generation."""
        key = ("locale-roots", site.pk)
        roots = self.memo.get(key)
        if roots is None:
            home = self.by_id.get(site.root_page_id)
            roots = []
            if home is not None:
                roots.append((home, self.language(home), "/"))
                for other in self.by_translation_key.get(home.translation_key, ()):
                    if other.id != home.id:
                        language = self.language(other)
                        roots.append((other, language, language_prefix(language)))
            self.memo[key] = roots
        return roots

    def locate(self, site, pathname):
        """The page a visitor's path names on `site`: (entry or None, its home entry, language,
        prefix). "/es/guia-de-recursos/" is looked up under the Spanish home; every other path
        under the site's own root."""
        roots = self.locale_roots(site)
        if not roots:
            return None, None, default_language(), "/"
        chosen = roots[0]
        for root in roots[1:]:
            if pathname == root[2][:-1] or pathname.startswith(root[2]):
                chosen = root
                break
        home, language, prefix = chosen
        rest = pathname[len(prefix) :] if pathname.startswith(prefix) else pathname.lstrip("/")
        return self.by_url_path.get(home.url_path + rest), home, language, prefix

    def home_of(self, site, page):
        """(home entry, language, prefix) of the site's home `page` is under, else None."""
        return next(
            (root for root in self.locale_roots(site) if page.path.startswith(root[0].path)),
            None,
        )

    def translations(self, site, page, hidden=()):
        """{language: path on the site} of `page` and its live translations on `site` that
        this request may see (`hidden`: its restricted tree paths). From the tree: no query."""
        from .pages import site_path

        out = {}
        for home, language, prefix in self.locale_roots(site):
            for other in self.by_translation_key.get(page.translation_key, ()):
                if (
                    other.locale_id == home.locale_id
                    and other.path.startswith(home.path)
                    and not other.path.startswith(hidden)
                ):
                    out[language] = site_path(other.url_path, home.url_path, prefix)
        return out

    def parent(self, page):
        return self.by_path.get(page.path[: -Page.steplen])

    def site(self, request):
        """As Wagtail finds a request's site (`?site=hostname[:port]`, else the host), but
        remembered for this generation. Raises Http404 or ValueError as Wagtail does.

        `?site=` is the API's (a front end served apart from the CMS names its site): a page's
        own address is always the host's site, so `/?site=other` never mixes two sites."""
        named = request.GET.get("site") if request.path.startswith("/api/") else None
        if named:
            key = ("site", named)
        else:
            key = ("host", split_domain_port(request._get_raw_host())[0], request.get_port())
        if key not in self._sites:
            self._sites[key] = self._find_site(request, named, key)
        return self._sites[key]

    @staticmethod
    def _find_site(request, named, key):
        from wagtail.api.validators import SiteFilterValidator
        from wagtail.models.sites import get_site_for_hostname

        if named:
            site = SiteFilterValidator(site=named, request=request).site_obj
        else:
            try:
                site = get_site_for_hostname(*key[1:])
            except Site.DoesNotExist:
                site = None
        return site  # kept for the generation, with its root page once first read


_current = {"generation": None, "tree": None}
_lock = threading.Lock()


def page_tree(at_generation=None):
    """The tree for the current content generation, built once per process and generation."""
    if at_generation is None:
        at_generation = generation()
    if _current["generation"] != at_generation:
        with _lock:
            if _current["generation"] != at_generation:
                _current["tree"] = PageTree()
                _current["generation"] = at_generation
    return _current["tree"]


def site_for_request(request, tree=None):
    """The site a request is for: `?site=hostname[:port]` when given, else the request's host.
    None when no site matches the host; Http404 or ValueError for a bad `?site=`."""
    request = getattr(request, "_request", request)  # a DRF request wraps Django's
    site = (tree or page_tree()).site(request)
    if not request.GET.get("site"):
        request._wagtail_site = site  # what Wagtail's own Site.find_for_request would find
    return site


class RequestPages:
    """What one request needs of the tree, worked out once: the tree of the generation the
    request started in (so one answer never mixes two), and its site's root path."""

    def __init__(self, request=None):
        self.request = request
        self._tree = None
        self._site_root = None
        self._site_roots = None
        self._hidden_paths = None
        # Whether this request passed a restriction: its answer may then show a page that is
        # for this person alone, and no shared cache may keep it.
        self.personal = False

    @property
    def tree(self):
        if self._tree is None:
            self._tree = page_tree()
        return self._tree

    def site_root(self):
        """The url_path of the request's site root ("/home/"), "" when there is none."""
        if self._site_root is None:
            site = None
            if self.request is not None:
                try:
                    site = site_for_request(self.request, self.tree)
                except (ValueError, Http404):  # a bad ?site= is reported by the view itself
                    site = Site.find_for_request(self.request)
            self._site_root = site.root_page.url_path if site else ""
        return self._site_root

    def site_roots(self):
        """[(home url_path, prefix)] of the request's site, one per language."""
        if self._site_roots is None:
            site = self.site()
            self._site_roots = (
                [(home.url_path, prefix) for home, _, prefix in self.tree.locale_roots(site)]
                if site
                else []
            )
        return self._site_roots

    def site(self):
        if self.request is None:
            return None
        try:
            return site_for_request(self.request, self.tree)
        except (ValueError, Http404):
            return None

    def hidden_paths(self):
        """The restricted subtrees this request may not see, worked out once (a listing, its
        filters and each page's parent all ask)."""
        if self._hidden_paths is None:
            self._hidden_paths = self.tree.hidden_paths(self.request)
            self.personal = len(self._hidden_paths) < len(self.tree.restricted_paths)
        return self._hidden_paths


_request_pages = ContextVar("turnto_request_pages", default=None)


def request_pages():
    """The current request's `RequestPages`; outside a request, a fresh one (a visitor's view)."""
    return _request_pages.get() or RequestPages()


class RequestPagesMiddleware:
    """Lets code with no request at hand (rich-text links, chooser blocks) see the request's
    site and tree."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        pages = RequestPages(request)
        token = _request_pages.set(pages)
        try:
            response = self.get_response(request)
        finally:
            _request_pages.reset(token)
        if pages.personal:
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ("Cookie",))
        return response


_content_language = ContextVar("turnto_content_language", default=None)


def content_language():
    """The language of the page (or API answer) being written: "es" while a Spanish page's body
    is turned into JSON, so that the snippets it chooses show their Spanish translation."""
    return _content_language.get() or default_language()


@contextmanager
def speaking(language):
    """Write what is inside in `language` (see content_language)."""
    token = _content_language.set(language)
    try:
        yield
    finally:
        _content_language.reset(token)
