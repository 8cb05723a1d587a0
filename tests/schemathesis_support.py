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


def configure(schema):
    """Every operation, every check, a bounded seeded number of examples. The server's address
    goes to each call (case.call_and_validate(base_url=...)): schemathesis's lazy fixture loader
    does not run under pytest 9."""
    schema.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True)
    schema.config.seed = SEED
    return schema
