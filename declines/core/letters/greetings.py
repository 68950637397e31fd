"""How a letter greets its reader: suggested from the name and the tone, or as the user chose.

"Dr Priya Raman PhD" is greeted "Dear Dr Raman" in a formal letter and "Hi Priya" in a warm or
brief one; "Sir David Attenborough" is "Dear Sir David" in every tone (never "Hi Sir David"); a team
or a role is greeted as one ("Dear Hiring Manager"). When the user writes their own greeting
("Hi María José"), every text uses it. Pure Python, no Django import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from declines.core.letters.facts import LetterFacts
from declines.core.letters.names import person_name
from declines.core.letters.tidy import capital_first, clean_fact
from declines.core.text import fold_simple

# The word each tone greets with; a formal letter, a title such as "Sir" and a team take "Dear".
SALUTATIONS = {"formal": "Dear", "warm": "Hi", "brief": "Hi"}
NO_NAME_GREETING = "Hello"
# How a greeting the user typed may open; the rest is the name it greets.
_OPENING = re.compile(
    r"^(?P<hello>dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day))"
    r"\b[\s,]*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Greeting:
    """A letter's greeting: the line without its comma, and the name in it."""

    line: str  # "Dear Dr Raman", "Hi Priya", "Hello", "To whom it may concern"
    name: str  # whom it names: "Dr Raman", "Priya"; "" when it names nobody
    generic: bool = False  # a team or a role ("Hiring Manager"), not a person's name
    # Never greeted with "Hi", spoken or written: "Sir David", "Lord Sugar", a team.
    respectful: bool = False


def suggested_greeting(facts: LetterFacts) -> str:
    """The greeting Politely suggests for these facts, without its comma: "Dear Dr Raman"."""
    return _suggested(facts).line


def greeting_for(facts: LetterFacts) -> Greeting:
    """The greeting every text uses: the user's own when they wrote one, else the suggestion."""
    typed = clean_fact(facts.greeting).rstrip(",;:.!? ")
    if not typed or not any(ch.isalpha() for ch in typed):
        return _suggested(facts)
    if fold_simple(typed).startswith(("to whom", "whom it")):
        return Greeting(line=capital_first(typed), name="", generic=True)
    opening = _OPENING.match(typed)
    name = typed[opening.end() :].strip(" ,") if opening else typed
    named = person_name(name) if name else None
    generic = bool(named and named.generic)
    respectful = bool(named and (named.generic or named.dear_only))
    if opening:
        hello = opening.group("hello")
        line = " ".join([capital_first(hello.lower()), name]).strip()
    else:
        line = f"{_salutation(facts, dear=respectful)} {name}"
    return Greeting(line=line, name=name, generic=generic, respectful=respectful)


def _suggested(facts: LetterFacts) -> Greeting:
    recipient = person_name(facts.recipient_name)
    if not recipient.full:
        return Greeting(line=NO_NAME_GREETING, name="")
    if recipient.full.startswith("To whom"):
        return Greeting(line=recipient.full, name="", generic=True)
    formal = SALUTATIONS.get(facts.tone) == "Dear"
    name = recipient.formal if formal or recipient.generic else recipient.short
    salutation = _salutation(facts, dear=recipient.dear_only)
    return Greeting(
        line=f"{salutation} {name}",
        name=name,
        generic=recipient.generic,
        respectful=recipient.dear_only,
    )


def _salutation(facts: LetterFacts, *, dear: bool) -> str:
    return "Dear" if dear else SALUTATIONS.get(facts.tone, SALUTATIONS["warm"])
