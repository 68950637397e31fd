"""Compose the decline letter, its follow-up, a phone script and a short message from plain facts.

Pure Python: no Django import, no clock read. The same facts and variant always give the same text.

The package's other modules prepare what this one fills in (see `declines.core.letters`).
Here the composing functions only pick phrases, fill in the facts and join the sentences. Facts are
user text and never used as templates themselves, so a brace or a line break in a name cannot
break a letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from declines.core.letters.facts import LetterFacts
from declines.core.letters.names import person_name, plain_name
from declines.core.letters.reasons import reason_sentence, short_reason
from declines.core.letters.tidy import (
    bare_role,
    company_name,
    interest_phrase,
    role_phrase,
    role_title,
    subject_role,
)
from declines.core.letters.voices import TALK, VOICES, Talk, Voice, fill
from declines.core.text import one_line
from declines.core.workdays import day_name

# Each tone has this many wordings; `variant % VARIANTS` picks one, so any int is a valid variant.
VARIANTS = 3

# The short message must fit a LinkedIn note or a text: strictly fewer characters than this.
SHORT_LIMIT = 600
# Decline.subject holds at most this many characters.
SUBJECT_LIMIT = 200


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str


# Words that already say "later": the future_interest line then needs no "in the future".
_LATER_WORDS = re.compile(r"\b(?:future|later|someday|one day|next)\b", re.IGNORECASE)


def compose_letter(facts: LetterFacts, *, variant: int = 0) -> Letter:
    """The decline email in the facts' tone; `variant` (any int) picks one of VARIANTS wordings."""
    voice = _voice(facts)
    i = variant % VARIANTS
    words = _words(facts, voice)
    thanks = [fill(voice.thanks[i], words), *_nth(voice.appreciation, i)]
    decision = [fill(voice.decisions[i], words), reason_sentence(facts, voice)]
    if _after_the_interview(facts):
        decision.append(voice.late)  # no "so you can plan ahead" once the day has gone
    else:
        decision += [*_nth(voice.promptness, i), fill(voice.slot, words) if words["day"] else ""]
    offers = _offers(facts, voice, words)
    door = [*_open_door(facts, voice, words, i), fill(voice.farewells[i], words)]
    if voice is VOICES["brief"]:
        # Brief folds everything into two short paragraphs.
        paragraphs = [_join(*thanks, *decision), _join(*offers, *door)]
    else:
        paragraphs = [_join(*thanks), _join(*decision), _join(*offers), _join(*door)]
    body = _paragraphs(
        _greeting(voice.greetings[i], words),
        *paragraphs,
        _signature(voice.sign_offs[i], words),
    )
    return Letter(subject=_subject(voice.subjects[i], words), body=body)


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
    body = _paragraphs(
        _greeting(voice.greetings[0], words),
        fill(check, words),
        _join(thanks, *_open_door(facts, voice, words, 0)),
        _signature(voice.sign_offs[0], words),
    )
    # The same subject as the letter (variant 0), so mail apps thread the two together.
    return Letter(subject=one_line(f"Re: {compose_letter(facts).subject}"), body=body)


