"""The listing form: languages chosen by name (kept as codes), and a status whose words say
what a visitor meets. Taking a listing off the site is one thing, "Take off the site" in the
footer (Wagtail's unpublish): the status says only whether a listing on the site is open."""

from django import forms
from django.conf.locale import LANG_INFO

from wagtail.admin.forms import WagtailAdminModelForm

# Languages the campaigns' visitors speak that Django's own list has not.
EXTRA_LANGUAGES = {
    "so": "Somali",
    "hmn": "Hmong",
    "ase": "American Sign Language",
    "ti": "Tigrinya",
    "prs": "Dari",
    "ps": "Pashto",
}
LANGUAGE_NAMES = {
    **{
        code: info["name"]
        for code, info in LANG_INFO.items()
        if "name" in info and code.isalpha() and len(code) in (2, 3)
    },
    **EXTRA_LANGUAGES,
}
LANGUAGE_CODES = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
LANGUAGE_CODES.update(
    {
        info["name_local"].casefold(): code
        for code, info in LANG_INFO.items()
        if "name_local" in info and code in LANGUAGE_NAMES
    }
)

# The statuses an editor sets on a listing that is on the site. "Inactive" and "Closed for
# good" (HSDS's) stay in the data, for imports and for listings set so before: the form
# offers them only to a listing that has one, to move it back to "Open".
EDITOR_STATUSES = [
    ("active", "Open"),
    ("temporarily closed", "Closed for now (give the dates under “Closures”)"),
]


def language_names(codes):
    return ", ".join(LANGUAGE_NAMES.get(code, code) for code in codes)


def language_codes(words):
    """ "English, Spanish" (or "en, es", or "español") → ["en", "es"]; a word not known raises
    ValidationError naming it."""
    codes, unknown = [], []
    for word in (part.strip() for part in words.split(",")):
        if not word:
            continue
        key = word.casefold()
        if key in LANGUAGE_NAMES:
            code = key
        elif key in LANGUAGE_CODES:
            code = LANGUAGE_CODES[key]
        elif key.isalpha() and len(key) in (2, 3):
            code = key  # a code we have no name for: kept as the editor wrote it
        else:
            unknown.append(word)
            continue
        if code not in codes:
            codes.append(code)
    if unknown:
        raise forms.ValidationError(
            f"We do not know the language “{unknown[0]}”. Write its English name, e.g. "
            "“Spanish”, or its two-letter code, e.g. “es”."
        )
    if not codes:
        raise forms.ValidationError("Name at least one language, e.g. “English”.")
    return codes


class LanguagesInput(forms.TextInput):
    """A text box offering the language names as the editor types (a datalist)."""

    template_name = "directory/admin/languages_input.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["languages"] = sorted(set(LANGUAGE_NAMES.values()))
        context["widget"]["attrs"]["list"] = f"{context['widget']['attrs']['id']}-names"
        return context


class ListingForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "languages" in self.fields:
            field = self.fields["languages"]
            field.widget = LanguagesInput(attrs={"autocomplete": "off"})
            field.help_text = "Languages spoken, by name, separated by commas: “English, Spanish”."
            if not self.is_bound:
                codes = self.instance.language_codes if self.instance.languages else ["en"]
                self.initial["languages"] = language_names(codes)
        if "location" in self.fields and "organization" in self.fields:
            # "New location" in the place's chooser fills in the organization chosen here.
            self.fields["location"].widget.linked_fields = {"organization": "#id_organization"}
        if "status" in self.fields:
            choices = list(EDITOR_STATUSES)
            current = self.instance.status
            if current not in dict(choices):
                label = dict(self.instance.STATUS_CHOICES).get(current, current)
                choices.append((current, f"{label} (not shown to visitors)"))
            self.fields["status"].choices = choices
            self.fields["status"].help_text = (
                "What visitors are told about a listing on the site. A closure for some days "
                "is a “Closure” below, with its dates. To take the listing off the site, use "
                "“Take off the site” under “More actions”: it stays here, with its history, "
                "to be put back."
            )

    def clean_languages(self):
        return ", ".join(language_codes(self.cleaned_data.get("languages", "")))
