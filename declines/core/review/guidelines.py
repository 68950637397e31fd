"""The eight guidelines for turning down an interview, and a review of a letter against them.

`review_letter(body, facts, today=...)` gives one `Check` per guideline, in `GUIDELINES` order. Six
guidelines are read from the text; `prompt` and `follow_up` are judged from time and state. The
notes are help, not a grade: calm, plain, and exact about what to change.

Pure Python: no Django import, no clock read (the caller passes `today`). Every word list lives in
`declines.core.review.words`, so tuning the review means editing one place; they are re-exported
here. How the body is read (folded, split into sentences) is `declines.core.review.reading`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TypeGuard

from declines.core.letters.facts import LetterFacts
from declines.core.letters.greetings import greeting_for
from declines.core.letters.names import person_name
from declines.core.letters.reasons import usable_reason_detail
from declines.core.letters.tidy import interest_phrase
from declines.core.review.reading import (
    GREETING_OPENING,
    SENTENCE_END,
    WORD,
    LetterText,
    contains,
    first_match,
    letters_first,
    read_letter,
    without_phrases,
    word_count,
    words_in,
)
from declines.core.review.words import (
    APOLOGY_PHRASES,
    BLAME_LEADS,
    BLAME_PHRASES,
    BLAME_VERBS,
    DECISION_PATTERNS,
    DECISIONS_WITH_WHY,
    DETAIL_WORDS_SHARE,
    DISAPPOINTMENT_PHRASES,
    FAREWELL_PATTERNS,
    FEEDBACK_WORDS,
    GENERIC_GREETINGS,
    GRATITUDE_WORDS,
    HONORIFICS,
    INFORMAL_WORDS,
    MAX_LETTER_WORDS,
    MAX_REASON_SENTENCES,
    MAX_REASON_WORDS,
    NEGATIVE_WORDS,
    NOT_GRATITUDE_PATTERNS,
    OPEN_DOOR_PATTERNS,
    OPEN_DOOR_PHRASES,
    PLACEHOLDER_PATTERNS,
    POLITE_FORMULAS,
    REASON_EXAMPLES,
    REASON_MARKERS,
    REASON_PASSAGE_STOPS,
    REASONS_WITHOUT_WHY,
    SHOUT_PAIR_LETTERS,
    SHOUT_RUN_WORDS,
    SHOUT_WORD_LETTERS,
)
from declines.core.text import fold, straighten
from declines.core.workdays import (
    DATE_ONLY_INTERVIEW_TIME,
    add_business_days,
    business_days_between,
    day_name,
)


@dataclass(frozen=True)
class Guideline:
    key: str
    title: str
    explanation: str


GUIDELINES = (
    Guideline(
        "prompt",
        "Be prompt",
        "Tell them as soon as you decide, so nobody keeps a slot open for you.",
    ),
    Guideline(
        "personal",
        "Make it personal",
        "Greet the person by name and write to them, not to a template.",
    ),
    Guideline(
        "grateful",
        "Say thank you",
        "Thank them for their time and for thinking of you.",
    ),
    Guideline(
        "reason",
        "Give a brief reason",
        "Say plainly that you are stepping back, with a short and honest why.",
    ),
    Guideline(
        "positive",
        "Stay positive",
        "Keep the wording warm: no blame, no complaints, no shouting.",
    ),
    Guideline(
        "helpful",
        "Offer to help",
        "Where you can, offer something useful, such as a referral or feedback.",
    ),
    Guideline(
        "open_door",
        "Leave the door open",
        "Show that you would be glad to stay in touch or hear about other roles.",
    ),
    Guideline(
        "follow_up",
        "Follow up",
        "If nobody confirms they got your message, check in briefly after a few days.",
    ),
)
_GUIDELINES_BY_KEY = {guideline.key: guideline for guideline in GUIDELINES}

# "good": nothing to do. "suggestion": fine as it is, with an idea. "warning": worth changing.
LEVELS = ("good", "suggestion", "warning")


@dataclass(frozen=True)
class Check:
    """One guideline's verdict on a letter. `level` follows `ok` when left out."""

    guideline: str
    ok: bool
    note: str
    level: str = ""

    def __post_init__(self) -> None:
        if self.guideline not in _GUIDELINES_BY_KEY:
            raise ValueError(f"Unknown guideline {self.guideline!r}")
        level = self.level or ("good" if self.ok else "warning")
        # The UI colours by level and counts by ok; they must never disagree.
        if level not in LEVELS or (level == "warning") == self.ok:
            raise ValueError(f"Level {level!r} does not fit ok={self.ok}")
        object.__setattr__(self, "level", level)

    @property
    def title(self) -> str:
        return _GUIDELINES_BY_KEY[self.guideline].title


