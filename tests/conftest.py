from django.core.management import call_command

import pytest

# The paths of the campaign site, in menu order (fixed by the CMS issue).
CAMPAIGN_PATHS = [
    "/",
    "/what-is-harm-reduction/",
    "/facts-and-stats/",
    "/the-fentanyl-crisis/",
    "/resource-guide/",
    # The cities in alphabetical order, then the guide's other page (as an added city is placed).
    "/resource-guide/columbia/",
    "/resource-guide/jefferson-city/",
    "/resource-guide/kansas-city/",
    "/resource-guide/springfield/",
    "/resource-guide/st-louis/",
    "/resource-guide/additional-resources/",
    "/news/",
]
CLINIC_HOST = "clinic.localhost"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Both demo sites, loaded once into the test database; each test rolls back its own changes."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def fresh_api_cache():
    """Each test starts with an empty cache: a rolled-back test must not leave answers behind."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def api(client, db):
    """GET an API path as an anonymous visitor of a site (host), returning (status, json)."""

    def get(path, host="localhost", follow=True, **params):
        response = client.get(path, params, HTTP_HOST=host, follow=follow)
        assert response["Content-Type"].startswith("application/json"), response.content[:300]
        return response.status_code, response.json()

    return get


@pytest.fixture
def editor(client, django_user_model):
    """A client logged in to the admin, through its login form, as an editor."""
    password = "a-long-editor-password"
    django_user_model.objects.create_superuser("editor", "editor@example.org", password)
    response = client.post(
        "/admin/login/", {"username": "editor", "password": password}, follow=True
    )
    assert response.status_code == 200 and response.context["user"].is_authenticated
    return client


def find_page(api, html_path, host="localhost", **params):
    status, data = api("/api/v2/pages/find/", host=host, html_path=html_path, **params)
    assert status == 200, (html_path, data)
    return data
