"""allauth's log-in and sign-up forms with visible labels in Politely's words. Kept apart from
account_forms, which allauth itself imports (ACCOUNT_SIGNUP_FORM_CLASS) while building these."""

from __future__ import annotations

from allauth.account import forms as allauth_forms
from allauth.mfa.webauthn.forms import AddWebAuthnForm
from django import forms


def _labelled(form: forms.Form, labels: dict[str, str], help_texts: dict[str, str]) -> None:
    """Visible labels instead of allauth's placeholders: a label stays when the user types."""
    for name, field in form.fields.items():
        field.widget.attrs.pop("placeholder", None)
        field.label = labels.get(name, field.label)
        field.help_text = help_texts.get(name, field.help_text)


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Accounts from before allauth may still log in with their username here.
        _labelled(self, {"login": "Email"}, {})


class SignupForm(allauth_forms.SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _labelled(
            self,
            {"email": "Email", "password1": "Password"},
            {"email": "For reminders and to log in. We never share it."},
        )


class AddPasskeyForm(AddWebAuthnForm):
    """A key added in Settings is a passkey: it logs in on its own, with nothing typed. allauth
    leaves "Passwordless" unticked, which made a key that only works as a second factor, and
    Politely offers no first factor for it to follow."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "passwordless" in self.fields:
            self.fields["passwordless"].initial = True
            self.fields["passwordless"].label = "Log in with this passkey alone"
            self.fields[
                "passwordless"
            ].help_text = "Leave this ticked to log in with the passkey, without your password."
