"""Compose the decline letter, its follow-up, a phone script and a short message from plain facts.

Pure Python: no Django import, no clock read. The same facts and variant always give the same text.

Every wording lives in the phrase tables below (one `_Voice` per tone, one line per reason), so a
reviewer can read all the English in one place. The composing functions only pick phrases, fill in
the facts and join the sentences. Facts are user text: they are squeezed to single spaces and never
used as templates themselves, so a brace or a line break in a name cannot break a letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from declines.workdays import day_name

REASONS = (
    "another_offer",
    "career_change",
    "personal",
    "role_mismatch",
    "compensation",
    "location",
    "timing",
    "prefer_not_to_say",
    "other",
)
TONES = ("formal", "warm", "brief")

# Each tone has this many wordings; `variant % VARIANTS` picks one, so any int is a valid variant.
VARIANTS = 3

# The short message must fit a LinkedIn note or a text: strictly fewer characters than this.
SHORT_LIMIT = 600
# A reason_detail cut to fewer words than this says too little; the general line reads better.
_MIN_CUT_WORDS = 8


@dataclass(frozen=True)
class LetterFacts:
    """What a letter needs to know. Names follow DESIGN.md's domain words."""

    recipient_name: str
    company: str
    role: str
    sender_name: str = ""
    recipient_email: str = ""
    # A date when only the day is known, an aware datetime when the time is known too.
    interview_at: date | datetime | None = None
    reason: str = "prefer_not_to_say"
    reason_detail: str = ""
    tone: str = "warm"
    referral_name: str = ""
    offer_feedback: bool = False
    keep_in_touch: bool = False
    future_interest: str = ""
    # Lifecycle, for the review's time-based guidelines (prompt, follow_up).
    sent_at: datetime | None = None
    acknowledged_at: datetime | None = None
    followed_up_at: datetime | None = None
    follow_up_days: int = 3


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str


# ---------------------------------------------------------------------------------------------
# Phrase tables. Placeholders: {first} {full} {company} {role} {the_role} {ref} {fi} {day}.
# Sentences stay short and words plain: every letter must score 60+ on Flesch reading ease.
# No negative words (sorry, regret, unfortunately...): the review's "positive" check looks for them.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Voice:
    """One tone's wordings. Tuples hold one entry per variant; plain strings serve every variant."""

    formal: bool  # no contractions; picks the formal reason lines
    noun: str  # what to call the job: "the Analyst position" or "the Analyst role"
    greetings: tuple[str, ...]
    subjects: tuple[str, ...]
    thanks: tuple[str, ...]
    appreciation: tuple[str, ...]  # a second thank-you sentence; empty for brief
    decisions: tuple[str, ...]
    promptness: tuple[str, ...]  # why we write now: so they can plan; empty for brief
    doors: tuple[str, ...]  # the open door when the user offered nothing more specific
    farewells: tuple[str, ...]  # goodwill before the sign-off
    sign_offs: tuple[str, ...]
    detail_frame: str  # for a reason_detail that is a fragment rather than a sentence
    slot: str  # when the interview date is known: the slot is free for someone else
    referral: str
    feedback: str
    keep_in_touch: str
    future_interest: str
    follow_up: tuple[str, str]  # the check that the note arrived; thanks again


