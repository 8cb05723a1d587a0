import logging

from turnto.core.logging import RedactDirectoryQueries


def test_directory_searches_leave_no_query_in_the_log():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /api/directory/services/?near=39.10,-94.58&service_type=naloxone HTTP/1.1", 200, 10),
        None,
    )
    RedactDirectoryQueries().filter(record)
    line = record.getMessage()
    assert "near" not in line and "naloxone" not in line
    assert "/api/directory/services/?[redacted]" in line


def test_other_requests_are_logged_as_they_are():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /api/v2/pages/?search=x HTTP/1.1", 200, 10),
        None,
    )
    RedactDirectoryQueries().filter(record)
    assert "search=x" in record.getMessage()
