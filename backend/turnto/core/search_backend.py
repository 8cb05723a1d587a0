"""Wagtail's database search backend, with each language's own stemming on PostgreSQL.

Wagtail's PostgreSQL backend reads every text with one text search configuration
(`SEARCH_CONFIG`, else the database's default, English): a Spanish page would be stemmed by
English rules, so "gratuita" would not find "gratuitos" nor "condón" "condones". Here a
translatable object (a page, a card) is indexed with its language's configuration
(`LANGUAGE_CONFIGS`: {"es": "spanish"}), and a search reads the words by the rules of the
language it searches in (`searching_in("es")`, as the site search and the pages API's
`?locale=es` do). A search in no one language (the admin, the pages API without `?locale=`)
reads them by every language's rules, so an editor's Spanish words still find Spanish pages.

The default language is indexed and searched exactly as before (`SEARCH_CONFIG`). SQLite and
other databases keep Wagtail's own backend (FTS5: no stemming). After the configurations
change, `manage.py update_index` indexes what was already there again.
"""

import copy
from contextlib import contextmanager
from contextvars import ContextVar
from functools import reduce
from operator import or_

from django.db import connection

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.query import Fuzzy

_language = ContextVar("search_language", default=None)


@contextmanager
def searching_in(language):
    """Searches started inside read their words by `language`'s rules (None: every
    language's). The rules are fixed when the search is made (`.search()`), not when it is
    read, so the results may be read after the block."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Each object's text with its language's configuration: the objects of one language
        at a time, through a copy of the backend that names it."""
        by_config = {}
        for obj in objs:
            by_config.setdefault(self.backend.config_of(obj), []).append(obj)
        for config, group in by_config.items():
            index = copy.copy(self)
            index.backend = copy.copy(self.backend)
            index.backend.config = config
            super(LanguageIndex, index).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = _language.get()  # when the search is made

    def get_config(self, backend):
        if isinstance(self.query, Fuzzy):  # trigrams: no stemming to choose
            return backend.config
        if self.language is None:
            return backend.every_config()
        return backend.config_for(self.language)

    def build_tsquery(self, query, config=None):
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        # In no one language: the words by each language's rules, any of them matching.
        queries = [super(LanguageQueryCompiler, self).build_tsquery(query, c) for c in config]
        queries = [q for q in queries if q is not None]
        return reduce(or_, queries) if queries else None


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS") or {})

    def config_for(self, language):
        """A language's configuration ("spanish"); the default's (`SEARCH_CONFIG`) else."""
        return self.language_configs.get(language, self.config)

    def every_config(self):
        return tuple(dict.fromkeys([self.config, *self.language_configs.values()]))

    def config_of(self, obj):
        """A translatable object's language's configuration; the default's for the rest."""
        if getattr(obj, "locale_id", None) is None:
            return self.config
        return self.config_for(obj.locale.language_code)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend's module
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
