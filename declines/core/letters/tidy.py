"""Facts as people type them, made fit for a letter: one tidy line, no emoji, and the company,
the role and the future interest worded the way a letter needs them.

Names have their own module, `declines.core.letters.names`. Pure Python, no Django import.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from declines.core.text import fold_simple, one_line, straighten

# A role longer than this is cut to its title: what comes before its first comma.
LONG_ROLE = 60

# Job-board noise in a role's brackets: where and how the job is done, and on what contract.
_ROLE_NOISE_WORDS = frozenset(
    (
        *("remote", "hybrid", "onsite", "on-site", "in-office", "office-based", "wfh", "anywhere"),
        *("full-time", "part-time", "contract", "permanent", "temporary", "temp", "fixed-term"),
        *("freelance", "interim", "maternity", "cover", "ftc", "months", "month", "uk", "us"),
        *("usa", "eu", "emea", "apac", "europe", "london", "berlin", "paris", "dublin", "leeds"),
        *("manchester", "amsterdam", "nyc", "sf", "toronto", "sydney", "singapore", "madrid"),
        *("lisbon", "bristol", "edinburgh", "glasgow", "remote-first", "flexible", "urgent"),
        *("ref", "req", "id", "salary", "days", "day", "office", "based", "relocation", "visa"),
    )
)
_ROLE_NOISE_PHRASES = frozenset(
    ("full time", "part time", "fixed term", "new york", "san francisco")
)
# An advert's reference, anywhere in the title: "Ref 123", "Req ID: 4567", "Job ID 89", "#1234".
_ROLE_REFERENCE = re.compile(
    r"\s*[-,|]?\s*(?:\b(?:ref(?:erence)?|req(?:uisition)?|job)(?:\s*(?:id|no|number|#))?\s*[:.#]?"
    r"\s*[\w-]*\d[\w-]*|#\s*\d+)",
    re.IGNORECASE,
)
# Words that say how senior a job is: the first to go when a subject line is too long.
_SENIORITY_WORDS = frozenset(
    ("senior", "sr", "junior", "jr", "principal", "staff", "lead", "associate", "chief", "head")
)
# Legal endings a subject line can do without ("Acme Holdings Ltd" is "Acme").
_LEGAL_ENDINGS = frozenset(
    (
        *("inc", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag", "sa", "nv", "bv", "co"),
        *("corp", "corporation", "company", "holdings", "group", "pty", "srl", "spa", "oy", "ab"),
    )
)
# Small words a company's name keeps in lower case when its capitals are mended.
_SMALL_COMPANY_WORDS = frozenset(("of", "and", "for", "the", "in", "on", "at", "de", "du", "la"))
# Institutions named for what they are take "the": "the University of Cambridge", "the Royal
# Society", "the Wellcome Trust", "the NHS".
_INSTITUTIONS = frozenset(
    (
        *("university", "college", "school", "institute", "bank", "museum", "ministry", "office"),
        *("department", "council", "academy", "society", "library", "gallery", "trust", "board"),
        *("foundation", "agency", "commission", "authority", "centre", "center", "league"),
        *("association", "federation", "union", "court", "house", "hospital", "service", "city"),
        *("state", "government", "port", "county", "province"),
    )
)
_INSTITUTION_ENDINGS = frozenset(
    (
        *("museum", "trust", "foundation", "institute", "society", "agency", "council"),
        *("library", "gallery", "commission", "authority", "office", "ministry"),
    )
)
_ARTICLE_INITIALS = frozenset(
    ("NHS", "BBC", "UN", "EU", "WHO", "FBI", "CIA", "IMF", "OECD", "RNLI", "RSPCA", "NSPCC", "MoD")
)

# A future_interest starting with one of these reads best in lower case mid-sentence ("hear about
# roles in data"); any other first word is kept as typed, since it may be a name ("Python roles",
# "Berlin roles"). A reason_detail's first word is lowered more readily: see lower_first.
# Endings of common nouns and gerunds; names rarely end so ("Washington" is the known exception).
_COMMON_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ing")
_COMMON_FIRST_WORDS = frozenset(
    (
        *("a", "an", "the", "my", "our", "some", "any", "more", "less", "other", "another"),
        *("low", "high", "big", "small", "major", "recent", "unexpected", "ongoing", "upcoming"),
        *("better", "higher", "lower", "different", "new", "current", "long", "longer", "short"),
        *("family", "personal", "health", "relocation", "relocating", "moving", "salary", "pay"),
        *("compensation", "money", "location", "commute", "commuting", "distance", "travel"),
        *("travelling", "traveling", "timing", "time", "lack", "limited", "no", "too", "not"),
        *("remote", "hybrid", "career", "childcare", "caring", "studies", "study", "school"),
        *("university", "visa", "work", "workload", "hours", "budget", "benefits", "growth"),
        *("culture", "stability", "flexibility", "balance", "work-life", "job", "jobs", "role"),
        *("roles", "position", "positions", "opening", "openings", "opportunities"),
        *("opportunity", "anything", "something", "everything", "senior", "junior", "lead"),
        *("leadership", "management", "product", "design", "data", "engineering", "marketing"),
        *("sales", "research", "people", "operations", "finance", "technical", "team", "teams"),
        *("projects", "project", "similar", "related", "part-time", "full-time", "contract"),
        *("freelance", "permanent", "temporary", "future", "later", "staff", "principal"),
        *("entry-level", "graduate", "internships", "internship", "ux", "content", "customer"),
        *("support", "security", "analytics", "software", "hardware", "legal", "policy"),
        *("teaching", "education", "healthcare", "nonprofit", "non-profit", "startup"),
        *("startups", "early-stage", "mid-level", "in", "at", "for", "with", "after"),
        *("medical", "mental", "illness", "burnout", "pregnancy", "parental", "maternity"),
        *("paternity", "wellbeing", "well-being", "relocate", "house", "home", "partner's"),
        *("faculty", "academic", "academia", "tenure-track", "postdoctoral", "consulting"),
        *("advisory", "board", "volunteer", "mentoring"),
        *("spouse's", "partner", "kids", "children", "child", "baby", "offer", "offers"),
        *("reasons", "reason", "circumstances", "commitments", "priorities", "goals", "fit"),
        *("scope", "seniority", "level", "title", "responsibilities", "team's", "company's"),
        *("office", "onsite", "on-site", "in-office", "in-person", "full", "mostly", "only"),
        *("having", "being", "getting", "starting", "going", "taking", "staying", "wanting"),
        *("needing", "finding", "looking", "focusing", "returning", "joining", "pursuing"),
        *("accepting", "changing", "switching", "leaving", "continuing", "growing", "building"),
        *("just", "simply", "mainly", "largely", "partly", "both", "all", "several"),
    )
)

# "-ing" words are lower-cased like common words ("Touring" -> "touring"), except these places.
_PLACES_IN_ING = frozenset(
    ("reading", "beijing", "nanjing", "ealing", "woking", "epping", "worthing")
)

# Company endings whose full stop belongs to the name ("Acme Inc."); any other final stop goes.
_COMPANY_ABBREVIATIONS = frozenset(
    ("inc", "ltd", "co", "corp", "plc", "llc", "llp", "bros", "intl", "pty", "ag", "sa", "nv")
)
# The job's own name may already say what it is ("Data role"): don't add "role" twice.
_JOB_NOUNS = ("role", "position", "job", "post", "opening", "vacancy")
# What people paste before or after a title: "Position: Analyst", "Analyst (m/f/d)".
_ROLE_LABEL = re.compile(
    r"^(?:job\s+title|title|role|position|job)(?:\s*:|\s+[-\u2013]\s)\s*", re.IGNORECASE
)
_ROLE_GENDER_TAG = re.compile(r"\s*\((?:[mwfdxai]\s*/\s*)+[mwfdxai]\)", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)
# future_interest typed as a sentence ("I'd love to hear about data roles"): keep the roles.
_INTEREST_LEAD_IN = re.compile(
    r"^(?:(?:i(?:'d| would)\s+(?:love|like|be\s+(?:glad|happy|keen|pleased))\s+to\s+)?"
    r"hear(?:ing)?\s+(?:about|of)\s+|about\s+)",
    re.IGNORECASE,
)
_INTEREST_PREPOSITIONS = frozenset(("in", "at", "for", "within", "near", "around", "based"))


def _no_emoji(text: str) -> str:
    """Emoji and pictographs (and their joiners and skin tones) have no place in a letter."""
    if text.isascii():
        return text
    return "".join(
        ch
        for ch in text
        if unicodedata.category(ch) != "So"
        and ch not in "\u200d\ufe0e\ufe0f"
        and not "\U0001f3fb" <= ch <= "\U0001f3ff"
    )


def clean_fact(text: str | None) -> str:
    """A fact as one tidy line: no emoji, single spaces, no stray space before punctuation."""
    return re.sub(r"\s+([,.;:!?])", r"\1", one_line(_no_emoji(text or "")))


# Every letter, subject line and follow-up reads the company (some many times over), and people
# write to the same few: the tidied forms are kept, as role_title's are.
@lru_cache(maxsize=4096)
def company_name(text: str) -> str:
    """The company as typed, without a stray final comma or a full stop that isn't "Inc.", and
    in ordinary capitals when it was shouted ("ACME CORP" -> "Acme Corp"; "IBM" and "NHS" stay)."""
    company = clean_fact(text).rstrip(",;:")
    last = company.split()[-1] if company else ""
    abbreviation = last[:-1].lower() in _COMPANY_ABBREVIATIONS
    if last.endswith(".") and last.count(".") == 1 and not abbreviation:
        company = company[:-1]
    return _company_case(company)


def _company_case(company: str) -> str:
    """ "ACME CORP" -> "Acme Corp"; short acronyms ("IBM UK", "AT&T") stay. Only shouting is
    mended: a name typed in lower case may be the brand's own ("bol.com")."""
    words = company.split()
    long_words = [w for w in words if len(w) >= 4 and w.isalpha()]
    if not (company == company.upper() and len(long_words) >= 2):
        return company
    fixed = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index and lower in _SMALL_COMPANY_WORDS:
            fixed.append(lower)
        elif len(word) <= 3 or not word.isalpha():
            fixed.append(word)  # "IBM", "UK", "AT&T", "3M" are written in capitals
        else:
            fixed.append(capital_first(lower))
    return " ".join(fixed)


