from django.urls import path

from .api import ServiceDetailView, ServiceListView

app_name = "directory_api"
urlpatterns = [
    path("services/", ServiceListView.as_view(), name="services"),
    path("services/<uuid:pk>/", ServiceDetailView.as_view(), name="service"),
]
