"""The first answer for a site path: an honest status, the page's own head, redirects, the
sitemap and robots.txt of each site, and validators a cache can keep it by."""

import html
import json
import re
from xml.etree import ElementTree

from django.contrib.auth.models import Group
from django.utils.timezone import localdate

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from tests.conftest import CAMPAIGN_PATHS, CLINIC_HOST

pytestmark = pytest.mark.django_db


def head_of(response):
    """The head facts of an answer: title, meta by name or property, canonical, lang."""
    text = response.content.decode()
    head = text.split("</head>")[0]
    metas = {}
    for match in re.finditer(r'<meta (name|property)="([^"]+)" content="([^"]*)">', head):
        metas[match[2]] = html.unescape(match[3])
    canonical = re.search(r'<link rel="canonical" href="([^"]*)">', head)
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    return {
        "title": html.unescape(re.search(r"<title>([^<]*)</title>", head)[1]),
        "meta": metas,
        "canonical": canonical and html.unescape(canonical[1]),
        "lang": re.search(r'<html lang="([^"]*)"', text)[1],
        "ld": ld and json.loads(ld[1]),
    }


def site_name(host):
    from turnto.core.models import SiteSettings

    site = Site.objects.get(hostname=host)
    return SiteSettings.for_site(site).organisation_name or site.site_name


def public_pages(host):
    """(path, specific page) of every live public page of the site on `host`."""
    site = Site.objects.get(hostname=host)
    root = site.root_page
    pages = root.get_descendants(inclusive=True).live().public().specific().order_by("path")
    return [("/" + page.url_path[len(root.url_path) :], page) for page in pages]


def public_pages_in_every_language(host):
    """(path, specific page) of every live public page of the site, in every language: the
    Spanish ones under /es/ (docs/decisions/0006-spanish.md), in tree order."""
    site = Site.objects.get(hostname=host)
    out = []
    for home in site.root_page.get_translations(inclusive=True).live().order_by("path"):
        prefix = "/" if home.pk == site.root_page_id else f"/{home.locale.language_code}/"
        pages = home.get_descendants(inclusive=True).live().public().specific().order_by("path")
        out += [(prefix + page.url_path[len(home.url_path) :], page) for page in pages]
    return out


def expected_description(page):
    return page.search_description or getattr(page, "intro", "") or getattr(page, "summary", "")


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_every_page_of_both_sites_answers_200_with_its_own_head(client, host):
    pages = public_pages(host)
    if host == "localhost":
        assert set(CAMPAIGN_PATHS) <= {path for path, _ in pages}
    assert len(pages) > 2
    name = site_name(host)
    for path, page in pages:
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, path
        head = head_of(response)
        title = page.seo_title or page.title
        expected = title if title == name else f"{title} | {name}"  # the home page: once
        assert head["title"] == expected, path
        assert head["meta"]["og:title"] == title
        assert head["meta"]["og:site_name"] == name
        description = expected_description(page)
        assert description, f"the demo page {path} has a description"
        assert head["meta"]["og:description"] == description
        assert head["meta"]["description"] == description
        assert head["canonical"] == f"http://{host}{path}"
        assert head["meta"]["og:url"] == head["canonical"]
        assert head["meta"]["twitter:card"] in ("summary", "summary_large_image")
        assert head["lang"] == "en"
        assert "robots" not in head["meta"]
        website, organisation = head["ld"]["@graph"][:2]
        assert website["@type"] == "WebSite" and website["name"] == name
        assert organisation["name"] == name


