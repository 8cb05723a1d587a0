"""The API views of pages, images, documents, page previews and the site shell (their
addresses are given by the router, `turnto.api`)."""

import re
from datetime import UTC
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.core.signing import BadSignature, SignatureExpired
from django.db import models
from django.http import Http404
from django.urls import path
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import DescendantOfFilter, FieldsFilter, SearchFilter
from wagtail.api.v2.serializers import PageParentField, PageSerializer
from wagtail.api.v2.utils import BadRequestError, get_object_detail_url
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from rest_framework.authentication import BaseAuthentication
from rest_framework.fields import Field
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

from ..images import share_image
from ..language import LANGUAGE_PARAMETER, path_language
from ..models import SiteSettings
from ..page_tree import request_pages, site_for_request, speaking
from ..pages import breadcrumbs, page_href
from ..search_backend import searching_in
from .parameters import unknown_parameters
from .site_shell import site_shell


class JSONOnly:
    # JSON for browsers too: the browsable API would add forms, cookies and weight.
    renderer_classes = [JSONRenderer]

    def get_renderer_context(self):
        # Compact JSON: Wagtail indents by 4, which costs phones on a weak signal bytes.
        return {**super().get_renderer_context(), "indent": None}


# The smallest integer range of the databases the site runs on (PostgreSQL's integer): an
# offset past it fails in the database instead of finding nothing.
MAX_OFFSET = 2**31 - 1
# A visitor's search is a few words; thousands of them nest the query past Python's recursion.
MAX_SEARCH_LENGTH = 200
# Field filters whose value the database must be able to read as its type.
TYPED_FIELDS = (
    models.DateField,  # DateTimeField too
    models.TimeField,
    models.DecimalField,
    models.FloatField,
    models.UUIDField,
    models.DurationField,
)


def check_id(params):
    """?id= of find: a whole number, in ASCII digits (int() would take "٣" or " 3")."""
    if "id" in params and not re.fullmatch(r"[0-9]+", params["id"]):
        raise BadRequestError(_("id must be a whole number"))


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (?date=, ?first_published_at=...), with a value the field
    cannot read, or a time outside what a datetime holds, refused with a 400 naming it."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if isinstance(field, TYPED_FIELDS):
                check_field_value(field, name, value)
        return super().filter_queryset(request, queryset, view)


def check_field_value(field, name, value):
    try:
        parsed = field.to_python(value)
    except ValidationError as exc:
        # Django's own words: "“abc” value has an invalid date format. It must be in ..."
        raise BadRequestError(f"{name}: {exc.messages[0]}") from exc
    if isinstance(field, models.DateTimeField) and parsed is not None:
        try:  # as the database will be asked: an aware time, in UTC
            if timezone.is_naive(parsed):
                parsed = timezone.make_aware(parsed)
            parsed.astimezone(UTC)
        except (OverflowError, ValueError) as exc:
            message = _("%(name)s: %(value)r is out of range") % {"name": name, "value": value}
            raise BadRequestError(message) from exc