# Time: the same assumptions as declines.nudges, so the review and the reminders agree.


# ---------------------------------------------------------------------------------------------
# The review
# ---------------------------------------------------------------------------------------------


def review_letter(body: str, facts: LetterFacts, *, today: date | datetime) -> list[Check]:
    """Review `body` against every guideline; one Check each, in GUIDELINES order."""
    text = _read(body)
    return [
        _check_prompt(text, facts, today),
        *_text_checks(body, facts),
        _check_follow_up(text, facts, today),
    ]


# The six guidelines read from the text depend on nothing but the text and the facts: the letter
# page, and the scorecard as the user types, ask again with the same ones and get the same checks
# (frozen values, safe to share). A few letters' worth per process.
@lru_cache(maxsize=256)
def _text_checks(body: str, facts: LetterFacts) -> tuple[Check, ...]:
    text = _read(body)
    return tuple(check(text, facts) for check in _TEXT_CHECKS)


@lru_cache(maxsize=64)
def _read(body: str) -> LetterText:
    return read_letter(body)


# --- prompt ---------------------------------------------------------------------------------


def _check_prompt(text: LetterText, facts: LetterFacts, today: date | datetime) -> Check:
    interview, sent_at = facts.interview_at, facts.sent_at
    if interview is None:
        if sent_at:
            return Check("prompt", True, "Sent — thank you for letting them know.")
        note = "No interview date is set, so there is no deadline; sending it soon is still kind."
        return Check("prompt", True, note)
    reference = _local(sent_at, today) if sent_at else today
    gap = _interview_gap(interview, reference)
    if gap == "passed":
        return _late_notice(text, already_sent=sent_at is not None)
    if sent_at:
        return Check(
            "prompt", True, "You sent this before the interview — thank you for the notice."
        )
    if gap == "ahead":
        note = f"Your interview is on {day_name(_as_date(interview))}; sending now gives them time."
        return Check("prompt", True, note)
    if _as_date(interview) == _as_date(reference):
        return Check("prompt", False, "Your interview is today — send this as soon as you can.")
    return Check("prompt", False, "Your interview is in less than two days — send this today.")


def _interview_gap(interview: date | datetime, reference: date | datetime) -> str:
    """'ahead' (more than 48 hours or two days), 'close', or 'passed'."""
    if _is_aware(reference) and not isinstance(interview, datetime):
        # Same assumption as the nudges, so the review and the dashboard never disagree.
        interview = datetime.combine(interview, DATE_ONLY_INTERVIEW_TIME, reference.tzinfo)
    # Two moments, both aware or both naive: compare the hours between them.
    if (
        isinstance(interview, datetime)
        and isinstance(reference, datetime)
        and _is_aware(interview) == _is_aware(reference)
    ):
        hours = (interview - reference).total_seconds() / 3600
        if hours <= 0:
            return "passed"
        return "ahead" if hours > 48 else "close"
    # A date on either side: compare calendar days, the only thing both sides know.
    days = (_as_date(interview) - _as_date(reference)).days
    if days < 0:
        return "passed"
    return "ahead" if days > 2 else "close"


def _is_aware(value: date | datetime) -> TypeGuard[datetime]:
    """True for a datetime that carries a time zone; mypy then knows `value` is a datetime."""
    return isinstance(value, datetime) and value.tzinfo is not None


def _late_notice(text: LetterText, *, already_sent: bool) -> Check:
    if first_match(text.folded, APOLOGY_PHRASES):
        note = "Your interview has passed, and your letter apologises for the late notice — good."
        return Check("prompt", True, note)
    if already_sent:
        note = "This went out after the interview; when you follow up, a word of apology is kind."
        return Check("prompt", False, note)
    note = (
        "Your interview date has passed. Add a short apology for the late notice, e.g. "
        '"I\'m sorry this reaches you after the time we had set."'
    )
    return Check("prompt", False, note)