_VOICES = {
    "formal": _Voice(
        formal=True,
        noun="position",
        greetings=("Dear {full},", "Dear {full},", "Dear {full},"),
        subjects=(
            "Withdrawing from the {role} interview process at {company}",
            "Withdrawal of my application for the {role} position at {company}",
            "Your invitation to interview for the {role} position at {company}",
        ),
        thanks=(
            "Thank you for inviting me to interview for {the_role} at {company}.",
            "I am grateful for the invitation to interview for {the_role} at {company}.",
            "Thank you for considering me for {the_role} at {company}.",
        ),
        appreciation=(
            "I appreciate the time you have spent on my application.",
            "It was kind of you to give my application your time.",
            "I appreciate the care you have taken with my application.",
        ),
        decisions=(
            "After careful thought, I have decided to withdraw from the interview process.",
            "I am writing to let you know that I will not move forward with the interview.",
            "I have decided to withdraw my application.",
        ),
        promptness=(
            "I wanted to let you know promptly so that you can plan ahead.",
            "I wanted to tell you as soon as I decided, out of respect for your time.",
            "I wanted you to hear it from me straight away, so that you can plan.",
        ),
        doors=(
            "I hope our paths cross again in the future.",
            "I would be glad to be considered for future openings at {company}.",
            "I hope we have the chance to work together in the future.",
        ),
        farewells=(
            "I wish you every success in finding the right person.",
            "Thank you again for your time and interest.",
            "I wish you and your team all the best with the search.",
        ),
        sign_offs=("Kind regards,", "Yours sincerely,", "With best regards,"),
        detail_frame="In brief: {detail}",
        slot="This frees the slot on {day} for another candidate.",
        referral=(
            "If it would help, I would be glad to introduce you to {ref}, "
            "who may be a strong fit for the role."
        ),
        feedback="I am happy to share feedback on the hiring process if that would be useful.",
        keep_in_touch="I would welcome the chance to stay in touch.",
        future_interest="I would be pleased to hear about {fi} at {company} in the future.",
        follow_up=(
            "I wanted to make sure my note from {sent} reached you. "
            "In it, I let you know that I am withdrawing from the interview process "
            "for {the_role} at {company}.",
            "Thank you again for your time and for thinking of me. "
            "If a call is easier, I am happy to talk.",
        ),
    ),
    "warm": _Voice(
        formal=False,
        noun="role",
        greetings=("Hi {first},", "Hello {first},", "Dear {first},"),
        subjects=(
            "Withdrawing from the {role} interview at {company}",
            "An update on the {role} interview at {company}",
            "Thank you, and an update on the {role} role at {company}",
        ),
        thanks=(
            "Thank you so much for inviting me to interview for {the_role} at {company}.",
            "I really appreciate you reaching out about {the_role} at {company}.",
            "Thanks for the invitation to interview for {the_role} at {company}.",
        ),
        appreciation=(
            "I'm grateful for the time you've put into my application.",
            "It means a lot that you thought of me.",
            "It was lovely to hear from you, and I'm thankful for your time.",
        ),
        decisions=(
            "After a lot of thought, I've decided to withdraw from the interview process.",
            "I'm writing to let you know that I've chosen to withdraw from the interview.",
            "I've thought it over, and I've decided to withdraw my application.",
        ),
        promptness=(
            "I wanted to tell you right away so you can plan ahead.",
            "I wanted you to know as soon as I'd decided, since your time matters.",
            "I thought it best to tell you early, so you have time to plan.",
        ),
        doors=(
            "I hope our paths cross again down the road.",
            "Please keep me in mind for future roles at {company}.",
            "I hope we get the chance to work together in the future.",
        ),
        farewells=(
            "Wishing you the best of luck with the search.",
            "Thanks again for thinking of me.",
            "I hope the search goes really well.",
        ),
        sign_offs=("Best wishes,", "Warm regards,", "All the best,"),
        detail_frame="In short: {detail}",
        slot="That way, the slot on {day} is free for someone else.",
        referral=(
            "If it helps, I'd be happy to introduce you to {ref}, who I think could be a great fit."
        ),
        feedback="I'd be glad to share some feedback on the process if that's useful.",
        keep_in_touch="Let's stay in touch, and feel free to reach out any time.",
        future_interest="I would love to hear about {fi} at {company} in the future.",
        follow_up=(
            "I wanted to make sure my note from {sent} reached you. "
            "In it, I let you know that I'm withdrawing from the interview process "
            "for {the_role} at {company}.",
            "Thank you again for your time and for thinking of me. "
            "If a call is easier, I'm happy to talk.",
        ),
    ),
    "brief": _Voice(
        formal=False,
        noun="role",
        greetings=("Hi {first},", "Hello {first},", "Dear {first},"),
        subjects=(
            "Withdrawing from the {role} interview",
            "Withdrawing my {role} application",
            "Update on the {role} interview at {company}",
        ),
        thanks=(
            "Thank you for the invitation to interview for {the_role} at {company}.",
            "Thanks for inviting me to interview for {the_role} at {company}.",
            "I'm grateful you asked me to interview for {the_role} at {company}.",
        ),
        appreciation=(),
        decisions=(
            "I've decided to withdraw from the process.",
            "I'll be withdrawing from the interview.",
            "I'm withdrawing my application.",
        ),
        promptness=(),
        doors=(
            "I hope we cross paths again.",
            "Please keep me in mind for the future.",
            "I hope to work with you in the future.",
        ),
        farewells=(
            "Good luck with the search.",
            "Best of luck finding the right person.",
            "Wishing you well with the search.",
        ),
        sign_offs=("Thanks again,", "Best,", "Best regards,"),
        detail_frame="In short: {detail}",
        slot="The slot on {day} is free for someone else.",
        referral="I'm happy to introduce you to {ref}, who could be a good fit.",
        feedback="I'm glad to share feedback on the process.",
        keep_in_touch="Let's stay in touch.",
        future_interest="I'd love to hear about {fi} in the future.",
        follow_up=(
            "I wanted to make sure my note from {sent} reached you. "
            "It said I'm withdrawing from the interview for {the_role} at {company}.",
            "Thanks again for thinking of me. If a call is easier, I'm happy to talk.",
        ),
    ),
}

