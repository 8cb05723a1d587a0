"""The body of a page's first response, drawn by the front end's own renderers.

The browser draws every page from the API's answers (frontend/src/router.js). For the first
response the server draws it the same way, with the same modules: `make frontend` bundles them
into frontend/dist-server/render.js (frontend/src/server.js), and an embedded V8 (PyPI
`mini-racer`) runs it here. The API's answers it needs are asked of the API's own views in this
process: no HTTP, no second copy of any view, and a restriction this request has not passed
hides the page here as it does in the API. Why this way, and what it costs:
docs/decisions/0003-first-view-rendered-by-the-front-end.md.

Two calls into the bundle: `drawJson` draws the shell and the page and names the API answers
its results boxes need (a city's listings, a search sent without script) and the rich texts it
met; `fill` draws those answers and puts the rich texts in, cleaned here.

Rich text is cleaned here, not by the bundle: DOMPurify, which cleans it in the browser, needs
a browser's DOM, and on the server's (linkedom) it gives back what it is given. nh3 (Ammonia,
with a real HTML5 parser) cleans it to the same rules as frontend/src/lib/sanitize.js.
"""

import atexit
import html
import json
import logging
import os
import re
import threading
from contextlib import contextmanager
from io import BytesIO
from itertools import count
from urllib.parse import quote, urlencode, urlsplit

from django.conf import settings
from django.core.signals import request_finished
from django.http import HttpRequest, QueryDict
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext as _

import nh3

from turnto.core.api_cache import (
    cache_key,
    cacheable,
    keep,
    lifetime,
    lookup,
    plain_content,
    saves_data,
)
from turnto.core.language import query_language

logger = logging.getLogger(__name__)

ERROR_LINE = re.compile(r"^\w*Error\b")
# frontend/src/lib/sanitize.js: the tags rich text may keep, only `href` on links, and only
# links to the web, mail, phone, text messages, this site's paths or a place on the page.
RICH_TEXT_TAGS = {
    "p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "ul", "ol", "li", "a", "hr",
    "blockquote", "sup", "sub",
}  # fmt: skip
SAFE_HREF = re.compile(r"^(https?:|mailto:|tel:|sms:|/(?!/)|#)", re.I)
EXTERNAL_LINK = re.compile(r'<a href="(https?:[^"]*)">', re.I)
SHELL_API = "/api/v2/site/"
PAGE_API = "/api/v2/pages/find/"


class FirstViewUnavailable(Exception):
    """The bundle is missing or failed: the page goes out as the browser will draw it."""


# What one drawing may take (settings can change each): a drawing that runs longer, or a V8 heap
# that grows past the hard limit (a runaway loop, a page of a million blocks), is stopped, the
# page goes out for the browser to draw, and the context is made again from the bundle. The
# soft limit makes V8 collect harder as the heap nears it. V8 left to itself collects lazily
# and its heap grows with every drawing, so it is asked to collect: when idle (a drawing's
# answer has been sent, no other drawing is under way in the process, and it has made at least
# IDLE_COLLECT_AFTER calls since it last collected), and in any case every COLLECT_EVERY calls
# into the bundle (two per drawing), for a process that is never idle.
DRAW_TIMEOUT_SECONDS = 5.0
V8_HARD_LIMIT_BYTES = 256 * 1024 * 1024
V8_SOFT_LIMIT_BYTES = 128 * 1024 * 1024
COLLECT_EVERY = 500
IDLE_COLLECT_AFTER = 200


def engine_setting(name, default):
    return getattr(settings, f"FIRST_VIEW_{name}", default)