# --- personal -------------------------------------------------------------------------------


def _check_personal(text: LetterText, facts: LetterFacts) -> Check:
    problems = []
    placeholder = _find_placeholder(text.raw, facts)
    if placeholder:
        problems.append(f'Fill in the placeholder "{placeholder}" before sending.')
    # "Park, Helen", "helen.park@acme.com" and "Hiring Manager" read as the letters read them.
    recipient = person_name(facts.recipient_name)
    name = "" if recipient.generic else recipient.full
    parts = _name_parts(name)
    # The names the letters greet them by count too ("Bob" for Robert (Bob) Smith, "Dr Raman"),
    # and so does a greeting the user chose ("Hi María José", "Dear Mari").
    chosen = greeting_for(facts) if facts.greeting.strip() else None
    greeted_as = [recipient.short, recipient.formal, chosen.name if chosen else ""]
    if parts:
        called = recipient.short or _called(name)
        generic = first_match(text.folded, GENERIC_GREETINGS)
        greets = _greets(text.greeting, parts) or any(
            contains(text.greeting, fold(known)) for known in greeted_as if known
        )
        if generic:
            problems.append(f'Swap "{generic}" for {called}\'s name, e.g. "Dear {called},".')
        elif not greets:
            problems.append(f"Your greeting doesn't use {called}'s name — try \"Dear {called},\".")
    if problems:
        return Check("personal", False, " ".join(problems))
    if not parts:
        note = "If you know who you're writing to, greet them by name."
        return Check("personal", True, note, "suggestion")
    return Check("personal", True, f"You greet {_greeted(text.greeting_line) or called} by name.")


def _greeted(line: str) -> str:
    """How the greeting line names them, as written: "Dear Dr. Raman," -> "Dr. Raman"."""
    line = re.sub(GREETING_OPENING, "", line.strip(), flags=re.IGNORECASE)
    name = re.split(r"[,;:!?\u2014\u2013]|\s-\s", line)[0].strip(" .")
    words = WORD.findall(name)
    return name if 0 < len(words) <= 5 else ""


_PLACEHOLDERS = tuple(re.compile(letters_first(pattern)) for pattern in PLACEHOLDER_PATTERNS)


@lru_cache(maxsize=64)
def _has_placeholder(raw: str) -> bool:
    """Whether the text has a placeholder at all (most have none). Asked by personal and
    positive alike, so the patterns are searched for once a text; one by one, since most open
    with a plain character and are found or ruled out far sooner than a regex of them all."""
    return any(pattern.search(raw) for pattern in _PLACEHOLDERS)


def _find_placeholder(raw: str, facts: LetterFacts) -> str | None:
    if not _has_placeholder(raw):
        return None
    # A bracket that is part of a real company or name is not a leftover.
    known = fold(" ".join(_fact_strings(facts)))
    for pattern in _PLACEHOLDERS:
        for match in pattern.finditer(raw):
            found = match.group(0)
            needs_letter = found[0] in "[<"
            if needs_letter and not any(c.isalpha() for c in found):
                continue
            if fold(found) not in known:
                return found
    return None


def _name_parts(name: str) -> list[str]:
    """The words of a person's name, titles dropped (unless the title is all there is)."""
    words = WORD.findall(straighten(name))
    kept = [word for word in words if fold(word) not in HONORIFICS]
    return kept or words


def _called(name: str) -> str:
    """How a note names the recipient: the first name, or "Ms Park" when that is all we have."""
    words = WORD.findall(straighten(name))
    kept = _name_parts(name)
    return " ".join(words) if len(kept) == 1 and len(words) > 1 else kept[0]


def _greets(greeting: str, parts: list[str]) -> bool:
    candidates = {" ".join(parts), parts[0], parts[-1]}
    return any(contains(greeting, fold(candidate)) for candidate in candidates)


def _fact_strings(facts: LetterFacts) -> list[str]:
    fields = (facts.recipient_name, facts.sender_name, facts.company, facts.role)
    values = (*fields, facts.referral_name, facts.future_interest)
    return [value for value in values if value.strip()]


# --- grateful -------------------------------------------------------------------------------