def test_a_page_with_an_image_names_its_rendition(client):
    from wagtail.images import get_image_model

    from turnto.core.images import SHARE_SPEC

    news = Page.objects.get(url_path="/campaign-home/news/").get_children().live().specific()
    page = news.first()
    page.image = get_image_model().objects.last()
    page.save_revision().publish()
    path = "/" + page.url_path[len("/campaign-home/") :]
    head = head_of(client.get(path, HTTP_HOST="localhost"))
    assert head["meta"]["og:type"] == "article"
    rendition = page.image.get_rendition(SHARE_SPEC)
    assert head["meta"]["og:image"] == "http://localhost" + rendition.url
    assert head["meta"]["og:image:alt"] == page.image.default_alt_text
    assert head["meta"]["twitter:card"] == "summary_large_image"


def share_images():
    """{host: the share image its settings name}."""
    from turnto.core.models import SiteSettings

    return {
        host: SiteSettings.for_site(Site.objects.get(hostname=host)).share_image
        for host in ("localhost", CLINIC_HOST)
    }


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_every_page_shows_a_picture_when_shared_with_its_size(client, host):
    """A link shared in a message shows a picture: the page's own (hero image, image field,
    first image block), else its site's share image; at 1200 × 630, which previews show
    whole."""
    from turnto.core.images import SHARE_SPEC, page_image

    site_image = share_images()[host]
    assert site_image is not None, "the demo names a share image for each site"
    own = 0
    for path, page in [*public_pages(host), ("/safety/", None), ("/search/", None)]:
        head = head_of(client.get(path, HTTP_HOST=host))
        meta = head["meta"]
        picture, alt = page_image(page) if page else (None, None)
        picture = picture or site_image
        own += picture != site_image
        rendition = picture.get_rendition(SHARE_SPEC)
        assert meta.get("og:image") == f"http://{host}{rendition.url}", path
        assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630"), path
        # The page's own words for its picture where it gives them (its language's).
        assert meta["og:image:alt"] == (alt or picture.default_alt_text), path
        assert meta["twitter:card"] == "summary_large_image", path
    assert own >= 1, "a page with a picture of its own (the home page's) shows it"


def test_a_page_without_a_picture_of_its_own_shows_the_sites_share_image(client):
    from turnto.core.images import SHARE_SPEC
    from turnto.core.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    page = Page.objects.get(url_path="/campaign-home/the-fentanyl-crisis/").specific
    assert not any(block.block_type == "image" for block in page.body)
    head = head_of(client.get("/the-fentanyl-crisis/", HTTP_HOST="localhost"))
    assert head["meta"]["og:image"].endswith(settings.share_image.get_rendition(SHARE_SPEC).url)
    # No share image named and none of its own: no picture, and a plain card.
    settings.share_image = None
    settings.save()
    head = head_of(client.get("/the-fentanyl-crisis/", HTTP_HOST="localhost"))
    assert "og:image" not in head["meta"] and "og:image:width" not in head["meta"]
    assert head["meta"]["twitter:card"] == "summary"


def graph_of(head):
    return {item["@type"]: item for item in head["ld"]["@graph"]}


@pytest.mark.parametrize(
    ("host", "organisation_type"), [("localhost", "Organization"), (CLINIC_HOST, "MedicalClinic")]
)
def test_json_ld_says_what_each_kind_of_page_is(client, host, organisation_type):
    """Every page: the site (WebSite) and who runs it (the clinic a MedicalClinic); below the
    home page a BreadcrumbList from the home page down; a news post a NewsArticle by the
    site's organisation, with its dates."""
    name = site_name(host)
    home = f"http://{host}/"
    posts = 0
    for path, page in public_pages(host):
        graph = graph_of(head_of(client.get(path, HTTP_HOST=host)))
        organisation = graph[organisation_type]
        assert organisation["name"] == name and organisation["url"] == home
        assert graph["WebSite"]["publisher"] == {"@id": organisation["@id"]}
        kinds = set(graph)
        if path == "/":
            assert kinds == {"WebSite", organisation_type}
            continue
        trail = graph["BreadcrumbList"]["itemListElement"]
        assert [item["position"] for item in trail] == list(range(1, len(trail) + 1))
        assert trail[0]["item"] == home and trail[0]["name"] == name
        assert trail[-1] == {
            "@type": "ListItem",
            "position": len(trail),
            "name": page.title,
            "item": f"http://{host}{path}",
        }
        assert len(trail) == path.count("/")  # the home page, then one step per level
        if page.specific_class.__name__ != "NewsPage":
            assert kinds == {"WebSite", organisation_type, "BreadcrumbList"}, path
            continue
        posts += 1
        article = graph["NewsArticle"]
        assert article["headline"] == (page.seo_title or page.title)
        assert article["datePublished"] == page.date.isoformat()
        assert article["dateModified"] >= article["datePublished"]
        assert article["dateModified"][:10] >= localdate(page.last_published_at).isoformat()
        assert article["author"] == article["publisher"] == {"@id": organisation["@id"]}
        assert article["image"]["width"] == 1200 and article["image"]["height"] == 630
        assert article["mainEntityOfPage"] == f"http://{host}{path}"
    assert posts >= 1


