"""The guideline review, tested as plain functions: no database, no clock, fixed dates.

March 2026: Monday 2, Tuesday 3, Wednesday 4, Thursday 5, Friday 6, Saturday 7, Sunday 8,
Monday 9. The hand-written letters below are ours; each failing letter breaks exactly one guideline.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from declines.core.letters import REASONS, TONES, LetterFacts
from declines.core.review import GUIDELINES, LEVELS, Check, Guideline, review_letter
from declines.core.review.words import (
    APOLOGY_PHRASES,
    BLAME_PHRASES,
    DISAPPOINTMENT_PHRASES,
    GENERIC_GREETINGS,
    GRATITUDE_WORDS,
    HONORIFICS,
    NEGATIVE_WORDS,
    OPEN_DOOR_PHRASES,
    POLITE_FORMULAS,
    REASON_MARKERS,
)

UTC = ZoneInfo("UTC")
AUCKLAND = ZoneInfo("Pacific/Auckland")
KEYS = ("prompt", "personal", "grateful", "reason", "positive", "helpful", "open_door", "follow_up")
TEXT_KEYS = ("personal", "grateful", "reason", "positive", "helpful", "open_door")

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
INTERVIEW = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)  # a week after MONDAY

FACTS = LetterFacts(
    recipient_name="Helen Park",
    company="Northwind",
    role="Product Designer",
    sender_name="Sam Rivera",
    interview_at=INTERVIEW,
    reason="another_offer",
    referral_name="Jo Malik",
    offer_feedback=True,
    keep_in_touch=True,
)

GREETING = "Dear Helen,"
THANKS = "Thank you for inviting me to interview for the Product Designer role at Northwind."
DECISION = "I have accepted another offer, so I am withdrawing from the process."
OFFERS = (
    "If it helps, my former colleague Jo Malik would be a strong candidate, and I'm happy "
    "to share feedback on the application process."
)
DOOR = "I'd be glad to stay in touch and hear about future roles."
SIGNATURE = "Best wishes,\nSam Rivera"


def letter(
    *,
    greeting: str = GREETING,
    thanks: str = THANKS,
    decision: str = DECISION,
    offers: str = OFFERS,
    door: str = DOOR,
    extra: str = "",
) -> str:
    """The good letter, with one part swapped out or one paragraph added."""
    paragraphs = (greeting, f"{thanks} {decision}".strip(), offers, extra, door, SIGNATURE)
    return "\n\n".join(p for p in paragraphs if p) + "\n"


GOOD = letter()


def review(body: str = GOOD, facts: LetterFacts = FACTS, today: date | datetime = MONDAY):
    return {check.guideline: check for check in review_letter(body, facts, today=today)}


def verdicts(body: str = GOOD, facts: LetterFacts = FACTS, today: date | datetime = MONDAY):
    return {key: check.ok for key, check in review(body, facts, today).items()}


def check(key: str, body: str = GOOD, facts: LetterFacts = FACTS, today=MONDAY) -> Check:
    return review(body, facts, today)[key]


def all_pass_but(key: str | None) -> dict[str, bool]:
    return {k: k != key for k in KEYS}


# --- The guidelines and the Check ----------------------------------------------------------


def test_guidelines_are_the_eight_in_order():
    assert tuple(g.key for g in GUIDELINES) == KEYS
    assert all(isinstance(g, Guideline) for g in GUIDELINES)


@pytest.mark.parametrize("guideline", GUIDELINES, ids=lambda g: g.key)
def test_each_guideline_has_a_short_title_and_one_sentence(guideline):
    assert 0 < len(guideline.title) <= 30
    assert guideline.explanation.endswith(".")
    assert guideline.explanation.count(". ") == 0


def test_review_gives_one_check_per_guideline_in_order():
    checks = review_letter(GOOD, FACTS, today=MONDAY)
    assert [c.guideline for c in checks] == list(KEYS)
    assert [c.title for c in checks] == [g.title for g in GUIDELINES]
    assert all(c.level in LEVELS and c.note for c in checks)


def test_check_level_follows_ok_and_never_contradicts_it():
    assert Check("grateful", True, "Fine.").level == "good"
    assert Check("grateful", False, "Add thanks.").level == "warning"
    assert Check("helpful", True, "An idea.", "suggestion").level == "suggestion"
    with pytest.raises(ValueError):
        Check("helpful", False, "Nope.", "good")
    with pytest.raises(ValueError):
        Check("helpful", True, "Nope.", "warning")
    with pytest.raises(ValueError):
        Check("kindness", True, "No such guideline.")


# --- A good letter, and letters that break exactly one guideline ------------------------------


def test_a_good_letter_passes_all_eight():
    checks = review()
    assert {k: c.ok for k, c in checks.items()} == all_pass_but(None)
    assert checks["personal"].note == "You greet Helen by name."
    # Not sent yet: following up is a suggestion for later, not a problem.
    assert checks["follow_up"].level == "suggestion"
    assert "3 business days" in checks["follow_up"].note


WITHOUT_REFERRAL = "I'm happy to share feedback on the application process."

FAILS_ONE = {
    "prompt": (GOOD, FACTS, INTERVIEW + timedelta(days=1), "apology"),
    "personal": (letter(greeting="Dear Hiring Manager,"), FACTS, MONDAY, '"Dear Hiring Manager"'),
    "grateful": (
        letter(thanks="I was glad to be invited to interview for the Product Designer role."),
        FACTS,
        MONDAY,
        "Thank you for the time you and the Northwind team gave my application.",
    ),
    "reason": (
        letter(decision="I have accepted another offer."),
        FACTS,
        MONDAY,
        "withdrawing from the process",
    ),
    "positive": (
        letter(extra="Frankly, the scheduling was disorganised."),
        FACTS,
        MONDAY,
        "'disorganised'",
    ),
    "helpful": (
        letter(offers=WITHOUT_REFERRAL),
        FACTS,
        MONDAY,
        "You offered to recommend Jo Malik, but the letter doesn't mention them.",
    ),
    "open_door": (letter(door=""), FACTS, MONDAY, "Add a line that leaves the door open"),
    "follow_up": (
        GOOD,
        replace(FACTS, sent_at=MONDAY),
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
        "It's been 3 business days — a short follow-up is due.",
    ),
}


@pytest.mark.parametrize("key", KEYS)
def test_a_letter_can_fail_exactly_one_guideline(key):
    body, facts, today, in_note = FAILS_ONE[key]
    checks = review(body, facts, today)
    assert {k: c.ok for k, c in checks.items()} == all_pass_but(key)
    assert checks[key].level == "warning"
    assert in_note in checks[key].note


# --- prompt ---------------------------------------------------------------------------------


def prompt(interview, today, *, sent_at=None, body=GOOD) -> Check:
    facts = replace(FACTS, interview_at=interview, sent_at=sent_at)
    return check("prompt", body, facts, today)


def test_prompt_without_an_interview_date_is_fine_and_says_soon_is_kind():
    result = prompt(None, MONDAY)
    assert (result.ok, result.level) == (True, "good")
    assert "soon" in result.note


@pytest.mark.parametrize(
    ("hours", "ok"),
    [(72, True), (49, True), (48, False), (47, False)],
)
def test_prompt_warns_within_48_hours_of_a_timed_interview(hours, ok):
    result = prompt(MONDAY + timedelta(hours=hours), MONDAY)
    assert result.ok is ok
    if not ok:
        assert result.level == "warning"
        assert result.note == "Your interview is in less than two days — send this today."


def test_prompt_says_today_when_the_interview_is_later_today():
    result = prompt(MONDAY + timedelta(hours=1), MONDAY)
    assert (result.ok, result.note) == (
        False,
        "Your interview is today — send this as soon as you can.",
    )


def test_prompt_compares_aware_times_across_zones():
    # 09:00 in Auckland on Thursday is 20:00 UTC on Wednesday: 59 hours after Monday 09:00 UTC.
    interview = datetime(2026, 3, 5, 9, 0, tzinfo=AUCKLAND)
    assert prompt(interview, MONDAY).ok
    assert not prompt(interview, MONDAY + timedelta(hours=12)).ok


def test_prompt_names_the_interview_day_when_there_is_time():
    assert "Monday 9 March" in prompt(INTERVIEW, MONDAY).note


@pytest.mark.parametrize(
    ("interview_day", "ok", "in_note"),
    [
        (date(2026, 3, 5), True, "Thursday 5 March"),
        (date(2026, 3, 4), False, "less than two days"),
        (date(2026, 3, 3), False, "less than two days"),
        (date(2026, 3, 2), False, "Your interview is today"),
        (date(2026, 3, 1), False, "apology"),
    ],
)
def test_prompt_compares_calendar_days_when_today_is_a_date(interview_day, ok, in_note):
    result = prompt(interview_day, date(2026, 3, 2))
    assert result.ok is ok
    assert in_note in result.note


def test_prompt_compares_dates_for_a_timed_interview_when_today_is_a_date():
    assert prompt(datetime(2026, 3, 5, 8, 0, tzinfo=UTC), date(2026, 3, 2)).ok
    assert "today" in prompt(datetime(2026, 3, 2, 23, 0, tzinfo=UTC), date(2026, 3, 2)).note


def test_prompt_takes_a_date_only_interview_to_start_at_nine_like_the_nudges():
    tomorrow = date(2026, 3, 3)
    assert not prompt(tomorrow, MONDAY).ok  # 24 hours away
    assert "apology" in prompt(date(2026, 3, 2), MONDAY + timedelta(hours=1)).note


def test_prompt_after_the_interview_asks_for_an_apology_and_accepts_one():
    after = INTERVIEW + timedelta(hours=2)
    missing = prompt(INTERVIEW, after)
    assert (missing.ok, missing.level) == (False, "warning")
    assert missing.note.startswith("Your interview date has passed. Add a short apology")
    body = letter(extra="I apologise for the late notice.")
    present = prompt(INTERVIEW, after, body=body)
    assert (present.ok, present.level) == (True, "good")
    assert "apologises" in present.note


@pytest.mark.parametrize("phrase", APOLOGY_PHRASES)
def test_each_apology_phrase_counts_once_the_interview_has_passed(phrase):
    body = letter(extra=f"Note: {phrase} here.")
    assert prompt(INTERVIEW, INTERVIEW + timedelta(days=1), body=body).ok


def test_prompt_judges_a_sent_letter_by_when_it_was_sent():
    later = INTERVIEW + timedelta(days=5)  # today no longer matters once it is sent
    assert prompt(INTERVIEW, later, sent_at=MONDAY).ok
    assert prompt(INTERVIEW, later, sent_at=INTERVIEW - timedelta(hours=10)).ok
    late = prompt(INTERVIEW, later, sent_at=INTERVIEW + timedelta(hours=1))
    assert not late.ok
    assert "went out after the interview" in late.note


# --- personal -------------------------------------------------------------------------------


@pytest.mark.parametrize("greeting", ["Dear Helen,", "Hi Helen Park,", "Dear Ms Park,", "HELEN —"])
def test_personal_accepts_first_full_or_last_name(greeting):
    assert check("personal", letter(greeting=greeting)).ok


def test_personal_names_the_missing_first_name():
    result = check("personal", letter(greeting="Hello,"))
    assert not result.ok
    assert result.note == "Your greeting doesn't use Helen's name — try \"Dear Helen,\"."


def test_personal_looks_at_the_greeting_not_the_rest():
    body = letter(greeting="Hello,", extra="Helen, it was lovely to meet you.")
    assert not check("personal", body).ok


def test_personal_suggests_title_and_surname_when_no_first_name_is_known():
    note = check(
        "personal", letter(greeting="Hello,"), replace(FACTS, recipient_name="Ms Park")
    ).note
    assert note == "Your greeting doesn't use Ms Park's name — try \"Dear Ms Park,\"."


def test_personal_ignores_accents_and_titles():
    facts = replace(FACTS, recipient_name="Dr. Zoë Müller")
    assert check("personal", letter(greeting="Dear Zoe,"), facts).ok
    assert check("personal", letter(greeting="Dear Dr. Muller,"), facts).ok
    assert "Zoë's name" in check("personal", letter(greeting="Hello,"), facts).note


@pytest.mark.parametrize("greeting", GENERIC_GREETINGS)
def test_personal_flags_each_generic_greeting(greeting):
    result = check("personal", letter(greeting=f"{greeting.upper()},"))
    assert not result.ok
    assert f'Swap "{greeting}" for Helen\'s name' in result.note


def test_a_generic_greeting_is_fine_when_no_name_is_known():
    facts = replace(FACTS, recipient_name="")
    result = check("personal", letter(greeting="To whom it may concern,"), facts)
    assert (result.ok, result.level) == (True, "suggestion")


@pytest.mark.parametrize(
    "placeholder",
    ["[Name]", "[Company]", "[insert the role here]", "{name}", "{}", "<name>", "XXX", "____"],
)
def test_personal_quotes_a_leftover_placeholder(placeholder):
    result = check("personal", letter(extra=f"I enjoyed learning about {placeholder} so much."))
    assert not result.ok
    assert f'Fill in the placeholder "{placeholder}" before sending.' in result.note


def test_a_placeholder_greeting_reports_both_problems():
    note = check("personal", letter(greeting="Dear [Name],")).note
    assert '"[Name]"' in note
    assert "Helen's name" in note


@pytest.mark.parametrize(
    "text",
    ["Sam Rivera <sam@example.com>", "See <https://example.com/me>.", "As noted in [1].", "A < B"],
)
def test_personal_does_not_mistake_addresses_or_numbers_for_placeholders(text):
    assert check("personal", letter(extra=text)).ok


def test_a_bracket_in_the_company_name_is_not_a_placeholder():
    facts = replace(FACTS, company="Northwind [Labs]")
    assert check("personal", letter(extra="I admire Northwind [Labs]."), facts).ok


# --- grateful -------------------------------------------------------------------------------


@pytest.mark.parametrize("word", GRATITUDE_WORDS)
def test_each_gratitude_word_counts(word):
    assert check("grateful", letter(thanks=f"Please know I {word} it.")).ok


def test_grateful_note_names_the_company():
    result = check("grateful", letter(thanks=""))
    assert "Northwind team" in result.note


# --- reason ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "decision",
    [
        "I must respectfully decline the interview.",
        "I am declining the invitation.",
        "I'd like to withdraw my application.",
        "I have decided not to move forward with the interview.",
        "I won\u2019t be moving forward.",
        "I will not be continuing with the process.",
        "I won't be continuing.",
        "I am unable to continue with the process.",
        "I can no longer continue.",
        "I have decided not to pursue the role.",
        "I will not be attending the interview.",
        "I'd like to step back from the process.",
        "I need to turn down the interview.",
        "I will have to pass on this opportunity.",
        "Please take me out of consideration.",
        "I'm bowing out of the process.",
        "I need to cancel our interview.",
        "I am no longer a candidate.",
        "Please remove my name from the shortlist.",
        "I have decided not to proceed.",
    ],
)
def test_each_kind_of_decision_is_recognised(decision):
    body = letter(decision=f"I have accepted another offer. {decision}")
    assert check("reason", body).ok


@pytest.mark.parametrize("marker", REASON_MARKERS)
def test_each_reason_marker_next_to_the_decision_counts_as_a_why(marker):
    body = letter(decision=f"I am withdrawing from the process. It comes down to {marker} now.")
    assert check("reason", body).ok


def test_a_decision_without_a_why_gets_an_example_for_the_chosen_reason():
    body = letter(decision="I am withdrawing from the process.")
    result = check("reason", body)
    assert not result.ok
    assert "I've accepted a position elsewhere" in result.note
    timing = replace(FACTS, reason="timing")
    assert "the timing isn't right for me" in check("reason", body, timing).note


@pytest.mark.parametrize("reason", ["prefer_not_to_say", "other"])
def test_a_calm_general_line_is_enough_when_no_reason_was_given(reason):
    body = letter(decision="I am withdrawing from the process.")
    assert check("reason", body, replace(FACTS, reason=reason)).ok


def test_the_users_own_detail_counts_as_the_why():
    facts = replace(FACTS, reason="other", reason_detail="I'm going back to university")
    body = letter(decision="I am withdrawing. I'm going back to university.")
    assert check("reason", body, facts).ok
    assert not check("reason", letter(decision="I am withdrawing."), facts).ok


def test_the_why_may_come_just_before_the_decision():
    body = letter(decision="I've accepted an offer elsewhere. So I'm withdrawing.")
    assert check("reason", body).ok


def test_a_reason_that_runs_on_is_flagged_with_its_length():
    why = " ".join(["because the team and I"] * 9)  # 45 words
    result = check("reason", letter(decision=f"I am withdrawing {why}."))
    assert not result.ok
    assert result.note == "Your reason runs to 48 words; one or two short sentences are enough."


def test_a_long_reason_detail_is_flagged():
    detail = "I moved. My partner moved. We bought a house."
    facts = replace(FACTS, reason="location", reason_detail=detail)
    result = check("reason", letter(decision=f"I am withdrawing. {detail}"), facts)
    assert not result.ok
    assert result.note == "Your reason runs to 3 sentences; one or two short ones are enough."


def test_a_long_letter_is_flagged_with_its_word_count():
    filler = "We spoke about design systems and research at length over coffee."  # 11 words
    body = letter(extra=" ".join([filler] * 20))
    words = len(body.split())
    result = check("reason", body)
    assert not result.ok
    assert result.note == f"Your letter is {words} words; under 250 reads better."


# --- positive -------------------------------------------------------------------------------


def positive(text: str, facts: LetterFacts = FACTS) -> Check:
    return check("positive", letter(extra=text), facts)


@pytest.mark.parametrize("phrase", [*NEGATIVE_WORDS, *DISAPPOINTMENT_PHRASES, *BLAME_PHRASES])
def test_each_listed_word_or_phrase_is_flagged_by_name(phrase):
    result = positive(f"Honestly, {phrase} is how it went.")
    assert not result.ok
    assert f"'{phrase}'" in result.note


def test_listed_words_match_whatever_their_case():
    assert "'awful'" in positive("It was Awful.").note


@pytest.mark.parametrize(
    "text",
    [
        "I left my visitor badge at reception.",
        "I'm moving to Baden-Baden.",
        "I regret that I must decline.",
        "Unfortunately, the timing is not right.",
        "Sadly, I must step back.",
        "I've been poorly this month.",
        "I hope this message finds you well.",
        "The team's jokes made the call a delight.",
        "You never know when our paths will cross.",
        "I'd hate to leave you short of candidates.",
        "I don't want to waste your time.",
        "I spent five years at AT&T Labs and IBM.",
        "I led UX research at NASA.",
        "Thank you so much!",
    ],
)
def test_ordinary_polite_text_is_not_a_false_alarm(text):
    assert positive(text).ok


@pytest.mark.parametrize("formula", POLITE_FORMULAS)
def test_each_polite_formula_is_kind_not_negative(formula):
    assert positive(f"Still, {formula} idea of mine.").ok


def test_a_blank_fact_does_not_hide_negative_words():
    facts = replace(FACTS, future_interest="   ")
    assert not check("positive", letter(extra="It was awful."), facts).ok


def test_a_name_or_company_is_never_negativity():
    facts = replace(
        FACTS, recipient_name="Joke de Vries", company="Bad Robot", role="ERP CONSULTANT"
    )
    body = letter(greeting="Dear Joke,", extra="I admire Bad Robot and the ERP CONSULTANT team.")
    assert check("positive", body, facts).ok


@pytest.mark.parametrize(
    ("text", "shout"),
    [
        ("I AM VERY SORRY to say so.", "AM VERY SORRY"),
        ("VERY SORRY to say so.", "VERY SORRY"),
        ("PLEASE note my news.", "PLEASE"),
    ],
)
def test_shouting_is_flagged(text, shout):
    result = positive(text)
    assert not result.ok
    assert result.note == f'"{shout}" reads as shouting; ordinary capitals are calmer.'


@pytest.mark.parametrize("marks", ["!!", "!!!"])
def test_repeated_exclamation_marks_are_flagged(marks):
    result = positive(f"Good luck{marks}")
    assert not result.ok
    assert "exclamation" in result.note


# --- helpful --------------------------------------------------------------------------------


def test_helpful_matches_a_referral_by_first_and_last_name_without_accents():
    facts = replace(FACTS, referral_name="José A. Núñez")
    body = letter(offers="Jose Nunez would be a strong candidate. I can share feedback too.")
    assert check("helpful", body, facts).ok


def test_helpful_needs_the_word_feedback_when_feedback_was_offered():
    body = letter(offers="Jo Malik would be a strong candidate.")
    result = check("helpful", body)
    assert not result.ok
    assert "You offered feedback" in result.note


def test_helpful_suggests_an_offer_when_none_was_made():
    facts = replace(FACTS, referral_name="", offer_feedback=False, keep_in_touch=False)
    result = check("helpful", letter(offers=""), facts)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "recommend" in result.note


def test_keeping_in_touch_alone_is_fine_with_an_idea_for_more():
    facts = replace(FACTS, referral_name="", offer_feedback=False)
    result = check("helpful", letter(offers=""), facts)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "recommend" in result.note


# --- open door ------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", OPEN_DOOR_PHRASES)
def test_each_open_door_phrase_counts(phrase):
    assert check("open_door", letter(door=f"I hope for {phrase}.")).ok


def test_working_together_again_keeps_the_door_open():
    assert check("open_door", letter(door="I hope we can work together again.")).ok


@pytest.mark.parametrize(
    "door", ["Thank you again.", "Thank you for the opportunity.", "Thanks for reaching out."]
)
def test_ordinary_thanks_do_not_count_as_an_open_door(door):
    assert not check("open_door", letter(door=door)).ok


def test_open_door_mentions_the_future_interest_when_it_is_missing():
    facts = replace(FACTS, future_interest="research roles")
    result = check("open_door", GOOD, facts)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "research roles" in result.note
    named = check("open_door", letter(door="I'd love to hear about research roles."), facts)
    assert named.level == "good"
    missing = check("open_door", letter(door=""), facts)
    assert '"I\'d be glad to hear about research roles."' in missing.note


# --- follow up ------------------------------------------------------------------------------


def follow_up(today, **lifecycle) -> Check:
    return check("follow_up", GOOD, replace(FACTS, **lifecycle), today)


def test_follow_up_before_sending_promises_a_reminder():
    result = follow_up(MONDAY, follow_up_days=1)
    assert (result.ok, result.level) == (True, "suggestion")
    assert "after 1 business day" in result.note


def test_follow_up_names_the_reminder_day_then_says_it_is_due():
    sent = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # Monday; 3 business days is Thursday 15:00
    waiting = follow_up(date(2026, 3, 4), sent_at=sent)
    assert waiting.ok
    assert waiting.note == "Politely will remind you on Thursday 5 March if they haven't replied."
    assert follow_up(datetime(2026, 3, 5, 14, 0, tzinfo=UTC), sent_at=sent).ok
    assert not follow_up(datetime(2026, 3, 5, 15, 0, tzinfo=UTC), sent_at=sent).ok
    assert "It's been 6 business days" in follow_up(date(2026, 3, 10), sent_at=sent).note


@pytest.mark.parametrize(
    ("today", "ok"),
    [(date(2026, 3, 7), True), (date(2026, 3, 8), True), (date(2026, 3, 9), False)],
)
def test_follow_up_skips_the_weekend_from_friday_to_monday(today, ok):
    sent = datetime(2026, 3, 6, 11, 0, tzinfo=UTC)  # Friday
    result = follow_up(today, sent_at=sent, follow_up_days=1)
    assert result.ok is ok
    if ok:
        assert "Monday 9 March" in result.note
    else:
        assert result.note == "It's been 1 business day — a short follow-up is due."


def test_follow_up_counts_days_in_the_users_zone():
    # Thursday 20:00 UTC is already Friday morning in Auckland, so one business day is Monday.
    sent = datetime(2026, 3, 5, 20, 0, tzinfo=UTC)
    friday_noon = datetime(2026, 3, 6, 12, 0, tzinfo=AUCKLAND)
    assert "Monday 9 March" in follow_up(friday_noon, sent_at=sent, follow_up_days=1).note


def test_follow_up_agrees_with_the_nudges_on_the_due_day():
    from declines.core.nudges import DeclineState, follow_up_due_at

    for offset in range(14):
        sent = datetime(2026, 3, 2, 10, 0, tzinfo=UTC) + timedelta(days=offset)
        state = DeclineState(status="sent", created_at=sent, sent_at=sent, timezone="UTC")
        due = follow_up_due_at(state)
        assert follow_up(due - timedelta(minutes=1), sent_at=sent).ok
        assert not follow_up(due, sent_at=sent).ok


def test_nothing_more_to_do_once_acknowledged_or_followed_up():
    late = date(2026, 3, 20)
    acknowledged = follow_up(late, sent_at=MONDAY, acknowledged_at=MONDAY + timedelta(days=1))
    assert (acknowledged.ok, acknowledged.note) == (True, "They confirmed, nothing more to do.")
    followed = follow_up(late, sent_at=MONDAY, followed_up_at=MONDAY + timedelta(days=4))
    assert followed.ok and followed.level == "good"


# --- Every composed letter passes the six text guidelines -----------------------------------


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
