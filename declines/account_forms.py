"""Account forms: what Politely adds to allauth's sign-up (the optional name that signs letters, the
browser's time zone), and the settings."""

from __future__ import annotations

from allauth.core import ratelimit
from django import forms

from . import services
from .core.zones import canonical_zone, place_zones
from .forms import FieldsOnly, OneLineField, text_fields
from .models import PROFILE_FIELDS, Profile


class SignupExtrasForm(forms.Form):
    display_name = OneLineField(
        label="Your name",
        max_length=120,
        required=False,
        help_text="Optional. How you sign your letters, e.g. Alex Morgan.",
    )
    timezone = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_timezone(self) -> str:
        # The browser may name an alias ("US/Pacific"): keep the place it stands for, the one
        # Settings will show, so the next save there changes nothing.
        return canonical_zone(self.cleaned_data.get("timezone", "")) or "UTC"

    def signup(self, request, user) -> None:
        """allauth calls this once the user is saved: their profile, from the extra answers."""
        services.profile_create(
            user=user,
            display_name=self.cleaned_data["display_name"],
            tz=self.cleaned_data["timezone"],
        )


def timezone_choices(current: str = "") -> list[tuple[str, str]]:
    """Real places ("Europe/Lisbon") and UTC, the list every form offers; not the database's
    aliases ("US/Pacific", "EST5EDT") that nobody would pick for where they live. A zone the user
    already has and that is no place (Etc/GMT+12) is offered too: Settings never change it
    silently."""
    names = list(place_zones())
    if current and current not in names:
        names.insert(1, current)
    return [(name, name.replace("_", " ")) for name in names]


class ProfileForm(FieldsOnly, forms.ModelForm):
    timezone = forms.ChoiceField(label="Time zone")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = canonical_zone(self.instance.timezone) or "UTC"
        self.initial["timezone"] = current
        field = self.fields["timezone"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = timezone_choices(current)

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

    def __init__(self, *args, request, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = request.user
        self.email = email
        if self.user.has_usable_password():
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
        # A session left open must not become a way to guess the password: every try counts
        # against allauth's "reauthenticate" limit (10 a minute per user), and past it the
        # password is not even checked.
        if not ratelimit.consume(self.request, action="reauthenticate", user=self.user):
            raise forms.ValidationError(
                "Too many tries. To keep your account safe, please wait a minute and try "
                "again. Nothing has been deleted.",
                code="too_many_tries",
            )
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
