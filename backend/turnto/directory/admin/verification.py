"""Admin: listings nobody has checked for a while, and a one-click "verified today"."""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from wagtail.log_actions import log

from turnto.directory.models import Service

PERMISSION = "directory.change_service"


def stale_listings():
    cutoff = timezone.localdate() - timedelta(days=settings.DIRECTORY_STALE_AFTER_DAYS)
    return (
        Service.objects.filter(Q(assured_date__lt=cutoff) | Q(assured_date__isnull=True))
        # A listing never published is not in front of visitors yet: nothing to verify.
        .filter(live=True)
        .exclude(status="defunct")
        .select_related("organization", "location")
        .order_by("assured_date", "name")
    )


SORTS = {
    "date": ("assured_date", "name"),  # the longest unchecked first
    "city": ("location__city", "assured_date", "name"),
}


@permission_required(PERMISSION, raise_exception=True)
def needs_verification(request):
    """The stale listings, of one city if chosen (?city=), by date or by city (?sort=)."""
    listings = stale_listings()
    cities = sorted(
        {city for city in listings.values_list("location__city", flat=True) if city},
        key=str.casefold,
    )
    city = request.GET.get("city", "")
    if city in cities:
        listings = listings.filter(location__city=city)
    else:
        city = ""
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "date"
    return render(
        request,
        "directory/needs_verification.html",
        {
            "listings": listings.order_by(*SORTS[sort]),
            "cities": cities,
            "city": city,
            "sort": sort,
            "stale_after_days": settings.DIRECTORY_STALE_AFTER_DAYS,
            "today": timezone.localdate(),
        },
    )


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def verify_listing(request, pk):
    """Marks the published listing verified, at once and without publishing anyone's pending
    draft: the draft keeps its changes and gets the date too, so publishing it later does not
    undo the verification."""
    service = get_object_or_404(Service, pk=pk)
    today = timezone.localdate()
    who = request.user.get_full_name() or request.user.get_username()
    service.assured_date, service.assurer = today, who
    service.save(update_fields=["assured_date", "assurer", "updated_at"])
    draft = service.latest_revision if service.has_unpublished_changes else None
    if draft is not None:
        draft.content = {**draft.content, "assured_date": today.isoformat(), "assurer": who}
        draft.save(update_fields=["content"])
        log(service, "wagtail.edit", user=request.user)
    else:
        # The history gets the verified version, as the one that is live.
        revision = service.save_revision(user=request.user, changed=False, log_action=True)
        if service.live:
            service.live_revision = revision
            service.save(update_fields=["live_revision"])
    messages.success(request, f"“{service.name}” marked as verified today.")
    return redirect("directory_needs_verification")
