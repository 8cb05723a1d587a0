"""Shared pieces for running schemathesis over a live test server with the demo data."""

import pytest

# Repeatable in CI: the same cases every run.
SEED = 20261201
MAX_EXAMPLES = 50


@pytest.fixture
def demo_server(db):
    """A live server over the test database that tests/conftest.py fills with the demo data.

    pytest-django's own live_server needs a transactional database, which empties the demo data
    after the test; this one serves inside the test's transaction (the in-memory SQLite
    connection is shared with the server thread; on PostgreSQL the demo data is committed)."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server.url
    server.stop()


def configure(schema, base_url):
    """Every operation, every check, a bounded seeded number of examples."""
    schema.config.update(base_url=base_url)
    schema.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True)
    schema.config.seed = SEED
    return schema