# The reason in the user's framing, when they gave no words of their own: (formal, plain).
# prefer_not_to_say and other give no reason at all, only a calm, settled line.
_REASON_LINES = {
    "another_offer": (
        "I have accepted another offer that fits my plans at this time.",
        "I've accepted another offer that fits my plans right now.",
    ),
    "career_change": (
        "I am taking my career in a new direction.",
        "I'm taking my career in a new direction.",
    ),
    "personal": (
        "A personal matter needs my full attention at this time.",
        "A personal matter needs my full focus right now.",
    ),
    "role_mismatch": (
        "On reflection, I feel the role is not the right match for my skills and goals.",
        "On reflection, I don't think the role is quite the right match for me.",
    ),
    "compensation": (
        "The salary range does not quite meet my needs at this stage.",
        "The pay range doesn't quite meet my needs at this stage.",
    ),
    "location": (
        "The location does not suit my situation at this time.",
        "The location doesn't work well for me at the moment.",
    ),
    "timing": (
        "The timing is not right for me to make a move just now.",
        "The timing isn't right for me to make a move just now.",
    ),
    "prefer_not_to_say": (
        "I am sure this is the right choice for me at this time.",
        "I'm sure it's the right choice for me at this point.",
    ),
    "other": (
        "On balance, I know this is the best choice for me right now.",
        "On balance, I know it's the best step for me right now.",
    ),
}

# A reason_detail starting with a pronoun or a clause opener reads as the user's own sentence and
# is used as is; anything else is a fragment ("a role closer to home") and gets the detail_frame.
_PRONOUNS = ("i", "i'm", "i've", "i'd", "i'll", "im", "ive", "my", "me")
_WE = ("we", "we're", "we've", "our")
_CLAUSE_OPENERS = ("after", "since", "having", "it", "it's", "this", "there", "given")
_SENTENCE_STARTS = frozenset((*_PRONOUNS, *_WE, *_CLAUSE_OPENERS))
# "because I moved" and "due to a move" become "This is because I moved."
_EXPLAINING_STARTS = frozenset({"because", "due"})

# Titles people type before a name, and which part of the name goes with each in a greeting.
_TITLES_WITH_SURNAME = frozenset(
    ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev")
)
_TITLES_WITH_FIRST_NAME = frozenset(("sir", "dame"))

# The job's own name may already say what it is ("Data role"): don't add "role" twice.
_JOB_NOUNS = ("role", "position", "job", "post", "opening", "vacancy")

# The spoken versions use one friendly voice whatever the letter's tone: people talk plainly.
_SPOKEN = _VOICES["brief"]


# ---------------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------------


def compose_letter(facts: LetterFacts, *, variant: int = 0) -> Letter:
    """The decline email in the facts' tone; `variant` (any int) picks one of VARIANTS wordings."""
    voice = _voice(facts)
    i = variant % VARIANTS
    words = _words(facts, voice)
    thanks = [_fill(voice.thanks[i], words), *_nth(voice.appreciation, i)]
    decision = [
        _fill(voice.decisions[i], words),
        _reason_sentence(facts, voice),
        *_nth(voice.promptness, i),
        _fill(voice.slot, words) if words["day"] else "",
    ]
    offers = _offers(facts, voice, words)
    door = [*_open_door(facts, voice, words, i), _fill(voice.farewells[i], words)]
    if voice is _VOICES["brief"]:
        # Brief folds everything into two short paragraphs.
        paragraphs = [_join(*thanks, *decision), _join(*offers, *door)]
    else:
        paragraphs = [_join(*thanks), _join(*decision), _join(*offers), _join(*door)]
    body = _paragraphs(
        _greeting(voice.greetings[i], words),
        *paragraphs,
        _signature(voice.sign_offs[i], facts),
    )
    return Letter(subject=_subject(voice.subjects[i], words), body=body)


