"""The directory in Wagtail's admin: snippets and choosers, verification, import and export, problem
reports, and the dashboard panels. `directory/wagtail_hooks.py` registers them."""
