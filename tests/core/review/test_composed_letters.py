"""Every letter the composer writes passes the six text guidelines of the review."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from declines.core.letters import REASONS, TONES, LetterFacts
from declines.core.review import review_letter
from declines.core.review.words import HONORIFICS
from tests.core.review.sample_letter import FACTS, MONDAY, TEXT_KEYS


def compose_and_review(facts: LetterFacts, variant: int) -> list[str]:
    """The text guidelines a composed letter fails, with their notes and the letter."""
    from declines.core.letters import compose_letter

    body = compose_letter(facts, variant=variant).body
    checks = review_letter(body, facts, today=MONDAY)
    return [
        f"{c.guideline}: {c.note}\n{facts}\n{body}"
        for c in checks
        if c.guideline in TEXT_KEYS and not c.ok
    ]


@pytest.mark.parametrize(
    ("reason", "tone", "variant"), list(itertools.product(REASONS, TONES, range(3)))
)
def test_every_composed_letter_passes_the_text_guidelines(reason, tone, variant):
    failures = []
    for referral, feedback, keep, interest in itertools.product((False, True), repeat=4):
        facts = replace(
            FACTS,
            reason=reason,
            tone=tone,
            referral_name="Jo Malik" if referral else "",
            offer_feedback=feedback,
            keep_in_touch=keep,
            future_interest="research roles" if interest else "",
        )
        failures += compose_and_review(facts, variant)
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize(
    "detail",
    [
        "I'm relocating to Lisbon",
        "a role closer to home",
        "because my contract was extended",
        "I want to focus on my studies this year.",
    ],
)
def test_composed_letters_with_the_users_own_reason_pass(detail):
    failures = []
    for reason, tone, variant in itertools.product(REASONS, TONES, range(3)):
        facts = replace(FACTS, reason=reason, tone=tone, reason_detail=detail, interview_at=None)
        failures += compose_and_review(facts, variant)
    assert not failures, "\n\n".join(failures)


_LETTERS = "abcdefghijklmnopqrstuvwxyzéèüöñçåø"
_word = st.text(alphabet=_LETTERS, min_size=2, max_size=10).map(str.capitalize)
_name_word = _word.filter(lambda w: w.lower().rstrip(".") not in HONORIFICS)
_person = st.lists(_name_word, min_size=1, max_size=3).map(" ".join)
_company = st.builds(
    lambda words, suffix: " ".join(words) + suffix,
    st.lists(_word, min_size=1, max_size=3),
    st.sampled_from(["", " Ltd", " Inc.", " & Co", " GmbH", " Labs", " 360"]),
)
_role = st.builds(
    lambda words, noun: " ".join(words) + noun,
    st.lists(_word, min_size=1, max_size=3),
    st.sampled_from(["", " Engineer", " role", " Lead II"]),
)


@settings(max_examples=150, deadline=None)
@given(
    recipient=_person,
    company=_company,
    role=_role,
    referral=st.one_of(st.just(""), _person),
    interest=st.one_of(st.just(""), _role),
    offer_feedback=st.booleans(),
    keep_in_touch=st.booleans(),
    reason_and_tone=st.tuples(st.sampled_from(REASONS), st.sampled_from(TONES)),
    variant=st.integers(0, 2),
)
def test_composed_letters_pass_for_any_names_companies_and_roles(
    recipient,
    company,
    role,
    referral,
    interest,
    offer_feedback,
    keep_in_touch,
    reason_and_tone,
    variant,
):
    reason, tone = reason_and_tone
    facts = LetterFacts(
        recipient_name=recipient,
        company=company,
        role=role,
        sender_name="Sam Rivera",
        reason=reason,
        tone=tone,
        referral_name=referral,
        offer_feedback=offer_feedback,
        keep_in_touch=keep_in_touch,
        future_interest=interest,
    )
    assert compose_and_review(facts, variant) == []


@pytest.mark.parametrize("tone", TONES)
def test_composed_greeting_names_a_recipient_who_has_a_title(tone):
    facts = replace(FACTS, recipient_name="Dr. Helen Park", tone=tone)
    assert [f for v in range(3) for f in compose_and_review(facts, v)] == []