def phone_script(facts: LetterFacts) -> str:
    """What to say on the phone: the live conversation, a blank line, then a voicemail."""
    talk = _talk(facts)
    voice = talk.voice
    words = _words(facts, voice)
    by_name = words["first"] and not words["generic"]
    hello = fill(talk.hello if by_name else talk.hello_no_name, words)
    who = fill(talk.calling if words["sender"] else talk.calling_no_name, words)
    live = [
        f"{hello} {who} about {words['the_role']} at {words['company']}.",
        talk.thanks,
        _join(voice.decisions[0], reason_sentence(facts, voice)),
        _join(*_offers(facts, voice, words)),
        _join(*_open_door(facts, voice, words, 0)),
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
    by_name = words["full"] and (talk.voice.formal or not words["generic"])
    hello = fill(talk.short_hello if by_name else talk.hello_no_name, words)
    opening = (
        f"{hello} thank you for inviting me to interview for "
        f"{words['the_role']} at {words['company']}. {talk.short_decision}"
    )
    signature = f"\n\n{talk.short_sign_off}\n{words['sender']}" if words["sender"] else ""
    offers = _offers(facts, voice, words)
    doors = [_join(*_open_door(facts, voice, words, 0)), fill(voice.doors[0], words)]
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
    text = re.sub(r"([.!?,])\1+", r"\1", text)
    return re.sub(r"([!?\u2026])\.", r"\1", text)


def _join(*sentences: str) -> str:
    """Sentences into one paragraph; empty optional parts leave no trace."""
    return " ".join(s for s in sentences if s)


def _paragraphs(*paragraphs: str) -> str:
    return _tidy("\n\n".join(p for p in paragraphs if p))


def _nth(options: tuple[str, ...], i: int) -> list[str]:
    return [options[i]] if options else []


def _voice(facts: LetterFacts) -> Voice:
    # An unknown tone (an old row, a typo) still gets a sensible letter rather than an error.
    return VOICES.get(facts.tone, VOICES["warm"])


def _talk(facts: LetterFacts) -> Talk:
    return TALK["formal" if _voice(facts).formal else "plain"]


def _words(facts: LetterFacts, voice: Voice) -> dict[str, str]:
    """The cleaned facts, named for the phrase tables' placeholders."""
    recipient = person_name(facts.recipient_name)
    role = role_title(facts.role)
    bare = bare_role(role)
    interest = interest_phrase(facts.future_interest)
    return {
        "full": recipient.full,
        "first": recipient.short,
        # A team or a job title is greeted "Dear Hiring Team," and not spoken to by name.
        "generic": "yes" if recipient.generic else "",
        "noun": voice.noun,
        "company": company_name(facts.company) or "your company",
        "role": bare,
        "the_role": role_phrase(role, voice.noun),
        "role_interview": f"{bare} interview" if bare else "interview",
        "subject_role": subject_role(bare),
        "ref": plain_name(facts.referral_name),
        "sender": plain_name(facts.sender_name),
        "fi": interest,
        "later": "" if _LATER_WORDS.search(interest) else " in the future",
        "day": _format_day(facts.interview_at) if facts.interview_at else "",
    }


def _format_day(day: date | datetime) -> str:
    """'Tuesday 3 March': the day as the person wrote it, in its own zone for a datetime."""
    return day_name(day)


def _greeting(template: str, words: dict[str, str]) -> str:
    # No name to use: a plain hello beats "Dear ," (and the review will ask for the name).
    if not words["full"]:
        return "Hello,"
    if words["full"].startswith("To whom"):
        return f"{words['full']},"
    if words["generic"]:
        return f"Dear {words['full']},"
    return fill(template, words)


def _signature(sign_off: str, words: dict[str, str]) -> str:
    return f"{sign_off}\n{words['sender']}" if words["sender"] else sign_off


def _subject(template: str, words: dict[str, str]) -> str:
    """One line of at most SUBJECT_LIMIT characters; a long role is shortened or left out."""
    subject_words = words
    for role in (words["subject_role"], ""):
        if role != words["role"]:
            the_role = role_phrase(role, words["noun"])
            subject_words = words | {"role": role, "the_role": the_role}
        # one_line also closes the gap an empty role leaves ("the  interview").
        subject = _tidy(one_line(fill(template, subject_words)))
        subject = re.sub(r"\s+at your company$", "", subject)
        if len(subject) <= SUBJECT_LIMIT:
            return subject
    return subject[:SUBJECT_LIMIT].rsplit(" ", 1)[0]


def _offers(facts: LetterFacts, voice: Voice, words: dict[str, str]) -> list[str]:
    """The help the user offered, referral first."""
    templates = [voice.referral] if words["ref"] else []
    if facts.offer_feedback:
        templates.append(voice.feedback)
    return [fill(template, words) for template in templates]


def _open_door(facts: LetterFacts, voice: Voice, words: dict[str, str], i: int) -> list[str]:
    """Always at least one line that keeps the door open; the user's own offers come first."""
    templates = [voice.keep_in_touch] if facts.keep_in_touch else []
    if words["fi"]:
        templates.append(voice.future_interest)
    return [fill(template, words) for template in templates or [voice.doors[i]]]
