"""Compose the decline letter, its follow-up, a phone script and a short message from plain facts.

Pure Python: no Django import, no clock read. The same facts and variant always give the same text.

The package's other modules prepare what this one fills in (see `declines.core.letters`).
Here the composing functions only pick phrases, fill in the facts and join the sentences. Facts are
user text and never used as templates themselves, so a brace or a line break in a name cannot
break a letter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from declines.core.letters.facts import LetterFacts
from declines.core.letters.greetings import greeting_for
from declines.core.letters.names import plain_name
from declines.core.letters.reasons import reason_sentence, short_reason
from declines.core.letters.tidy import (
    bare_role,
    company_in_sentence,
    company_name,
    company_short,
    interest_phrase,
    role_phrase,
    role_title,
    subject_roles,
)
from declines.core.letters.voices import TALK, VOICES, Talk, Voice, fill
from declines.core.letters.wording import Budget
from declines.core.text import one_line
from declines.core.workdays import day_name

# Each tone has this many wordings; `variant % VARIANTS` picks one, so any int is a valid variant.
VARIANTS = 3

# The short message must fit a LinkedIn note or a text: strictly fewer characters than this.
SHORT_LIMIT = 600
# Decline.subject holds at most this many characters.
SUBJECT_LIMIT = 200
# A subject fits one line of an inbox: at most this many characters, and the follow-up's
# "Re: " subject too, so the letter's own subject leaves room for those four characters.
INBOX_LINE = 78
SUBJECT_LINE_LIMIT = INBOX_LINE - len("Re: ")
# Between a subject and the sender's name, an en dash: "... the Editor interview \u2013 Sam Rivera".
SUBJECT_SENDER = " \u2013 "


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str


# Words that already say "later": the future_interest line then needs no "in the future".
_LATER_WORDS = re.compile(r"\b(?:future|later|someday|one day|next)\b", re.IGNORECASE)


def compose_letter(facts: LetterFacts, *, variant: int = 0) -> Letter:
    """The decline email in the facts' tone; `variant` (any int) picks one of VARIANTS wordings.

    Each sentence is the variant's wording unless that would use a content word a third time in
    the letter; then the slot's next wording stands in (see `declines.core.letters.wording`).
    """
    voice = _voice(facts)
    i = variant % VARIANTS
    words = _words(facts, voice)
    greeting = f"{greeting_for(facts).line},"
    signature = _signature(voice.sign_offs[i], words)
    reason = reason_sentence(facts, voice)
    late = voice.late if _after_the_interview(facts) else ""
    budget = Budget(greeting, signature, reason, late)

    def pick(options: Sequence[str], rotate: bool = True) -> str:
        ordered = [*options[i:], *options[:i]] if rotate else list(options)
        return budget.pick(fill(option, words) for option in ordered)

    # The user's offers carry their own words (a referral's name, the roles they'd like): they
    # are chosen first, so that our own sentences make room for them.
    offers = _offers(facts, voice, words, pick)
    doors = _open_door(facts, voice, words, pick)
    thanks_options = [*voice.thanks[i:], *voice.thanks[:i], voice.thanks_other_noun]
    thanks = budget.pick(fill(option, words) for option in thanks_options)
    decision = pick(voice.decisions)
    farewell = pick(voice.farewells)
    appreciation = pick(voice.appreciation) if voice.appreciation else ""
    if late:
        # No "so you can plan ahead" once the day has gone: a short apology instead.
        after_reason = [late]
    else:
        promptness = pick(voice.promptness) if voice.promptness else ""
        slot = pick(voice.slot, rotate=False) if words["day"] else ""
        after_reason = [promptness, slot]
    opening = [thanks, appreciation]
    decided = [decision, reason, *after_reason]
    door = [*doors, farewell]
    if voice is VOICES["brief"]:
        # Brief folds everything into two short paragraphs.
        paragraphs = [_join(*opening, *decided), _join(*offers, *door)]
    else:
        paragraphs = [_join(*opening), _join(*decided), _join(*offers), _join(*door)]
    body = _paragraphs(greeting, *paragraphs, signature)
    return Letter(subject=_subject(voice.subjects[i], facts, words), body=body)


@dataclass(frozen=True)
class ShownForms:
    """How the letter will put what the user typed, for the wizard to show as they go."""

    greeting: str  # "Dear Dr Raman,"
    role_at_company: str  # "the Software Engineer role at the University of Cambridge"
    reason: str  # "I made up my mind after moving to Leeds."


def shown_forms(facts: LetterFacts) -> ShownForms:
    """The greeting, the role and company, and the reason, as the facts' letter writes them."""
    voice = _voice(facts)
    words = _words(facts, voice)
    return ShownForms(
        greeting=f"{greeting_for(facts).line},",
        role_at_company=f"{words['the_role']} at {words['company']}",
        reason=reason_sentence(facts, voice),
    )


