"""Names as people type them, made fit for a greeting: "Park, Helen", "helen.park@acme.com",
"Dr. Helen Park (she/her)" or "Hiring Manager" become a `PersonName`.

The letters and the review both read names through `person_name`, so they always agree on who is
being greeted. The name itself is parsed by `nameparser` (a pure library): titles, suffixes,
particles ("van der Berg") and "Last, First" each land in their place. No Django import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser import parse

from declines.core.letters.tidy import capital_first, clean_fact
from declines.core.text import fold_simple, one_line


@dataclass(frozen=True)
class PersonName:
    """A name as typed, made fit for a greeting. The review uses it too, so both agree."""

    full: str  # "Dr Priya Raman" (from "Raman, Priya", "dr priya raman phd" or an address)
    short: str  # how a warm or brief greeting names them: "Priya", "Bob", "Ms Park", "Sir David"
    formal: str = ""  # how a formal greeting names them: "Dr Raman", "Sir David", "Helen Park"
    generic: bool = False  # "Hiring Manager", "the Acme team": a role or a team, not a person
    # "Sir David" and "Lord Sugar" are greeted "Dear ...", never "Hi ..."; so is a role.
    dear_only: bool = False


# Titles that go with the first name ("Sir David", "Dame Judi"), and titles after which a
# greeting never says "Hi" ("Hi Sir David" and "Hi Lord Sugar" read as a joke).
_TITLES_WITH_FIRST_NAME = frozenset(("sir", "dame"))
_DEAR_ONLY_TITLES = frozenset(
    ("sir", "dame", "lord", "lady", "baroness", "baron", "rt hon", "hon", "the hon")
)
# Suffixes kept in a name ("John Smith Jr."); any other suffix is a credential ("PhD", "MBA")
# and is left out of a greeting.
_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "v"))
# Lower-case inside a name ("Ludwig van Beethoven", "Aisha bin Laden"): not a careless capital.
_NAME_PARTICLES = frozenset(
    (
        *("van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le"),
        *("dos", "das", "bin", "binti", "bint", "ibn", "al", "el", "ter", "ten", "zu", "y"),
    )
)
# Greetings typed into the name field: "Dear Helen" is greeted as Helen.
_GREETING_WORDS = re.compile(r"^(?:dear|hi|hello)(?:\s*,\s*|\s+)(?=\w)", re.IGNORECASE)
# A job or a team rather than a person: greeted as one ("Dear Hiring Manager,"), never by a
# "first name" ("Hi Hiring,"). A name with one of these words in it is a team or a job.
_TEAM_WORDS = frozenset(
    (
        *("team", "teams", "hiring", "recruitment", "recruiting", "recruiter", "recruiters"),
        *("talent", "hr", "department", "dept", "committee", "panel", "acquisition", "careers"),
        *("admissions", "staffing", "resourcing", "crew", "everyone", "colleagues"),
    )
)
# ... and a name that ends with one of these is a job ("Engineering Manager", "Talent Partner").
_JOB_WORDS = frozenset(
    (
        *("manager", "partner", "coordinator", "co-ordinator", "sourcer", "officer", "director"),
        *("specialist", "advisor", "adviser", "consultant", "executive", "lead", "recruiter"),
        *("generalist", "administrator", "assistant", "president", "founder", "ceo", "cto"),
    )
)
# Whole phrases that name nobody in particular.
_NOBODY_IN_PARTICULAR = frozenset(
    (
        *("sir or madam", "sir/madam", "madam or sir", "madam/sir", "sir / madam"),
        *("to whom it may concern", "whom it may concern", "human resources", "people ops"),
        *("people operations", "people team", "head of people", "head of talent"),
    )
)
# A department named alone is greeted as its team: "Recruitment" -> "Recruitment Team".
_DEPARTMENTS = frozenset(
    (
        *("recruitment", "recruiting", "talent", "talent acquisition", "hr", "human resources"),
        *("people", "people ops", "people operations", "careers", "hiring", "resourcing"),
    )
)
# How a generic recipient is written in a greeting, where plain capitals won't do.
_GENERIC_SPELLINGS = {
    "hr": "HR Team",
    "hr team": "HR Team",
    "sir or madam": "Sir or Madam",
    "sir/madam": "Sir or Madam",
    "sir / madam": "Sir or Madam",
    "madam or sir": "Madam or Sir",
    "madam/sir": "Madam or Sir",
    "whom it may concern": "To whom it may concern",
    "to whom it may concern": "To whom it may concern",
}
# Small words a team's name keeps in lower case: "Head of Talent", "Hiring Team at Acme".
_SMALL_WORDS = frozenset(("of", "at", "and", "for", "the", "in", "to", "&"))
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


# Pronouns and job titles in brackets or quotes are not a nickname: "(she/her)", "[Recruiter]".
_NOT_NICKNAMES = frozenset(
    ("she", "her", "he", "him", "they", "them", "hers", "his", "theirs", "xe", "ze", "any")
)


@lru_cache(maxsize=4096)
def person_name(text: str | None) -> PersonName:
    """A name fit for a greeting, from what was typed in a name field.

    "Park, Helen" -> Helen Park; "helen.park@acme.com" -> Helen Park; "helen PARK" -> Helen Park;
    "Helen Park (she/her)" -> Helen Park; "Dear Helen" -> Helen; "Dr Priya Raman PhD" is greeted
    "Dr Raman" formally and "Priya" otherwise; "Hiring Team at Acme" is a team, not a person.
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
    nickname = _nickname(name)
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", name)  # "(she/her)", "[Recruiter]", "(Bob)"
    name = re.sub(r"\s*[\"\u201c][^\"\u201d]*[\"\u201d]", "", name)  # 'Robert "Bob" Smith'
    name = re.split(r"\s+[-\u2013\u2014|]\s+", name)[0]  # "Helen Park - Talent Partner"
    name = _GREETING_WORDS.sub("", name).strip(" ,;:")
    if fold_simple(name).strip(".!?") in _NO_NAMES:
        return PersonName(full="", short="")
    generic = _generic(name)
    if generic:
        return PersonName(full=generic, short=generic, formal=generic, generic=True, dear_only=True)
    return _person(name, nickname)