def capital_first(word: str) -> str:
    """The word with a capital first letter: "acme" -> "Acme". A letter with no single capital
    ("ß"), or whose capital is another letter's (a dotless i, a micro sign), stays as typed."""
    if not word:
        return word
    upper = word[0].upper()
    keep = len(upper) != 1 or upper.lower() != word[0]
    return word if keep else upper + word[1:]


@lru_cache(maxsize=4096)
def company_in_sentence(company: str) -> str:
    """The company as a sentence names it: "the University of Cambridge", "the NHS", "Acme".

    Institutions named for what they are ("University of ...", "... Foundation") and a few
    well-known initials take "the"; a company typed with "The" keeps it in lower case only then.
    """
    if not company:
        return company
    words = company.split()
    article = words[0].lower() == "the" and len(words) > 1
    rest = " ".join(words[1:]) if article else company
    if _takes_article(rest):
        return f"the {rest}"
    return company


def _takes_article(name: str) -> bool:
    words = [w.lower().strip(".,") for w in name.split()]
    if len(words) == 1:
        return name in _ARTICLE_INITIALS
    named_for_what = any(
        words[i] in _INSTITUTIONS and words[i + 1] in ("of", "for") for i in range(len(words) - 1)
    )
    return named_for_what or words[-1] in _INSTITUTION_ENDINGS


