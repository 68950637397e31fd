"""Bad hand-written letters: each fails exactly one guideline, the way people actually slip, and
the note names the thing to fix. BAD is grouped by guideline, in the order of GUIDELINES.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from declines.core.review import review_letter
from tests.core.review.hand_written import FACTS, KEYS, MONDAY, letter, verdicts

BAD = {
    # prompt: judged from time, so a good letter fails it by arriving late.
    "the interview is in 20 hours": (
        {"interview_at": MONDAY + timedelta(hours=20)},
        letter(),
        "prompt",
        "Your interview is in less than two days — send this today.",
    ),
    "the interview is later today": (
        {"interview_at": MONDAY + timedelta(hours=3)},
        letter(),
        "prompt",
        "Your interview is today",
    ),
    "the interview was yesterday, no apology": (
        {"interview_at": MONDAY - timedelta(days=1)},
        letter(),
        "prompt",
        "Add a short apology for the late notice",
    ),
    # personal
    "hi there": ({}, letter(greeting="Hi there,"), "personal", "doesn't use Priya's name"),
    "hello without a name": ({}, letter(greeting="Hello,"), "personal", 'try "Dear Priya,"'),
    "dear sir or madam": (
        {},
        letter(greeting="Dear Sir/Madam,"),
        "personal",
        'Swap "Dear Sir/Madam" for Priya\'s name',
    ),
    "dear hiring team": (
        {},
        letter(greeting="Dear Hiring Team,"),
        "personal",
        'Swap "Dear Hiring Team"',
    ),
    "a leftover placeholder": (
        {},
        letter(greeting="Dear [Recruiter name],"),
        "personal",
        'Fill in the placeholder "[Recruiter name]"',
    ),
    "a mail-merge field in capitals": (
        {},
        letter(greeting="Dear FIRSTNAME,"),
        "personal",
        'Fill in the placeholder "FIRSTNAME"',
    ),
    "a mail-merge field in braces": (
        {},
        letter(greeting="Hi {{first_name}},"),
        "personal",
        'Fill in the placeholder "{first_name}"',
    ),
    "the wrong name": ({}, letter(greeting="Dear Sarah,"), "personal", "Priya's name"),
    "hi team": ({}, letter(greeting="Hi team,"), "personal", "Priya's name"),
    "the wrong name after an address block": (
        {},
        "Tom Becker\n14 Elm Road, Leeds\n\n" + letter(greeting="Sarah,"),
        "personal",
        "Priya's name",
    ),
    # grateful
    "no thanks at all": (
        {},
        letter(thanks="I'm writing about the Product Analyst role."),
        "grateful",
        "Add a line of thanks",
    ),
    "no thanks, literally": ({}, letter(thanks="No thanks."), "grateful", "Add a line of thanks"),
    "thanks to an offer is not thanks": (
        {},
        letter(thanks="", decision="Thanks to a new offer, I am withdrawing my application."),
        "grateful",
        "the Brightwave team",
    ),
    # reason
    "no decision stated": (
        {},
        letter(decision="I have accepted another offer that suits my plans."),
        "reason",
        "Say clearly that you are withdrawing from the process",
    ),
    "the decision only in the subject line": (
        {},
        "Subject: Withdrawing my application\n\n"
        + letter(decision="I have accepted another offer."),
        "reason",
        "Say clearly that you are withdrawing",
    ),
    "a decision without any why": (
        {},
        letter(decision="I'm writing to let you know I'll be withdrawing my candidacy."),
        "reason",
        'Add a short, honest why, such as "I\'ve accepted a position elsewhere."',
    ),
    "not moving forward is no why": (
        {},
        letter(decision="I'm not moving forward with the interview."),
        "reason",
        "Add a short, honest why",
    ),
    "a rambling 90-word reason": (
        {},
        letter(
            decision=(
                "I've decided to withdraw, because over the past few weeks I have been thinking a "
                "great deal about where I want to be in five years and what kind of team I want "
                "to join, and after many long talks with my partner, my parents, my old manager "
                "and several friends who work in analytics, I came to the view that another offer "
                "I received lines up better with all of it, and with the kind of life we want."
            )
        ),
        "reason",
        "Your reason runs to",
    ),
    "a reason rambling over many sentences": (
        {},
        letter(
            decision=(
                "I have decided to withdraw, because I accepted another offer. It came after "
                "months of talks with my family about where we want to live and how we want to "
                "spend our weekends. My partner has a job in Leeds that she loves and cannot "
                "leave. Our two kids are settled at school there, and my parents live ten minutes "
                "away and help with pick-ups twice a week. Moving to London would undo all of it."
            )
        ),
        "reason",
        "Your reason runs to",
    ),
    # positive
    "disappointed by a disorganised process": (
        {},
        letter(
            decision="I've accepted another offer, so I'm withdrawing. I was disappointed by how "
            "disorganised the process was."
        ),
        "positive",
        "'disorganised' sounds negative",
    ),
    "disappointed, politely": (
        {},
        letter(decision="I'm disappointed to say I've accepted another offer and must withdraw."),
        "positive",
        "'disappointed' expresses disappointment",
    ),
    "shouting": (
        {},
        letter(decision="I've accepted another offer and I am withdrawing. THIS IS FINAL."),
        "positive",
        '"THIS IS FINAL" reads as shouting',
    ),
    "two exclamation marks": (
        {},
        letter(thanks="Thanks for the invitation!!"),
        "positive",
        "Two exclamation marks",
    ),
    "you never replied": (
        {},
        letter(
            decision="You never replied to my questions, so I've accepted another offer and "
            "I'm withdrawing."
        ),
        "positive",
        "'you never replied' can read as blame",
    ),
    "nobody got back to me": (
        {},
        letter(
            decision="Nobody got back to me for three weeks, and I have since accepted another "
            "offer, so I'm withdrawing."
        ),
        "positive",
        "'nobody got back' can read as blame",
    ),
    "you should have told me": (
        {},
        letter(
            decision="You should have told me about the travel earlier; I've accepted another "
            "offer and I'm withdrawing."
        ),
        "positive",
        "'you should have told' can read as blame",
    ),
    "an insulting offer": (
        {},
        letter(
            decision="The salary you offered was insulting, so I've accepted another offer and "
            "I'm withdrawing."
        ),
        "positive",
        "'insulting'",
    ),
    "no more of my time": (
        {},
        letter(
            decision="I've accepted another offer and I'm withdrawing, as I'd rather not waste "
            "any more of my time."
        ),
        "positive",
        "'more of my time'",
    ),
    # helpful
    "the referral offered in the wizard is not named": (
        {"referral_name": "Daniel Ortiz"},
        letter(
            decision="I've accepted another offer, so I'm withdrawing. I know a great analyst who "
            "may be interested in the role."
        ),
        "helpful",
        "You offered to recommend Daniel Ortiz, but the letter doesn't mention them.",
    ),
    "feedback offered in the wizard is missing": (
        {"offer_feedback": True},
        letter(
            decision="I've accepted another offer, so I'm withdrawing. Happy to help however I can."
        ),
        "helpful",
        "You offered feedback, but the letter doesn't say so",
    ),
    # open door
    "goodbye": ({}, letter(door="Goodbye."), "open_door", "Add a line that leaves the door open"),
    "best of luck with the search": (
        {},
        letter(door="Best of luck with your search."),
        "open_door",
        '"I\'d be glad to hear about future roles at Brightwave."',
    ),
    "all the best for the future is a farewell": (
        {},
        letter(door="All the best for the future."),
        "open_door",
        "Add a line that leaves the door open",
    ),
    "best of luck in the future is a farewell": (
        {},
        letter(door="Best of luck in the future."),
        "open_door",
        "Add a line that leaves the door open",
    ),
    "the door closed, with an interest offered in the wizard": (
        {"future_interest": "Roles in data"},
        letter(door="Goodbye."),
        "open_door",
        '"I\'d be glad to hear about roles in data."',
    ),
    # follow up: judged from state, so a good letter fails it when nobody confirmed.
    "sent 5 business days ago, not acknowledged": (
        {"interview_at": None, "sent_at": MONDAY - timedelta(days=7)},
        letter(),
        "follow_up",
        "It's been 5 business days — a short follow-up is due.",
    ),
}


@pytest.mark.parametrize("name", BAD)
def test_a_bad_hand_written_letter_fails_exactly_one_guideline(name):
    overrides, body, failing, in_note = BAD[name]
    checks = {
        c.guideline: c for c in review_letter(body, replace(FACTS, **overrides), today=MONDAY)
    }
    assert {k: c.ok for k, c in checks.items()} == {k: k != failing for k in KEYS}, {
        k: c.note for k, c in checks.items() if not c.ok
    }
    assert checks[failing].level == "warning"
    assert in_note in checks[failing].note, checks[failing].note


def test_the_bad_letters_are_otherwise_good():
    """The template the bad letters are made from passes everything on its own."""
    assert all(verdicts(letter(), FACTS).values())
