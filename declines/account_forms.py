"""Account forms: what Politely adds to allauth's sign-up (the optional name that signs letters, the
browser's time zone), and the settings."""

from __future__ import annotations

import zoneinfo

from django import forms

from . import services
from .forms import FieldsOnly, OneLineField, text_fields
from .models import PROFILE_FIELDS, Profile


def is_time_zone(name: str) -> bool:
    return name in zoneinfo.available_timezones()


class SignupExtrasForm(forms.Form):
    display_name = OneLineField(
        label="Your name",
        max_length=120,
        required=False,
        help_text="Optional. How you sign your letters, e.g. Alex Morgan.",
    )
    timezone = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_timezone(self) -> str:
        name = self.cleaned_data.get("timezone", "")
        return name if is_time_zone(name) else "UTC"

    def signup(self, request, user) -> None:
        """allauth calls this once the user is saved: their profile, from the extra answers."""
        services.profile_create(
            user=user,
            display_name=self.cleaned_data["display_name"],
            tz=self.cleaned_data["timezone"],
        )


def timezone_choices():
    """Real places ("Europe/Lisbon") and UTC; not the database's aliases ("Factory", "localtime",
    "EST5EDT", "Etc/GMT+3") that nobody would pick for where they live."""
    places = (
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))
    )
    return [("UTC", "UTC"), *((name, name.replace("_", " ")) for name in sorted(places))]


class ProfileForm(FieldsOnly, forms.ModelForm):
    timezone = forms.ChoiceField(label="Time zone", choices=timezone_choices)

    class Meta:
        model = Profile
        formfield_callback = text_fields
        fields = PROFILE_FIELDS
        widgets = {"follow_up_days": forms.NumberInput(attrs={"min": 1, "max": 10})}
        error_messages = {
            "follow_up_days": {
                "min_value": "Choose between 1 and 10 business days.",
                "max_value": "Choose between 1 and 10 business days.",
            }
        }
