from django.urls import path

from .api.problem_reports import ProblemReportView
from .api.views import ServiceDetailView, ServiceListView

app_name = "directory_api"
urlpatterns = [
    path("services/", ServiceListView.as_view(), name="services"),
    path("services/<uuid:pk>/", ServiceDetailView.as_view(), name="service"),
    # Any id, so that a malformed one gets the API's JSON 404 too.
    path("services/<str:pk>/reports/", ProblemReportView.as_view(), name="service_reports"),
]
