"""No input breaks a page. Hypothesis posts arbitrary and hostile text to every field of every
form (found from the forms themselves, so a new field is covered the day it is added), then every
page and download of that decline is fetched: never a server error, and the stored row still
holds only what a letter may carry."""

import unicodedata

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from declines.account_forms import ProfileForm
from declines.forms import STEP_FORMS, LetterForm
from declines.models import PLAUSIBLE_YEARS, Decline, Status
from tests.factories import make_decline

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "25:99",
    "-1",
    "99999999999999999999",
    "\u202eevil\u202c",
    "\u2066x\u2069",
    "line\r\nbreak",
    "tab\tand\x0bvertical",
    "\x07bell",
    "<script>alert(1)</script>",
    "{{ decline.owner }}",
    "%(name)s {0}",
    "Zoë O\u2019Brien-Ngũgĩ 👩🏽‍💻",
    "a" * 5_000,
]
TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300),
)
ONE_LINE = (
    "recipient_name",
    "company",
    "role",
    "referral_name",
    "future_interest",
    "sender_name",
    "subject",
)


def pages(decline: Decline) -> list[str]:
    urls = [reverse("declines:dashboard"), reverse("declines:decline_detail", args=[decline.pk])]
    urls += [reverse("declines:decline_step", args=[decline.pk, step]) for step in STEP_FORMS]
    for name in ("letter_txt", "letter_eml", "follow_up_eml", "reminders_ics", "decline_recompose"):
        urls.append(reverse(f"declines:{name}", args=[decline.pk]))
    return urls


def assert_row_is_sound(decline: Decline) -> None:
    decline.refresh_from_db()
    for field in Decline._meta.concrete_fields:
        value = getattr(decline, field.attname)
        if isinstance(value, str) and field.max_length:
            assert len(value) <= field.max_length, field.name
    for name in ONE_LINE:
        value = getattr(decline, name)
        assert not any(unicodedata.category(ch) == "Cc" for ch in value), (name, value)
        assert "\u202e" not in value, (name, value)
    assert "\x07" not in decline.body
    assert decline.interview_date is None or decline.interview_date.year in PLAUSIBLE_YEARS


def fetch_everything(client, decline: Decline) -> None:
    for url in pages(decline):
        response = client.get(url)
        assert response.status_code < 500, url
    review = client.post(
        reverse("declines:decline_review", args=[decline.pk]), {"body": decline.body}
    )
    assert review.status_code == 200


FUZZ = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(data=st.data())
@pytest.mark.parametrize("step", list(STEP_FORMS))
def test_any_text_in_any_wizard_field(client, user, step, data):
    decline = make_decline(user)
    form = STEP_FORMS[step](instance=decline)
    posted = {name: data.draw(TEXT, label=name) for name in form.fields}
    posted["action"] = data.draw(st.sampled_from(["next", "back", "exit"]), label="action")
    response = client.post(reverse("declines:decline_step", args=[decline.pk, step]), posted)
    assert response.status_code < 500
    assert_row_is_sound(decline)
    fetch_everything(client, decline)


@FUZZ
@given(data=st.data())
def test_any_text_in_the_first_step_and_the_letter(client, user, data):
    posted = {name: data.draw(TEXT, label=name) for name in STEP_FORMS["who"]().fields}
    assert client.post("/declines/new/", {**posted, "action": "next"}).status_code < 500
    decline = make_decline(user)
    letter = {name: data.draw(TEXT, label=f"letter.{name}") for name in LetterForm.base_fields}
    response = client.post(reverse("declines:decline_detail", args=[decline.pk]), letter)
    assert response.status_code < 500
    assert_row_is_sound(decline)
    fetch_everything(client, decline)
    for declined in Decline.objects.filter(owner=user).exclude(status=Status.CLOSED):
        assert_row_is_sound(declined)


@FUZZ
@given(data=st.data())
def test_any_text_in_the_settings(client, user, data):
    posted = {name: data.draw(TEXT, label=name) for name in ProfileForm.base_fields}
    assert client.post("/accounts/settings/", posted).status_code < 500
    user.profile.refresh_from_db()
    assert not any(unicodedata.category(ch) == "Cc" for ch in user.profile.display_name)
    assert client.get("/").status_code == 200
    assert client.get("/accounts/settings/").status_code == 200
