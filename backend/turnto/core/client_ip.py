"""The address a request came from, for the few things that count per address (problem reports,
failed admin logins): never stored or logged as it is.

Behind nginx every request reaches gunicorn from nginx, which passes the visitor's address in a
header (CLIENT_IP_HEADER, X-Real-IP in production). That header is believed only when the
connection itself comes from a trusted proxy (TRUSTED_PROXIES): anyone who reaches the backend
directly could otherwise write any address into it and be counted as someone else each time.
"""

import ipaddress

from django.conf import settings


def trusted_networks():
    return [
        ipaddress.ip_network(network, strict=False)
        for network in getattr(settings, "TRUSTED_PROXIES", ())
    ]


def parse_address(value):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    peer = parse_address(remote)
    if header and peer is not None and any(peer in net for net in trusted_networks()):
        forwarded = parse_address(request.META.get(header, ""))
        if forwarded is not None:
            return str(forwarded)
    return remote