class WordsSearchFilter(SearchFilter):
    """Wagtail's search, given the words of ?search= only: a quote, a NUL or other
    punctuation is full-text syntax to the database (SQLite's FTS5 fails on a lone `"`),
    never what a visitor meant to find. No words at all find nothing."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        words = re.findall(r"\w+", request.GET["search"])
        if not words:
            return queryset.none()
        params = request.GET.copy()
        params["search"] = " ".join(words)
        # ?locale=es: the words by Spanish rules on PostgreSQL (core.search_backend).
        with searching_in(request.GET.get("locale")):
            return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class DescendantAndChildOfFilter(DescendantOfFilter):
    """?descendant_of= with ?child_of=: the children of the one that are also under the other.
    Wagtail refuses the pair, a rule an OpenAPI document cannot state for its clients."""

    def filter_queryset(self, request, queryset, view):
        parent = getattr(queryset, "_filtered_by_child_of", None)
        if parent is None:
            return super().filter_queryset(request, queryset, view)
        del queryset._filtered_by_child_of
        queryset = super().filter_queryset(request, queryset, view)
        queryset._filtered_by_child_of = parent  # as Wagtail leaves it, for ?order=
        return queryset


def checked_backends(backends):
    replacements = {
        FieldsFilter: CheckedFieldsFilter,
        SearchFilter: WordsSearchFilter,
        DescendantOfFilter: DescendantAndChildOfFilter,
    }
    return [replacements.get(backend, backend) for backend in backends]


class CheckedQueryParameters:
    """What Wagtail lets through to the database or the search backend, and so to a 500,
    refused with a 400 that names the parameter."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        params = self.request.GET
        offset = params.get("offset")
        if offset is not None and (not re.fullmatch(r"[0-9]+", offset) or int(offset) > MAX_OFFSET):
            raise BadRequestError(
                _("offset must be a whole number from 0 to %(max)s") % {"max": MAX_OFFSET}
            )
        if len(params.get("search", "")) > MAX_SEARCH_LENGTH:
            raise BadRequestError(
                _("search must be at most %(max)s characters") % {"max": MAX_SEARCH_LENGTH}
            )
        operator = params.get("search_operator")
        if operator is not None and operator not in ("and", "or"):
            raise BadRequestError(_("search_operator must be 'and' or 'or'"))


# What Wagtail's detail reads besides the id, as its listings accept them: the fields, the rich
# text's format, DRF's ?format=, and jQuery's cache-buster `_` (left out of the cache's key,
# core.api_cache).
DETAIL_QUERY_PARAMETERS = frozenset(["fields", "rich_text_format", "format", "_"])


def refuse_unknown(params, known):
    """A 400 naming every parameter not in `known`, in Wagtail's words for its listings: an
    address that answered any parameter would hide a misspelt one, and each made-up one would
    be a new answer for the cache to make and keep."""
    if unknown := unknown_parameters(params, known):
        raise BadRequestError(
            _("query parameter is not an operation or a recognised field: %(names)s")
            % {"names": ", ".join(unknown)}
        )


class CheckedDetail:
    """A detail (/<id>/) and find/ answer only the parameters they read, as the listings do
    (Wagtail's own detail and find ignore any other)."""

    detail_query_parameters = DETAIL_QUERY_PARAMETERS

    def detail_view(self, request, pk):
        refuse_unknown(request.GET, self.detail_query_parameters)
        return super().detail_view(request, pk)

    def find_view(self, request):
        refuse_unknown(request.GET, self.detail_query_parameters | self.find_query_parameters)
        return super().find_view(request)


class CheckedFind(CheckedDetail):
    """find/?id= of images and documents: a 400 for an id that is not a number (Wagtail's
    lookup raises on it), a 404 for one that finds nothing."""

    def find_view(self, request):
        check_id(request.GET)
        return super().find_view(request)


class SessionUser(BaseAuthentication):
    """The user Django's middleware found for the request's session: an editor logged in to
    the admin, else an anonymous user. Without it DRF sets the user to None (the public API
    authenticates no one), on Django's request too, and Wagtail's check of a login or groups
    restriction fails on it. Left unread until a restriction asks, which the page tree does
    only for a request with a session cookie: a visitor's answer reads no session."""

    def authenticate(self, request):
        user = getattr(request._request, "user", None)  # lazy: not read here
        return (AnonymousUser() if user is None else user, None)


class TreeParentField(PageParentField):
    """A page's parent as Wagtail gives it, found in the page tree rather than asked of the
    database twice."""

    def get_attribute(self, instance):
        pages = request_pages()
        if instance.pk not in pages.tree.by_id:  # a draft being previewed: Wagtail's way
            return super().get_attribute(instance)
        parent = pages.tree.parent(instance)
        if (
            parent is None
            or not any(parent.url_path.startswith(root) for root, _ in pages.site_roots())
            or parent.path.startswith(pages.hidden_paths())
        ):
            return None
        return parent

    def to_representation(self, page):
        # What Wagtail's own field gives, written out: it builds a serializer class and a
        # `Page` for these four values on every request, which cost more than all the rest
        # of the page's meta. `page` is a tree entry, or a `Page` for a draft.
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        name = f"{model._meta.app_label}.{model.__name__}"
        self.context["view"].seen_types[name] = model
        detail_url = get_object_detail_url(
            self.context["router"], self.context["request"], Page, page.pk
        )
        return {
            "id": page.pk,
            "meta": {
                "type": name,
                "detail_url": detail_url,
                "html_url": page_href(page.url_path, ()),
            },
            "title": page.title,
        }