def _check_grateful(text: LetterText, facts: LetterFacts) -> Check:
    folded = text.folded
    for pattern in _NOT_GRATITUDE:
        folded = pattern.sub(" ", folded)
    if first_match(folded, GRATITUDE_WORDS):
        return Check("grateful", True, "You thank them for their time.")
    team = f"the {facts.company} team" if facts.company.strip() else "the team"
    note = (
        f'Add a line of thanks, e.g. "Thank you for the time you and {team} gave my application."'
    )
    return Check("grateful", False, note)


_NOT_GRATITUDE = tuple(re.compile(letters_first(pattern)) for pattern in NOT_GRATITUDE_PATTERNS)


# --- reason ---------------------------------------------------------------------------------


def _check_reason(text: LetterText, facts: LetterFacts) -> Check:
    at = _decision_at(text.sentences, facts)
    if at is None:
        note = (
            "Say clearly that you are withdrawing from the process, "
            'e.g. "I\'d like to withdraw my application."'
        )
        return Check("reason", False, note)
    # The user's own words, as the letters use them ("n/a" or a question gives no reason).
    detail = fold(usable_reason_detail(facts))
    detail_given = _gives_detail(text.folded, detail)
    # With no reason picked and no words of their own, a calm general line is all we can ask for.
    why_expected = facts.reason not in REASONS_WITHOUT_WHY or bool(detail)
    if why_expected and not (detail_given or _why_near(text.sentences, at)):
        example = REASON_EXAMPLES.get(facts.reason, REASON_EXAMPLES["other"])
        return Check("reason", False, f'Add a short, honest why, such as "{example}."')
    checked = _reason_length(text, detail if detail_given else "", at)
    if checked.ok and not why_expected:
        return Check("reason", True, "You say clearly that you're stepping back; that is enough.")
    return checked


def _gives_detail(folded: str, detail: str) -> bool:
    """Whether the letter carries the user's reason_detail, in their words or nearly.

    A composed letter may frame the words ("It comes down to the salary") or, in formal, spell
    out "it's"; most of the detail's longer words must still be there.
    """
    if not detail:
        return False
    if contains(folded, detail):
        return True
    words = {word for word in WORD.findall(detail) if len(word) > 3 and "'" not in word}
    found = [word for word in words if contains(folded, word)]
    return bool(words) and len(found) >= DETAIL_WORDS_SHARE * len(words)


