"""Pages restricted by a password, to logged-in users or to groups: the API keeps answering
everyone, shows such a page (or its title) to no one without access, and shows it to an
editor who has access, where Wagtail would."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

pytestmark = pytest.mark.django_db

GUIDE = "/campaign-home/resource-guide/"  # in the menu, with children; the home's CTA and cards
FACTS = "/campaign-home/facts-and-stats/"  # linked from the home's rich text
# Titles found nowhere else: an answer that holds one shows a restricted page.
GUIDE_TITLE = "Staff rota and keys"
FACTS_TITLE = "Staff handover notes"

KINDS = ["password", "login", "groups"]
VISITORS = ["anonymous", "random cookie", "stale session", "outsider", "member", "superuser"]
# Who passes each kind, as Wagtail decides: a password only a session that gave it (a
# superuser too must give it), a login any account, groups their members and superusers.
SEES = {
    "password": {"member"},
    "login": {"outsider", "member", "superuser"},
    "groups": {"member", "superuser"},
}


@pytest.fixture(params=KINDS)
def restricted(request):
    """The resource guide (and so its cities) and the facts page, restricted in one way."""
    kind = request.param
    group = Group.objects.create(name="Outreach staff")
    restrictions = []
    pages = {}
    for url_path, title in ((GUIDE, GUIDE_TITLE), (FACTS, FACTS_TITLE)):
        page = Page.objects.get(url_path=url_path).specific
        page.title = title
        page.save()  # moves the content generation on: the tree is read again
        restriction = PageViewRestriction.objects.create(
            page=page,
            restriction_type=kind,
            password="a-shared-secret" if kind == "password" else "",
        )
        if kind == "groups":
            restriction.groups.add(group)
        restrictions.append(restriction)
        pages[url_path] = page
    return {"kind": kind, "group": group, "restrictions": restrictions, "pages": pages}


def become(client, visitor, restricted, django_user_model):
    """Make `client` one kind of visitor of the restricted pages."""
    if visitor == "random cookie":
        client.cookies["theme"] = "dark"
    elif visitor == "stale session":  # an old login's cookie, its session long gone
        client.cookies[settings.SESSION_COOKIE_NAME] = "nosuchsession0123456789abcdefgh"
    elif visitor == "outsider":
        client.force_login(django_user_model.objects.create_user("outsider", password="x-x-x-x"))
    elif visitor == "superuser":
        client.force_login(django_user_model.objects.create_superuser("admin", password="y-y-y-y"))
    elif visitor == "member":
        if restricted["kind"] == "password":  # gave the password (a visitor, not logged in)
            session = client.session
            session[PageViewRestriction.passed_view_restrictions_session_key] = [
                r.id for r in restricted["restrictions"]
            ]
            session.save()
        else:
            member = django_user_model.objects.create_user("member", password="z-z-z-z")
            member.groups.add(restricted["group"])
            client.force_login(member)


def get(client, path, **params):
    response = client.get(path, params)
    assert response.status_code < 500, (path, params, response.content[:300])
    assert response["Content-Type"].startswith("application/json"), response.content[:300]
    return response


def ids(response):
    return [item["id"] for item in response.json()["items"]] if response.status_code == 200 else []


def what_is_seen(client, guide, facts):
    """Where the restricted pages show up, endpoint by endpoint; and every answer read."""
    city = guide.get_children().live().first()
    answers = {}

    def ask(name, path, **params):
        answers[name] = get(client, path, **params)
        return answers[name]

    seen = {
        "listing": guide.pk in ids(ask("listing", "/api/v2/pages/", limit=100)),
        "typed listing": guide.pk
        in ids(ask("typed", "/api/v2/pages/", type="guide.ResourceGuidePage")),
        "content listing": facts.pk
        in ids(ask("content", "/api/v2/pages/", type="campaign.ContentPage", limit=100)),
        "detail": ask("detail", f"/api/v2/pages/{guide.pk}/").status_code == 200,
        "find": ask("find", "/api/v2/pages/find/", html_path="/resource-guide/").status_code == 200,
        "find by id": ask("find id", "/api/v2/pages/find/", id=guide.pk).status_code == 200,
        "find by type": ask(
            "find type",
            "/api/v2/pages/find/",
            html_path="/resource-guide/",
            type="guide.ResourceGuidePage",
        ).status_code
        == 200,
        "a page under it": ask(
            "city", "/api/v2/pages/find/", html_path=city.url_path.removeprefix("/campaign-home")
        ).status_code
        == 200,
        "search": facts.pk in ids(ask("search", "/api/v2/pages/", search="handover")),
        "child_of": bool(ids(ask("child_of", "/api/v2/pages/", child_of=guide.pk))),
        "descendant_of": bool(ids(ask("descendant_of", "/api/v2/pages/", descendant_of=guide.pk))),
    }
    city_detail = ask("city detail", f"/api/v2/pages/{city.pk}/")
    seen["as a parent"] = (
        city_detail.status_code == 200 and city_detail.json()["meta"]["parent"]["id"] == guide.pk
    )
    menu = ask("site", "/api/v2/site/").json()["navigation"]
    seen["menu"] = guide.pk in [i["id"] for item in menu for i in [item, *item["children"]]]
    ask("home", "/api/v2/pages/find/", html_path="/")
    return seen, answers


@pytest.mark.parametrize("visitor", VISITORS)
def test_restricted_pages_show_only_to_who_may_see_them(
    client, restricted, visitor, django_user_model
):
    become(client, visitor, restricted, django_user_model)
    guide, facts = restricted["pages"][GUIDE], restricted["pages"][FACTS]
    seen, answers = what_is_seen(client, guide, facts)

    may_see = visitor in SEES[restricted["kind"]]
    assert seen == dict.fromkeys(seen, may_see)
    if not may_see:
        # Not found is not found: the same answer as for a page that does not exist.
        assert answers["detail"].status_code == answers["find"].status_code == 404
        assert answers["child_of"].status_code == answers["descendant_of"].status_code == 400
        for name, response in answers.items():
            text = response.content.decode()
            assert GUIDE_TITLE not in text and FACTS_TITLE not in text, name
        # The home page links to both, in its rich text, call to action and cards: no
        # link to either is left, not even their address.
        home = answers["home"].content.decode()
        assert "/resource-guide/" not in home and "/facts-and-stats/" not in home
        cta = next(b for b in answers["home"].json()["body"] if b["type"] == "call_to_action")
        assert cta["value"]["page"] is None
        assert "Staff" not in home
    else:
        assert GUIDE_TITLE in answers["listing"].content.decode()


@pytest.mark.parametrize("visitor", VISITORS)
def test_no_answer_sets_a_cookie_and_answers_for_one_person_are_private(
    client, restricted, visitor, django_user_model
):
    become(client, visitor, restricted, django_user_model)
    may_see = visitor in SEES[restricted["kind"]]
    for path in ("/api/v2/pages/", "/api/v2/site/", "/api/v2/pages/find/?html_path=/"):
        response = get(client, path)
        assert response.status_code == 200
        # No session is made for anyone. Django drops a stale session's cookie, with an
        # empty value; that is all.
        assert all(
            not cookie.value and cookie["max-age"] == 0 for cookie in response.cookies.values()
        ), response.cookies
        if visitor in ("anonymous", "random cookie"):
            assert "Set-Cookie" not in response.headers
        if may_see:
            # Holds a page only this person may see: no shared cache may keep it.
            assert "private" in response["Cache-Control"]
            assert "public" not in response["Cache-Control"]
            assert "Cookie" in response["Vary"]
        elif visitor == "anonymous":
            assert "public" in response["Cache-Control"]


@pytest.mark.parametrize("first", ["anonymous", "member"])
def test_the_shared_cache_never_hands_one_persons_answer_to_another(
    client, restricted, first, django_user_model
):
    member = Client()
    become(member, "member", restricted, django_user_model)
    guide = restricted["pages"][GUIDE]
    visitors = {"anonymous": Client(), "member": member}
    order = [first, *(name for name in visitors if name != first)] * 2
    for name in order:
        listing = get(visitors[name], "/api/v2/pages/", limit=100)
        assert (guide.pk in ids(listing)) == (name == "member"), (order, name)
        menu = get(visitors[name], "/api/v2/site/").content.decode()
        assert (GUIDE_TITLE in menu) == (name == "member"), (order, name)


def test_a_members_listing_checks_each_restriction_once(client, django_user_model):
    """Checking a groups restriction reads the member's groups: once per restriction and
    request (the listing and ?child_of= each ask which pages are visible), and the
    restriction's own groups come with the page tree."""
    group = Group.objects.create(name="Outreach staff")
    for url_path in (GUIDE, FACTS):
        restriction = PageViewRestriction.objects.create(
            page=Page.objects.get(url_path=url_path), restriction_type="groups"
        )
        restriction.groups.add(group)
    member = django_user_model.objects.create_user("member", password="z-z-z-z")
    member.groups.add(group)
    client.force_login(member)
    home = Page.objects.get(url_path="/campaign-home/")
    assert get(client, "/api/v2/pages/", child_of=home.pk).status_code == 200  # reads the tree
    with CaptureQueriesContext(connection) as queries:
        listing = get(client, "/api/v2/pages/", child_of=home.pk)
    assert Page.objects.get(url_path=GUIDE).pk in ids(listing)
    sql = [q["sql"] for q in queries.captured_queries]
    assert len([q for q in sql if "auth_user_groups" in q]) == 2, sql
    assert not [q for q in sql if "pageviewrestriction_groups" in q], sql
