"""Query parameters every JSON API of the site checks the same way.

An address answers only the parameters it knows: any other one is a 400 that names it, never
silently ignored (a misspelt filter would otherwise return everything). Each API words that 400
in its own established way; they share how the unknown ones are found.
"""


def unknown_parameters(params, known):
    """The names in `params` (a QueryDict or any mapping) that are not in `known`, sorted, so
    that the first one named is always the same."""
    return sorted(set(params) - set(known))


def unknown_parameter_message(name):
    """The words the directory and HSDS APIs use for one unknown parameter."""
    from django.utils.translation import gettext as _

    return _("unknown parameter %(name)r") % {"name": name}