def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex that matches where any of the patterns does. Those that open with \b share it,
    so that inside a word (most places) a single test rules them all out."""
    at_word = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    others = [p for p in patterns if not p.startswith(r"\b")]
    branches = [r"\b(?:" + "|".join(f"(?:{p})" for p in at_word) + ")"] if at_word else []
    return re.compile(letters_first("|".join([*branches, *(f"(?:{p})" for p in others)])))


# Any of the decision patterns, in one regex: one search a sentence.
_DECISION = _any_of((*DECISION_PATTERNS, *DECISIONS_WITH_WHY))
_DECISIONS = tuple(re.compile(letters_first(pattern)) for pattern in DECISION_PATTERNS)


def _decision_at(sentences: tuple[str, ...], facts: LetterFacts) -> int | None:
    for index, sentence in enumerate(sentences):
        # A company called "Decline" or a role called "Step Back" decides nothing.
        if _DECISION.search(_without_facts(sentence, facts)):
            return index
    return None


def _why_near(sentences: tuple[str, ...], at: int) -> bool:
    # A why may come just before the decision ("I've accepted an offer. So I must withdraw.").
    # The decision's own words are no why: "I'm not moving forward" has "moving" in it.
    nearby = [*sentences[max(at - 1, 0) : at], _without_decision(sentences[at])]
    return any(first_match(s, REASON_MARKERS) for s in [*nearby, *sentences[at + 1 : at + 2]])


def _without_decision(sentence: str) -> str:
    for pattern in _DECISIONS:
        sentence = pattern.sub(" ", sentence)
    return sentence


def _reason_length(text: LetterText, detail: str, at: int) -> Check:
    detail_sentences = len([s for s in SENTENCE_END.split(detail) if s.strip()])
    passage = _reason_passage(text, at)
    longest = max(word_count(detail), word_count(passage))
    if longest > MAX_REASON_WORDS:
        note = f"Your reason runs to {longest} words; one or two short sentences are enough."
        return Check("reason", False, note)
    if detail_sentences > MAX_REASON_SENTENCES:
        note = (
            f"Your reason runs to {detail_sentences} sentences; one or two short ones are enough."
        )
        return Check("reason", False, note)
    words = word_count(text.raw)
    if words > MAX_LETTER_WORDS:
        note = f"Your letter is {words} words; under {MAX_LETTER_WORDS} reads better."
        return Check("reason", False, note)
    return Check("reason", True, "You say clearly that you're stepping back, and briefly why.")


def _reason_passage(text: LetterText, at: int) -> str:
    """The decision sentence and the why after it: the rest of its paragraph, up to a sentence
    about something else (thanks, an offer, the open door, promptness)."""
    passage = [text.sentences[at]]
    for index in range(at + 1, len(text.sentences)):
        sentence = text.sentences[index]
        if text.paragraphs[index] != text.paragraphs[at] or _is_other_business(sentence):
            break
        passage.append(sentence)
    return " ".join(passage)


def _is_other_business(sentence: str) -> bool:
    lists = (REASON_PASSAGE_STOPS, GRATITUDE_WORDS, OPEN_DOOR_PHRASES, FEEDBACK_WORDS)
    return any(first_match(sentence, words) for words in lists) or _opens_door(sentence)


# --- positive -------------------------------------------------------------------------------

_TONE_ADVICE = (
    (NEGATIVE_WORDS, "'{}' sounds negative; leave it out, or say what you valued instead."),
    (
        DISAPPOINTMENT_PHRASES,
        "'{}' expresses disappointment; try thanking them for the chance instead.",
    ),
    (
        BLAME_PHRASES,
        "'{}' can read as blame; talk about your own decision rather than their actions.",
    ),
    (
        INFORMAL_WORDS,
        "'{}' is very casual for a letter like this; it reads just as well without it.",
    ),
)
# The same words in the user's own reason: a kind nudge towards what the reason means for them.
_OWN_WORDS_ADVICE = (
    "Your reason says '{found}', which can sound {how} to the reader. Try saying what it means "
    'for you instead, e.g. "{example}."'
)
_HOW_IT_SOUNDS = {0: "negative", 1: "disappointed", 2: "like blame"}
_INFORMAL = 3  # INFORMAL_WORDS' place in _TONE_ADVICE
_CASUAL_OWN_WORDS = (
    "Your reason says '{found}', which reads as a note to a friend; the rest of your words say "
    "it well without it."
)


def _check_positive(text: LetterText, facts: LetterFacts) -> Check:
    scanned = _without_facts(_without_polite_formulas(text.folded), facts)
    # Blanking takes words away and adds none: the letter's words hold all of scanned's.
    words = words_in(text.folded)
    own = fold(usable_reason_detail(facts))
    for index, (phrases, advice) in enumerate(_TONE_ADVICE):
        found = first_match(scanned, phrases, words)
        if found:
            if contains(own, fold(found)) and contains(text.folded, own):
                return Check("positive", False, _own_words_advice(found, index, facts))
            return Check("positive", False, advice.format(found))
    blame = _find_blame(scanned, words)
    if blame:
        return Check("positive", False, _BLAME_ADVICE.format(blame))
    # A leftover "FIRSTNAME" is reported under "personal", not as shouting.
    unfilled = text.raw
    if _has_placeholder(unfilled):
        for pattern in _PLACEHOLDERS:
            unfilled = pattern.sub(" ", unfilled)
    shout = _find_shouting(unfilled, facts)
    if shout:
        return Check(
            "positive", False, f'"{shout}" reads as shouting; ordinary capitals are calmer.'
        )
    if "!!" in text.raw:
        return Check(
            "positive", False, "Two exclamation marks in a row can read as shouting; one is plenty."
        )
    return Check("positive", True, "The wording is kind and positive.")


def _own_words_advice(found: str, index: int, facts: LetterFacts) -> str:
    """A note on a word from the user's own reason, kind about it, with what to say instead."""
    if index == _INFORMAL:
        return _CASUAL_OWN_WORDS.format(found=found)
    reason = facts.reason if facts.reason not in REASONS_WITHOUT_WHY else "other"
    example = REASON_EXAMPLES.get(reason, REASON_EXAMPLES["other"])
    how = _HOW_IT_SOUNDS[index]
    return _OWN_WORDS_ADVICE.format(found=found, how=how, example=example[0].upper() + example[1:])


