from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "turnto.directory"
    label = "directory"
    verbose_name = "Resource directory"