def _after_the_interview(facts: LetterFacts) -> bool:
    interview = facts.interview_at
    if facts.written_on is None or interview is None:
        return False
    day = interview.date() if isinstance(interview, datetime) else interview
    return facts.written_on > day


def compose_follow_up(facts: LetterFacts, *, sent_on: date) -> Letter:
    """A short note checking that the decline arrived, sent a few days after it."""
    voice = _voice(facts)
    words = _words(facts, voice) | {"sent": _format_day(sent_on)}
    check, thanks = voice.follow_up

    def first(options: Sequence[str], rotate: bool = True) -> str:
        return fill(options[0], words)

    doors = _open_door(facts, voice, words, first)
    body = _paragraphs(
        f"{greeting_for(facts).line},",
        fill(check, words),
        _join(thanks, *doors),
        _signature(voice.sign_offs[0], words),
    )
    # The same subject as the letter (variant 0), so mail apps thread the two together.
    return Letter(subject=one_line(f"Re: {compose_letter(facts).subject}"), body=body)


def phone_script(facts: LetterFacts) -> str:
    """What to say on the phone: the live conversation, a blank line, then a voicemail."""
    talk = _talk(facts)
    voice = talk.voice
    words = _words(facts, voice)

    def first(options: Sequence[str], rotate: bool = True) -> str:
        return fill(options[0], words)

    greeting = greeting_for(facts)
    named = greeting.name and not greeting.generic
    spoken = talk.respectful_hello if greeting.respectful else talk.hello
    hello = fill(spoken, {"name": greeting.name}) if named else talk.hello_no_name
    who = fill(talk.calling if words["sender"] else talk.calling_no_name, words)
    live = [
        f"{hello} {who} about {words['the_role']} at {words['company']}.",
        talk.thanks,
        _join(voice.decisions[0], reason_sentence(facts, voice)),
        _join(*_offers(facts, voice, words, first)),
        _join(*_open_door(facts, voice, words, first)),
        talk.goodbye,
    ]
    caller = fill(
        talk.voicemail_caller if words["sender"] else talk.voicemail_caller_no_name, words
    )
    voicemail = [
        "Voicemail:",
        f"{hello} {caller} about the {words['role_interview']} at {words['company']}.",
        talk.voicemail_decision,
        talk.voicemail_goodbye,
    ]
    return _tidy("\n".join([*(line for line in live if line), "", *voicemail]))


def compose_short(facts: LetterFacts) -> str:
    """A LinkedIn or text message, always under SHORT_LIMIT characters.

    When it would be too long, the user's reason_detail is cut at a word boundary (or replaced by
    the reason's general line), then the offers are dropped, feedback first, then a long
    future_interest gives way to a general open door; the greeting, thanks, decision and an open
    door always stay.
    """
    talk = _talk(facts)
    voice = talk.voice
    words = _words(facts, voice)

    def first(options: Sequence[str], rotate: bool = True) -> str:
        return fill(options[0], words)

    opening = (
        f"{greeting_for(facts).line}, thank you for inviting me to interview for "
        f"{words['the_role']} at {words['company']}. {talk.short_decision}"
    )
    signature = f"\n\n{talk.short_sign_off}\n{words['sender']}" if words["sender"] else ""
    offers = _offers(facts, voice, words, first)
    doors = [_join(*_open_door(facts, voice, words, first)), fill(voice.doors[0], words)]
    while True:
        door = doors[0]
        # The room left for the reason; the 2 are its joining space and the "strictly under".
        room = SHORT_LIMIT - 2 - len(_join(opening, *offers, door) + signature)
        reason = short_reason(facts, voice, room)
        if reason is not None or (not offers and len(doors) == 1):
            return _tidy(_join(opening, reason or "", *offers, door)) + signature
        if offers:
            offers.pop()
        else:
            doors.pop(0)


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _tidy(text: str) -> str:
    """Mend the seams a fact can leave at a sentence end: "Inc.." or "Yahoo!." or "!!!" or ",,"."""
    return _MARK_THEN_STOP.sub(r"\1", _REPEATED_MARK.sub(r"\1", text))


# Compiled once: _tidy runs for every subject line tried and every text composed.
_REPEATED_MARK = re.compile(r"([.!?,])\1+")
_MARK_THEN_STOP = re.compile(r"([!?\u2026])\.")


def _join(*sentences: str) -> str:
    """Sentences into one paragraph; empty optional parts leave no trace."""
    return " ".join(s for s in sentences if s)