_BLAME_ADVICE = "'{}' can read as blame; talk about your own decision rather than their actions."
_BLAME = re.compile(
    r"(?<!\w)(?:{leads})(?:\s+\w+){{0,2}}?\s+(?:{verbs})(?!\w)".format(
        leads="|".join(r"\s+".join(map(re.escape, lead.split())) for lead in BLAME_LEADS),
        verbs="|".join(r"\s+".join(map(re.escape, verb.split())) for verb in BLAME_VERBS),
    )
)


def _find_blame(scanned: str, words: frozenset[str]) -> str | None:
    """The blaming words ("you never replied"), spaced as usual. Each opens with one of
    BLAME_LEADS: most letters have none, which their words tell far sooner than _BLAME, whose
    lookbehind makes it try every character."""
    if first_match(scanned, BLAME_LEADS, words) is None:
        return None
    blame = _BLAME.search(scanned)
    return " ".join(blame.group(0).split()) if blame else None


def _without_polite_formulas(folded: str) -> str:
    return without_phrases(folded, POLITE_FORMULAS)


def _without_facts(folded: str, facts: LetterFacts) -> str:
    # A company called "Bad Robot" or a recipient called Joke (a Dutch name) is not negativity.
    return without_phrases(folded, _fact_parts(tuple(_fact_strings(facts))))


@lru_cache(maxsize=256)
def _fact_parts(values: tuple[str, ...]) -> tuple[str, ...]:
    """Each fact as a whole, then each of its words, in the order they are blanked out."""
    return tuple(part for value in values for part in (value, *WORD.findall(value)))


def _find_shouting(raw: str, facts: LetterFacts) -> str | None:
    if raw.isascii() and not _TWO_CAPITALS.search(raw):
        return None  # most letters: no word has two capitals and no small letter, so none shouts
    known = _known_capitals(tuple(_fact_strings(facts)))
    run: list[str] = []
    for token in raw.split():
        if token.islower():  # not a capital in it: it cannot shout (and rarely ends a run)
            if run and len(_letters(token)) >= 2:
                run = []
            continue
        letters = _letters(token)
        if len(letters) < 2:
            continue  # "I", "A", "&" and numbers neither shout nor break a run
        if letters.isupper() and letters not in known:
            run.append(token)
            if _is_shouting(run):
                return " ".join(run).strip(".,;:!?\"'()")
        else:
            run = []
    return None


# A word that shouts has two capitals or more and no small letter; in ASCII text, that means two
# capitals with no space or small letter between them. (Other scripts go word by word.)
_TWO_CAPITALS = re.compile(r"[A-Z][^\sa-z]*[A-Z]")


@lru_cache(maxsize=256)
def _known_capitals(values: tuple[str, ...]) -> frozenset[str]:
    """The facts' words in capitals: "IBM" or "ACME CORP" in the letter is a name, not shouting."""
    return frozenset(_letters(word).upper() for value in values for word in value.split())


def _is_shouting(run: list[str]) -> bool:
    lengths = [len(_letters(token)) for token in run]
    if len(run) >= SHOUT_RUN_WORDS or lengths[-1] >= SHOUT_WORD_LETTERS:
        return True
    return len(run) >= 2 and min(lengths[-2:]) >= SHOUT_PAIR_LETTERS


def _letters(token: str) -> str:
    # Most words are letters, perhaps with punctuation around them: nothing else to drop.
    core = token.strip(_PUNCTUATION)
    if core.isalpha():
        return core
    return "".join(c for c in token if c.isalpha())


_PUNCTUATION = ".,;:!?\"'()[]{}-"


# --- helpful --------------------------------------------------------------------------------


def _check_helpful(text: LetterText, facts: LetterFacts) -> Check:
    # "Ortiz, Daniel" is Daniel Ortiz; "none" or "n/a" is nobody.
    referral = person_name(facts.referral_name).full
    missing = []
    if referral and not _mentions_person(text.folded, referral):
        missing.append(f"You offered to recommend {referral}, but the letter doesn't mention them.")
    if facts.offer_feedback and not first_match(text.folded, FEEDBACK_WORDS):
        missing.append(
            "You offered feedback, but the letter doesn't say so; add a line offering it."
        )
    if missing:
        return Check("helpful", False, " ".join(missing))
    if not (referral or facts.offer_feedback or facts.keep_in_touch):
        note = "If you know someone who would suit the role, offering to recommend them is kind."
        return Check("helpful", True, note, "suggestion")
    if not (referral or facts.offer_feedback):
        note = (
            "You offer to stay in touch. If you know someone who would suit the role, "
            "offering to recommend them is kind too."
        )
        return Check("helpful", True, note, "suggestion")
    return Check("helpful", True, "You offer to help — a generous touch.")