def test_the_front_ends_own_pages_have_breadcrumbs_and_the_404_none(client):
    graph = graph_of(head_of(client.get("/safety/", HTTP_HOST="localhost")))
    names = [item["name"] for item in graph["BreadcrumbList"]["itemListElement"]]
    assert names == [site_name("localhost"), "Staying safe on this site"]
    graph = graph_of(head_of(client.get("/no-such-page/", HTTP_HOST="localhost")))
    assert set(graph) == {"WebSite", "Organization"}


@pytest.mark.parametrize(
    ("path", "title", "noindex"),
    [("/search/", "Search", True), ("/safety/", "Staying safe on this site", False)],
)
def test_the_front_ends_own_pages_are_200(client, path, title, noindex):
    response = client.get(path, {"q": "naloxone"}, HTTP_HOST="localhost")
    assert response.status_code == 200
    head = head_of(response)
    assert head["title"] == f"{title} | {site_name('localhost')}"
    assert head["canonical"] == f"http://localhost{path}"
    assert ("robots" in head["meta"]) is noindex
    if path == "/safety/":  # a page search engines show says more than its title
        description = head["meta"]["description"]
        assert title not in description and len(description) > 80
        assert head["meta"]["og:description"] == description


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
@pytest.mark.parametrize(
    "path", ["/no-such-page/", "/resource-guide/nowhere/", "/x.html", "/newsroom", "/index.html"]
)
def test_an_unknown_path_is_a_404_with_the_sites_page(client, host, path):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 404
    assert response["Content-Type"] == "text/html; charset=utf-8"
    head = head_of(response)
    assert head["title"] == f"Page not found | {site_name(host)}"
    assert re.search(r'<main [^>]*id="main"', response.content.decode())


