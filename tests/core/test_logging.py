"""The server's own log keeps the path and status of a request, never its query string: that
says where a visitor is, what they need and what they searched for."""

import logging

import pytest

from turnto.core.logging import RedactQueryStrings


def server_line(request_line):
    """A line of the development server's request log, filtered as settings.LOGGING does."""
    record = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, '"%s" %s %s', (request_line, 200, 10), None
    )
    assert RedactQueryStrings().filter(record) is True  # redacted, never dropped
    return record.getMessage()


def test_directory_searches_leave_no_query_in_the_log():
    line = server_line(
        "GET /api/directory/services/?near=39.10,-94.58&service_type=naloxone HTTP/1.1"
    )
    assert "near" not in line and "naloxone" not in line
    assert line == '"GET /api/directory/services/?[redacted] HTTP/1.1" 200 10'


@pytest.mark.parametrize(
    "request_line, path, secret",
    [
        ("GET /api/v2/pages/?search=fentanyl+test+strips HTTP/1.1", "/api/v2/pages/", "fentanyl"),
        ("GET /api/v2/pages/?type=news.NewsPage&search=hep%20c HTTP/1.1", "/api/v2/pages/", "hep"),
        ("GET /api/v2/pages/find/?html_path=/naloxone/ HTTP/1.1", "/api/v2/pages/find/", "nalox"),
        ("GET /api/hsds/services/?search=methadone HTTP/1.1", "/api/hsds/services/", "methadone"),
        # The site's own directory links, served by Django under `make run`.
        ("GET /resource-guide/kc/?service_type=syringe HTTP/1.1", "/resource-guide/kc/", "syr"),
        ("GET /preview/?token=abc.def HTTP/1.1", "/preview/", "abc.def"),
    ],
)
def test_no_query_string_of_any_request_is_logged(request_line, path, secret):
    line = server_line(request_line)
    assert secret not in line
    assert f"{path}?[redacted]" in line and line.endswith(" 200 10")


def test_a_request_without_a_query_is_logged_as_it_is():
    assert server_line("GET /api/v2/site/ HTTP/1.1") == '"GET /api/v2/site/ HTTP/1.1" 200 10'


def test_settings_filter_both_the_request_log_and_other_messages(caplog):
    """A message naming a URL in its text (not only in its arguments) is redacted too, through
    the handlers settings.LOGGING configures."""
    from django.conf import settings

    handlers = settings.LOGGING["handlers"]
    assert all("redact_queries" in handler["filters"] for handler in handlers.values())
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Bad: /api/v2/pages/?search=pills", (), None
    )
    RedactQueryStrings().filter(record)
    assert record.getMessage() == "Bad: /api/v2/pages/?[redacted]"


@pytest.mark.parametrize(
    "request_line",
    [
        'GET /api/v2/pages/?search=a"fentanyl strips HTTP/1.1',
        "GET /api/v2/pages/?search=a\tfentanyl HTTP/1.1",
        "GET /api/v2/pages/?search=a fentanyl",  # no protocol: HTTP/0.9, or a bad line
        'GET /a"b/?search=fentanyl HTTP/1.1',  # a quote before the query too
    ],
)
def test_a_query_holding_a_quote_a_tab_or_a_space_is_redacted_to_its_end(request_line):
    line = server_line(request_line)
    assert "fentanyl" not in line and "strips" not in line
    assert "?[redacted]" in line


def test_gunicorn_bad_request_lines_lose_the_address_and_the_query():
    """gunicorn's own words for a malformed request (deploy/gunicorn.conf.py filters its log
    with the same filter)."""
    for message in (
        "Invalid request from ip=203.0.113.9: Invalid HTTP Version 'GET /?near=39.10,-94.58 X'",
        "Invalid request from ip=2001:db8::7: Invalid Request Line 'GET /x?q=pills\"'",
        "Invalid request from ip=::1: Invalid Request Line 'GET /x?q=pills'",
    ):
        record = logging.LogRecord(
            "gunicorn.error", logging.WARNING, __file__, 1, message, (), None
        )
        RedactQueryStrings().filter(record)
        text = record.getMessage()
        assert text.startswith("Invalid request from ip=[address]: Invalid"), text
        for secret in ("203.0.113", "2001:db8", "::1", "39.10", "94.58", "pills"):
            assert secret not in text


def test_times_stay_and_a_traceback_is_redacted_too():
    try:
        raise ValueError("bad request GET /api/v2/pages/?search=pills HTTP/1.1 at 12:30:05")
    except ValueError:
        import sys

        record = logging.LogRecord(
            "gunicorn.error",
            logging.ERROR,
            __file__,
            1,
            "Error at %s",
            ("12:30:05",),
            sys.exc_info(),
        )
    RedactQueryStrings().filter(record)
    text = logging.Formatter().format(record)
    assert "Error at 12:30:05" in text and "ValueError" in text
    assert "pills" not in text and "/api/v2/pages/?[redacted] HTTP/1.1" in text