class PageHeadField(Field):
    """A fact of the page's head that seo.js writes as the server does (website.entry)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def site(self):
        try:
            return site_for_request(self.context["request"], request_pages().tree)
        except (ValueError, Http404):
            return None


class ShareImageField(PageHeadField):
    """The picture a link to the page shows (its own, else its site's share image), at the
    share size: {url, width, height, alt}, or null."""

    def to_representation(self, page):
        site = self.site()
        return share_image(page, SiteSettings.for_site(site)) if site else None


class BreadcrumbsField(PageHeadField):
    """The pages from below the home page down to this one, [{title, url}]: the page's
    BreadcrumbList after the home page."""

    def to_representation(self, page):
        site = self.site()
        if site is None:
            return []
        pages = request_pages()
        home = pages.tree.home_of(site, page) if page.path else None
        if home is None:  # a draft not yet in the tree: under the site's own root
            root = pages.tree.by_id.get(site.root_page_id)
            return breadcrumbs(pages.tree, page, root, pages.hidden_paths()) if root else []
        root, _, prefix = home
        return breadcrumbs(pages.tree, page, root, pages.hidden_paths(), prefix)


class TreeLocaleField(PageHeadField):
    """The page's language ("en", "es"), from the page tree: no query for its locale."""

    def to_representation(self, page):
        tree = request_pages().tree
        return tree.languages.get(page.locale_id) or page.locale.language_code


class TranslationsField(PageHeadField):
    """{language: path on this site} of the page and each live translation of it this
    request may see: what the language switch links to. From the page tree: no query."""

    def to_representation(self, page):
        site = self.site()
        pages = request_pages()
        if site is None or page.pk not in pages.tree.by_id:
            return {}
        return pages.tree.translations(site, pages.tree.by_id[page.pk], pages.hidden_paths())


class TreeHtmlUrlField(PageHeadField):
    """The page's address on its site's origin, with its language's prefix ("/es/..."), from
    the page tree and the sites' roots: Wagtail's reads it from a `Page` that may not be its
    own type, which knows no prefix (pages.BasePage.get_url_parts)."""

    def to_representation(self, page):
        return page_href(page.url_path, ())


class TurnToPageSerializer(PageSerializer):
    parent = TreeParentField(read_only=True)
    share_image = ShareImageField()
    breadcrumbs = BreadcrumbsField()
    locale = TreeLocaleField()
    translations = TranslationsField()
    html_url = TreeHtmlUrlField()

    def to_representation(self, instance):
        # The snippets a page chooses (strategy cards, service types) speak its language.
        language = request_pages().tree.languages.get(instance.locale_id)
        with speaking(language):
            return super().to_representation(instance)


class TurnToPagesAPIViewSet(CheckedDetail, CheckedQueryParameters, JSONOnly, PagesAPIViewSet):
    base_serializer_class = TurnToPageSerializer
    # A page of a site: `?site=` names it on the detail too; find/ narrows by `?type=`.
    detail_query_parameters = DETAIL_QUERY_PARAMETERS | {"site"}
    find_query_parameters = PagesAPIViewSet.find_query_parameters | {"type"}
    filter_backends = checked_backends(PagesAPIViewSet.filter_backends)
    # What seo.js needs for the page's head and JSON-LD, as the server writes them.
    meta_fields = [
        *PagesAPIViewSet.meta_fields,
        "last_published_at",
        "share_image",
        "breadcrumbs",
        "translations",
    ]
    detail_only_fields = [
        *PagesAPIViewSet.detail_only_fields,
        "share_image",
        "breadcrumbs",
        "translations",
    ]
    authentication_classes = [SessionUser]

    def get_base_queryset(self):
        """As Wagtail's (the live pages of the request's site), but without the restricted
        subtrees the page tree says this request may not see: worked out once per request,
        and without reading the session of a visitor who has none (Wagtail's reads it for
        every restriction). Listings, search, ?type=, ?child_of= and ?descendant_of= start
        here."""
        site = self.request_site(request_pages().tree)
        if site is None:
            return Page.objects.none()
        homes = models.Q()
        for home, _code, _prefix in request_pages().tree.locale_roots(site):  # each language's home
            homes |= models.Q(path__startswith=home.path)
        queryset = Page.objects.live().filter(homes or models.Q(pk__in=()))
        for hidden in request_pages().hidden_paths():
            queryset = queryset.exclude(path__startswith=hidden)
        return queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        # Page types name what their API fields read from other tables (tags, images), so a
        # listing costs the same queries for 3 pages as for 30.
        prefetch = getattr(queryset.model, "api_listing_prefetch", None)
        return prefetch(queryset) if prefetch else queryset

    def get_serializer_context(self):
        context = BaseAPIViewSet.get_serializer_context(self)
        # Wagtail's fields ask this only for what the page tree cannot answer (an alias's
        # original page): asked for on every request, it would cost a query each time.
        context["base_queryset"] = SimpleLazyObject(self.get_base_queryset)
        return context

    def find_object(self, queryset, request):
        """As Wagtail's own find (?html_path= or ?id=), but for the site `?site=` names too
        (Wagtail's uses the host), and looked up in the page tree rather than walked one
        query per level."""
        if "type" in request.GET:  # ?type= narrows what may be found: Wagtail's way
            return super().find_object(queryset, request)
        tree = request_pages().tree
        site = self.request_site(tree)
        if "html_path" in request.GET:
            # "/es/..." under the Spanish home (Wagtail's own find ignores the language's
            # prefix: wagtail issue #6679).
            components = [part for part in request.GET["html_path"].split("/") if part]
            pathname = "/" + "".join(f"{part}/" for part in components)
            found = site and tree.locate(site, pathname)[0]
        else:
            found = tree.by_id.get(int(request.GET["id"]))
        return self.visible_page(site, found)

    def get_object(self):
        """The page of /api/v2/pages/<id>/, as Wagtail's detail finds it, from the tree."""
        if not hasattr(self, "_cached_object"):  # asked for again to choose the serializer
            tree = request_pages().tree
            found = tree.by_id.get(self.kwargs["pk"])
            page = self.visible_page(self.request_site(tree), found)
            if page is None:
                raise Http404(_("No Page matches the given query."))
            self._cached_object = page
        return self._cached_object

    def request_site(self, tree):
        try:
            return site_for_request(self.request, tree)
        except ValueError as exc:
            raise BadRequestError(str(exc)) from exc

    def visible_page(self, site, found):
        """The tree entry `found` as its own page type, read in one query, if this request may
        see it: a live page of its `site` under no restriction it has not passed."""
        if (
            found is None
            or site is None
            or request_pages().tree.home_of(site, found) is None
            or found.path.startswith(request_pages().hidden_paths())
        ):
            return None
        model = ContentType.objects.get_for_id(found.content_type_id).model_class() or Page
        return model.objects.filter(id=found.id).first()

    def find_view(self, request):
        """find/, its messages in the language of the page asked for: ?html_path=/es/... is
        Spanish (find/ refuses ?locale=, its path says the language; a refusal of it is in
        the language it asked, core.language)."""
        path = request.GET.get("html_path", "")
        if LANGUAGE_PARAMETER in request.GET or not path.startswith("/"):
            return self.find_page_view(request)
        with translation.override(path_language(path)):
            return self.find_page_view(request)

    def find_page_view(self, request):
        """The page at ?html_path= (or ?id=), answered with its detail at once.

        Wagtail redirects to the detail URL; on a weak mobile signal that second round trip
        is the slowest part of showing a page, so the detail comes back directly instead
        (with Content-Location naming the detail URL)."""
        refuse_unknown(request.GET, self.detail_query_parameters | self.find_query_parameters)
        if not ({"html_path", "id"} & set(request.GET)):
            raise BadRequestError(
                _("find needs html_path (e.g. ?html_path=/facts-and-stats/) or id")
            )
        check_id(request.GET)
        # The queryset is built only if it is needed: building it costs a query.
        queryset = SimpleLazyObject(self.get_queryset)
        try:
            page = self.find_object(queryset, request)
        except ObjectDoesNotExist:  # with ?type=, that model's own DoesNotExist
            page = None
        if page is None:
            raise Http404(_("not found"))
        self._cached_object = page.specific
        serializer = self.get_serializer(self._cached_object)
        response = Response(serializer.data)
        # Named here, not read from the answer: ?fields=_ leaves `meta` out of it.
        response["Content-Location"] = get_object_detail_url(
            request.wagtailapi_router, request, Page, page.pk
        )
        return response


class PagePreviewAPIViewSet(TurnToPagesAPIViewSet):
    """GET /api/v2/page_preview/?content_type=app.model&token=... — a draft, shaped like the
    detail endpoint. The token is signed by the admin when an editor previews, and expires."""

    known_query_parameters = TurnToPagesAPIViewSet.known_query_parameters.union(
        ["content_type", "token"]
    )

    def listing_view(self, request):
        self.check_query_parameters(self.get_queryset())
        return self.preview_response()

    def detail_view(self, request, pk):
        return self.preview_response()

    def find_view(self, request):
        return self.preview_response()

    def preview_response(self):
        self.action = "detail_view"  # serialise with the detail fields, whatever the route
        page = self.get_object()
        response = Response(self.get_serializer(page).data)
        # A draft is for this editor, now: never stored by a browser or a proxy.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    def get_object(self):
        if hasattr(self, "_cached_object"):
            return self._cached_object
        content_type_name = self.request.GET.get("content_type", "")
        token = self.request.GET.get("token", "")
        if not content_type_name or not token:
            raise BadRequestError("a preview needs content_type and token")
        try:
            app_label, model = content_type_name.lower().split(".")
            content_type = ContentType.objects.get_by_natural_key(app_label, model)
        except (ValueError, ContentType.DoesNotExist) as exc:
            raise Http404("no such content type") from exc
        model_class = content_type.model_class()
        if model_class is None or not issubclass(model_class, HeadlessPreviewMixin):
            raise Http404("no such content type")
        try:
            model_class.get_preview_signer().unsign(token, max_age=settings.PREVIEW_TOKEN_MAX_AGE)
        except SignatureExpired as exc:
            message = "this preview link has expired: preview again from the admin"
            raise BadRequestError(message) from exc
        except BadSignature as exc:
            raise BadRequestError("this preview link is not valid") from exc
        preview = PagePreview.objects.filter(content_type=content_type, token=token).first()
        if preview is None:
            raise Http404("no preview for this token")
        page = preview.as_page()
        if not page.pk:
            page.pk = 0  # a new page not saved yet: a placeholder id for the API's URLs
        self._cached_object = page
        return page

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]


