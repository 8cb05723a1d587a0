"""Admin sign-in lockout (django-axes, settings AXES_*): after AXES_FAILURE_LIMIT wrong passwords
for one account, or from one address, sign-in pauses for AXES_COOLOFF_TIME.

Axes keeps its failed attempts in the database. The address it files them under is a keyed
hash of the real one, written as an IPv6 address (axes stores a GenericIPAddressField), so the
database never holds where an editor, or someone guessing passwords, connected from.
"""

import ipaddress

from django.conf import settings
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from turnto.core.client_ip import client_ip


def address_pseudonym(request):
    """The same for one address always (so its failures add up), and not readable back."""
    digest = salted_hmac("turnto.core.login_lockout.address", client_ip(request)).digest()
    return str(ipaddress.IPv6Address(digest[:16]))


def locked_out(request, original_response=None, credentials=None):
    """The admin's sign-in page, saying in plain words why signing in is paused and what to do."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(
        request,
        "turnto/login_locked_out.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
