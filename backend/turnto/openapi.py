"""One OpenAPI document for the whole public API (/api/schema/): drf-spectacular describes the
directory's DRF views; the hook below adds what it cannot read well — the problem-report
endpoint's answers, Wagtail's page, image, document, site and preview endpoints, and /api/ping/.

Written by hand from what the endpoints answer (tests/api/test_openapi_schemathesis.py runs
schemathesis against it on a live server, so a description that drifts from an answer fails).
Page contents are editor-defined StreamFields, so a page's own fields are loosely typed; the
envelopes, meta and error bodies are exact. The HSDS API is not here: it follows Open Referral's
own published document.
"""

from django.conf import settings

from wagtail.models import Locale, Page, get_page_models

from turnto.core.api.views import MAX_OFFSET, MAX_SEARCH_LENGTH
from turnto.core.page_tree import page_tree
from turnto.directory.models import (
    CONTACT_MAX_LENGTH,
    MESSAGE_MAX_LENGTH,
    ListingReport,
    ServiceType,
)

# What drf-spectacular may introspect: the directory's own DRF views (reports included).
DESCRIBED_PREFIXES = ("/api/directory/",)

JSON = "application/json"
NO_NUL = "^[^\\u0000]*$"  # text fields refuse null characters (400)


def only_directory_views(endpoints, **kwargs):
    """Preprocessing hook: the directory's views; the rest is described by hand below."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(DESCRIBED_PREFIXES)]


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def answer(description, schema=None, headers=None):
    response = {"description": description}
    if schema is not None:
        response["content"] = {JSON: {"schema": schema}}
    if headers:
        response["headers"] = headers
    return response


def error(description):
    return answer(description, ref("ErrorMessage"))


def query(name, schema, description, required=False, **extra):
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema,
        **extra,
    }


def integer(minimum, maximum=None, **extra):
    schema = {"type": "integer", "minimum": minimum, **extra}
    if maximum is not None:
        schema["maximum"] = maximum
    return schema


PAGE_ID = {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}


def page_types():
    return sorted(f"{m._meta.app_label}.{m.__name__}" for m in get_page_models() if m is not Page)


# Fields every page has: what ?fields= may name without ?type= (detail: parent too), and the
# ones stored in the page's own table, which ?order= and the field filters take.
PAGE_FIELDS = [
    "id", "title", "type", "detail_url", "html_url", "slug", "show_in_menus", "seo_title",
    "search_description", "first_published_at", "last_published_at", "alias_of", "locale",
]  # fmt: skip
# And what only a page's detail has (its head's facts for seo.js: core.api.views).
DETAIL_ONLY_FIELDS = ["parent", "share_image", "breadcrumbs"]
# Of those, the ones ?order= and the field filters take even with ?search= (the search index
# knows them; others, such as slug, are a 400 while searching, so they are left out here).
PAGE_DB_FIELDS = ["id", "title", "show_in_menus", "first_published_at"]


def public_page_ids(request):
    """Ids of the pages a visitor of this request's site can see: what child_of, ancestor_of
    and descendant_of take (any other id is a 400)."""
    tree = page_tree()
    site = tree.site(request) if request is not None else None
    if site is None:
        return []
    root = site.root_page.url_path
    hidden = tree.hidden_paths(request)
    return sorted(
        page.pk
        for page in tree.by_id.values()
        if page.url_path.startswith(root) and not (hidden and page.path.startswith(hidden))
    )


def schemas():
    text = {"type": "string"}
    nullable_text = {"type": "string", "nullable": True}
    datetime_or_null = {"type": "string", "format": "date-time", "nullable": True}
    page_link = {
        "type": "object",
        "description": "Another page: its id, type, detail and public URLs and title.",
        "required": ["id", "meta", "title"],
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "required": ["type", "detail_url", "html_url"],
                "properties": {
                    "type": text,
                    "detail_url": text,
                    "html_url": nullable_text,
                },
            },
            "title": text,
        },
    }
    share_image = {
        "type": "object",
        "nullable": True,
        "required": ["url", "width", "height", "alt"],
        "properties": {
            "url": text,
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "alt": text,
        },
    }
    page_meta = {
        "type": "object",
        "description": "What ?fields= leaves of the page's meta fields.",
        "properties": {
            "type": {"type": "string", "enum": page_types()},
            "detail_url": {"type": "string", "description": "This page in this API."},
            "html_url": {**nullable_text, "description": "The page on the site."},
            "slug": text,
            "show_in_menus": {"type": "boolean"},
            "seo_title": text,
            "search_description": text,
            "first_published_at": datetime_or_null,
            "last_published_at": datetime_or_null,
            "alias_of": {**page_link, "nullable": True},
            "parent": {**page_link, "nullable": True},
            "locale": text,
            "translations": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "Detail only. {language: the address of this page in it} for "
                "each published translation, this page's own language included.",
            },
            "share_image": {
                **share_image,
                "description": "Detail only. The picture a shared link to the page shows (its "
                "own, else the site's share image), cut to the share size.",
            },
            "breadcrumbs": {
                "type": "array",
                "description": "Detail only. The pages from below the home page down to this "
                "one: the page's breadcrumb trail after the home page.",
                "items": {
                    "type": "object",
                    "required": ["title", "url"],
                    "properties": {"title": text, "url": text},
                },
            },
        },
    }
    page = {
        "type": "object",
        "description": "A page: id, meta and title, and the fields of its type (editor-defined "
        "StreamField blocks such as body are lists of {type, value, id}). ?fields= chooses "
        "which are present; `_` leaves none.",
        "properties": {
            "id": {"type": "integer"},
            "meta": page_meta,
            "title": text,
            "body": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["type", "value"],
                    "properties": {"type": text, "value": {}, "id": text},
                },
            },
        },
    }
    media_meta = {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["wagtailimages.Image", "wagtaildocs.Document"]},
            "detail_url": text,
            "tags": {"type": "array", "items": text},
            "download_url": text,
        },
    }
    media = {
        "type": "object",
        "description": "An image (with width and height) or a document; ?fields= chooses.",
        "properties": {
            "id": {"type": "integer"},
            "meta": media_meta,
            "title": text,
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        },
    }

    def listing(item):
        return {
            "type": "object",
            "required": ["meta", "items"],
            "properties": {
                "meta": {
                    "type": "object",
                    "required": ["total_count"],
                    "properties": {
                        "total_count": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Matches on all pages of the listing.",
                        }
                    },
                },
                "items": {"type": "array", "items": item},
            },
        }

    nav_item = {
        "type": "object",
        "required": ["id", "title", "url", "children"],
        "properties": {
            "id": {"type": "integer"},
            "title": text,
            "url": text,
            "children": {"type": "array", "items": {"type": "object"}},
        },
    }
    shell = {
        "type": "object",
        "description": "What every page of the site shows around its content.",
        "required": ["site", "navigation", "crisis_lines", "exit", "footer"],
        "properties": {
            "site": {
                "type": "object",
                "required": ["id", "name", "organisation_type", "hostname", "root_url", "origin"],
                "properties": {
                    "id": {"type": "integer"},
                    "name": text,
                    "organisation_type": {
                        "type": "string",
                        "enum": ["Organization", "MedicalClinic"],
                        "description": "schema.org's type of the organisation behind the site.",
                    },
                    "share_image": {
                        **share_image,
                        "description": "The picture a shared link to a page with none of its "
                        "own shows, cut to the share size.",
                    },
                    "hostname": text,
                    "root_url": text,
                    "origin": {
                        **text,
                        "description": "The one origin the site writes its own addresses "
                        "with (canonical links, sitemap, redirects), whatever host was asked.",
                    },
                },
            },
            "locale": {
                **text,
                "description": "The language of this answer (?locale=, else the site's own).",
            },
            "languages": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "{language: the address of its home} for each language the "
                "site has (the language switch).",
            },
            "navigation": {"type": "array", "items": nav_item},
            "crisis_lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["kind", "label", "value", "href"],
                    "properties": {
                        "kind": text,
                        "label": text,
                        "value": text,
                        "href": {"type": "string", "description": "A tel:, sms: or web link."},
                        "description": text,
                        "note": {
                            **text,
                            "description": "What happens when you call, in plain words "
                            "(empty when the site says nothing).",
                        },
                    },
                },
            },
            "overdose": {
                "type": "object",
                "nullable": True,
                "description": "The crisis bar's link to the site's overdose steps (a page "
                "with a steps block, named in its settings), or null.",
                "required": ["label", "url"],
                "properties": {"label": text, "url": text},
            },
            "exit": {
                "type": "object",
                "description": "Quick exit: where the button takes a visitor.",
                "properties": {"url": text, "label": text},
            },
            "footer": {"type": "object", "properties": {"text": text}},
            "map": {"description": "The campaign's map, when it has one."},
            "offline": {
                "type": "boolean",
                "description": "Whether visitors' phones keep offline copies of the pages "
                "they read (the service worker at /sw.js); false: the site's pages remove it.",
            },
        },
    }
    report = {
        "type": "object",
        "required": ["kind"],
        # kind "other" needs a message that is not blank.
        "anyOf": [
            {"properties": {"kind": {"not": {"enum": ["other"]}}}},
            {"required": ["message"], "properties": {"message": {"pattern": r"\S"}}},
        ],
        "properties": {
            "kind": {
                "type": "string",
                "enum": [value for value, _label in ListingReport.KIND_CHOICES],
            },
            "message": {
                "type": "string",
                "maxLength": MESSAGE_MAX_LENGTH,
                "pattern": NO_NUL,
                "description": "Needed (not blank) when kind is other.",
            },
            "contact": {"type": "string", "maxLength": CONTACT_MAX_LENGTH, "pattern": NO_NUL},
            "website": {"enum": ["", None], "description": "Leave out (or empty)."},
        },
    }
    fragment = {
        "type": "object",
        "required": ["text", "mark"],
        "properties": {"text": text, "mark": {"type": "boolean", "description": "A word found."}},
    }
    context = {
        "type": "array",
        "description": "A line of the result's text around the first word found, as plain-text "
        "fragments (never HTML); the ones that are words found have mark true.",
        "items": fragment,
    }
    search_result = {
        "type": "object",
        "required": ["kind", "id", "title", "url", "context"],
        "properties": {
            "kind": {
                "type": "string",
                "enum": ["page", "place"],
                "description": "A place is a directory listing.",
            },
            "id": {
                "anyOf": [{"type": "integer"}, {"type": "string"}],
                "description": "A page's id (a number) or a listing's (a UUID).",
            },
            "title": text,
            "url": {
                **nullable_text,
                "description": "Where on this site: a page's path; for a "
                "place, the page that lists it (its city's, else one showing it).",
            },
            "type": {"type": "string", "description": "A page's type (pages only)."},
            "where": {"type": "string", "description": "A place's city and state (places only)."},
            "about": {"type": "string", "description": "A place's kinds of help (places only)."},
            "organization": {"type": "string", "description": "Who runs a place (places only)."},
            "context": context,
        },
    }
    search_results = {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {
            "meta": {
                "type": "object",
                "required": ["total_count", "pages", "places"],
                "properties": {
                    "total_count": {"type": "integer", "minimum": 0},
                    "pages": {"type": "integer", "minimum": 0, "description": "Pages found."},
                    "places": {"type": "integer", "minimum": 0, "description": "Places found."},
                },
            },
            "items": {
                "type": "array",
                "items": search_result,
                "description": "The best pages (at most 20), then places (at most 20).",
            },
        },
    }
    return {
        "SearchResults": search_results,
        "ErrorMessage": {
            "type": "object",
            "required": ["message"],
            "properties": {"message": {"type": "string", "description": "What is wrong."}},
        },
        "ReportMessage": {
            "type": "object",
            "required": ["message"],
            "properties": {"message": text},
        },
        "ReportErrors": {
            "type": "object",
            "required": ["message", "errors"],
            "properties": {
                "message": text,
                "errors": {
                    "type": "object",
                    "description": "One message per field at fault; `body` for the whole body.",
                    "additionalProperties": text,
                },
            },
        },
        "ListingReport": {
            "description": "A report, as JSON or a form. A body whose `website` (a field people "
            "never see) holds anything, even spaces, is thanked (201) whatever else it holds, and "
            "is not stored.",
            "anyOf": [
                report,
                {
                    "type": "object",
                    "required": ["website"],
                    # Any value a form can send but empty: no list, no object.
                    "properties": {
                        "website": {
                            "not": {
                                "anyOf": [
                                    {"enum": ["", None]},
                                    {"type": "array"},
                                    {"type": "object"},
                                ]
                            }
                        }
                    },
                },
            ],
        },
        "Page": page,
        "PageListing": listing(page),
        "Media": media,
        "MediaListing": listing(media),
        "SiteShell": shell,
        "Ping": {
            "type": "object",
            "required": ["ok"],
            "properties": {"ok": {"type": "boolean", "enum": [True]}},
        },
    }


def report_operation():
    retry_after = {
        "Retry-After": {"description": "Seconds until the hour ends.", "schema": integer(0)}
    }
    body = {"required": True, "content": {}}
    for media_type in (JSON, "application/x-www-form-urlencoded", "multipart/form-data"):
        body["content"][media_type] = {"schema": ref("ListingReport")}
    return {
        "operationId": "directory_services_reports_create",
        "tags": ["directory"],
        "summary": "Report a problem with a listing",
        "description": "Anonymous: no cookie, no CSRF token. Limited per client and overall per "
        "hour (429 with Retry-After). Fields a listing does not have are ignored.",
        "parameters": [
            {
                "name": "id",
                "in": "path",
                "required": True,
                "description": "The listing's id; any other text is a 404.",
                "schema": {"type": "string"},
            },
            {
                "name": "locale",
                "in": "query",
                "required": False,
                "description": "The language of the answer's messages (e.g. es); another is a "
                "400. Without it: English.",
                "schema": {"type": "string", "enum": [code for code, _ in settings.LANGUAGES]},
            },
        ],
        "requestBody": body,
        "responses": {
            "201": answer(
                "Thanked (and stored, unless the honeypot was filled).", ref("ReportMessage")
            ),
            "400": answer("A field is wrong, or the body is not an object.", ref("ReportErrors")),
            "404": answer("No active listing with that id.", ref("ReportMessage")),
            "415": answer("The body is neither JSON nor a form.", ref("ReportErrors")),
            "429": answer("Too many reports this hour.", ref("ReportMessage"), retry_after),
        },
    }


def common_parameters():
    """What every Wagtail listing takes: paging, fields, order and search."""
    return [
        query(
            "limit",
            integer(0, settings.WAGTAILAPI_LIMIT_MAX, default=20),
            "Items per answer.",
        ),
        query("offset", integer(0, MAX_OFFSET, default=0), "Items to skip."),
        query(
            "search",
            {"type": "string", "maxLength": MAX_SEARCH_LENGTH},
            "Words to look for; the answer is ordered by relevance unless ?order= is given.",
        ),
        query(
            "search_operator",
            {"type": "string", "enum": ["and", "or"]},
            "and: every word must match; or: any (the default).",
        ),
    ]


def fields_parameter(names):
    """Wagtail's ?fields= grammar: `*` first then only removals, `_` first then only
    additions, or names to add and `-names` to take away."""
    name = "(" + "|".join(names) + ")"
    pattern = rf"^(\*(,-{name})*|_(,{name})*|-?{name}(,-?{name})*)?$"
    return query(
        "fields",
        {"type": "string", "pattern": pattern},
        "Fields to add to the defaults, by name, comma-separated: `*` first for all (then "
        "`-name` takes one away), `_` first for none (then name the ones wanted), or names to "
        "add and `-names` to take away. Empty: the defaults.",
    )


def order_parameter(names):
    return query(
        "order",
        {"type": "string", "enum": ["", *names, *(f"-{name}" for name in names)]},
        "A field to order by, `-` for descending. Also `random`, but not with offset. "
        "Empty: the default order.",
    )


def wagtail_paths(request):
    site_parameter = query(
        "site",
        {"type": "string", "pattern": r"^([a-z0-9.-]+(:\d{1,5})?)?$"},
        "The site, by hostname[:port], when not the request's host (404 if none). Empty: the "
        "request's host.",
    )
    # The ids and languages there are, read for the site asked about; without a request
    # (`manage.py check`, `manage.py spectacular`) the database is not read and may be empty.
    if request is None:
        page_ids = {"type": "integer", "minimum": 1}
        locale = {"type": "string"}
    else:
        page_ids = {"type": "integer", "enum": public_page_ids(request)}
        locales = sorted(Locale.objects.values_list("language_code", flat=True))
        locale = {"type": "string", "enum": locales}
    text = {"type": "string"}
    page_parameters = [
        query(
            "type",
            {"type": "string", "enum": ["", *page_types()]},
            "Only pages of this type (app_label.Model); their own fields can then be chosen "
            "and filtered by. Empty: every type.",
        ),
        fields_parameter(PAGE_FIELDS),
        order_parameter(PAGE_DB_FIELDS),
        query("child_of", page_ids, "Only the children of this page (of this site)."),
        query("descendant_of", page_ids, "Only pages under this one (of this site)."),
        query("ancestor_of", page_ids, "Only pages above this one (of this site)."),
        query(
            "translation_of",
            page_ids,
            "Only the translations of this page (needs ?locale= to include the page itself).",
        ),
        query("locale", locale, "Only pages in this language."),
        # Wagtail filters by the fields of the page's own table; these work with ?search= too.
        # Any whole number: one outside the ids there can be finds nothing.
        query("id", {"type": "integer"}, "Only the page with this id."),
        query("title", text, "Only pages with this exact title."),
        query(
            "show_in_menus",
            {"type": "string", "enum": ["true", "false", "1", "0"]},
            "Only pages shown (true, 1) or not shown (false, 0) in menus.",
        ),
        site_parameter,
    ]
    found = answer("The page, with its type's fields.", ref("Page"))
    bad = error("A parameter is wrong: the message names it.")
    missing = error("No such page, or not public on this site.")
    images = answer("Images.", ref("MediaListing"))
    documents = answer("Documents.", ref("MediaListing"))
    media_fields = fields_parameter(["id", "title", "tags", "width", "height", "download_url"])
    media_order = order_parameter(["id", "title"])

    def get(operation_id, summary, description, parameters, responses, tag="pages"):
        return {
            "get": {
                "operationId": operation_id,
                "tags": [tag],
                "summary": summary,
                "description": description,
                "parameters": parameters,
                "responses": responses,
            }
        }

    detail_id = {
        "name": "id",
        "in": "path",
        "required": True,
        "description": "The id.",
        "schema": PAGE_ID,
    }
    # OpenAPI cannot say "one of the two": html_path is the one asked for, id the other way.
    find_by = [
        query(
            "html_path",
            text,
            "The page's path on the site, e.g. /news/ (empty: the home page).",
            required=True,
        ),
        query("id", PAGE_ID, "Instead of html_path (which then wins if both are given)."),
    ]
    redirect = {
        "description": "Found: Location names its detail URL (followed, the detail).",
        "headers": {"Location": {"schema": {"type": "string"}}},
    }
    return {
        "/api/v2/pages/": get(
            "pages_list",
            "Published pages of a site",
            "Live pages of the request's site (or ?site=) that a visitor may see. Without "
            "?search=, Wagtail also orders and filters by slug, seo_title, search_description "
            "and alias_of (a 400 with ?search=), and `order=random` (a 400 with ?offset=).",
            page_parameters + common_parameters(),
            {"200": answer("Pages.", ref("PageListing")), "400": bad, "404": missing},
        ),
        "/api/v2/pages/{id}/": get(
            "pages_retrieve",
            "One page",
            "A live page of the request's site, with every field of its type.",
            [detail_id, fields_parameter([*PAGE_FIELDS, *DETAIL_ONLY_FIELDS])],
            {"200": found, "400": bad, "404": missing},
        ),
        "/api/v2/pages/find/": get(
            "pages_find",
            "The page at a path",
            "The page at ?html_path= (or ?id=), answered at once with its detail; "
            "Content-Location names the detail URL. One of the two is needed (400).",
            [*find_by, site_parameter],
            {"200": found, "400": bad, "404": missing},
        ),
        "/api/v2/page_preview/": get(
            "page_preview_retrieve",
            "A draft being previewed",
            "A draft, shaped as a page's detail, for the signed, expiring token the admin "
            "gives an editor who previews. Never cached.",
            [
                query(
                    "content_type",
                    {"type": "string", "pattern": r"^[a-z_]+\.[a-z_]+$"},
                    "The page's type, app_label.model.",
                    required=True,
                ),
                query(
                    "token",
                    {"type": "string", "minLength": 1},
                    "The admin's preview token (400 when not valid or expired).",
                    required=True,
                ),
            ],
            {
                "200": found,
                "400": error("A token is missing, expired or not valid."),
                "404": error("No such type, or no preview for the token."),
            },
        ),
        "/api/v2/site/": get(
            "site_retrieve",
            "The site shell",
            "Site name, navigation, crisis lines, quick exit and footer of the request's site.",
            [site_parameter],
            {
                "200": answer("The shell.", ref("SiteShell")),
                "400": bad,
                "404": error("No site for this host or ?site=."),
            },
            tag="site",
        ),
        "/api/v2/images/": get(
            "images_list",
            "Images",
            "Every image in the library.",
            [media_fields, media_order, *common_parameters()],
            {"200": images, "400": bad},
            tag="media",
        ),
        "/api/v2/images/{id}/": get(
            "images_retrieve",
            "One image",
            "An image with its size.",
            [detail_id, media_fields],
            {"200": answer("The image.", ref("Media")), "400": bad, "404": error("No such image.")},
            tag="media",
        ),
        "/api/v2/images/find/": get(
            "images_find",
            "An image by id",
            "Redirects to the image's detail.",
            [query("id", PAGE_ID, "The image's id.", required=True)],
            {"302": redirect, "400": bad, "404": error("No such image.")},
            tag="media",
        ),
        "/api/v2/documents/": get(
            "documents_list",
            "Documents",
            "Every document in the library.",
            [fields_parameter(["id", "title", "tags", "download_url"]), media_order]
            + common_parameters(),
            {"200": documents, "400": bad},
            tag="media",
        ),
        "/api/v2/documents/{id}/": get(
            "documents_retrieve",
            "One document",
            "A document.",
            [detail_id, fields_parameter(["id", "title", "tags", "download_url"])],
            {
                "200": answer("The document.", ref("Media")),
                "400": bad,
                "404": error("No such document."),
            },
            tag="media",
        ),
        "/api/v2/documents/find/": get(
            "documents_find",
            "A document by id",
            "Redirects to the document's detail.",
            [query("id", PAGE_ID, "The document's id.", required=True)],
            {"302": redirect, "400": bad, "404": error("No such document.")},
            tag="media",
        ),
        "/api/v2/search/": get(
            "search",
            "Search the site's pages and places",
            "The live pages of the request's site (or ?site=) holding every word, by every word "
            "a visitor reads on them (cards and listings chosen into them included), best "
            "first; then the site's places (listings) with every word in their name, kinds of "
            "help, city, organization or description. Each with a line of context. Never "
            "cached: Cache-Control no-store.",
            [
                query(
                    "q",
                    # Something other than spaces (blank is a 400), and no NUL.
                    {
                        "type": "string",
                        "maxLength": MAX_SEARCH_LENGTH,
                        "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    },
                    "The words to look for (punctuation is ignored). Missing or blank: a 400.",
                    required=True,
                ),
                site_parameter,
            ],
            {
                "200": answer("Pages, then places.", ref("SearchResults")),
                "400": bad,
                "404": error("No site for this host or ?site=."),
            },
            tag="search",
        ),
        "/api/ping/": get(
            "ping",
            "Is the application up",
            "The smallest answer, without the database. Never cached.",
            [],
            {"200": answer("Up.", ref("Ping"))},
            tag="health",
        ),
    }


def describe_public_api(result, generator, request, public):
    """Postprocessing hook: the report endpoint's answers, then Wagtail's endpoints and ping."""
    listing = result["paths"].get("/api/directory/services/", {}).get("get")
    for parameter in listing["parameters"] if listing and request is not None else []:
        if parameter["name"] == "service_type":  # the slugs there are now: any other is a 400
            slugs = ServiceType.objects.originals().order_by("slug").values_list("slug", flat=True)
            parameter["schema"]["items"]["enum"] = list(slugs)
    reports = result["paths"].get("/api/directory/services/{id}/reports/")
    if reports is not None:
        reports.clear()
        reports["post"] = report_operation()
    result["paths"].update(wagtail_paths(request))
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components.update(schemas())
    for operations in result["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                refuse_nul(parameter["schema"])
    return result


def refuse_nul(schema):
    """A NUL in any text parameter is a 400 (turnto.core.middleware): free text says so."""
    for branch in schema.get("anyOf", []):
        refuse_nul(branch)
    if "items" in schema:
        refuse_nul(schema["items"])
    if schema.get("type") == "string" and not ({"enum", "pattern", "format"} & set(schema)):
        schema["pattern"] = NO_NUL
