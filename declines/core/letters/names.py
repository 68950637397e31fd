"""Names as people type them, made fit for a greeting: "Park, Helen", "helen.park@acme.com",
"Dr. Helen Park (she/her)" or "Hiring Manager" become a `PersonName`.

The letters and the review both read names through `person_name`, so they always agree on who is
being greeted. Pure Python, no Django import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from declines.core.letters.tidy import clean_fact
from declines.core.text import fold_simple, one_line


@dataclass(frozen=True)
class PersonName:
    """A name as typed, made fit for a greeting. The review uses it too, so both agree."""

    full: str  # "Helen Park" (from "Park, Helen", "helen park" or "helen.park@acme.com")
    short: str  # how an informal greeting names them: "Helen", "Dr. Park", "Sir Elton"
    generic: bool = False  # "Hiring Manager", "Team": a role, not a person's name


# Titles people type before a name, and which part of the name goes with each in a greeting.
_TITLES_WITH_SURNAME = frozenset(
    ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev")
)
_TITLES_WITH_FIRST_NAME = frozenset(("sir", "dame"))
# After a comma: kept without the comma ("John Smith Jr."), or dropped from a greeting ("PhD").
_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
_CREDENTIALS = frozenset(
    ("phd", "md", "mba", "msc", "ma", "bsc", "ba", "esq", "cpa", "cfa", "pe", "rn", "frcs")
)
# Lower-case inside a name ("Ludwig van Beethoven") when we fix the case of a whole name.
_NAME_PARTICLES = frozenset(
    ("van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "dos", "das")
)
# Greetings typed into the name field: "Dear Helen" is greeted as Helen.
_GREETING_WORDS = re.compile(r"^(?:dear|hi|hello)(?:\s*,\s*|\s+)(?=\w)", re.IGNORECASE)
# A job or a team rather than a person: greeted as written ("Dear Hiring Manager,").
GENERIC_RECIPIENTS = (
    "hiring manager",
    "hiring team",
    "hiring committee",
    "search committee",
    "recruiter",
    "recruiters",
    "recruiting team",
    "recruitment team",
    "talent team",
    "talent acquisition",
    "talent acquisition team",
    "people team",
    "hr",
    "hr team",
    "human resources",
    "team",
    "sir or madam",
    "sir/madam",
    "madam or sir",
    "to whom it may concern",
    "whom it may concern",
)
# How a generic recipient is written in a greeting, where plain capitals won't do.
_GENERIC_SPELLINGS = {
    "hr": "HR",
    "hr team": "HR Team",
    "sir or madam": "Sir or Madam",
    "sir/madam": "Sir or Madam",
    "madam or sir": "Madam or Sir",
    "whom it may concern": "To whom it may concern",
    "to whom it may concern": "To whom it may concern",
}
# What people type when they have no name to give: no name at all (never "Dear None,").
_NO_NAMES = frozenset(
    (
        *("none", "n/a", "na", "null", "nil", "unknown", "no one", "nobody", "no", "-", "?"),
        *("tbc", "tbd", "not sure", "don't know", "dont know", "idk", "x", "xx", "xxx"),
    )
)
# Shared mailboxes: an address like careers@acme.com names nobody.
_MAILBOXES = frozenset(
    (
        *("careers", "career", "jobs", "job", "recruiting", "recruitment", "talent", "hiring"),
        *("info", "hello", "contact", "noreply", "no-reply", "apply", "applications", "admin"),
        *("office", "mail", "people", "team", "hr", "recruiter", "recruiters"),
    )
)


@lru_cache(maxsize=4096)
def person_name(text: str | None) -> PersonName:
    """A name fit for a greeting, from what was typed in a name field.

    "Park, Helen" -> Helen Park; "helen.park@acme.com" -> Helen Park; "helen park" -> Helen Park;
    "Helen Park (she/her)" -> Helen Park; "Dear Helen" -> Helen; "Hiring Manager" is generic.
    """
    name = clean_fact(text)
    email = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", name)
    if email:
        rest = one_line(name.replace(email.group(0), " ").strip(" <>()[],;:\"'"))
        if rest and any(ch.isalpha() for ch in rest):
            name = rest
        else:
            local = email.group(0).split("@")[0]
            name = " ".join(w for w in re.split(r"[._+\-\d]+", local) if w)
            if name.lower() in _MAILBOXES:
                return PersonName(full="", short="")
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", name)  # "(she/her)", "[Recruiter]"
    name = re.split(r"\s+[-\u2013\u2014|]\s+", name)[0]  # "Helen Park - Talent Partner"
    name = _GREETING_WORDS.sub("", name).strip(" ,;:")
    name = _name_order(name)
    if fold_simple(name).strip(".!?") in _NO_NAMES:
        return PersonName(full="", short="")
    name = _name_case(name)
    folded = fold_simple(name)
    folded = folded[4:] if folded.startswith("the ") else folded
    if folded in GENERIC_RECIPIENTS:
        title = _GENERIC_SPELLINGS.get(folded) or _generic_title(name)
        return PersonName(full=title, short=title, generic=True)
    return PersonName(full=name, short=_short_name(name))


def plain_name(text: str | None) -> str:
    """A referral's or the sender's name: tidied like the recipient's; never a greeting's title."""
    name = person_name(text)
    return _name_case(clean_fact(text)) if name.generic else name.full


def _name_order(name: str) -> str:
    """ "Park, Helen" -> "Helen Park"; "John Smith, Jr." -> "John Smith Jr."; "PhD" goes."""
    head, *tail = (part.strip() for part in name.split(","))
    kept: list[str] = []
    for part in tail:
        key = part.lower().replace(".", "")
        if key in _NAME_SUFFIXES:
            head = f"{head} {part}"
        elif key in _CREDENTIALS or not part:
            continue
        elif len(head.split()) == 1 and not kept and any(ch.isalpha() for ch in part):
            kept.append(part)  # "Park, Helen": surname first
    return one_line(" ".join([*kept, head]))


def _name_case(name: str) -> str:
    """Capitalise a name typed all in lower case or all in capitals; keep any other case as typed."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not (name == name.lower() or (name == name.upper() and len(letters) > 3)):
        return name
    words = []
    for index, word in enumerate(name.lower().split()):
        if index and word in _NAME_PARTICLES:
            words.append(word)
            continue
        word = re.sub(r"(^|[-'\u2019])(\w)", lambda m: m.group(1) + _upper(m.group(2)), word)
        if re.match(r"Mc\w{2}", word):
            word = word[:2] + word[2].upper() + word[3:]
        words.append(word)
    return " ".join(words)


def _upper(letter: str) -> str:
    """One capital for one letter; "ß" (no single capital) and "µ" (whose capital is Greek) stay."""
    upper = letter.upper()
    return upper if len(upper) == 1 and upper.lower() == letter else letter


def _generic_title(name: str) -> str:
    """ "hiring manager" -> "Hiring Manager"."""
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


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
