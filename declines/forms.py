"""One ModelForm per wizard step, and the letter editor."""

from __future__ import annotations

from typing import Any, cast

from crispy_forms.helper import FormHelper
from django import forms

from .adapters import wording_facts
from .core import letters
from .core.text import one_line
from .models import STEP_FIELDS, STEP_TITLES, Decline, Reason, Tone


class FieldsOnly:
    """Crispy renders the fields only: the template owns the <form>, its CSRF token and buttons."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper(self)
        self.helper.form_tag = False
        self.helper.disable_csrf = True


def seen_token(decline) -> str:
    return decline.updated_at.isoformat()


class StepForm(FieldsOnly, forms.ModelForm):
    """A wizard step over part of a Decline."""

    step: str = ""
    title: str = ""
    why_we_ask: str = ""

    # When the page was drawn from the saved decline: a save from an older page must not silently
    # overwrite answers saved since in another window. A post without it (a script) is not checked.
    seen = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("recipient_name", "company", "role"):
            if name in self.fields:
                self.fields[name].required = True
        if self.instance.pk:
            self.fields["seen"].initial = seen_token(self.instance)

    def preview(self) -> str:
        """How the letter will put this step's answers, once they are saved; "" before."""
        return ""

    @property
    def answer_fields(self) -> list[str]:
        return [name for name in self.fields if name != "seen"]

    def is_stale(self) -> bool:
        seen = self.data.get(self.add_prefix("seen"), "")
        return bool(seen and self.instance.pk and seen != seen_token(self.instance))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        assert cleaned is not None  # ModelForm.clean returns its cleaned_data
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = one_line(value) if name != "reason_detail" else value.strip()
        return cleaned

    def typed_errors(self) -> bool:
        """True when something the user typed is invalid (as opposed to a required field left
        empty), so leaving the step would lose their words."""
        return any(
            self.data.get(self.add_prefix(name), "").strip()
            for name in self.errors
            if name in self.fields
        )

    def has_input(self) -> bool:
        return any(self.data.get(self.add_prefix(name), "").strip() for name in self.answer_fields)

    def valid_values(self) -> dict:
        """The cleaned values of the fields that passed validation, to save what we can."""
        cleaned = getattr(self, "cleaned_data", {})
        return {
            name: cleaned[name]
            for name in self.answer_fields
            if name in cleaned and name not in self.errors
        }


class WhoForm(StepForm):
    step, title = "who", STEP_TITLES["who"]
    why_we_ask = "A letter to a real person, about the real role, reads as personal and kind."

    class Meta:
        model = Decline
        fields = STEP_FIELDS["who"]
        widgets = {
            "interview_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "interview_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        labels = {"interview_time": "Interview time", "greeting": "Greeting"}
        help_texts = {
            "recipient_name": "The person who invited you, e.g. the recruiter.",
            "recipient_email": "Optional. Lets Politely open the letter in your mail app.",
            "interview_date": "Optional. Leave it empty if no date was set yet.",
            "interview_time": "Optional.",
            "greeting": "Optional. Leave it empty and Politely greets them from their name "
            "and your tone, e.g. \u201cDear Dr Raman\u201d or \u201cHi Priya\u201d.",
        }
        error_messages = {
            "recipient_name": {"required": "Please tell us who you're writing to."},
            "company": {"required": "Please add the company's name."},
            "role": {"required": "Please add the role you were invited for."},
            "recipient_email": {"invalid": "That doesn't look like an email address."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        decline = self.instance
        if decline.pk and decline.recipient_name:
            # Blank means "use the suggestion": show it, and let them write another.
            suggestion = letters.suggested_greeting(wording_facts(decline))
            field = self.fields["greeting"]
            field.widget.attrs["placeholder"] = suggestion
            field.help_text = (
                f"Optional. Leave it empty to greet them \u201c{suggestion}\u201d, or write how "
                "they like to be greeted, e.g. \u201cHi Mar\u00eda Jos\u00e9\u201d."
            )

    def preview(self) -> str:
        decline = self.instance
        if not (decline.pk and decline.recipient_name):
            return ""
        shown = letters.shown_forms(wording_facts(decline))
        return f"{shown.greeting} \u2026 {shown.role_at_company} \u2026"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("interview_time") and not cleaned.get("interview_date"):
            self.add_error("interview_date", "Add the date too, or clear the time.")
        return cleaned


class WhyForm(StepForm):
    step, title = "why", STEP_TITLES["why"]
    why_we_ask = "A short, honest reason helps them understand — you never owe a long explanation."

    class Meta:
        model = Decline
        fields = STEP_FIELDS["why"]
        # A <select> labelled "Reason": one control that screen readers and tests find by its label.
        widgets = {"reason_detail": forms.Textarea(attrs={"rows": 3, "maxlength": 300})}
        help_texts = {
            "reason": "Pick the closest; you can add your own words below.",
            "reason_detail": "Optional, up to 300 characters. One short sentence is plenty: "
            "brief is better.",
        }
        error_messages = {
            "reason": {"required": "Please choose the reason closest to yours."},
            "reason_detail": {
                "max_length": "Please keep it to 300 characters (it has %(show_value)d). "
                "A sentence or two reads best.",
            },
        }

    def preview(self) -> str:
        decline = self.instance
        if not (decline.pk and (decline.reason or decline.reason_detail)):
            return ""
        return letters.shown_forms(wording_facts(decline)).reason

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = True
        # A model field with choices gets a TypedChoiceField.
        cast(forms.ChoiceField, self.fields["reason"]).choices = [
            ("", "Choose the closest reason…"),
            *Reason.choices,
        ]


class ToneForm(StepForm):
    step, title = "tone", STEP_TITLES["tone"]
    why_we_ask = "Match the way they wrote to you; every tone stays kind."

    class Meta:
        model = Decline
        fields = STEP_FIELDS["tone"]
        help_texts = {
            "tone": "Warm suits most letters; formal for formal invitations; brief for a quick note."
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["tone"]).choices = Tone.choices


class HelpForm(StepForm):
    step, title = "help", STEP_TITLES["help"]
    why_we_ask = "A small offer of help leaves a good impression and keeps the door open."

    class Meta:
        model = Decline
        fields = STEP_FIELDS["help"]
        labels = {"sender_name": "Sign the letter as"}
        help_texts = {
            "referral_name": "Optional. A friend or colleague who might suit the role.",
            "offer_feedback": "Offer a few words on their hiring process.",
            "keep_in_touch": "Say you'd like to hear about future openings.",
            "future_interest": "Optional, e.g. \u201cdata roles\u201d or \u201cremote positions\u201d.",
        }


STEP_FORMS = {form.step: form for form in (WhoForm, WhyForm, ToneForm, HelpForm)}


class LetterForm(FieldsOnly, forms.Form):
    """The letter editor. A plain Form, so validating never touches the decline itself: the
    service compares the edit with what is stored."""

    subject = forms.CharField(
        label="Subject",
        max_length=200,
        error_messages={"required": "A subject helps your letter get read."},
    )
    body = forms.CharField(
        label="Letter",
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "true"}),
        error_messages={"required": "The letter can't be empty."},
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    @classmethod
    def for_decline(cls, decline, data=None):
        initial = {"subject": decline.subject, "body": decline.body, "version": decline.version}
        return cls(data, initial=initial)

    def clean_subject(self):
        # A subject is a header: a line break in it would corrupt the .eml download.
        return one_line(self.cleaned_data["subject"])

    def clean_body(self):
        body = self.cleaned_data["body"].replace("\r\n", "\n").strip()
        if not body:
            raise forms.ValidationError("The letter can't be empty.")
        return body
