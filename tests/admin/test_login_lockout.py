"""Admin sign-in: wrong passwords for one account, or from one address, pause signing in there
(django-axes); the editor is told in plain words what to do; an admin can unlock at once."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

import pytest
from axes.models import AccessAttempt, AccessLog

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"
PASSWORD = "a-long-editor-password"
OFFICE = "203.0.113.10"  # documentation addresses
ELSEWHERE = "198.51.100.20"


@pytest.fixture(autouse=True)
def editors(django_user_model):
    for name in ("kit", "sam"):
        django_user_model.objects.create_superuser(name, f"{name}@example.org", PASSWORD)


def sign_in(username, password, address=OFFICE):
    client = Client(REMOTE_ADDR=address)
    return client.post(LOGIN, {"username": username, "password": password}), client


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def guess_wrong(times, username="kit", address=OFFICE):
    for number in range(times):
        response, _ = sign_in(username, f"wrong-{number}", address)
        assert response.status_code in (200, 429), number
        assert not signed_in(response)


def assert_told_to_wait(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 15 * 60
    page = response.content.decode()
    assert "Sign-in paused" in page
    assert "Wait 15 minutes" in page
    assert "ask an administrator" in page
    assert "wagtailadmin/css/core" in page  # the admin's own look, not a bare error


def test_a_right_password_works_and_a_few_typos_are_forgiven():
    guess_wrong(4)
    response, client = sign_in("kit", PASSWORD)
    assert signed_in(response)
    assert client.get("/admin/").status_code == 200
    # A successful sign-in starts the count again.
    guess_wrong(4)
    assert signed_in(sign_in("kit", PASSWORD)[0])


def test_twenty_wrong_passwords_then_the_right_one_is_refused_with_what_to_do():
    guess_wrong(20)
    response, client = sign_in("kit", PASSWORD)
    assert_told_to_wait(response)
    assert client.get("/admin/")["Location"].startswith(LOGIN)  # not signed in


def test_the_account_is_paused_from_every_address_and_the_address_for_every_account():
    guess_wrong(5, username="kit", address=OFFICE)
    # Someone guessing kit's password from many places still meets the pause...
    assert_told_to_wait(sign_in("kit", PASSWORD, address=ELSEWHERE)[0])
    # ...and the address that guessed cannot go on with another account.
    assert_told_to_wait(sign_in("sam", PASSWORD, address=OFFICE)[0])
    # Anyone else signs in as usual.
    assert signed_in(sign_in("sam", PASSWORD, address=ELSEWHERE)[0])


def test_an_admin_unlocks_an_account_with_a_command():
    guess_wrong(20)
    assert_told_to_wait(sign_in("kit", PASSWORD)[0])
    call_command("axes_reset_username", "kit", verbosity=0)
    assert signed_in(sign_in("kit", PASSWORD)[0])


def test_no_address_is_kept_in_clear():
    guess_wrong(5)
    sign_in("sam", PASSWORD, address=ELSEWHERE)
    attempts = list(AccessAttempt.objects.values_list("ip_address", flat=True))
    assert attempts and OFFICE not in attempts
    assert all(OFFICE not in str(row.values()) for row in AccessAttempt.objects.values())
    assert not AccessLog.objects.exists()  # successful sign-ins are not recorded
    assert get_user_model().objects.filter(username="sam").get().last_login is not None


def test_behind_nginx_the_pause_follows_the_visitor_not_nginx(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXIES = ["127.0.0.0/8"]

    def via_nginx(username, password, address):
        client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP=address)
        return client.post(LOGIN, {"username": username, "password": password})

    for number in range(5):
        via_nginx("kit", f"wrong-{number}", OFFICE)
    assert via_nginx("sam", PASSWORD, OFFICE).status_code == 429
    assert signed_in(via_nginx("sam", PASSWORD, ELSEWHERE))
