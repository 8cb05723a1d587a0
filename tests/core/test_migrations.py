"""Every model and block change has its migration: a fresh install gets what the code says."""

from io import StringIO

from django.core.management import call_command

import pytest


@pytest.mark.django_db
def test_no_model_or_block_change_lacks_a_migration():
    output = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output)
    except SystemExit as exit_:
        pytest.fail(f"missing migrations (run manage.py makemigrations):\n{output.getvalue()}")
        raise exit_