def compose_follow_up(facts: LetterFacts, *, sent_on: date) -> Letter:
    """A short note checking that the decline arrived, sent a few days after it."""
    voice = _voice(facts)
    words = _words(facts, voice) | {"sent": _format_day(sent_on)}
    check, thanks = voice.follow_up
    body = _paragraphs(
        _greeting(voice.greetings[0], words),
        _fill(check, words),
        _join(thanks, *_open_door(facts, voice, words, 0)),
        _signature(voice.sign_offs[0], facts),
    )
    # The same subject as the letter (variant 0), so mail apps thread the two together.
    return Letter(subject=_clean(f"Re: {compose_letter(facts).subject}"), body=body)


def phone_script(facts: LetterFacts) -> str:
    """What to say on the phone: the live conversation, a blank line, then a voicemail."""
    words = _words(facts, _SPOKEN)
    hello, sender = _hello(words["first"]), _clean(facts.sender_name)
    who = f"this is {sender}. I'm calling" if sender else "I'm calling"
    live = [
        f"{hello} {who} about {words['the_role']} at {words['company']}.",
        "Thank you for inviting me to interview. I'm grateful for your time.",
        _join(_SPOKEN.decisions[0], _reason_sentence(facts, _SPOKEN)),
        _join(*_offers(facts, _SPOKEN, words)),
        _join(*_open_door(facts, _SPOKEN, words, 0)),
        "Thanks again, and I'll send a short email to confirm.",
    ]
    caller = f"this is {sender}, calling" if sender else "this is a quick message"
    voicemail = [
        "Voicemail:",
        f"{hello} {caller} about the {words['role_interview']} at {words['company']}.",
        "Thank you for the invitation. I've decided to withdraw from the process.",
        "Please call me back if you'd like to talk, and I hope we stay in touch.",
    ]
    return _tidy("\n".join([*(line for line in live if line), "", *voicemail]))


def compose_short(facts: LetterFacts) -> str:
    """A LinkedIn or text message, always under SHORT_LIMIT characters.

    When it would be too long, the user's reason_detail is cut at a word boundary (or replaced by
    the reason's general line), then the offers are dropped, feedback first; the greeting, thanks,
    decision and open door always stay.
    """
    words = _words(facts, _SPOKEN)
    sender = _clean(facts.sender_name)
    opening = (
        f"{_hello(words['first'])} thank you for inviting me to interview for "
        f"{words['the_role']} at {words['company']}. {_SPOKEN.decisions[0]}"
    )
    door = _join(*_open_door(facts, _SPOKEN, words, 0))
    signature = f"\n\nBest wishes,\n{sender}" if sender else ""
    offers = _offers(facts, _SPOKEN, words)
    while True:
        # The room left for the reason; the 2 are its joining space and the "strictly under".
        room = SHORT_LIMIT - 2 - len(_join(opening, *offers, door) + signature)
        reason = _short_reason(facts, room)
        if reason is not None or not offers:
            return _tidy(_join(opening, reason or "", *offers, door)) + signature
        offers.pop()


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    """One line, single spaces: user text may carry line breaks, tabs or doubled spaces."""
    return " ".join((text or "").split())


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


def _fill(template: str, words: dict[str, str]) -> str:
    """Fill one of our templates. The user's text is only ever a value, never a template."""
    return template.format_map(words)


def _voice(facts: LetterFacts) -> _Voice:
    # An unknown tone (an old row, a typo) still gets a sensible letter rather than an error.
    return _VOICES.get(facts.tone, _VOICES["warm"])


def _words(facts: LetterFacts, voice: _Voice) -> dict[str, str]:
    """The cleaned facts, named for the phrase tables' placeholders."""
    full = _clean(facts.recipient_name)
    role = _clean(facts.role)
    return {
        "full": full,
        "first": _short_name(full),
        "company": _clean(facts.company) or "your company",
        "role": role,
        "the_role": _the_role(role, voice.noun),
        "role_interview": f"{role} interview" if role else "interview",
        "ref": _clean(facts.referral_name),
        "fi": _clean(facts.future_interest).rstrip(".,;:"),
        "day": _format_day(facts.interview_at) if facts.interview_at else "",
    }


def _short_name(full: str) -> str:
    """How to greet by name: the first name, or with a title the way that title is used.

    "Dr. Helen Park" wants "Dr. Park", not "Dr."; "Sir Elton John" wants "Sir Elton".
    """
    parts = full.split()
    title = parts[0].rstrip(".").lower() if len(parts) > 1 else ""
    if title in _TITLES_WITH_SURNAME:
        return f"{parts[0]} {parts[-1]}"
    if title in _TITLES_WITH_FIRST_NAME:
        return f"{parts[0]} {parts[1]}"
    return parts[0] if parts else ""


