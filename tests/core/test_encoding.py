"""A client that refuses gzip ("gzip;q=0") gets the plain bytes, from the cache or not."""

from django.test import Client

import pytest

from turnto.core.encoding import accepts_gzip, preferred_coding


@pytest.mark.parametrize(
    "header, gzip",
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("br;q=1.0, gzip;q=0.8", True),
        ("GZIP", True),
        ("*", True),
        ("x-gzip", True),
        ("gzip;q=0", False),
        ("gzip; q=0.0, deflate", False),
        ("*;q=0", False),
        ("gzip;q=0, *", False),  # named beats the star
        ("*;q=0, gzip;q=0.5", True),
        ("identity", False),
        ("", False),
        ("gzip;q=nonsense", False),
    ],
)
def test_accept_encoding_is_read_with_its_q_values(header, gzip):
    assert accepts_gzip(header) is gzip


@pytest.mark.parametrize(
    "header, chosen",
    [
        ("gzip, deflate, br, zstd", "br"),  # Chromium over HTTPS
        ("gzip, deflate", "gzip"),  # over plain HTTP
        ("br;q=0.5, gzip", "gzip"),
        ("br, gzip;q=0", "br"),
        ("*", "br"),
        ("br;q=0, gzip;q=0", None),
        ("identity", None),
        ("", None),
    ],
)
def test_the_client_gets_the_coding_it_rates_highest(header, chosen):
    assert preferred_coding(header) == chosen


@pytest.mark.parametrize("path", ["/api/v2/pages/?limit=20", "/facts-and-stats/"])
def test_a_client_refusing_gzip_gets_plain_bytes_fresh_or_cached(db, path):
    answers = [
        Client().get(path, HTTP_HOST="localhost", HTTP_ACCEPT_ENCODING=header)
        for header in ("gzip;q=0", "gzip;q=0", "gzip", "*;q=0")
    ]
    refused = [answers[0], answers[1], answers[3]]
    assert answers[1]["X-Cache"] == "hit"
    for answer in refused:
        assert answer.status_code == 200
        assert "Content-Encoding" not in answer
        assert answer.content.lstrip()[:1] in (b"{", b"<")
    assert answers[2]["Content-Encoding"] == "gzip"