@lru_cache(maxsize=4096)
def role_title(text: str) -> str:
    """The job title itself: no article, label, gender tag, advert noise or repeated word.

    "Software Engineer - Backend (Remote) - Ref 123" and "Software Engineer at Google" are the
    "Software Engineer" role; "Senior Data Engineer (Platform)" keeps its team.
    """
    role = _ROLE_GENDER_TAG.sub("", clean_fact(text))
    role = _LEADING_ARTICLE.sub("", _ROLE_LABEL.sub("", role))
    role = _ROLE_REFERENCE.sub("", role)
    role = re.sub(r"\s*[(\[]([^)\]]*)[)\]]", _keep_unless_noise, role)
    # A job board's "Title - Team - Place": the title is the first part that says something.
    parts = re.split(r"(?:^|\s+)[-\u2013\u2014|](?:\s+|$)", role.strip())
    role = next((part for part in parts if any(ch.isalpha() for ch in part)), "")
    role = re.sub(r"\s+(?:at|@)\s+[A-Z0-9&][^,]*$", "", role)  # "Engineer at Google"
    role = re.sub(
        r"\s*[,/]\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time)$", "", role, flags=re.I
    )
    last = role.split()[-1] if role else ""
    if last.count(".") <= 1:  # "Engineer." loses its stop; "Ph.D." keeps its own
        role = role.rstrip(".,;:!?")
    if len(role) > LONG_ROLE:
        # "Principal Engineer, Distributed Systems and Platform Team": the title, not its team.
        role = re.split(r",\s+|\s+/\s+", role)[0]
    words = role.split()
    # "Engineer Engineer" or "Data role role": a word typed twice in a row.
    kept = [w for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()]
    return _title_case_if_shouting(" ".join(kept))