def plain_name(text: str | None) -> str:
    """A referral's or the sender's name: tidied like the recipient's; never a greeting's title."""
    name = person_name(text)
    return _name_case(clean_fact(text)) if name.generic else name.full


def _nickname(name: str) -> str:
    """'Robert "Bob" Smith' or "Robert (Bob) Smith": the name they go by."""
    found = re.search(r"[(\"\u201c]([^()\"\u201c\u201d]+)[)\"\u201d]", name)
    word = found.group(1).strip() if found else ""
    if " " in word or not word.isalpha() or fold_simple(word) in _NOT_NICKNAMES:
        return ""
    return _name_case(word)


def _generic(name: str) -> str:
    """A team or a job, as a greeting names it ("Hiring Team", "Acme Hiring Team"), or ""."""
    folded = fold_simple(name).strip(".")
    folded = folded[4:] if folded.startswith("the ") else folded
    if folded in _GENERIC_SPELLINGS:
        return _GENERIC_SPELLINGS[folded]
    words = re.findall(r"[\w&'-]+", folded)
    if not words:
        return ""
    teamish = any(word in _TEAM_WORDS for word in words)
    if not (teamish or folded in _NOBODY_IN_PARTICULAR or words[-1] in _JOB_WORDS):
        return ""
    text = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    # "Hiring Team at Acme" -> "Acme Hiring Team"; "Talent Partner at Acme" -> "Talent Partner".
    head, _, place = [*re.split(r"\s+(at|@)\s+", text, maxsplit=1), "", ""][:3]
    if place and fold_simple(head).split()[-1] in ("team", "teams"):
        text = f"{place} {head}"
    elif place:
        text = head
    if fold_simple(text) in _DEPARTMENTS:
        text = f"{text} Team"
    return _generic_title(text)


def _generic_title(name: str) -> str:
    """ "hiring manager" -> "Hiring Manager"; "HR team" and "Acme team" keep their capitals."""
    words = name.split()
    if name != name.lower() and name != name.upper():
        return " ".join(word if index else capital_first(word) for index, word in enumerate(words))
    fixed = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index and lower in _SMALL_WORDS:
            fixed.append(lower)
        elif lower in ("hr", "ceo", "cto", "ux", "it"):
            fixed.append(word.upper())
        else:
            fixed.append(capital_first(lower))
    return " ".join(fixed)


