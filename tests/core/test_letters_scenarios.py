"""Letters for unusual scenarios, read the way the recipient reads them.

Each scenario is something a real person typed into the wizard: a name pasted as "Park, Helen" or
as an e-mail address, a role copied from a job board, a reason typed as a fragment, a question, in
capitals, with quotes. For every tone and variant the letter (and the follow-up, the phone script
and the short message) must carry every fact in a fitting form, keep its tone (formal has no
contractions, brief is the shortest), leave no seams, and pass the review's six text guidelines.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from declines.core.letters import (
    SHORT_LIMIT,
    SUBJECT_LIMIT,
    TONES,
    VARIANTS,
    LetterFacts,
    compose_follow_up,
    compose_letter,
    compose_short,
    phone_script,
)
from declines.core.letters.names import person_name
from declines.core.letters.reasons import brief_detail, usable_reason_detail
from declines.core.letters.tidy import interest_phrase
from declines.core.review import review_letter

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("UTC"))
TEXT_GUIDELINES = ("personal", "grateful", "reason", "positive", "helpful", "open_door")

# Seams a fact or a join can leave: doubled spaces or punctuation, a space before a comma or a
# stop, "None", empty brackets, a word twice in a row ("the the", "role role"), "a" before a
# vowel ("a Engineer"), emoji, a trailing space, a stop after "!" or "?", a capital after a colon.
SEAMS = re.compile(
    r"  | ,| \.|\bNone\b|\.\.|,,|!!|\?\?|[!?]\.|\(\)|\b(\w+) \1\b|\ban? (?:a|an|the)\b"
    r"|\ba [aeioAEIO]\w|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[ \t]$|: [A-Z]",
    re.MULTILINE,
)
# Formal letters spell everything out: "I am", "it is", "do not", "let us".
CONTRACTION = re.compile(
    r"\b(?:I|you|we|they|it|that|there|here|let|he|she|what|who)['\u2019](?:m|d|ll|ve|re|s)\b"
    r"|n['\u2019]t\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scenario:
    """What was typed, and how the letters must show it."""

    facts: dict
    first: str  # the name in a warm or brief greeting ("Hi Helen,")
    full: str  # the name in a formal greeting ("Dear Helen Park,", "Dear Dr. Park,")
    shown: dict = field(default_factory=dict)  # a fact as the letter shows it, when tidied
    reason: dict = field(default_factory=dict)  # tone ("formal", "plain") -> reason sentence
    absent: tuple[str, ...] = ()  # what must never reach the letter


BASE = {"recipient_name": "Helen Park", "company": "Northwind", "role": "Data Analyst"}


def scenario(first="Helen", full="Helen Park", **kwargs) -> Scenario:
    facts = {**BASE, "sender_name": "Sam Rivera", **kwargs.pop("facts", {})}
    return Scenario(facts=facts, first=first, full=full, **kwargs)


SCENARIOS = {
    "surname first with a comma": scenario(
        facts={"recipient_name": "Park, Helen", "referral_name": "Ortiz, Daniel"},
        shown={"referral_name": "Daniel Ortiz"},
        absent=("Park, Helen", "Ortiz, Daniel", "Hi Park"),
    ),
    "an e-mail address as the name": scenario(
        facts={"recipient_name": "helen.park@northwind.com"}, absent=("@",)
    ),
    "a name with its address": scenario(
        facts={"recipient_name": "Helen Park <helen.park@northwind.com>"}, absent=("@", "<")
    ),
    "names typed in lower case": scenario(
        facts={"recipient_name": "helen park", "sender_name": "sam rivera"},
        shown={"sender_name": "Sam Rivera"},
        absent=("helen park", "sam rivera"),
    ),
    "names typed in capitals": scenario(
        facts={"recipient_name": "HELEN PARK", "referral_name": "JO MALIK"},
        shown={"referral_name": "Jo Malik"},
        absent=("HELEN", "JO MALIK"),
    ),
    "a name with particles, in lower case": scenario(
        first="Ludwig",
        full="Ludwig van Beethoven",
        facts={"recipient_name": "ludwig van beethoven"},
    ),
    "pronouns and a job title after the name": scenario(
        facts={"recipient_name": "Helen Park (she/her) - Talent Partner"},
        absent=("she/her", "Talent Partner"),
    ),
    "a greeting typed into the name": scenario(
        full="Helen", facts={"recipient_name": "Dear Helen"}, absent=("Dear Dear", "Hi Dear")
    ),
    "a credential after a comma": scenario(
        facts={"recipient_name": "Helen Park, PhD"}, absent=("PhD",)
    ),
    "a doctor": scenario(
        first="Helen", full="Dr. Park", facts={"recipient_name": "Dr. Helen Park"}
    ),
    "a team, not a person": scenario(
        first="Hiring Manager", full="Hiring Manager", facts={"recipient_name": "hiring manager"}
    ),
    "sir or madam": scenario(
        first="Sir or Madam", full="Sir or Madam", facts={"recipient_name": "Sir/Madam"}
    ),
    "a shared mailbox": scenario(
        first="", full="", facts={"recipient_name": "careers@northwind.com"}, absent=("Careers",)
    ),
    "a company with Inc. and a role that says position": scenario(
        facts={"company": "Acme Inc.", "role": "Senior Engineer position"},
        absent=(
            "position position",
            "position role",
            "Inc..",
            "Senior Engineer position interview",
        ),
    ),
    "a company with an exclamation mark": scenario(
        facts={"company": "Yahoo!", "future_interest": "anything in Berlin"},
        absent=("Yahoo!.", "Yahoo!,"),
    ),
    "a company typed with a stray stop and comma": scenario(
        facts={"company": "Northwind., "}, shown={"company": "Northwind"}, absent=("Northwind.,",)
    ),
    "a role with an article": scenario(
        facts={"role": "the Backend Engineer role"},
        shown={"role": "Backend Engineer role"},
        absent=("the the", "role role"),
    ),
    "a role with 'a' in front": scenario(
        facts={"role": "an Engineer"}, shown={"role": "Engineer"}, absent=("an Engineer",)
    ),
    "a role pasted from a job board": scenario(
        facts={"role": "Position: Data Analyst (m/w/d)"},
        shown={"role": "Data Analyst"},
        absent=("Position:", "m/w/d"),
    ),
    "a very long role": scenario(
        facts={
            "role": "Senior Engineer - Payments Platform - London (Hybrid, 3 days in office) "
            "- Permanent - Ref 12345 - Apply by Friday"
        },
        shown={"role": "Senior Engineer"},
        absent=("Ref 12345", "Hybrid"),
    ),
    "a long role with a team after a comma": scenario(
        facts={
            "role": "Principal Staff Software Engineer, Distributed Systems Reliability "
            "and Infrastructure Platform Team"
        },
        shown={"role": "Principal Staff Software Engineer"},
    ),
    "a role and names in capitals, with emoji": scenario(
        facts={
            "role": "SENIOR DATA ANALYST \U0001f680",
            "sender_name": "Sam \U0001f600",
            "future_interest": "people roles \u2728",
        },
        shown={
            "role": "Senior Data Analyst",
            "sender_name": "Sam",
            "future_interest": "people roles",
        },
    ),
    "a word typed twice": scenario(facts={"role": "Engineer Engineer"}, shown={"role": "Engineer"}),
    "a reason that is a fragment": scenario(
        facts={"reason": "compensation", "reason_detail": "the salary"},
        reason={
            "formal": "The main reason is the salary.",
            "plain": "comes down to the salary.",
        },
    ),
    "a reason that is a capitalised fragment": scenario(
        facts={"reason": "personal", "reason_detail": "Family reasons"},
        reason={"formal": "This is for family reasons.", "plain": "for family reasons."},
    ),
    "a one-word reason": scenario(
        facts={"reason": "other", "reason_detail": "personal"},
        reason={"formal": "This is for personal reasons.", "plain": "for personal reasons."},
    ),
    "a reason about the role": scenario(
        facts={"reason": "role_mismatch", "reason_detail": "not the right fit for my skills"},
        reason={
            "formal": "On reflection, it is not the right fit for my skills.",
            "plain": "not the right fit for my skills.",
        },
    ),
    "a reason with the verb first": scenario(
        facts={"reason": "another_offer", "reason_detail": "Accepted a role at Google"},
        reason={"formal": "I accepted a role at Google.", "plain": "I accepted a role at Google."},
    ),
    "a reason that is a question": scenario(
        facts={"reason": "career_change", "reason_detail": "Why would I stay in journalism?"},
        reason={
            "formal": "I am taking my career in a new direction.",
            "plain": "I'm taking my career in a new direction.",
        },
        absent=("?", "journalism"),
    ),
    "a reason in quotes": scenario(
        facts={"reason": "personal", "reason_detail": '"We are moving abroad."'},
        reason={"formal": "We are moving abroad.", "plain": "We are moving abroad."},
        absent=('"',),
    ),
    "a reason with a quotation inside": scenario(
        facts={"reason": "personal", "reason_detail": 'My doctor said "no more commuting"'},
        reason={
            "formal": 'My doctor said "no more commuting".',
            "plain": 'My doctor said "no more commuting".',
        },
    ),
    "a reason ending with an exclamation mark": scenario(
        facts={
            "reason": "role_mismatch",
            "reason_detail": "The role is more sales-focused than I'd hoped!",
        },
        reason={
            "formal": "The role is more sales-focused than I had hoped.",
            "plain": "The role is more sales-focused than I'd hoped!",
        },
    ),
    "a reason starting with Because": scenario(
        facts={"reason": "timing", "reason_detail": "Because my current project runs until June"},
        reason={
            "formal": "This is because my current project runs until June.",
            "plain": "This is because my current project runs until June.",
        },
    ),
    "a reason starting with Due to": scenario(
        facts={"reason": "location", "reason_detail": "Due to relocation to Berlin"},
        reason={
            "formal": "This is due to relocation to Berlin.",
            "plain": "This is due to relocation to Berlin.",
        },
    ),
    "a reason starting with a lower-case i": scenario(
        facts={"reason": "career_change", "reason_detail": "i'm moving into teaching"},
        reason={"formal": "I am moving into teaching.", "plain": "I'm moving into teaching."},
    ),
    "a reason starting with We": scenario(
        facts={"reason": "personal", "reason_detail": "We're expecting a baby in May"},
        reason={
            "formal": "We are expecting a baby in May.",
            "plain": "We're expecting a baby in May.",
        },
    ),
    "a reason starting with My": scenario(
        facts={"reason": "location", "reason_detail": "My partner got a job in Sydney"},
        reason={
            "formal": "My partner got a job in Sydney.",
            "plain": "My partner got a job in Sydney.",
        },
    ),
    "a reason starting with The": scenario(
        facts={"reason": "timing", "reason_detail": "The timing isn't right for a move"},
        reason={
            "formal": "The timing is not right for a move.",
            "plain": "The timing isn't right for a move.",
        },
    ),
    "a reason starting with After": scenario(
        facts={
            "reason": "location",
            "reason_detail": "After a lot of thought I want to stay in Lisbon",
        },
        reason={"formal": "I want to stay in Lisbon.", "plain": "I want to stay in Lisbon."},
        absent=("After a lot of thought I",),
    ),
    "a reason after an event": scenario(
        facts={"reason": "location", "reason_detail": "after moving to Leeds"},
        reason={
            "formal": "I made this decision after moving to Leeds.",
            "plain": " after moving to Leeds.",
        },
    ),
    "a reason in capitals": scenario(
        facts={"reason": "compensation", "reason_detail": "THE SALARY IS TOO LOW FOR ME"},
        reason={
            "formal": "The salary is too low for me.",
            "plain": "The salary is too low for me.",
        },
        absent=("SALARY",),
    ),
    "a reason that trails off": scenario(
        facts={
            "reason": "other",
            "reason_detail": "I want to focus on my health, and my studies, and",
        },
        reason={
            "formal": "I want to focus on my health, and my studies.",
            "plain": "I want to focus on my health, and my studies.",
        },
    ),
    "a reason that is no reason": scenario(
        facts={"reason": "prefer_not_to_say", "reason_detail": "n/a"},
        reason={
            "formal": "I am sure this is the right choice for me at this time.",
            "plain": "the right choice for me at this point.",
        },
        absent=("n/a",),
    ),
    "prefer not to say, nothing typed": scenario(
        facts={"reason": "prefer_not_to_say"},
        reason={
            "formal": "I am sure this is the right choice for me at this time.",
            "plain": "I'm sure it's the right choice for me at this point.",
        },
    ),
    "a reason in formal words with contractions": scenario(
        facts={
            "reason": "timing",
            "reason_detail": "It's been a hectic year and I'd prefer to stay put",
        },
        reason={
            "formal": "It has been a hectic year and I would prefer to stay put.",
            "plain": "It's been a hectic year and I'd prefer to stay put.",
        },
    ),
    "a paragraph of 300 characters": scenario(
        facts={
            "reason": "other",
            "reason_detail": (
                "I have accepted an offer at a firm near my family, which lets me be home for my "
                "kids after school each day, and after a long talk with my partner we agreed "
                "that a short commute matters most to us this year, so I want to focus on "
                "settling in and giving that team my full effort for now, thank you"
            ),
        },
    ),
    "future interest in capitals, as a sentence": scenario(
        facts={"future_interest": "I'd love to hear about Roles in data!"},
        shown={"future_interest": "roles in data"},
        absent=("hear about I'd", "Roles in data"),
    ),
    "future interest that already says future": scenario(
        facts={"future_interest": "future openings"}, absent=("future openings in the future",)
    ),
    "future interest as a place": scenario(
        facts={"future_interest": "in Berlin"}, shown={"future_interest": "roles in Berlin"}
    ),
    "no name, no company, no role, no sender": scenario(
        first="",
        full="",
        facts={"recipient_name": "", "company": "", "role": "", "sender_name": ""},
        absent=("at your company interview", "the interview role"),
    ),
    "a referral typed as none": scenario(
        facts={"referral_name": "none", "offer_feedback": True, "keep_in_touch": True},
        absent=("None", "none"),
    ),
    "every offer, an interview date and a title": scenario(
        first="Sam",
        full="Mx. Taylor",
        facts={
            "recipient_name": "Mx. Sam Taylor",
            "referral_name": "Dr. Jo Malik",
            "offer_feedback": True,
            "keep_in_touch": True,
            "future_interest": "remote roles",
            "interview_at": datetime(2026, 3, 10, 14, 30, tzinfo=ZoneInfo("Europe/London")),
        },
    ),
}


def _facts(case: Scenario, tone: str) -> LetterFacts:
    return LetterFacts(**case.facts, tone=tone)


def _shown(case: Scenario, key: str) -> str:
    if key in case.shown:
        return case.shown[key]
    value = " ".join(str(case.facts.get(key, "")).split())
    return value


def _texts(facts: LetterFacts) -> dict[str, str]:
    texts = {}
    for variant in range(VARIANTS):
        letter = compose_letter(facts, variant=variant)
        texts[f"letter {variant}"] = letter.body
        texts[f"subject {variant}"] = letter.subject
    texts["follow-up"] = compose_follow_up(facts, sent_on=date(2026, 3, 3)).body
    texts["phone"] = phone_script(facts)
    texts["short"] = compose_short(facts)
    return texts


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_reads_cleanly_in_every_tone(name):
    case = SCENARIOS[name]
    for tone in TONES:
        texts = _texts(_facts(case, tone))
        for kind, text in texts.items():
            seam = SEAMS.search(text)
            assert seam is None, f"{tone} {kind}: seam {seam.group()!r} in\n{text}"
            for unwanted in case.absent:
                assert unwanted not in text, f"{tone} {kind}: {unwanted!r} in\n{text}"
            if tone == "formal":
                found = CONTRACTION.search(text)
                assert found is None, f"formal {kind}: {found.group()!r} in\n{text}"
        for variant in range(VARIANTS):
            subject = texts[f"subject {variant}"]
            assert "\n" not in subject and len(subject) <= SUBJECT_LIMIT, subject
        assert len(texts["short"]) < SHORT_LIMIT


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_greets_by_name_in_a_way_that_fits_the_tone(name):
    case = SCENARIOS[name]
    for tone, variant in itertools.product(TONES, range(VARIANTS)):
        body = compose_letter(_facts(case, tone), variant=variant).body
        greeting = body.split("\n")[0]
        if not case.full:
            assert greeting == "Hello,", body
        elif tone == "formal" or person_name(case.facts["recipient_name"]).generic:
            assert greeting == f"Dear {case.full},", body
        else:
            assert greeting.endswith(f" {case.first},") and greeting.split()[0] in (
                "Hi",
                "Hello",
                "Dear",
            ), body


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_carries_every_fact(name):
    case = SCENARIOS[name]
    for tone in TONES:
        facts = _facts(case, tone)
        for variant in range(VARIANTS):
            body = compose_letter(facts, variant=variant).body
            for key in ("company", "role", "referral_name", "sender_name", "future_interest"):
                shown = _shown(case, key)
                if key == "referral_name":
                    shown = person_name(case.facts.get(key, "")).full
                if key == "future_interest":
                    shown = interest_phrase(case.facts.get(key, ""))
                if key == "company" and not shown:
                    shown = "your company"
                assert shown in body, (tone, key, shown, body)
            assert ("feedback" in body) == bool(case.facts.get("offer_feedback")), body
            if case.reason:
                expected = case.reason["formal" if tone == "formal" else "plain"]
                assert expected in body, (tone, expected, body)
            detail = usable_reason_detail(facts)
            if detail and not case.reason:
                assert brief_detail(detail).rstrip(".") in body, body
        # The spoken and short versions carry the name, the role and the company too.
        for text in (phone_script(facts), compose_short(facts)):
            assert _shown(case, "role") in text, text
            assert (_shown(case, "company") or "your company") in text, text


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_letters_pass_the_text_guidelines(name):
    case = SCENARIOS[name]
    for tone, variant in itertools.product(TONES, range(VARIANTS)):
        facts = _facts(case, tone)
        body = compose_letter(facts, variant=variant).body
        failing = {
            check.guideline: check.note
            for check in review_letter(body, facts, today=MONDAY)
            if check.guideline in TEXT_GUIDELINES and not check.ok
        }
        assert failing == {}, f"{tone} {variant}: {failing}\n{body}"


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_brief_is_the_shortest(name):
    case = SCENARIOS[name]
    words = {
        tone: [
            len(compose_letter(_facts(case, tone), variant=v).body.split()) for v in range(VARIANTS)
        ]
        for tone in TONES
    }
    assert max(words["brief"]) < min(words["warm"] + words["formal"]), words


def test_names_people_type_when_they_have_none_are_no_name():
    for typed in ("none", "N/A", "nil", "TBC", "unknown", "-", "xxx"):
        assert person_name(typed).full == ""
        facts = LetterFacts(
            recipient_name=typed, company="Northwind", role="Analyst", referral_name=typed
        )
        body = compose_letter(facts).body
        assert body.startswith("Hello,\n") and "introduce" not in body, body


@pytest.mark.parametrize(
    ("typed", "full", "short", "generic"),
    [
        ("Park, Helen", "Helen Park", "Helen", False),
        ("Smith, John, Jr.", "John Smith Jr.", "John", False),
        ("helen.park@acme.com", "Helen Park", "Helen", False),
        ("Helen Park <helen@acme.com>", "Helen Park", "Helen", False),
        ("hr@acme.com", "", "", False),
        ("mary-jane o'neil", "Mary-Jane O'Neil", "Mary-Jane", False),
        ("mcdonald", "McDonald", "McDonald", False),
        ("X Æ A-12", "X Æ A-12", "X", False),
        ("Dr Helen Park", "Dr Helen Park", "Helen", False),
        ("HR", "HR Team", "HR Team", True),
        ("The Hiring Team", "Hiring Team", "Hiring Team", True),
        ("to whom it may concern", "To whom it may concern", "To whom it may concern", True),
    ],
)
def test_person_name_reads_names_as_typed(typed, full, short, generic):
    name = person_name(typed)
    assert (name.full, name.short, name.generic) == (full, short, generic)


def test_to_whom_it_may_concern_is_written_as_is():
    facts = LetterFacts(recipient_name="To Whom It May Concern", company="Acme", role="Analyst")
    for tone in TONES:
        body = compose_letter(replace(facts, tone=tone)).body
        assert body.startswith("To whom it may concern,\n"), body


def test_subject_never_outgrows_the_database_column():
    facts = LetterFacts(
        recipient_name="Helen Park",
        company="C" * 120,
        role="R" * 55 + " Engineer " + "X" * 55,
    )
    for tone, variant in itertools.product(TONES, range(VARIANTS)):
        subject = compose_letter(replace(facts, tone=tone), variant=variant).subject
        assert len(subject) <= SUBJECT_LIMIT, subject
        assert not subject.endswith((" at", " for", " the")), subject


@pytest.mark.parametrize(
    ("detail", "formal", "plain"),
    [
        (
            "the salary",
            "The main reason is the salary.",
            "It really comes down to the salary.",
        ),
        (
            "Low salary",
            "The main reason is low salary.",
            "It really comes down to low salary.",
        ),
        ("Salary too low", "The salary is too low.", "The salary is too low."),
        ("Hours too long", "The hours are too long.", "The hours are too long."),
        ("Too much travel", "There is too much travel.", "There is too much travel."),
        (
            "Not looking to relocate",
            "I am not looking to relocate.",
            "I am not looking to relocate.",
        ),
        ("no longer interested", "I am no longer interested.", "I am no longer interested."),
        (
            "Doesn't align with my goals",
            "It does not align with my goals.",
            "It doesn't align with my goals.",
        ),
        ("Overqualified", "I am overqualified.", "I am overqualified."),
        (
            "Having accepted another offer",
            "I have accepted another offer.",
            "I have accepted another offer.",
        ),
        ("For personal reasons", "This is for personal reasons.", "This is for personal reasons."),
        (
            "Given the commute",
            "The main reason is the commute.",
            "It really comes down to the commute.",
        ),
        (
            "As my partner moved to Leeds",
            "This is because my partner moved to Leeds.",
            "This is because my partner moved to Leeds.",
        ),
        (
            "Currently happy in my role",
            "I am currently happy in my role.",
            "I am currently happy in my role.",
        ),
        (
            "Bad timing",
            "The timing is not right for me to make a move just now.",
            "The timing isn't right for me to make a move just now.",
        ),
        (
            "Personal, sorry",
            "This is for personal reasons.",
            "It's for personal reasons.",
        ),
        ("COVID", "The main reason is COVID.", "It really comes down to COVID."),
        ("FAMILY", "The main reason is family.", "It really comes down to family."),
        (
            "Google's offer",
            "The main reason is Google's offer.",
            "It really comes down to Google's offer.",
        ),
        (
            "Long story!",
            "On balance, I know this is the best choice for me right now.",
            "On balance, I know it's the best step for me right now.",
        ),
    ],
)
def test_reason_detail_is_woven_in_the_users_framing(detail, formal, plain):
    facts = LetterFacts(
        recipient_name="Helen Park",
        company="Acme",
        role="Analyst",
        reason="other",
        reason_detail=detail,
    )
    assert formal in compose_letter(replace(facts, tone="formal")).body
    assert plain in compose_letter(replace(facts, tone="warm")).body
    for tone in TONES:
        body = compose_letter(replace(facts, tone=tone)).body
        checks = review_letter(body, replace(facts, tone=tone), today=MONDAY)
        assert [c.note for c in checks if c.guideline in TEXT_GUIDELINES and not c.ok] == []


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        # A capital that may be a name is never lowered; it stays as typed, after a colon.
        ("London commute", "It really comes down to the London commute."),
        ("Google offer", "It really comes down to the Google offer."),
        # A sentence with its own verb is the user's sentence, first word and all.
        ("Amazon offered me a role", "Amazon offered me a role."),
        # A common first word is lowered inside our frame.
        ("Unexpected family news", "It really comes down to unexpected family news."),
    ],
)
def test_a_capitalised_first_word_is_lowered_only_when_it_is_clearly_common(detail, expected):
    facts = LetterFacts(**BASE, reason="other", reason_detail=detail, tone="warm")
    assert expected in compose_letter(facts).body


@pytest.mark.parametrize("tone", TONES)
def test_a_letter_written_after_the_interview_apologises_instead_of_offering_the_slot(tone):
    late = LetterFacts(
        **BASE,
        tone=tone,
        reason="timing",
        interview_at=date(2026, 11, 20),
        written_on=date(2026, 11, 26),
    )
    for variant in range(VARIANTS):
        body = compose_letter(late, variant=variant).body
        assert "pologi" in body, body
        assert "slot" not in body and "plan ahead" not in body, body
        checks = review_letter(body, late, today=date(2026, 11, 26))
        assert all(check.ok for check in checks if check.guideline != "follow_up"), body
    on_time = replace(late, written_on=date(2026, 11, 10))
    assert "slot on Friday 20 November" in compose_letter(on_time).body