def _the_role(role: str, noun: str) -> str:
    if not role:
        return f"this {noun}"
    if role.lower().endswith(_JOB_NOUNS):
        return f"the {role}"
    return f"the {role} {noun}"


def _format_day(day: date | datetime) -> str:
    """'Tuesday 3 March': the day as the person wrote it, in its own zone for a datetime."""
    return day_name(day)


def _hello(first: str) -> str:
    return f"Hi {first}," if first else "Hi,"


def _greeting(template: str, words: dict[str, str]) -> str:
    # No name to use: a plain hello beats "Dear ," (and the review will ask for the name).
    return _fill(template, words) if words["full"] else "Hello,"


def _signature(sign_off: str, facts: LetterFacts) -> str:
    sender = _clean(facts.sender_name)
    return f"{sign_off}\n{sender}" if sender else sign_off


def _subject(template: str, words: dict[str, str]) -> str:
    # _clean also closes the gap an empty role leaves ("the  interview").
    return _tidy(_clean(_fill(template, words)))


def _offers(facts: LetterFacts, voice: _Voice, words: dict[str, str]) -> list[str]:
    """The help the user offered, referral first."""
    templates = [voice.referral] if words["ref"] else []
    if facts.offer_feedback:
        templates.append(voice.feedback)
    return [_fill(template, words) for template in templates]


def _open_door(facts: LetterFacts, voice: _Voice, words: dict[str, str], i: int) -> list[str]:
    """Always at least one line that keeps the door open; the user's own offers come first."""
    templates = [voice.keep_in_touch] if facts.keep_in_touch else []
    if words["fi"]:
        templates.append(voice.future_interest)
    return [_fill(template, words) for template in templates or [voice.doors[i]]]


def _detail(facts: LetterFacts) -> str:
    # "closer to home ." -> "closer to home.": a stray space before punctuation reads as a seam.
    detail = re.sub(r"\s+([,.;:!?])", r"\1", _clean(facts.reason_detail))
    # Only punctuation ("." or "-") is no reason at all.
    return detail if any(ch.isalnum() for ch in detail) else ""


def _reason_sentence(facts: LetterFacts, voice: _Voice, detail: str | None = None) -> str:
    """The user's own words when given, woven in as a sentence; otherwise the reason's line."""
    detail = _detail(facts) if detail is None else detail
    if not detail:
        # An unknown reason gets the calm general line rather than an error.
        formal, plain = _REASON_LINES.get(facts.reason, _REASON_LINES["other"])
        return formal if voice.formal else plain
    opener = detail.split()[0].lower().replace("\u2019", "'").strip(",.;:")
    if opener in _SENTENCE_STARTS:
        text = detail[0].upper() + detail[1:]
    elif opener in _EXPLAINING_STARTS:
        text = f"This is {detail[0].lower()}{detail[1:]}"
    else:
        text = _fill(voice.detail_frame, {"detail": detail})
    return _end_sentence(text)


def _end_sentence(text: str) -> str:
    """Exactly one full stop, unless the user's text already ends a sentence its own way."""
    text = text.rstrip(" ,;:-\u2013\u2014")
    if re.search(r"[.!?\u2026][\"'\u201d\u2019)]?$", text):
        return text
    return f"{text}."


def _short_reason(facts: LetterFacts, room: int) -> str | None:
    """The reason sentence in at most `room` characters, or None when even a short one won't fit."""
    for detail in _shorter_details(_detail(facts)):
        sentence = _reason_sentence(facts, _SPOKEN, detail=detail)
        if len(sentence) <= room:
            return sentence
    return None


def _shorter_details(detail: str) -> Iterator[str]:
    """The user's detail, then ever shorter cuts of it at word boundaries, best first.

    A cut at the end of a clause (a comma or a full stop) reads as a whole sentence, so it beats an
    ellipsis. Fewer than _MIN_CUT_WORDS words say too little: then "" stands in, which gives the
    reason's general line.
    """
    words = detail.split()
    yield detail
    counts = range(len(words) - 1, _MIN_CUT_WORDS - 1, -1)
    for n in counts:
        if words[n - 1][-1] in ",;:.!?":
            yield " ".join(words[:n]).rstrip(",;:")
    for n in counts:
        yield " ".join(words[:n]).rstrip(",;:-\u2013\u2014.") + "\u2026"
    yield ""