class SiteShellAPIViewSet(JSONOnly, BaseAPIViewSet):
    """GET /api/v2/site/ — site name, navigation, crisis lines, quick exit and footer."""

    model = Site
    name = "site"
    authentication_classes = [SessionUser]
    known_query_parameters = frozenset(["site", "format", "locale", "_"])

    def shell_view(self, request):
        refuse_unknown(request.GET, self.known_query_parameters)
        try:
            site = site_for_request(request)
        except ValueError as exc:
            raise BadRequestError(str(exc)) from exc
        if site is None:
            raise Http404(_("no site is configured for this host"))
        language = request.GET.get("locale")
        if language is not None and language not in dict(settings.LANGUAGES):
            codes = ", ".join(dict(settings.LANGUAGES))
            raise BadRequestError(_("locale must be one of: %(codes)s") % {"codes": codes})
        return Response(site_shell(site, language))

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "shell_view"}), name="shell")]


class TurnToImagesAPIViewSet(CheckedFind, CheckedQueryParameters, JSONOnly, ImagesAPIViewSet):
    filter_backends = checked_backends(ImagesAPIViewSet.filter_backends)


class TurnToDocumentsAPIViewSet(CheckedFind, CheckedQueryParameters, JSONOnly, DocumentsAPIViewSet):
    filter_backends = checked_backends(DocumentsAPIViewSet.filter_backends)
