"""Create the local admin account once, and print its login every time `make run` starts."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create a local superuser 'admin' with a random password (once) and print the login."

    def handle(self, *args, **options):
        login_file = settings.VAR_DIR / "admin-login.txt"
        User = get_user_model()
        if not User.objects.filter(username=USERNAME).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(USERNAME, email="", password=password)
            login_file.parent.mkdir(parents=True, exist_ok=True)
            login_file.write_text(f"{USERNAME}\n{password}\n")
            login_file.chmod(0o600)
        if login_file.exists():
            username, password = login_file.read_text().split()[:2]
            self.stdout.write(f"Admin login: {username} / {password}")
        else:
            self.stdout.write(
                f"Admin login: the account '{USERNAME}' already existed; "
                "set its password with `make admin-password`."
            )