def _mentions_person(folded: str, name: str) -> bool:
    parts = _name_parts(name)
    if contains(folded, fold(" ".join(parts))):
        return True
    return len(parts) > 1 and contains(folded, fold(parts[0])) and contains(folded, fold(parts[-1]))


# --- open door ------------------------------------------------------------------------------


def _check_open_door(text: LetterText, facts: LetterFacts) -> Check:
    # As the letters word it: "I'd love to hear about roles in Lisbon" is "roles in Lisbon".
    interest = interest_phrase(facts.future_interest)
    names_interest = contains(text.folded, fold(interest))
    folded = text.folded
    for pattern in _FAREWELLS:
        folded = pattern.sub(" ", folded)
    door_open = first_match(folded, OPEN_DOOR_PHRASES) or _opens_door(folded)
    if not (door_open or names_interest):
        company = facts.company.strip()
        about = interest or (f"future roles at {company}" if company else "future roles")
        note = (
            f'Add a line that leaves the door open, such as "I\'d be glad to hear about {about}."'
        )
        return Check("open_door", False, note)
    if interest and not names_interest:
        note = f"The door is open; you could also mention your interest in {interest}."
        return Check("open_door", True, note, "suggestion")
    return Check("open_door", True, "You leave the door open for the future.")


_FAREWELLS = tuple(re.compile(letters_first(pattern)) for pattern in FAREWELL_PATTERNS)
_OPEN_DOOR = re.compile(letters_first("|".join(f"(?:{pattern})" for pattern in OPEN_DOOR_PATTERNS)))


def _opens_door(folded: str) -> bool:
    return _OPEN_DOOR.search(folded) is not None


# --- follow up ------------------------------------------------------------------------------


def _check_follow_up(text: LetterText, facts: LetterFacts, today: date | datetime) -> Check:
    days = facts.follow_up_days
    if facts.sent_at is None:
        note = (
            f"Once you mark it sent, Politely will remind you to follow up after "
            f"{_business_days(days)} if they haven't replied."
        )
        return Check("follow_up", True, note, "suggestion")
    if facts.acknowledged_at:
        return Check("follow_up", True, "They confirmed, nothing more to do.")
    if facts.followed_up_at:
        return Check("follow_up", True, "You followed up — nothing more to do unless they reply.")
    sent = _local(facts.sent_at, today)
    due = add_business_days(sent.date(), days)
    # With a clock, the reminder is due at the hour it was sent, as in declines.nudges.
    moment: date  # a datetime on both sides, or a date on both sides
    due_at: date
    if _is_aware(today) and _is_aware(sent):
        moment, due_at = today, datetime.combine(due, sent.timetz())
    else:
        moment, due_at = _as_date(today), due
    if moment < due_at:
        note = f"Politely will remind you on {day_name(due)} if they haven't replied."
        return Check("follow_up", True, note)
    waited = business_days_between(add_business_days(sent.date(), 0), _as_date(today))
    note = f"It's been {_business_days(waited)} — a short follow-up is due."
    return Check("follow_up", False, note)


def _business_days(count: int) -> str:
    return f"{count} business day" if count == 1 else f"{count} business days"


# --- time helpers ---------------------------------------------------------------------------


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _local(moment: datetime, today: date | datetime) -> datetime:
    """`moment` in today's time zone when today carries one, so dates fall on the user's day."""
    if isinstance(today, datetime) and today.tzinfo and moment.tzinfo:
        return moment.astimezone(today.tzinfo)
    return moment


# Between prompt and follow_up, which are judged from time and state, in GUIDELINES order.
_TEXT_CHECKS = (
    _check_personal,
    _check_grateful,
    _check_reason,
    _check_positive,
    _check_helpful,
    _check_open_door,
)
