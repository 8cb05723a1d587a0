"""DRF's own errors (405, 415, 406, a body it cannot parse...) in the API's one shape,
`{"message": "..."}`, rather than DRF's `{"detail": "..."}`."""

from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if (
        response is not None
        and isinstance(response.data, dict)
        and set(response.data) == {"detail"}
    ):
        response.data = {"message": str(response.data["detail"])}
    return response