class Engine:
    """One V8 context per process with the bundle loaded (loaded again after a new build).
    Calls from several threads are run one after another by mini-racer; each drawing has its
    own token, so two requests never share a document.

    A bundle that cannot be evaluated (half written, a syntax error, a throw at load) is tried
    once per version of the file; until the file changes every page goes to the browser."""

    def __init__(self):
        self.lock = threading.Lock()
        self.key = None
        self.context = None
        self.failed_key = None
        self.tokens = count(1)
        self.uncollected = 0  # calls since V8 last collected
        self.drawing = 0  # drawings under way in this process
        self.drawing_lock = threading.Lock()

    def ready(self):
        bundle = settings.FRONTEND_SERVER_BUNDLE
        try:
            stat = os.stat(bundle)
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise FirstViewUnavailable(f"{bundle} has not been built") from exc
        # A forked worker must not use its parent's V8: its threads did not survive the fork.
        key = (os.getpid(), str(bundle), stat.st_mtime_ns, stat.st_size)
        if self.key != key:
            with self.lock:
                if self.key != key:
                    if self.failed_key == key:
                        raise FirstViewUnavailable(f"{bundle} failed to load")
                    self.load(bundle, key)
        context = self.context
        if context is None:
            raise FirstViewUnavailable(f"{bundle} failed to load")
        return context

    def load(self, bundle, key):
        from py_mini_racer import MiniRacer

        try:
            source = bundle.read_text()
        except (OSError, UnicodeDecodeError) as exc:  # a build under way replaced it
            raise FirstViewUnavailable(f"{bundle} could not be read") from exc
        context = MiniRacer()
        context.set_hard_memory_limit(engine_setting("V8_HARD_LIMIT_BYTES", V8_HARD_LIMIT_BYTES))
        context.set_soft_memory_limit(engine_setting("V8_SOFT_LIMIT_BYTES", V8_SOFT_LIMIT_BYTES))
        try:
            context.eval(source, timeout_sec=engine_setting("LOAD_TIMEOUT_SECONDS", 30.0))
            if not context.eval("typeof turnto === 'object' && typeof turnto.drawJson"):
                raise ValueError("the bundle defines no turnto.drawJson")
        except Exception as exc:  # half written, a syntax error, a throw: the browser draws
            context.close()
            self.failed_key = key
            message = js_error(exc)
            logger.error("First view: the bundle %s could not be loaded: %s", bundle, message)
            raise FirstViewUnavailable(message) from exc
        # Closed before the interpreter exits: V8's thread left open can hang the exit (a
        # worker that never stops, a test run that never ends).
        atexit.register(context.close)
        self.drop()
        self.context, self.key, self.failed_key = context, key, None

    def drop(self, context=None):
        """Close the context (this process's own, not a forked parent's) so the next drawing
        loads the bundle afresh; only `context` if named and still current."""
        if context is not None and context is not self.context:
            return
        if self.context is not None and self.key[0] == os.getpid():
            atexit.unregister(self.context.close)
            self.context.close()
        self.context, self.key = None, None

    def call(self, name, *args):
        from py_mini_racer import JSOOMException, JSTimeoutException

        context = self.ready()
        try:
            result = context.call(
                f"turnto.{name}",
                *args,
                timeout_sec=engine_setting("DRAW_TIMEOUT_SECONDS", DRAW_TIMEOUT_SECONDS),
            )
        except Exception as exc:  # a JavaScript error: logged, and the page drawn by the browser
            message = js_error(exc)
            if isinstance(exc, JSTimeoutException):  # stopped by V8; the context goes on
                message = f"{exc.__class__.__name__}: {message}"
            try:
                spent = isinstance(exc, JSOOMException) or context.was_hard_memory_limit_reached()
            except Exception:  # a context already closed
                spent = True
            if spent:  # past its memory: its heap and state are not to be trusted
                message = f"{exc.__class__.__name__}: {message}"
                with self.lock:
                    self.drop(context)
            logger.error("First view: turnto.%s failed: %s", name, message)
            raise FirstViewUnavailable(message) from exc
        self.uncollected += 1
        every = engine_setting("COLLECT_EVERY", COLLECT_EVERY)
        if every and self.uncollected >= every:
            self.collect(context)
        return result

    @contextmanager
    def under_way(self):
        """A drawing, from its first API answer to its last call into the bundle."""
        with self.drawing_lock:
            self.drawing += 1
        try:
            yield
        finally:
            with self.drawing_lock:
                self.drawing -= 1
            _drew.last = True

    def collect_if_idle(self):
        """After a drawing's answer is sent: collect if no other drawing is under way and
        enough garbage may have been left since V8 last collected."""
        after = engine_setting("IDLE_COLLECT_AFTER", IDLE_COLLECT_AFTER)
        context = self.context
        if after and self.drawing == 0 and self.uncollected >= after and context is not None:
            if self.key and self.key[0] == os.getpid():
                self.collect(context)

    def collect(self, context):
        """A full collection of V8's heap: about as long as a drawing or two (under load
        up to 100 ms), which is why it is not done after every drawing."""
        self.uncollected = 0
        try:
            context.low_memory_notification()
        except Exception as exc:  # a context closed meanwhile: nothing left to collect
            logger.warning("First view: V8 could not collect: %s", exc.__class__.__name__)


