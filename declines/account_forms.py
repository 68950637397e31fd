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


class AccountDeleteForm(FieldsOnly, forms.Form):
    """Deleting the account asks who is there: the password, or for an account without one (a
    passkey only) the email address typed out."""

    def __init__(self, *args, user, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.email = email
        if user.has_usable_password():
            self.fields["password"] = forms.CharField(
                label="Your password",
                strip=False,
                widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            )
        else:
            self.fields["email"] = forms.CharField(
                label="Your email address",
                help_text=(
                    f"Your account has no password, so type your email address to confirm: {email}"
                ),
                widget=forms.EmailInput(attrs={"autocomplete": "off"}),
            )

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                "That password isn't right. Nothing has been deleted.", code="wrong_password"
            )
        return password

    def clean_email(self) -> str:
        typed = self.cleaned_data["email"].strip()
        if not self.email or typed.casefold() != self.email.casefold():
            raise forms.ValidationError(
                "That isn't your account's email address. Nothing has been deleted.",
                code="wrong_email",
            )
        return typed
