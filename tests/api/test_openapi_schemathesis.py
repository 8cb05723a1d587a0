"""Schemathesis against our whole OpenAPI document (/api/schema/) on a live server with the demo
data: every operation, every check, positive and negative data, 50 fuzzed examples an operation
(plus the examples and coverage phases), seeded so that a run can be repeated."""

import subprocess
import sys
from pathlib import Path

from django.db import connections
from django.test.testcases import LiveServerThread, _StaticFilesHandler

import pytest

from tests.schemathesis_support import MAX_EXAMPLES, SEED
from turnto.directory.models import ListingReport, ReportCounter

SCHEMATHESIS = [str(Path(sys.executable).with_name("st"))]


@pytest.fixture
def live_api(db):
    """A real HTTP server on loopback for this test. With SQLite in memory it shares the test's
    connection (as Django's LiveServerTestCase does), so it reads the demo data and the test's
    rollback removes the reports it stored; on another database it has its own connection,
    and the reports it stored are deleted after."""
    connection = connections["default"]
    shared = connection.vendor == "sqlite" and connection.is_in_memory_db()
    overrides = {"default": connection} if shared else None
    if shared:
        connection.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", _StaticFilesHandler, overrides, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    newest = ListingReport.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    if shared:
        connection.dec_thread_sharing()
    else:
        # The server's own connection committed what it stored, which the test's rollback
        # cannot take back: a connection of its own (in autocommit) removes the reports and
        # the rate limit's counters, so later tests start from none.
        cleanup = connections.create_connection("default")
        try:
            with cleanup.cursor() as cursor:
                cursor.execute(
                    f"DELETE FROM {ListingReport._meta.db_table} WHERE id > %s", [newest]
                )
                cursor.execute(f"DELETE FROM {ReportCounter._meta.db_table}")
        finally:
            cleanup.close()


def test_the_api_answers_as_its_schema_says(live_api, tmp_path, settings):
    # Room for the fuzzer's reports past the limit's logic before 429s (which are described too)
    # take over; the limit itself is tested in tests/directory/test_problem_reports.py.
    settings.DIRECTORY_REPORTS_PER_CLIENT_PER_HOUR = 60
    # The command line rather than schemathesis' pytest plugin, whose lazy loader (needed for a
    # server started by a fixture) does not run under pytest 9. Every check; every phase.
    report = tmp_path / "schemathesis.json"
    # No crash cache: it would write into the work tree and replay old failures first.
    config = tmp_path / "schemathesis.toml"
    config.write_text("[cache]\nenabled = false\n")
    command = [
        *SCHEMATHESIS,
        f"--config-file={config}",
        "run",
        f"{live_api}/api/schema/",
        "--checks=all",
        f"--max-examples={MAX_EXAMPLES}",
        f"--seed={SEED}",
        "--generation-deterministic",
        "--workers=1",
        f"--report-json-path={report}",
        "--no-color",
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]