def test_a_page_of_the_other_site_is_a_404(client):
    assert client.get("/what-is-harm-reduction/", HTTP_HOST=CLINIC_HOST).status_code == 404


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_a_private_page_is_a_404_without_access_and_never_shown(client, django_user_model, kind):
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="a-shared-secret" if kind == "password" else ""
    )
    group = Group.objects.create(name="Outreach staff")
    if kind == "groups":
        restriction.groups.add(group)
    response = client.get("/facts-and-stats/", HTTP_HOST="localhost")
    assert response.status_code == 404
    assert page.title not in response.content.decode()
    client.cookies["theme"] = "dark"  # a cookie alone passes nothing
    assert client.get("/facts-and-stats/", HTTP_HOST="localhost").status_code == 404
    if kind == "password":
        return
    member = django_user_model.objects.create_user("member", password="z-z-z-z")
    member.groups.add(group)
    client.force_login(member)
    response = client.get("/facts-and-stats/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert page.title in head_of(response)["title"]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_editors_manage_redirects_in_the_admin(editor):
    response = editor.get("/admin/redirects/")
    assert response.status_code == 200
    assert editor.get("/admin/redirects/add/").status_code == 200


def test_an_editors_redirect_turns_a_404_into_it(client):
    from wagtail.contrib.redirects.models import Redirect

    site = Site.objects.get(hostname="localhost")
    Redirect.objects.create(old_path="/naloxone", site=site, redirect_link="/resource-guide/")
    response = client.get("/naloxone/", HTTP_HOST="localhost")
    assert response.status_code == 301
    assert response["Location"] == "http://localhost/resource-guide/"  # the site's origin


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_the_sitemap_lists_exactly_the_live_public_pages_of_the_site(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ElementTree.fromstring(response.content)
    locations = [url.find("s:loc", ns).text for url in root.findall("s:url", ns)]
    site = Site.objects.get(hostname=host)
    expected = [site.root_url + path for path, _ in public_pages_in_every_language(host)]
    assert locations == expected
    assert any("/es/" in location for location in locations)
    assert all(url.find("s:lastmod", ns) is not None for url in root.findall("s:url", ns))
    assert "ETag" in response


def test_the_sitemap_leaves_out_a_private_page(client):
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert b"/facts-and-stats/" not in client.get("/sitemap.xml", HTTP_HOST="localhost").content


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_robots_txt_names_the_sites_sitemap(client, host):
    response = client.get("/robots.txt", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    for prefix in ("/admin/", "/api/", "/preview/"):
        assert f"Disallow: {prefix}" in lines
    site = Site.objects.get(hostname=host)
    assert f"Sitemap: {site.root_url}/sitemap.xml" in lines


def test_an_anonymous_answer_can_be_kept_and_revalidated(client):
    first = client.get("/facts-and-stats/", HTTP_HOST="localhost")
    assert first["ETag"]
    assert "public" in first["Cache-Control"] and "max-age=0" in first["Cache-Control"]
    assert "Cookie" in first["Vary"]
    assert not first.cookies
    again = client.get("/facts-and-stats/", HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_first_answer_after_a_publish_shows_the_change(client):
    first = client.get("/facts-and-stats/", HTTP_HOST="localhost")
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/").specific
    page.title = "Facts, figures and stats"
    page.search_description = "Numbers that matter."
    page.save_revision().publish()
    after = client.get("/facts-and-stats/", HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200
    head = head_of(after)
    assert head["meta"]["og:title"] == "Facts, figures and stats"
    assert head["meta"]["og:description"] == "Numbers that matter."
    assert after["ETag"] != first["ETag"]


def real_session():
    from importlib import import_module

    from django.conf import settings

    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session["passed"] = True
    session.create()
    return session.session_key


def test_a_request_with_a_session_is_never_stored(client):
    from django.conf import settings

    client.cookies[settings.SESSION_COOKIE_NAME] = real_session()
    response = client.get("/facts-and-stats/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "ETag" not in response


@pytest.mark.parametrize(
    "name, value", [("theme", "dark"), ("a", "1"), ("sessionid", "made-up"), ("csrftoken", "x")]
)
def test_a_made_up_cookie_is_answered_as_every_visitor_is(client, name, value):
    client.cookies[name] = value
    response = client.get("/facts-and-stats/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and response["ETag"]


def test_preview_is_never_stored_and_never_indexed(client):
    response = client.get("/preview/", HTTP_HOST="localhost")
    assert "no-store" in response["Cache-Control"]
    assert head_of(response)["meta"]["robots"] == "noindex, nofollow"


def test_the_head_costs_no_query_once_the_tree_is_read(client, django_assert_num_queries):
    client.get("/facts-and-stats/", HTTP_HOST="localhost")
    with django_assert_num_queries(0):
        assert client.get("/facts-and-stats/", HTTP_HOST="localhost").status_code == 200
    client.get("/no-such-page/", HTTP_HOST="localhost")
    with django_assert_num_queries(1):  # whether an editor redirected it (contrib.redirects)
        assert client.get("/no-such-page/", HTTP_HOST="localhost").status_code == 404
