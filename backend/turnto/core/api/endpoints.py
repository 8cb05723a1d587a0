"""The API's answers that are not Wagtail endpoints: the floor `make bench` measures against, and
the JSON 404 of an address under /api/ that does not exist."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe


@csrf_exempt  # no state to protect: an unknown method gets the 405 below, not CSRF's 403
@never_cache
@require_safe  # GET and HEAD; any other method is a 405, as the schema says
def ping(request):
    """GET /api/ping/: the smallest answer the application gives, through every middleware but
    without the database. `make bench` measures against it (the framework's floor)."""
    return JsonResponse({"ok": True})


@csrf_exempt  # a JSON 404 whatever the method, never CSRF's 403 page
def api_not_found(request):
    return JsonResponse({"message": f"no such API address: {request.path}"}, status=404)
