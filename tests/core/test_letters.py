"""Tests for declines.letters: every reason x tone x offer combination, composed without a database.

The big tests loop over the whole product inside one test function, so thousands of letters are
checked in a few seconds instead of thousands of parametrized test ids.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from declines.core.letters import (
    REASONS,
    SHORT_LIMIT,
    TONES,
    VARIANTS,
    Letter,
    LetterFacts,
    compose_follow_up,
    compose_letter,
    compose_short,
    phone_script,
)
from declines.core.letters.names import person_name
from declines.core.letters.reasons import brief_detail

NAME = "Zoë O'Brien-Ngũgĩ"
FIRST = "Zoë"
COMPANY = "AT&T Labs"
ROLE = "Senior Data Engineer (Platform)"
SENDER = "Jean-Luc d'Arc"
REFERRAL = "Prince"
FUTURE = "product design roles"
DETAIL = "I have accepted a position closer to home"
# 300 characters of the user's own words: longer than any sensible reason, still must not break.
LONG_DETAIL = (
    "I have accepted an offer at a firm near my family, which lets me be home for my two young "
    "kids after school each day, and after a long talk with my partner we agreed that a short "
    "commute matters most to us this year, so I want to focus on settling in and giving that "
    "team my full effort for now, okay"
)
assert len(LONG_DETAIL) == 300

# Template seams: what a missing optional part or a careless join leaves behind.
SEAMS = re.compile(r"  | ,| \.|\bNone\b|\.\.|,,|\(\)|[ \t]$|^[ \t]|\n\n\n|!!", re.MULTILINE)
NEGATIVE = re.compile(
    r"\b(unfortunately|sadly|regret\w*|sorry|disappoint\w*|bad|poor|terrible|waste\w*|never|"
    r"can't stand)\b",
    re.IGNORECASE,
)
THANKS = re.compile(r"\b(thank|thanks|grateful|appreciate)\b", re.IGNORECASE)
DECISION = re.compile(r"withdraw|decline|not (to )?move forward", re.IGNORECASE)
OPEN_DOOR = re.compile(
    r"future|in touch|stay connected|door open|down the road|again", re.IGNORECASE
)
WORD_RANGE = {"brief": (40, 110), "warm": (80, 230), "formal": (80, 230)}
MAX_WORDS = 250
MIN_FLESCH = 60


def _words(text: str) -> int:
    return len(text.split())


def _facts(**overrides) -> LetterFacts:
    base = LetterFacts(recipient_name=NAME, company=COMPANY, role=ROLE)
    return replace(base, **overrides)


def _all_facts(details=("", DETAIL)):
    """Every reason x offers x sender x detail x interview date combination (tone left out)."""
    for reason, ref, feedback, keep, future, sender, detail, interview_at in itertools.product(
        REASONS,
        (REFERRAL, ""),
        (True, False),
        (True, False),
        (FUTURE, ""),
        (SENDER, ""),
        details,
        (None, date(2026, 3, 10)),
    ):
        yield _facts(
            reason=reason,
            referral_name=ref,
            offer_feedback=feedback,
            keep_in_touch=keep,
            future_interest=future,
            sender_name=sender,
            reason_detail=detail,
            interview_at=interview_at,
        )


def _assert_clean(text: str) -> None:
    seam = SEAMS.search(text)
    assert seam is None, f"seam {seam.group()!r} in:\n{text}"
    assert NEGATIVE.search(text) is None, text


def _assert_letter(letter: Letter, facts: LetterFacts) -> None:
    body, lines = letter.body, letter.body.split("\n")
    _assert_clean(body)
    _assert_clean(letter.subject)
    assert "\n" not in letter.subject and "\r" not in letter.subject
    greeting = f"Dear {NAME}," if facts.tone == "formal" else f"{FIRST},"
    assert lines[0].endswith(greeting), body
    assert lines[1] == "", "the greeting stands on its own line"
    for fact in (COMPANY, ROLE, facts.referral_name, facts.future_interest, facts.reason_detail):
        assert fact in body, (fact, body)
    assert ("feedback" in body) == facts.offer_feedback
    assert THANKS.search(body) and DECISION.search(body) and OPEN_DOOR.search(body), body
    if facts.sender_name:
        assert lines[-1] == facts.sender_name and lines[-2].endswith(","), body
    else:
        assert lines[-1].endswith(",") and lines[-2] == "", body
    # No shouting of our own: the only capitals in a row are the user's (AT&T).
    assert re.findall(r"\b[A-Z]{2,}\b", body.replace(COMPANY, "")) == [], body


def test_every_combination_reads_well(flesch):
    lowest = 100.0
    for base in _all_facts():
        counts = {}
        for tone in TONES:
            facts = replace(base, tone=tone)
            letters = [compose_letter(facts, variant=v) for v in range(VARIANTS)]
            counts[tone] = [_words(letter.body) for letter in letters]
            low, high = WORD_RANGE[tone]
            for letter in letters:
                _assert_letter(letter, facts)
                assert low <= _words(letter.body) <= high, (tone, letter.body)
                lowest = min(lowest, flesch(letter.body))
            # The variants really differ: opening, closing and sign-off each change.
            paragraphs = [letter.body.split("\n\n") for letter in letters]
            assert len({p[1] for p in paragraphs}) == VARIANTS
            assert len({p[-1].split("\n")[0] for p in paragraphs}) == VARIANTS
            assert len({letter.subject for letter in letters}) == VARIANTS
        assert max(counts["brief"]) < min(counts["warm"] + counts["formal"]), base
    assert lowest >= MIN_FLESCH


def test_a_long_detail_is_cut_to_its_brief_opening():
    """A reason that runs on keeps its opening clauses, up to a clause end: the letter stays brief
    and passes its own review; the user can add more by hand."""
    opening = (
        "I have accepted an offer at a firm near my family, which lets me be home for my two "
        "young kids after school each day"
    )
    assert brief_detail(LONG_DETAIL) == opening
    for base in _all_facts(details=(LONG_DETAIL,)):
        for tone, variant in itertools.product(TONES, range(VARIANTS)):
            facts = replace(base, tone=tone)
            letter = compose_letter(facts, variant=variant)
            _assert_letter(letter, replace(facts, reason_detail=opening))
            assert _words(letter.body) <= MAX_WORDS
            assert LONG_DETAIL not in letter.body


def test_variant_is_any_int_and_composing_is_deterministic():
    facts = _facts(reason="timing", keep_in_touch=True, sender_name=SENDER)
    assert compose_letter(facts, variant=3) == compose_letter(facts, variant=0)
    assert compose_letter(facts, variant=-1) == compose_letter(facts, variant=VARIANTS - 1)
    assert compose_letter(facts, variant=10**12) == compose_letter(facts, variant=10**12)
    assert compose_short(facts) == compose_short(facts)
    assert phone_script(facts) == phone_script(facts)


@pytest.mark.parametrize(
    ("detail", "sentence"),
    [
        ("I have accepted a position closer to home", "I have accepted a position closer to home."),
        (
            "i have accepted a position closer to home.",
            "I have accepted a position closer to home.",
        ),
        ("My family is moving to Lisbon!", "My family is moving to Lisbon!"),
        ("because I moved to Leeds", "This is because I moved to Leeds."),
        ("Due to a move abroad", "This is due to a move abroad."),
        ("a role closer to home", "It really comes down to a role closer to home."),
        ("  a role\n closer to home ,  ", "It really comes down to a role closer to home."),
        ("I start a new job soon...", "I start a new job soon."),
    ],
)
def test_reason_detail_is_woven_in_as_a_sentence(detail, sentence):
    body = compose_letter(_facts(reason="other", reason_detail=detail)).body
    assert sentence in body
    _assert_clean(body)


@pytest.mark.parametrize("detail", ["", " ", ".", "-"])
def test_a_blank_detail_falls_back_to_the_reasons_own_line(detail):
    blank = compose_letter(_facts(reason="location", reason_detail=detail)).body
    assert blank == compose_letter(_facts(reason="location")).body


def test_prefer_not_to_say_and_other_give_no_reason_but_a_settled_line():
    for reason, tone in itertools.product(("prefer_not_to_say", "other"), TONES):
        body = compose_letter(_facts(reason=reason, tone=tone)).body
        assert re.search(r"right choice|best choice|best step", body), body


@pytest.mark.parametrize(
    ("recipient", "company", "first"),
    [
        ("Prince", "Acme Inc.", "Prince"),
        ("Jean-Luc d'Arc", "Yahoo!", "Jean-Luc"),
        ("  Ana \n  Lima ", "Globex\r\nCorp", "Ana"),
    ],
)
def test_odd_names_and_companies_leave_no_seams(recipient, company, first):
    for tone, variant in itertools.product(TONES, range(VARIANTS)):
        facts = _facts(recipient_name=recipient, company=company, tone=tone, keep_in_touch=True)
        letter = compose_letter(facts, variant=variant)
        _assert_clean(letter.body)
        _assert_clean(letter.subject)
        assert "\n" not in letter.subject and "\r" not in letter.subject
        assert first in letter.body.split("\n")[0]
        assert " ".join(company.split()) in letter.body


@pytest.mark.parametrize(
    ("recipient", "warm", "formal"),
    [
        # Formal: the title and the surname; warm and brief: the given name.
        ("Dr. Helen Park", "Hi Helen,", "Dear Dr. Park,"),
        ("Dr Priya Raman PhD", "Hi Priya,", "Dear Dr Raman,"),
        # Only a title and a surname: that is the name in every tone.
        ("Ms Park", "Hi Ms Park,", "Dear Ms Park,"),
        # "Sir Elton" takes his first name, and never follows "Hi".
        ("Sir Elton John", "Dear Sir Elton,", "Dear Sir Elton,"),
    ],
)
def test_a_title_is_greeted_with_the_right_part_of_the_name(recipient, warm, formal):
    facts = _facts(recipient_name=recipient)
    for tone in ("warm", "brief"):
        for variant in range(VARIANTS):
            greeting = compose_letter(replace(facts, tone=tone), variant=variant).body
            assert greeting.split("\n")[0] == warm
    assert compose_letter(replace(facts, tone="formal")).body.startswith(f"{formal}\n")
    assert compose_short(facts).startswith(f"{warm} thank you")
    spoken = warm.replace("Dear ", "Hello ")
    assert phone_script(facts).startswith(spoken)
    assert phone_script(replace(facts, tone="formal")).startswith(formal.replace("Dear", "Hello"))


def test_line_breaks_in_facts_never_reach_the_subject():
    facts = _facts(recipient_name="Ana\nLima", company="Big\r\nCo", role="Data\n\nLead")
    for tone, variant in itertools.product(TONES, range(VARIANTS)):
        subject = compose_letter(replace(facts, tone=tone), variant=variant).subject
        assert "\n" not in subject and "\r" not in subject and "  " not in subject
    follow_up = compose_follow_up(facts, sent_on=date(2026, 3, 3)).subject
    assert "\n" not in follow_up and "\r" not in follow_up


def test_missing_name_role_and_company_still_read_cleanly():
    for tone in TONES:
        letter = compose_letter(LetterFacts(recipient_name="", company="", role="", tone=tone))
        assert letter.body.startswith("Hello,\n")
        _assert_clean(letter.body)
        _assert_clean(letter.subject)


def test_interview_date_is_named_in_the_letter():
    aware = datetime(2026, 3, 10, 14, 30, tzinfo=ZoneInfo("Europe/London"))
    for when in (date(2026, 3, 10), aware):
        assert "Tuesday 10 March" in compose_letter(_facts(interview_at=when)).body


def test_follow_up_checks_the_note_arrived():
    for base in _all_facts():
        for tone in TONES:
            facts = replace(base, tone=tone)
            letter = compose_follow_up(facts, sent_on=date(2026, 3, 3))
            body = letter.body
            _assert_clean(body)
            assert "my note from Tuesday 3 March reached you" in body
            assert FIRST in body.split("\n")[0]
            assert COMPANY in body and ROLE in body
            assert THANKS.search(body) and OPEN_DOOR.search(body)
            assert letter.subject == f"Re: {compose_letter(facts).subject}"
            assert 40 <= _words(body) <= 120, body
            if facts.sender_name:
                assert body.endswith(f"\n{facts.sender_name}")


def test_phone_script_has_a_live_part_and_a_voicemail():
    for base in _all_facts():
        script = phone_script(base)
        _assert_clean(script)
        live, voicemail = script.split("\n\n")
        live_lines, voicemail_lines = live.split("\n"), voicemail.split("\n")
        assert 4 <= len(live_lines) <= 6, script
        assert voicemail_lines[0] == "Voicemail:"
        assert 2 <= len(voicemail_lines) - 1 <= 4, script
        assert live_lines[0].startswith(f"Hi {FIRST},")
        for fact in (COMPANY, ROLE, base.referral_name, base.future_interest, base.reason_detail):
            assert fact in live, (fact, script)
        assert ("feedback" in live) == base.offer_feedback
        assert THANKS.search(live) and DECISION.search(live) and OPEN_DOOR.search(live)
        assert base.sender_name in voicemail_lines[1]
        assert "call me back" in voicemail and DECISION.search(voicemail)


LONG_NAMES = {
    "recipient_name": "Maximiliana Theodora Featherstonehaugh-Worthington",
    "company": "International Consolidated Widgets and Gadgets Holdings Inc.",
    "role": "Principal Staff Software Engineer, Distributed Systems Reliability",
    "referral_name": "Bartholomew Alexander Montgomery-Fitzwilliam",
    "future_interest": "staff engineering roles in distributed systems and reliability",
    "sender_name": "Anastasia Valentina Konstantinopoulou-Smythe",
}


def _assert_short(text: str, facts: LetterFacts) -> None:
    assert len(text) < SHORT_LIMIT, (len(text), text)
    _assert_clean(text)
    first = facts.recipient_name.split()[0]
    assert text.startswith(f"Hi {first},")
    assert THANKS.search(text) and DECISION.search(text) and OPEN_DOOR.search(text)
    if facts.sender_name:
        assert text.endswith(f"\n{facts.sender_name}")
    words = facts.reason_detail.split()
    if words and " ".join(words) not in text and " ".join(words[:3]) in text:
        # A cut detail is the start of the user's text in whole words, never cut mid-word.
        kept = re.split(r"[.…]", text[text.index(" ".join(words[:3])) :])[0].split()
        assert kept[:-1] == words[: len(kept) - 1], kept
        assert kept[-1] == words[len(kept) - 1].rstrip(",;:"), kept


def test_short_message_fits_for_every_combination():
    details = ("", DETAIL, LONG_DETAIL, LONG_DETAIL.replace(",", ""))
    for base in _all_facts(details=details):
        _assert_short(compose_short(base), base)
        # Keep each optional fact's on/off state: only the ones that were given get longer.
        longer = {key: value for key, value in LONG_NAMES.items() if getattr(base, key)}
        long_facts = replace(base, **longer)
        _assert_short(compose_short(long_facts), long_facts)


def test_short_message_keeps_a_detail_that_fits_and_cuts_a_long_one_at_a_word():
    assert DETAIL in compose_short(_facts(reason_detail=DETAIL))
    long_facts = _facts(reason_detail=LONG_DETAIL, **LONG_NAMES)
    text = compose_short(replace(long_facts, offer_feedback=True, keep_in_touch=True))
    assert len(text) < SHORT_LIMIT
    # Cut at the end of the user's first clause, so it still reads as a whole sentence.
    assert "I have accepted an offer at a firm near my family. " in text


def _normalized_words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def _runs(text: str) -> set[str]:
    """Fingerprints of every run of 8 words: sharing one with the seed means copying from it."""
    words = _normalized_words(text)
    runs = (" ".join(words[i : i + 8]) for i in range(len(words) - 7))
    return {hashlib.sha256(run.encode()).hexdigest()[:16] for run in runs}


# The fingerprints of the published guide Politely's guidelines come from, kept as hashes (not its
# words): every 8-word run of each of its sentences, made by `_runs` (see tests/data/README.md).
SEED_RUNS_FILE = Path(__file__).resolve().parent.parent / "data" / "seed_runs.txt"


def test_no_run_of_eight_words_from_the_seed_is_copied():
    seed_runs = set(SEED_RUNS_FILE.read_text().split())
    assert len(seed_runs) > 100, "the seed's fingerprints are there to compare"
    texts = set()
    for base in _all_facts():
        for tone, variant in itertools.product(TONES, range(VARIANTS)):
            facts = replace(base, tone=tone)
            texts.add(compose_letter(facts, variant=variant).body)
            texts.add(compose_follow_up(facts, sent_on=date(2026, 3, 3)).body)
        texts |= {phone_script(base), compose_short(base)}
    for text in texts:
        assert not _runs(text) & seed_runs, text


# Names as people type them: letters from any script, spaces, apostrophes and hyphens.
_name_text = st.text(
    alphabet=st.one_of(st.characters(categories=["L"]), st.sampled_from(" '-\u2019")),
    min_size=1,
    max_size=40,
).map(lambda text: " ".join(text.split()))
_detail_text = st.tuples(
    st.lists(st.text(st.characters(categories=["L"]), min_size=1, max_size=10), max_size=12),
    st.sampled_from(["", ".", "!", "?", "...", ",", " ."]),
).map(lambda parts: " ".join(parts[0]) + parts[1])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    recipient=_name_text,
    company=_name_text,
    role=_name_text,
    referral=_name_text,
    detail=_detail_text,
    tone=st.sampled_from(TONES),
    reason=st.sampled_from(REASONS),
    variant=st.integers(),
    offers=st.tuples(st.booleans(), st.booleans(), st.booleans()),
)
def test_generated_names_leave_no_seams(
    recipient, company, role, referral, detail, tone, reason, variant, offers
):
    values = (recipient, company, role, referral, detail)
    assume(all(value.strip() for value in (recipient, company, role)))
    # "none" typed as a name means no name; any case of it would also read as a seam.
    assume(not any(re.search(r"(?i)\bNone\b", value) for value in values))
    # "NIL", "TBC", "X" (no name) and "The Team" (not a person) are tested on their own.
    assume(person_name(recipient).full and person_name(referral).full)
    assume(not person_name(recipient).generic)
    # A name like "BAD" is the user's word, not the composer's: only our own wording must be kind.
    assume(not any(NEGATIVE.search(value) for value in values))
    # The composer tidies what people type (a lower-case name gets capitals, a role loses a
    # leading article or a word typed twice): compare ignoring case, and leave those roles out.
    assume(not re.match(r"(?i)(the|an?)\s", role))
    assume(not re.search(r"(?i)(?<!\S)(\S+)\s+\1(?!\S)", role))
    # A role is a job's name: a job board's "Title - Team" is cut to its title, and a role
    # without a letter ("-") is no role at all.
    assume(any(ch.isalpha() for ch in role) and not re.search(r"\s[-\u2019']*-[-\u2019']*\s", role))
    use_referral, feedback, keep = offers
    facts = LetterFacts(
        recipient_name=recipient,
        company=company,
        role=role,
        tone=tone,
        reason=reason,
        reason_detail=detail,
        referral_name=referral if use_referral else "",
        offer_feedback=feedback,
        keep_in_touch=keep,
        sender_name=referral,
    )
    letter = compose_letter(facts, variant=variant)
    _assert_clean(letter.body)
    _assert_clean(letter.subject)
    assert "\n" not in letter.subject and "\r" not in letter.subject
    body = letter.body.casefold()
    assert recipient.split()[0].casefold() in body.split("\n")[0]
    assert company in letter.body and role.casefold() in body
    if use_referral:
        assert referral.casefold() in body
    for text in (compose_short(facts), phone_script(facts)):
        _assert_clean(text)
        assert company in text and role.casefold() in text.casefold()
    assert len(compose_short(facts)) < SHORT_LIMIT
