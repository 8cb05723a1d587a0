"""Rich text in the server's first view is cleaned by nh3 to the rules the browser's DOMPurify
follows (frontend/src/lib/sanitize.js): its tags, only `href`, only safe links, and
`rel="noreferrer noopener"` on a link that leaves the site."""

import pytest

from turnto.website.first_view import clean_rich_text

ORIGIN = "http://localhost:8000"


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Plain <b>bold</b> <i>it</i></p>", "<p>Plain <b>bold</b> <i>it</i></p>"),
        ('<p onclick="steal()">x</p>', "<p>x</p>"),
        ("<img src=x onerror=alert(1)><p>after</p>", "<p>after</p>"),
        ("<script>alert(1)</script><p>a</p>", "<p>a</p>"),
        ("<style>p{}</style><iframe src=x></iframe><p>a</p>", "<p>a</p>"),
        ('<a href="javascript:alert(1)">j</a>', "<a>j</a>"),
        ('<a href="//evil.example/">p</a>', "<a>p</a>"),
        ('<a href="relative/path">r</a>', "<a>r</a>"),
        ('<a href="/facts-and-stats/">in</a>', '<a href="/facts-and-stats/">in</a>'),
        ('<a href="#top">t</a>', '<a href="#top">t</a>'),
        ('<a href="tel:988">988</a>', '<a href="tel:988">988</a>'),
        (
            '<a href="http://localhost:8000/x/">same</a>',
            '<a href="http://localhost:8000/x/">same</a>',
        ),
        (
            '<a href="https://findtreatment.gov/?a=1&amp;b=2" target="_blank">out</a>',
            '<a href="https://findtreatment.gov/?a=1&amp;b=2" rel="noreferrer noopener">out</a>',
        ),
        ('<p class="x" data-y="1" style="color:red">s</p>', "<p>s</p>"),
        ("<div><span>unwrapped</span></div>", "unwrapped"),
        ("<!-- a note --><p>c</p>", "<p>c</p>"),
        ("<p>Tom &amp; Jerry &lt;3</p>", "<p>Tom &amp; Jerry &lt;3</p>"),
        ("", ""),
    ],
)
def test_rich_text_is_cleaned_as_the_browser_cleans_it(dirty, clean):
    assert clean_rich_text(dirty, ORIGIN) == clean
