"""Production: everything from the environment (see .env.example), nothing insecure by default.
`manage.py check --deploy` passes with no warning once SECRET_KEY and ALLOWED_HOSTS are set."""

import ipaddress
import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, MEDIA_ROOT, SECRET_KEY, env_bool, env_list

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")

# nginx (or the load balancer in front of it) terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The scheme the site writes its own addresses with (canonical links, sitemap, redirects): a site
# that sends every visitor to https names https, whatever scheme one request came in on.
SITE_SCHEME = os.environ.get("SITE_SCHEME", "https" if SECURE_SSL_REDIRECT else "").lower()
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# The header's preload flag alone changes nothing; a site joins browsers' lists only when
# someone submits it.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# The admin's policy: its logins need the Origin header, which "no-referrer" would hide.
# The public site and the API get "no-referrer" from SecurityHeadersMiddleware.
SECURE_REFERRER_POLICY = "same-origin"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# nginx passes each visitor's address in X-Real-IP (gunicorn only ever sees nginx); it is used
# only, hashed, to rate-limit problem reports and failed admin logins. Empty: use the
# connection's own address.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "HTTP_X_REAL_IP")
# ...and believed only from these addresses (turnto.core.client_ip): loopback, and the networks
# Docker gives a compose project (its default pools, 172.16.0.0/12 and 192.168.0.0/16), where
# nginx runs. A request from anywhere else counts under its own connection's address.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.0/8,::1/128,172.16.0.0/12,192.168.0.0/16")
for network in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(network, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {network!r} is not an address or a network (CIDR) like 10.0.0.0/8."
        ) from None


# Each gunicorn thread keeps its database connection for a minute instead of opening one per
# request (a new PostgreSQL connection costs more than most of our requests). Kept
# connections are checked first, so a database restart costs no errors.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Uploaded images and documents: the media volume, or S3-compatible object storage (AWS S3,
# MinIO, Cloudflare R2, ...) when a bucket is named. Several backend replicas need the latter.
S3_BUCKET = os.environ.get("AWS_STORAGE_BUCKET_NAME") or os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    s3_options = {
        "bucket_name": S3_BUCKET,
        # Media is public (it is on the public site): plain URLs, no expiring signatures.
        "querystring_auth": False,
        "default_acl": None,
        "file_overwrite": False,
        "location": os.environ.get("AWS_LOCATION", ""),
    }
    for option, variable in [
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),
        ("access_key", "AWS_ACCESS_KEY_ID"),
        ("secret_key", "AWS_SECRET_ACCESS_KEY"),
    ]:
        if os.environ.get(variable):
            s3_options[option] = os.environ[variable]
    default_storage = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": s3_options}
else:
    default_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT},
    }
STORAGES = {
    "default": default_storage,
    # Collected by the container's entrypoint; WhiteNoise serves them behind nginx.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
