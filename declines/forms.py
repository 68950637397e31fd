"""One ModelForm per wizard step, and the letter editor."""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from typing import Any, cast

from crispy_forms.helper import FormHelper
from django import forms
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format

from .adapters import wording_facts
from .core import letters
from .core.text import multi_line, one_line
from .models import STEP_FIELDS, STEP_TITLES, Decline, Reason, Tone


class FieldsOnly:
    """Crispy renders the fields only: the template owns the <form>, its CSRF token and buttons."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper(self)
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class OneLineField(forms.CharField):
    """A name, a company, a subject: one line, nothing invisible (see core.text.one_line)."""

    def to_python(self, value: Any) -> str:
        return one_line(super().to_python(value))


class MultiLineField(forms.CharField):
    """Several lines, counted as the person sees them: a line break is one character, though
    browsers send two, so a limit never rejects what the page's counter allowed."""

    def to_python(self, value: Any) -> str:
        return multi_line(super().to_python(value))

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        # No maxlength: a browser would cut a long paste without a word. The page counts instead
        # (data-count-max), and the server says when it is too long.
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        if self.max_length is not None:
            attrs["data-count-max"] = str(self.max_length)
        return attrs


# The model text fields a person types several lines into; every other text field is one line.
MULTI_LINE_FIELDS = frozenset({"reason_detail", "body"})


def text_fields(db_field: models.Field, **kwargs: Any) -> forms.Field | None:
    """Every ModelForm's text fields are cleaned once, at the form: one line or several."""
    plain_text = isinstance(db_field, models.CharField | models.TextField) and not (
        db_field.choices or isinstance(db_field, models.EmailField)
    )
    if plain_text:
        multi = db_field.name in MULTI_LINE_FIELDS
        kwargs.setdefault("form_class", MultiLineField if multi else OneLineField)
    return db_field.formfield(**kwargs)


def interview_date_range(today: date) -> tuple[date, date]:
    """The dates a real interview can have: up to a year ago (a late reply is still kind), up to
    two years ahead. Anything else is a typo, and year 1 would break the date arithmetic."""
    return today - timedelta(days=365), today + timedelta(days=2 * 365)


# Hidden fields that say which page a post came from, not answers.
BOOKKEEPING_FIELDS = frozenset({"seen", "form_token"})


def page_token() -> str:
    """A fresh name for one drawing of a form, to tell its own repeated posts from others'."""
    return secrets.token_hex(16)


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
        return [name for name in self.fields if name not in BOOKKEEPING_FIELDS]

    def is_stale(self) -> bool:
        seen = self.data.get(self.add_prefix("seen"), "")
        return bool(seen and self.instance.pk and seen != seen_token(self.instance))

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

    # Names the first step's page: the same page sent twice creates one draft, not two.
    form_token = forms.CharField(required=False, max_length=32, widget=forms.HiddenInput)

    class Meta:
        model = Decline
        formfield_callback = text_fields
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
        if not decline.pk:
            self.fields["form_token"].initial = page_token()
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

    def clean_interview_date(self) -> date | None:
        day = self.cleaned_data.get("interview_date")
        if day is None:
            return None
        first, last = interview_date_range(timezone.localdate())
        if not first <= day <= last:
            raise forms.ValidationError(
                f"Please check the date: an interview between {date_format(first)} and "
                f"{date_format(last)}."
            )
        return day

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if cleaned.get("interview_time") and not cleaned.get("interview_date"):
            self.add_error("interview_date", "Add the date too, or clear the time.")
        return cleaned


class WhyForm(StepForm):
    step, title = "why", STEP_TITLES["why"]
    why_we_ask = "A short, honest reason helps them understand — you never owe a long explanation."

    class Meta:
        model = Decline
        formfield_callback = text_fields
        fields = STEP_FIELDS["why"]
        # A <select> labelled "Reason": one control that screen readers and tests find by its label.
        widgets = {"reason_detail": forms.Textarea(attrs={"rows": 3})}
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
        formfield_callback = text_fields
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
        formfield_callback = text_fields
        fields = STEP_FIELDS["help"]
        labels = {"sender_name": "Sign the letter as"}
        help_texts = {
            "referral_name": "Optional. A friend or colleague who might suit the role.",
            "offer_feedback": "Offer a few words on their hiring process.",
            "keep_in_touch": "Say you'd like to hear about future openings.",
            "future_interest": "Optional, e.g. \u201cdata roles\u201d or \u201cremote positions\u201d.",
        }


STEP_FORMS = {form.step: form for form in (WhoForm, WhyForm, ToneForm, HelpForm)}


# A letter is a page or so (about 2,000 characters); ten times that is a paste gone wrong.
BODY_LIMIT = 20_000


class LetterForm(FieldsOnly, forms.Form):
    """The letter editor. A plain Form, so validating never touches the decline itself: the
    service compares the edit with what is stored."""

    subject = OneLineField(
        label="Subject",
        max_length=200,
        error_messages={"required": "A subject helps your letter get read."},
    )
    body = MultiLineField(
        label="Letter",
        max_length=BODY_LIMIT,
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "true"}),
        error_messages={
            "required": "The letter can't be empty.",
            "max_length": "A letter this long won't be read: please keep it under "
            f"{BODY_LIMIT:,} characters (it has %(show_value)d).",
        },
    )
    version = forms.IntegerField(widget=forms.HiddenInput)
    editor = forms.CharField(required=False, max_length=32, widget=forms.HiddenInput)

    @classmethod
    def for_decline(cls, decline, data=None):
        initial = {
            "subject": decline.subject,
            "body": decline.body,
            "version": decline.version,
            "editor": page_token(),
        }
        return cls(data, initial=initial)

    def clean_body(self):
        if not self.cleaned_data["body"]:
            raise forms.ValidationError("The letter can't be empty.")
        return self.cleaned_data["body"]