def _paragraphs(*paragraphs: str) -> str:
    return _tidy("\n\n".join(p for p in paragraphs if p))


def _voice(facts: LetterFacts) -> Voice:
    # An unknown tone (an old row, a typo) still gets a sensible letter rather than an error.
    return VOICES.get(facts.tone, VOICES["warm"])


def _talk(facts: LetterFacts) -> Talk:
    return TALK["formal" if _voice(facts).formal else "plain"]


def _words(facts: LetterFacts, voice: Voice) -> dict[str, str]:
    """The cleaned facts, named for the phrase tables' placeholders."""
    role = role_title(facts.role)
    bare = bare_role(role)
    interest = interest_phrase(facts.future_interest)
    return {
        "noun": voice.noun,
        "company": company_in_sentence(company_name(facts.company)) or "your company",
        "role": bare,
        "the_role": role_phrase(role, voice.noun),
        "the_post": role_phrase(bare, "post" if voice.formal else "job"),
        "role_interview": f"{bare} interview" if bare else "interview",
        "ref": plain_name(facts.referral_name),
        "sender": plain_name(facts.sender_name),
        "fi": interest,
        "later": "" if _LATER_WORDS.search(interest) else " in the future",
        "day": _format_day(facts.interview_at) if facts.interview_at else "",
    }


def _format_day(day: date | datetime) -> str:
    """'Tuesday 3 March': the day as the person wrote it, in its own zone for a datetime."""
    return day_name(day)


def _signature(sign_off: str, words: dict[str, str]) -> str:
    return f"{sign_off}\n{words['sender']}" if words["sender"] else sign_off


def _subject(template: str, facts: LetterFacts, words: dict[str, str]) -> str:
    """One inbox line (at most SUBJECT_LINE_LIMIT characters) that ends with the sender's name.

    When the whole thing is too long, the role is shortened gracefully first, then "process"
    goes, then the company (its legal ending first, then all of it), then the role; the sender's name is
    shortened or left out only when nothing else is left to cut.
    """
    company = company_name(facts.company)
    companies = _unique([company, company_short(company)]) if company else [""]
    roles = subject_roles(words["role"]) if words["role"] else [""]
    shortest = roles[-1]
    kept = [(role, " process", companies[0]) for role in roles]
    kept += [(shortest, "", name) for name in companies]
    kept.append((shortest, "", ""))
    kept.append(("", "", ""))  # "Withdrawing from the interview": the role goes last
    senders = _unique([words["sender"], _short_sender(words["sender"]), ""])
    attempts = [(*parts, sender) for sender in senders for parts in kept]
    subject = ""
    for role, process, name, sender in attempts:
        subject = _subject_line(template, words, role, process, name, sender)
        if len(subject) <= SUBJECT_LINE_LIMIT:
            return subject
    return subject[:SUBJECT_LINE_LIMIT].rsplit(" ", 1)[0]


def _subject_line(
    template: str, words: dict[str, str], role: str, process: str, company: str, sender: str
) -> str:
    at_company = f" at {company_in_sentence(company)}" if company else ""
    filled = fill(
        template,
        words
        | {
            "role": role,
            "the_role": role_phrase(role, words["noun"]),
            "process": process,
            "at_company": at_company,
        },
    )
    # one_line also closes the gap an empty role leaves ("the  interview").
    subject = _tidy(one_line(filled))
    return f"{subject}{SUBJECT_SENDER}{sender}" if sender else subject


def _short_sender(sender: str) -> str:
    """ "Anastasia Valentina Smythe" -> "Anastasia Smythe"; a long one gives way entirely."""
    parts = sender.split()
    return f"{parts[0]} {parts[-1]}" if len(parts) > 2 else sender


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


class _Pick(Protocol):
    """How a composer chooses a wording from a slot's options (see compose_letter)."""

    def __call__(self, options: Sequence[str], rotate: bool = True) -> str: ...


def _offers(facts: LetterFacts, voice: Voice, words: dict[str, str], pick: _Pick) -> list[str]:
    """The help the user offered, referral first."""
    offers = [pick(voice.referral, rotate=False)] if words["ref"] else []
    if facts.offer_feedback:
        offers.append(pick(voice.feedback, rotate=False))
    return offers


def _open_door(facts: LetterFacts, voice: Voice, words: dict[str, str], pick: _Pick) -> list[str]:
    """Always at least one line that keeps the door open; the user's own offers come first."""
    doors = [pick(voice.keep_in_touch, rotate=False)] if facts.keep_in_touch else []
    if words["fi"]:
        doors.append(pick(voice.future_interest, rotate=False))
    return doors or [pick(voice.doors)]
