"""The one check of unknown query parameters that the site shell, the directory API and the
HSDS API share."""

from django.http import QueryDict

from turnto.core.api.parameters import unknown_parameter_message, unknown_parameters


def test_unknown_parameters_are_sorted_and_known_ones_left_out():
    params = QueryDict("zeta=1&page=2&alpha=3&alpha=4")
    assert unknown_parameters(params, {"page"}) == ["alpha", "zeta"]
    assert unknown_parameters(params, frozenset(["page", "alpha", "zeta"])) == []


def test_the_message_names_the_parameter_as_python_would_quote_it():
    assert unknown_parameter_message("colour") == "unknown parameter 'colour'"