def _person(name: str, nickname: str) -> PersonName:
    """A person's name, parsed: title, given name, family name and suffixes each in their place."""
    family_first = _family_first(name)
    if family_first:
        return family_first
    parsed = parse(_name_case(name, force=_needs_case(name)))
    title = _capital(parsed.title)
    given = " ".join(parsed.given.split())
    middle = " ".join(parsed.middle.split())
    family = " ".join(parsed.family.split())
    suffixes = [s for s in re.split(r"[,\s]+", parsed.suffix) if s]
    kept = [s for s in suffixes if s.lower().rstrip(".") in _NAME_SUFFIXES]
    if not (given or family):
        # "Prince", "Chief": a word the parser took for a title is all there is of the name.
        whole = _name_case(one_line(name.rstrip(",")))
        return PersonName(full=whole, short=whole, formal=whole)
    full = " ".join(part for part in (title, given, middle, family, *kept) if part)
    plain = " ".join(part for part in (given, middle, family, *kept) if part)
    key = fold_simple(title).replace(".", "")
    dear_only = key in _DEAR_ONLY_TITLES
    if key in _TITLES_WITH_FIRST_NAME and given:
        formal = short = f"{title} {given}"
    elif title:
        formal = f"{title} {family or given}"
        short = nickname or given or formal
        dear_only = dear_only and short == formal
    else:
        formal = plain
        short = nickname or given or family
    return PersonName(full=full, short=short, formal=formal, dear_only=dear_only)


# Middle names that mark a Vietnamese name, written family name first ("Nguyễn Văn An").
_VIETNAMESE_MIDDLES = frozenset(("thị", "văn"))


def _family_first(name: str) -> PersonName | None:
    """ "WANG Wei", "TANAKA Hiroshi", "Nguyễn Thị Lan": the family name first, as many write it
    (in capitals, or with a Vietnamese middle name)."""
    words = name.split()
    if len(words) < 2 or "," in name:
        return None
    if len(words) >= 3 and words[1].lower() in _VIETNAMESE_MIDDLES:
        # "Nguyễn Thị Lan": the family name first and the given name last.
        full = _name_case(name)
        return PersonName(full=full, short=full.split()[-1], formal=full)
    letters = [re.sub(r"[^\w]", "", word) for word in words]
    first_caps = len(letters[0]) >= 3 and letters[0].isupper() and letters[0].isalpha()
    if not first_caps or any(word.isupper() for word in letters[1:]):
        return None
    family = _name_case(words[0])
    given = " ".join(_name_case(word) if word.islower() else word for word in words[1:])
    full = f"{family} {given}"
    return PersonName(full=full, short=given, formal=full)


def _needs_case(name: str) -> bool:
    """Whether the capitals were typed carelessly: all lower case, all capitals, or a word of
    either among proper ones ("helen PARK"). "Jean-Luc d'Arc" and "AJ Smith" are left alone."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return False
    if name == name.lower() or (name == name.upper() and len(letters) > 3):
        return True
    words = [re.sub(r"[^\w]", "", word) for word in name.split()]
    shouted = any(len(word) >= 3 and word.isupper() for word in words)
    lowered = any(
        word[:1].islower()
        and word.lower() not in _NAME_PARTICLES
        and not re.match(r"^\w{1,2}['\u2019]", word)  # "d'Arc", "al'Hassan"
        for word in name.split()
    )
    return shouted or lowered


def _capital(title: str) -> str:
    """ "dr" -> "Dr", "prof." -> "Prof."; "Prof. Dr." as typed."""
    return " ".join(capital_first(word) for word in title.split())


def _name_case(name: str, *, force: bool = False) -> str:
    """Capitalise a name typed all in lower case or all in capitals (or, with force, any name
    whose capitals were typed carelessly); keep any other case as typed. "mcdonald" -> "McDonald",
    "ludwig van beethoven" -> "Ludwig van Beethoven", "o'neil" -> "O'Neil"."""
    letters = [ch for ch in name if ch.isalpha()]
    careless = name == name.lower() or (name == name.upper() and len(letters) > 3)
    if not letters or not (careless or force):
        return name
    words = []
    for index, word in enumerate(name.split()):
        lower = word.lower()
        if index and lower in _NAME_PARTICLES:
            words.append(lower)
            continue
        if not force or word.islower() or (word.isupper() and len(word) >= 3):
            word = re.sub(
                r"(^|[-'\u2019])(\w)", lambda m: m.group(1) + capital_first(m.group(2)), lower
            )
            if re.match(r"Mc\w{2}", word):
                word = word[:2] + capital_first(word[2]) + word[3:]
        words.append(word)
    return " ".join(words)
