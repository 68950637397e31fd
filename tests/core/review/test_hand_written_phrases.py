"""Decisions on ambiguous phrases in hand-written letters, each about one guideline: polite
sentences that are not negative, natural decisions, open doors and farewells, informal thanks.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from declines.core.review import review_letter
from tests.core.review.hand_written import FACTS, MONDAY, letter, verdicts


@pytest.mark.parametrize(
    "sentence",
    [
        # Kind, not negative: "never", "no problem" and "sorry" are not complaints here.
        "I never expected such a warm welcome from the team.",
        "No problem at all if the slot is already filled.",
        "I'm sorry to miss meeting the team.",
        # "bad" about oneself is an apology, not a complaint about them.
        "I feel bad about the short notice.",
        # "you didn't" / "you never" / "you should have" blame only with a complaint verb.
        "You didn't have to spend so long on my portfolio, and I noticed.",
        "You never once made me feel rushed.",
        "You should have my references by now.",
        "I don't want to let you down, which is why I'm telling you now.",
        "I hate to do this by email.",
        "I don't want to waste your time.",
    ],
)
def test_polite_sentences_are_not_negative(sentence):
    body = letter(decision=f"I've accepted another offer, so I'm withdrawing. {sentence}")
    assert verdicts(body, FACTS)["positive"]


@pytest.mark.parametrize(
    "decision",
    [
        "I've chosen to accept another position.",
        "I have decided to accept another offer.",
        "I've decided to stay in my current role.",
        "I've accepted another offer, so I'll have to say no to the interview.",
        "I've accepted another offer, so I won't be taking this further.",
        "I've accepted another offer and don't wish to proceed.",
        "I've accepted another offer, so I'll pass this time.",
        "I've accepted another offer and have decided against interviewing.",
        "I've accepted another offer, so please consider this my formal withdrawal.",
        "I've accepted another offer, so I'm no longer pursuing this opportunity.",
        "I have accepted another offer and will not be able to continue in the process.",
    ],
)
def test_natural_decisions_are_recognised(decision):
    assert verdicts(letter(decision=decision), FACTS)["reason"]


def test_accepting_an_offer_alone_is_a_why_but_not_a_decision():
    """ "I have accepted another offer." tells them why, not that you are stepping back;
    "I've chosen to accept another position" chooses, and so says both."""
    assert not verdicts(letter(decision="I have accepted another offer."), FACTS)["reason"]
    assert verdicts(letter(decision="I've chosen to accept another offer."), FACTS)["reason"]


@pytest.mark.parametrize(
    "door",
    [
        "Please keep me in mind for future openings.",
        "I'd love to stay connected on LinkedIn.",
        "I hope we cross paths again.",
        "Feel free to reach out any time.",
        "Please get in touch if anything changes.",
        "If anything changes, I'd be glad to talk.",
        "Should things change, I'd be glad to talk.",
        "I'd love to reconnect down the line.",
        "Perhaps another time!",
        "Feel free to keep my details on file.",
        "I look forward to connecting on LinkedIn.",
        "I'd be happy to hear about other openings at Brightwave.",
        "Let's keep in touch.",
        "I hope we can work together again.",
        "I hope to work with you in the future.",
    ],
)
def test_natural_open_doors_are_recognised(door):
    assert verdicts(letter(door=door), FACTS)["open_door"]


@pytest.mark.parametrize(
    "door",
    [
        "Goodbye.",
        "Best of luck with your search.",
        "Thank you again.",
        "All the best for the future.",
        "Best of luck in the future.",
        "I wish you every success in the future.",
    ],
)
def test_farewells_do_not_open_the_door(door):
    assert not verdicts(letter(door=door), FACTS)["open_door"]


@pytest.mark.parametrize(
    "thanks",
    [
        "Many thanks for the invite.",
        "Much appreciated.",
        "Thx for the invite!",
        "Cheers, and thanks!",
    ],
)
def test_informal_thanks_count(thanks):
    assert verdicts(letter(thanks=thanks), FACTS)["grateful"]


@pytest.mark.parametrize("referral", ["none", "N/A", "-"])
def test_a_referral_typed_as_none_asks_for_no_name(referral):
    assert verdicts(letter(), replace(FACTS, referral_name=referral))["helpful"]


def test_a_team_as_recipient_asks_for_a_name_only_as_a_suggestion():
    facts = replace(FACTS, recipient_name="Talent Acquisition Team")
    check = next(
        c
        for c in review_letter(
            letter(greeting="Dear Talent Acquisition Team,"), facts, today=MONDAY
        )
        if c.guideline == "personal"
    )
    assert (check.ok, check.level) == (True, "suggestion")
