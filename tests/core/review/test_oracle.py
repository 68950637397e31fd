"""An oracle for optimising the letters and the review: thousands of letters, composed and then
mutated, whose verdicts must stay exactly what they were when the constants below were recorded.

A change that is meant to alter what the review says (or what the letters write) must re-record
the constant, on purpose, in its own commit: run this file with ORACLE_PRINT=1 to see the new
digests. A change that is only meant to be faster must leave both digests alone.

The corpus: every reason x tone x offer x wording (1,296 letters, a few people, details and
interview states in rotation), and each of them again with one mutation: a sentence or paragraph
removed, a placeholder left in, negative, blaming, casual or shouted words added, a greeting
swapped, the text repeated to a very long letter, curly quotes and accents, Windows line breaks.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Callable
from datetime import date, datetime, timedelta

from declines.core.letters import REASONS, TONES, LetterFacts, compose_letter
from declines.core.review import review_letter
from tests.core.review.sample_letter import MONDAY, UTC

# SHA-256 of every composed letter (repr of each Letter) and of every review (repr of its Checks),
# recorded from the code before the review was optimised (branch wt-review).
LETTERS_DIGEST = "7fa5f16f331af96e7cff8f9ddddaeae44a0820ea739d55b21ef0714f9e93ecc8"
REVIEWS_DIGEST = "ab1c5fd42ae7f6d00bea5da4e2b0286a1cbcd05242762dfbe5fa20455c48d272"

PEOPLE = (
    ("Helen Park", "Northwind", "Product Designer", "Sam Rivera"),
    ("Dr. Priya Raman", "the University of Leeds", "Research Software Engineer", "Tom Becker"),
    ("Hiring Team", "ACME CORP", "Senior Data Engineer - Platform (Remote) - Ref 123", "Ana Lima"),
    ("O'Brien-Ngugi, Siobhan", "Bad Robot Ltd", "Marketing Lead", "Zoë Müller"),
    ("", "[Stealth] Labs", "Engineer", ""),
)
DETAILS = (
    "",
    "I'm relocating to Lisbon",
    "the salary is lol too low",
    "Honestly you never replied for weeks and the process was chaotic",
    "n/a",
    "I want to focus on my studies this year. My course starts soon. It is demanding.",
)
INTEREST = ("", "roles in data science", "future openings")
INTERVIEW = datetime(2026, 3, 9, 10, tzinfo=UTC)
# Interview and lifecycle states, so that prompt and follow_up take each of their paths.
STATES: tuple[dict[str, object], ...] = (
    {},
    {"interview_at": INTERVIEW},
    {"interview_at": date(2026, 3, 3)},
    {"interview_at": MONDAY - timedelta(days=1)},
    {"interview_at": MONDAY + timedelta(hours=3)},
    {"sent_at": MONDAY - timedelta(days=6)},
    {"sent_at": MONDAY - timedelta(days=1), "interview_at": INTERVIEW},
    {"sent_at": MONDAY - timedelta(days=8), "acknowledged_at": MONDAY - timedelta(days=2)},
    {"sent_at": MONDAY - timedelta(days=8), "followed_up_at": MONDAY - timedelta(days=1)},
)


def composed() -> list[tuple[LetterFacts, int]]:
    """Every reason x tone x offer x wording, people, details and states in rotation."""
    offers = itertools.product((False, True), repeat=4)
    rows = itertools.product(REASONS, TONES, offers, range(3))
    cases = []
    for n, (reason, tone, (referral, feedback, keep, interest), variant) in enumerate(rows):
        recipient, company, role, sender = PEOPLE[n % len(PEOPLE)]
        facts = LetterFacts(
            recipient_name=recipient,
            company=company,
            role=role,
            sender_name=sender,
            reason=reason,
            reason_detail=DETAILS[n % len(DETAILS)],
            tone=tone,
            referral_name="Ortiz, Daniel" if referral else "",
            offer_feedback=feedback,
            keep_in_touch=keep,
            future_interest=INTEREST[n % len(INTEREST)] if interest else "",
            written_on=date(2026, 3, 2) if n % 2 else None,
            **STATES[n % len(STATES)],  # type: ignore[arg-type]
        )
        cases.append((facts, variant))
    return cases


def _drop_sentence(body: str, n: int) -> str:
    sentences = body.split(". ")
    return ". ".join(s for i, s in enumerate(sentences) if i != n % len(sentences))


def _drop_paragraph(body: str, n: int) -> str:
    paragraphs = body.split("\n\n")
    return "\n\n".join(p for i, p in enumerate(paragraphs) if i != n % len(paragraphs))


def _insert(words: str) -> Callable[[str, int], str]:
    """Adds the words after the first paragraph (the greeting), as a sentence of its own."""
    return lambda body, n: body.replace("\n\n", f"\n\n{words} ", 1)


MUTATIONS: tuple[Callable[[str, int], str], ...] = (
    lambda body, n: body,
    _drop_sentence,
    _drop_paragraph,
    lambda body, n: _drop_paragraph(_drop_paragraph(body, n), n + 1),
    _insert("Dear [Name], thanks for the {first_name} chat with FIRSTNAME at <Company>."),
    _insert("Name: ____ and XXXX."),
    _insert("Frankly the process was a mess, awful and disorganised; I'm disappointed."),
    _insert("You never replied to my email and you kept me waiting, which was a waste of time."),
    _insert("Nobody bothered to call me back. You should have told me sooner."),
    _insert("lol tbh the role was kinda meh, no thanks."),
    _insert("THIS IS NOT ACCEPTABLE!! I AM UPSET."),
    _insert("I feel bad about the short notice and I hate to do this; you never know."),
    lambda body, n: "Hi there,\n\n" + body.split("\n\n", 1)[-1],
    lambda body, n: "To whom it may concern,\n\n" + body.split("\n\n", 1)[-1],
    lambda body, n: "Subject: Withdrawing\nTo: hr@example.com\n\n" + body,
    lambda body, n: (body + "\n\n") * 8,
    lambda body, n: body.replace("'", "\u2019").replace("e", "é").replace('"', "\u201c"),
    lambda body, n: body.replace("\n", "\r\n"),
    lambda body, n: body.replace(".", "!", 3),
    lambda body, n: body.lower(),
    lambda body, n: body.upper(),
    lambda body, n: body.replace("withdraw", "continue").replace("declin", "accept"),
    lambda body, n: body.replace("thank", "note").replace("Thank", "Note"),
    lambda body, n: body.replace("future", "present").replace("touch", "mind"),
    _insert("Best of luck in the future, and all the best for the future."),
    _insert("e.g. Dr. Smith said i.e. Mr. Jones etc. would decide."),
    lambda body, n: "Dear Helen,\n\nI am withdrawing my application.\n\nBest,\nSam",
    lambda body, n: (
        "Hi Priya,\n\nThanks for your time. I'm withdrawing, because "
        + "the long commute and the hours and the travel and the pay " * 5
        + "do not suit me. I hope we stay in touch.\n\nTom"
    ),
    lambda body, n: "",
    lambda body, n: "   \n\n  ",
)


def cases() -> tuple[list[str], list[str]]:
    """The letters' reprs, and every review's repr: composed letters, then each mutated once."""
    letters, reviews = [], []
    for n, (facts, variant) in enumerate(composed()):
        letter = compose_letter(facts, variant=variant)
        letters.append(repr(letter))
        today = MONDAY if n % 4 else MONDAY.date()
        mutated = MUTATIONS[n % len(MUTATIONS)](letter.body, n)
        for body in (letter.body, mutated):
            reviews.append(repr(review_letter(body, facts, today=today)))
    return letters, reviews


def digest(reprs: list[str]) -> str:
    return hashlib.sha256("\n".join(reprs).encode()).hexdigest()


def test_the_letters_and_the_reviews_are_unchanged():
    letters, reviews = cases()
    if os.environ.get("ORACLE_PRINT"):
        print(
            f"\n{len(letters)} letters {digest(letters)}\n{len(reviews)} reviews {digest(reviews)}"
        )
    assert len(letters) == 1296
    assert len(reviews) == 2592
    assert digest(letters) == LETTERS_DIGEST
    assert digest(reviews) == REVIEWS_DIGEST
