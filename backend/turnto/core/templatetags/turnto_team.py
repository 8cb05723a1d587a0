from django import template

from turnto.core.team import description

register = template.Library()


@register.simple_tag
def role_description(group_name):
    """The plain description of one of the roles a campaign gets on day one ("" otherwise)."""
    return description(group_name)