def _keep_unless_noise(match: re.Match[str]) -> str:
    """A bracket after a title: "(Platform)" is the team and stays; "(Remote)", "(London,
    Hybrid)", "(12 months)" or "(ID 4567)" is the advert's and goes."""
    inside = match.group(1)
    words = {w.lower() for w in re.findall(r"[\w-]+", inside)}
    noise = (
        not words
        or any(ch.isdigit() for ch in inside)
        or "/" in inside
        or bool(words & _ROLE_NOISE_WORDS)
        or fold_simple(inside) in _ROLE_NOISE_PHRASES
    )
    return "" if noise else match.group(0)


def _title_case_if_shouting(text: str) -> str:
    """ "SENIOR DATA ENGINEER" -> "Senior Data Engineer"; short words (VP, UX, SRE) stay."""
    letters = [ch for ch in text if ch.isalpha()]
    long_words = [w for w in text.split() if len(w) > 3 and w.isalpha()]
    if not letters or text != text.upper() or len(long_words) < 2:
        return text
    return " ".join(w.capitalize() if len(w) > 3 else w for w in text.split())


def bare_role(role: str) -> str:
    """The role without its job noun, for "the Analyst interview" ("Analyst role" -> "Analyst")."""
    words = role.split()
    if len(words) > 1 and words[-1].lower() in _JOB_NOUNS:
        return " ".join(words[:-1])
    return role


def role_phrase(role: str, noun: str) -> str:
    """ "the Analyst role", "the Data role" (its own noun kept), or "this role" without one."""
    if not role:
        return f"this {noun}"
    if role.lower().endswith(_JOB_NOUNS):
        return f"the {role}"
    return f"the {role} {noun}"


def subject_roles(role: str) -> list[str]:
    """The role, then ever shorter forms of it that still name the job, for a subject line:
    "Principal Staff Software Engineer, Distributed Systems" -> "Principal Staff Software
    Engineer" -> "Software Engineer"."""
    cuts = [role]
    first = re.split(r",|\s[-\u2013\u2014(|/]\s?|\s+(?:and|&)\s+", role)[0].strip()
    cuts.append(first)
    words = first.split()
    while (
        len(words) > 2
        and words[0].lower().rstrip(".") in _SENIORITY_WORDS
        and words[1].lower() not in ("of", "for")
    ):
        words = words[1:]
    cuts.append(" ".join(words))
    if len(words) > 3 and not any(w.lower() in ("of", "for", "in") for w in words[-3:]):
        cuts.append(" ".join(words[-3:]))
    unique: list[str] = []
    for cut in cuts:
        if cut and cut not in unique:
            unique.append(cut)
    return unique


def company_short(company: str) -> str:
    """The company without its legal ending, for a subject line: "Acme Holdings Ltd" -> "Acme"."""
    words = company.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in _LEGAL_ENDINGS:
        words = words[:-1]
    return " ".join(words).rstrip(",")


@lru_cache(maxsize=4096)
def _interest(text: str) -> str:
    """future_interest as a noun phrase: "Roles in data!" -> "roles in data"."""
    interest = _INTEREST_LEAD_IN.sub("", clean_fact(text)).rstrip(".,;:!?")
    if not interest or not any(ch.isalpha() for ch in interest):
        return ""
    if fold_simple(interest) in ("future", "the future"):
        return ""  # the open door already says "future"
    first = interest.split()[0]
    if first.lower() in _INTEREST_PREPOSITIONS:
        interest = f"roles {interest}"  # "in Berlin" -> "roles in Berlin"
    return lower_first(interest)


def interest_phrase(text: str | None) -> str:
    """future_interest as the letters word it: "I'd love to hear about Roles in data!" becomes
    "roles in data"; "the future" becomes "" (the open door already says it)."""
    return _interest(text or "")


def lower_first(text: str, *, names_only: bool = False) -> str:
    """ "Roles in data" -> "roles in data", but "Google's team", "AI roles", "Berlin" stay.

    By default only a known common word is lowered (a future_interest often starts with a name:
    "Python roles"); with names_only, any plain capitalised word is, unless it looks like a name
    (a possessive, or a capitalised word after it: "New York office").
    """
    first = straighten(text.split()[0]).rstrip(",.;:!?") if text else ""
    key = first.lower()
    if not (first[:1].isupper() and first[1:] == first[1:].lower()):
        return text
    if names_only:
        # Only a word we can tell is common is lowered: "London commute" and "Amazon" keep
        # their capital, "Relocation to Berlin" reads "relocation to Berlin".
        common = key in _COMMON_FIRST_WORDS or key.endswith(_COMMON_NOUN_ENDINGS)
    else:
        common = key in _COMMON_FIRST_WORDS or (
            len(key) > 5 and key.endswith("ing") and key not in _PLACES_IN_ING
        )
    return text[0].lower() + text[1:] if common else text
