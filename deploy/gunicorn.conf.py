"""gunicorn for Turn To: `gunicorn -c deploy/gunicorn.conf.py turnto.wsgi:application`.
Every value can be changed from the environment without rebuilding the image."""

import os

from gunicorn.glogging import Logger

from turnto.core.logging import RedactQueryStrings

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Threads keep a worker busy while another request waits on the database, and let nginx keep
# connections open to gunicorn (sync workers close every one).
worker_class = "gthread"
# Django and Wagtail are imported once, before the workers fork: they start at once and share
# that memory. (No database connection is opened at import.)
preload_app = True
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Longer than nginx keeps an idle upstream connection (60 s): nginx closes idle ones first, so
# gunicorn never closes one just as nginx sends a request on it.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "75"))
# nginx in front reads every request first and refuses, with the site's own page, a request
# line or header over 8 KB (large_client_header_buffers) or a body over its limit. gunicorn takes
# at least as much, so that it never answers a visitor itself with its bare 400, 414 or 431.
limit_request_line = 8190  # gunicorn's largest
limit_request_fields = 32768  # gunicorn's largest (nginx bounds all headers to 32 KB)
limit_request_field_size = 0  # unlimited here: nginx bounds each header line to 8 KB
# A worker is replaced now and then, so a slow leak never grows into an outage.
# Not too often: a new worker's first requests are slow (Wagtail sets itself up lazily).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10
# No access log here (gunicorn's would keep addresses and query strings): nginx writes one,
# without visitors' addresses or any query string.
accesslog = None
errorlog = "-"


class PrivateLogger(Logger):
    """gunicorn's own log, with what it says of a malformed request ("Invalid request from
    ip=...: Invalid Request Line '...'", the request line and its query) redacted as Django's
    log is (turnto.core.logging)."""

    redact = RedactQueryStrings()

    def setup(self, cfg):
        super().setup(cfg)
        self.error_log.addFilter(self.redact)


logger_class = PrivateLogger
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Heartbeat files in memory, not on a container's overlay disk.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