engine = Engine()
_drew = threading.local()  # whether this thread's request drew a page


def collect_when_idle(**kwargs):
    """request_finished: sent once the answer has gone to the visitor (the WSGI server closes
    it), so the collection delays no one's page."""
    if getattr(_drew, "last", False):
        _drew.last = False
        engine.collect_if_idle()


request_finished.connect(collect_when_idle, dispatch_uid="turnto.website.first_view.collect")


def js_error(exc):
    """The error and where it was thrown, without the source text mini-racer quotes (the
    call's arguments: a whole page)."""
    lines = str(exc).splitlines()
    error = next((n for n, line in enumerate(lines) if ERROR_LINE.match(line)), None)
    return (
        " ".join(line.strip() for line in lines[error : error + 3])
        if error is not None
        else (lines[0][:300] if lines else exc.__class__.__name__)
    )


def api_answer(request, url, post=None):
    """(status, text) of the API's answer to GET `url` for this request, from its view in this
    process: the same host, scheme, client address, cookies and passed restrictions as the
    page's request. With `post` (a form's fields), a POST of them instead."""
    path, _, query = url.partition("?")
    sub = HttpRequest()
    sub.method = "POST" if post is not None else "GET"
    sub.path = sub.path_info = path
    sub.META = {
        **request.META,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "REQUEST_METHOD": sub.method,
        "HTTP_ACCEPT": "application/json",
    }
    sub.META.pop("HTTP_IF_NONE_MATCH", None)
    if post is not None:
        body = urlencode(post).encode()
        sub.META["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
        sub.META["CONTENT_LENGTH"] = str(len(body))
        sub._stream = BytesIO(body)
        sub._read_started = False
    sub.GET = QueryDict(query)
    sub.COOKIES = request.COOKIES
    for name in ("session", "user", "_turnto_has_session"):
        if hasattr(request, name):
            setattr(sub, name, getattr(request, name))
    # The same cache as the API's own answers: a page drawn again (a new minute, a new build)
    # mostly finds its data there.
    key = cache_key(sub) if post is None and cacheable(sub) else None
    if key is not None:
        current, stored = lookup(key)
        if stored is not None:
            return 200, plain_content(stored).decode()
    try:
        match = resolve(path)
    except Resolver404:
        return 404, json.dumps({"message": f"no such API address: {path}"})
    # In the language its own address names (`?locale=`), as the API answers it: an answer
    # kept for this address is in one language, whatever page asked for it.
    with translation.override(query_language(sub)):
        response = match.func(sub, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()
    if key is not None:
        keep(key, current, response, lifetime(sub))
    return response.status_code, response.content.decode()


def path_language(pathname):
    """The language a path's prefix names ("/es/..." -> "es"), None for the default's."""
    from turnto.core.language import path_language as language_of
    from turnto.core.page_tree import default_language

    language = language_of(pathname)
    return None if language == default_language() else language


class NothingToPost(Exception):
    """A POST to a page that has no form to send on."""


def draw(request, body, status):
    """(status, drawn body, the shell's JSON for the browser to keep) for the request's path,
    `status` 200 or 404 as site_entry resolved it. Raises FirstViewUnavailable when it cannot
    be drawn; an API answer that is not a 200 says what the page is instead (a 404).

    A POST (a form sent without script) is passed on to the API address the page's form names
    (data-post-to), and the page drawn with the answer; its status is the API's."""
    with engine.under_way():
        return drawn_page(request, body, status)


def drawn_page(request, body, status):
    # The shell in the page's language: "/es/..." is Spanish (core.page_tree.locate).
    shell_api = SHELL_API
    language = path_language(request.path)
    if language:
        shell_api = f"{SHELL_API}?locale={language}"
    shell_status, shell_text = api_answer(request, shell_api)
    if shell_status != 200:
        raise FirstViewUnavailable(f"the site shell answered {shell_status}")
    pathname = request.path
    page_text = "null"
    if status == 200 and not is_local_page(pathname):
        query = QueryDict(mutable=True)
        query["html_path"] = pathname
        page_status, page_text = api_answer(request, f"{PAGE_API}?{query.urlencode()}")
        if page_status == 404:
            status, page_text = 404, "null"
        elif page_status != 200:
            raise FirstViewUnavailable(f"the page answered {page_status}")
        elif saves_data(request) and '"hero_image"' in page_text:
            # Save-Data: on: the home page without its decorative picture.
            page = json.loads(page_text)
            page["hero_image"] = None
            page_text = json.dumps(page)
    search = request.META.get("QUERY_STRING", "")
    origin = f"{request.scheme}://{request.get_host()}"
    token = next(engine.tokens)
    # JSON text straight from the API into JSON.parse: no Python objects in between.
    drawn = engine.call(
        "drawJson",
        token,
        body,
        origin,
        pathname,
        f"?{search}" if search else "",
        status,
        shell_text,
        page_text,
    )
    answers = []
    posted = None
    failed = True
    try:
        for wanted in drawn["requests"]:
            answer_status, text = api_answer(request, wanted["url"])
            answers.append({"target": wanted["target"], "status": answer_status, "text": text})
            if status == 200 and refused(answer_status, text):
                # The address asked for something the API refused (a page of places that is
                # not there): the page says what, and answers that it was asked wrongly.
                status = 400
        if request.method == "POST" and status != 404:  # a page that is not there: its 404
            if not drawn["postTo"] or status != 200:
                raise NothingToPost(request.path)
            fields = {name: request.POST.get(name, "") for name in request.POST}
            answer_status, text = api_answer(request, drawn["postTo"], post=fields)
            posted = {"fields": fields, "status": answer_status, "text": text}
            # The page answers as the API did: 200 for a report taken, 400 to fix, 429 later.
            status = 200 if answer_status < 300 else answer_status
        failed = False
    finally:
        # Always: fill() also lets the bundle forget this drawing's document.
        try:
            clean = [clean_rich_text(text, origin) for text in drawn["richTexts"]]
            body = engine.call("fill", token, answers, posted, clean)
        except FirstViewUnavailable as exc:
            if not failed:  # else the error already on its way is the one to tell
                exc.posted = posted  # the form was sent: the visitor must be told so
                raise
    return status, body, shell_text


def refused(status, text):
    """An API answer refusing what the page's address asked: a bad value (400), or a page of
    places past the last (a 404 naming `page`)."""
    if status == 400:
        return True
    if status != 404:
        return False
    try:
        return json.loads(text).get("parameter") == "page"
    except (ValueError, AttributeError):
        return False


REPORT_API = "/api/directory/services/{}/reports/"


def post_without_drawing(request):
    """A form posted to a page the server could not draw: sent on to the API as the drawn
    page would have (only the report page has a form); {fields, status, text} of its answer."""
    from .entry import REPORT_PAGES

    listing = request.GET.get("listing", "")
    if request.path not in REPORT_PAGES or not listing:
        raise NothingToPost(request.path)
    fields = {name: request.POST.get(name, "") for name in request.POST}
    url = REPORT_API.format(quote(listing, safe=""))
    language = path_language(request.path)
    if language:  # the API's words in the page's language
        url += f"?locale={language}"
    status, text = api_answer(request, url, post=fields)
    return {"fields": fields, "status": status, "text": text}


def posted_message(posted):
    """What the API's answer to a posted form says, in words: its message and each field's."""
    try:
        answer = json.loads(posted["text"])
    except ValueError:
        answer = {}
    if not isinstance(answer, dict):
        answer = {}
    message = str(answer.get("message") or "")
    if not message:
        message = (
            _("Thank you. Your report was sent.")
            if posted["status"] < 300
            else _("The form could not be sent. Please try again.")
        )
    errors = answer.get("errors")
    details = [str(value) for value in errors.values()] if isinstance(errors, dict) else []
    return message, details


def keep_safe_href(tag, attribute, value):
    return value if attribute == "href" and SAFE_HREF.match(value.strip()) else None


def clean_rich_text(text, origin):
    """Rich text as sanitize.js leaves it: a link that leaves the site tells the other site
    nothing about where the visitor came from (rel="noreferrer noopener")."""
    cleaned = nh3.clean(
        text,
        tags=RICH_TEXT_TAGS,
        attributes={"a": {"href"}},
        attribute_filter=keep_safe_href,
        url_schemes={"http", "https", "mailto", "tel", "sms"},
        link_rel=None,
    )

    def mark_external(link):
        href = html.unescape(link[1])
        if urlsplit(href)._replace(path="", query="", fragment="").geturl() == origin:
            return link[0]
        return f'<a href="{link[1]}" rel="noreferrer noopener">'

    return EXTERNAL_LINK.sub(mark_external, cleaned)


def is_local_page(pathname):
    from .entry import LOCAL_PAGES

    return pathname in LOCAL_PAGES
