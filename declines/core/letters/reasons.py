"""The user's reason_detail woven into the letter as one sentence, in the user's own framing.

"Salary too low" becomes "The salary is too low.", "accepted a role at Google" becomes "I accepted
a role at Google.", "for family reasons" becomes "This is for family reasons."; a question, "n/a"
or nothing at all gives way to the reason's general line. Formal letters get the user's words
without contractions. Pure Python, no Django import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from declines.core.letters.facts import LetterFacts
from declines.core.letters.tidy import clean_fact, lower_first
from declines.core.letters.voices import REASON_LINES, Voice, fill
from declines.core.text import fold_simple, one_line, straighten

# A reason_detail cut to fewer words than this says too little; the general line reads better.
_MIN_CUT_WORDS = 8
# The review asks for a reason of at most 40 words; our framing around the user's words needs a few.
BRIEF_DETAIL_WORDS = 30

# The word lists below are compared with the user's words lower-case, apostrophes straight.

# A subject of its own: the detail is the user's sentence and is used as it is.
_SUBJECT_STARTS = frozenset(
    (
        *("i", "i'm", "i've", "i'd", "i'll", "im", "ive"),
        *("we", "we're", "we've", "we'd", "we'll", "they", "they're", "they've"),
        *("he", "he's", "she", "she's", "it", "it's", "this", "that", "that's"),
        *("there", "there's", "here", "here's", "nothing", "everything", "someone"),
        *("while", "although", "though", "when", "now", "right", "so", "but", "and"),
        *("maybe", "perhaps", "hopefully"),
        *("unfortunately", "sadly", "honestly", "frankly", "ultimately", "personally"),
    )
)
# A preposition first and no verb: "for family reasons" -> "This is for family reasons."
_THIS_IS_STARTS = frozenset(("for", "in", "on", "at", "out"))
# A lead-in that only frames the thing: "given my commitments" -> "comes down to my commitments".
_FRAME_LEAD_INS = frozenset(("given", "with", "considering"))
# A verb first: the user left out "I" ("accepted a role at Google" -> "I accepted ...").
_VERB_STARTS = frozenset(
    (
        *("accepted", "accept", "decided", "chose", "choose", "opted", "signed", "joined"),
        *("got", "found", "landed", "secured", "received", "took", "started", "start"),
        *("moved", "relocated", "want", "wanted", "need", "needed", "prefer", "preferred"),
        *("plan", "planned", "hope", "intend", "feel", "felt", "realised", "realized"),
        *("think", "thought", "believe", "have", "had", "am", "was", "will", "would", "can"),
        *("cannot", "can't", "won't", "don't", "didn't", "must", "should", "could"),
    )
)
# Adverbs that may come before such a verb: "recently accepted an offer".
_VERB_ADVERBS = frozenset(("already", "recently", "just", "finally", "also"))
# Words that make a sentence of whatever comes before them ("The commute is too long").
_FINITE_VERBS = frozenset(
    (
        *("is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did"),
        *("will", "would", "can", "could", "should", "shall", "may", "might", "must"),
        *("need", "needs", "want", "wants", "mean", "means", "meant", "comes", "came", "got"),
        *("gets", "makes", "made", "went", "goes", "suits", "works", "fits", "matters"),
        *("requires", "involves", "pays", "paid", "took", "takes", "feels", "felt", "seems"),
        *("looks", "prefer", "cannot", "lives", "live", "found", "chose", "said", "says"),
        *("told", "left", "lost", "won", "began", "begins", "starts", "grew", "knew", "saw"),
        *("sent", "spent", "kept", "met", "heard", "held", "ran", "became", "hopes", "plans"),
        *("intend", "expect", "expects", "think", "believe", "wish", "hope", "love", "like"),
    )
)
# A word ending in -ed after the subject is most likely its verb ("My partner accepted ...").
_PAST_TENSE = re.compile(r"^[a-z]{2,}[^e]ed$|^[a-z]+ied$")
# "because I moved" and "due to a move" become "This is because I moved."
_EXPLAINING_STARTS = frozenset({"because", "due", "owing", "thanks"})
# "as my partner moved" (no main clause) becomes "This is because my partner moved."
_AS_STARTS = frozenset({"as", "since"})
# "not the right fit", "too far away": a state of the role.
_STATE_STARTS = frozenset({"not", "too", "quite", "rather", "somewhat", "outside", "beyond"})
# Not a reason at all: the reason's general line reads better.
_NON_ANSWERS = frozenset(
    (
        *("n/a", "na", "none", "nil", "nothing", "no reason", "no comment", "other", "misc"),
        *("hmm", "idk", "dunno", "long story", "long story short", "just because", "reasons"),
        *("prefer not to say", "rather not say", "i'd rather not say", "i would rather not say"),
        *("i", "we", "my", "because", "due to", "as", "since", "the", "a", "it", "this"),
    )
)
# Timing said in a word or two ("bad timing", "not now"): the timing line says it kindly.
_TIMING_ANSWERS = frozenset(
    (
        *("timing", "the timing", "bad timing", "poor timing", "wrong timing", "wrong time"),
        *("not now", "not right now", "not yet", "not at the moment", "not this year"),
    )
)
# A state of the writer ("overqualified", "happy where I am"): "I am happy where I am."
_PERSON_STATES = frozenset(
    (
        *("overqualified", "underqualified", "happy", "settled", "content", "exhausted", "busy"),
        *("committed", "unavailable", "tied", "burnt", "burned", "pregnant", "relocating"),
    )
)
# ... and "not" or "no longer" before one of these is about the writer too: "not looking to move".
_PERSON_AFTER_NOT = frozenset(
    (
        *("interested", "looking", "able", "available", "ready", "keen", "sure", "willing"),
        *("comfortable", "planning", "seeking", "prepared", "in", "moving", "relocating"),
    )
)
# Verbs whose subject is the role or the job ("Doesn't align with my goals" -> "It doesn't ...").
_IT_VERB_STARTS = frozenset(
    (
        *("doesn't", "does", "isn't", "is", "wasn't", "requires", "involves", "seems"),
        *("sounds", "looks", "feels", "needs", "means", "lacks", "pays", "offers", "sits"),
    )
)
# "Salary too low" and "Hours not flexible" leave out "is": "The salary is too low."
_ELLIPTIC_STATE = re.compile(
    r"^(?P<subject>(?:(?:the|my|their|your)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?P<state>(?:(?:way|far|much|a\s+bit|a\s+little)\s+)?(?:too|not)\b.*)$",
    re.IGNORECASE,
)
# One word that needs "reasons" after it: "personal" -> "It comes down to personal reasons."
_REASON_ADJECTIVES = frozenset(
    ("personal", "private", "financial", "medical", "logistical", "practical", "professional")
)
# A detail that trails off: "my health, and my family, and" ends at "my family".
_DANGLING_END = re.compile(
    r"(?:[\s,;:\-\u2013\u2014]+(?:and|or|but|so|because|plus|&|as well as))+[\s,;:.\-]*$",
    re.IGNORECASE,
)
# A single word in capitals this long is shouting ("FAMILY"); a shorter one is an acronym ("COVID").
_SHOUTED_WORD_LETTERS = 6
# Lead-ins that only repeat what the decision sentence already says.
_THOUGHT_LEAD_IN = re.compile(
    r"^after\s+(?:(?:a|some|much|lots\s+of|a\s+lot\s+of|long|careful|serious|a\s+great\s+deal"
    r"\s+of|further|more)\s+)*(?:thought|thinking|consideration|reflection|deliberation),?\s*",
    re.IGNORECASE,
)
# Past participles for "I'd" -> "I had" (otherwise "I would") and "having moved" -> "I have moved".
_PARTICIPLES = frozenset(
    (
        *("been", "had", "done", "gone", "seen", "taken", "given", "made", "got", "gotten"),
        *("found", "thought", "known", "heard", "spent", "left", "felt", "begun", "become"),
        *("already", "just", "chosen", "signed", "won", "lost", "built", "kept", "met"),
    )
)

# Formal letters use no contractions, the user's words included. Matched case-insensitively.
_CONTRACTIONS = {
    **{"i'm": "I am", "i've": "I have", "i'll": "I will", "let's": "let us"},
    **{"we're": "we are", "we've": "we have", "we'll": "we will"},
    **{"you're": "you are", "you've": "you have", "you'll": "you will"},
    **{"they're": "they are", "they've": "they have", "they'll": "they will"},
    **{"it'll": "it will", "that'll": "that will", "there'll": "there will"},
    **{"isn't": "is not", "aren't": "are not", "wasn't": "was not", "weren't": "were not"},
    **{"don't": "do not", "doesn't": "does not", "didn't": "did not", "won't": "will not"},
    **{"haven't": "have not", "hasn't": "has not", "hadn't": "had not", "can't": "cannot"},
    **{"wouldn't": "would not", "couldn't": "could not", "shouldn't": "should not"},
    **{"mustn't": "must not", "needn't": "need not", "shan't": "shall not"},
}
# "it's" is "it is" or "it has"; "I'd" is "I would" or "I had": the next word decides.
_IS_OR_HAS = ("it", "that", "there", "here", "what", "who", "he", "she")
_WOULD_OR_HAD = ("i", "we", "you", "they", "he", "she", "it", "that", "there")
_CONTRACTION_WORDS = re.compile(
    r"\b(?:{known}|(?:{is_or_has})['\u2019]s|(?:{would_or_had})['\u2019]d)\b".format(
        known="|".join(re.escape(k).replace("'", "['\u2019]") for k in _CONTRACTIONS),
        is_or_has="|".join(_IS_OR_HAS),
        would_or_had="|".join(_WOULD_OR_HAD),
    ),
    re.IGNORECASE,
)


def usable_reason_detail(facts: LetterFacts) -> str:
    """The user's reason_detail as the letters use it: tidied, or "" when it gives no reason to
    pass on (blank, "n/a", a question). The review looks for these words in a letter."""
    detail = _detail(facts)
    return "" if not detail or _is_question(detail) else detail


def _detail(facts: LetterFacts) -> str:
    return _tidy_detail(facts.reason_detail)


@lru_cache(maxsize=4096)
def _tidy_detail(text: str | None) -> str:
    """The user's reason_detail, tidied: quotes, shouting and a lone lower-case "i" mended."""
    detail = clean_fact(text)
    detail = re.sub(r"^(?:[-*\u2022>]+\s*)+", "", detail)  # a pasted bullet
    detail = detail.replace("\u201c", '"').replace("\u201d", '"')
    wrapped = re.fullmatch(r'"([^"]+)"([.!?]*)', detail) or re.fullmatch(
        r"'([^']+)'([.!?]*)", detail
    )
    if wrapped:
        detail = wrapped.group(1) + wrapped.group(2)
    if detail.count('"') % 2:
        detail = one_line(detail.replace('"', " "))
    letters = [ch for ch in detail if ch.isalpha()]
    shouted = len(detail.split()) > 1 or len(letters) >= _SHOUTED_WORD_LETTERS
    if len(letters) > 3 and detail == detail.upper() and shouted:
        detail = detail.lower()  # a shouted reason is calmer in ordinary capitals ("COVID" stays)
    detail = re.sub(r"(?<![\w'.])i(?!\.e\.)(?=$|[\s,.;:!?'\u2019])", "I", detail)
    detail = _DANGLING_END.sub("", detail)  # "my family, and my studies, and"
    detail = re.sub(r"[,;\s]+sorry[.!]*$", "", detail, flags=re.IGNORECASE)  # "personal, sorry"
    # "After careful thought, I want to stay" repeats our decision line: keep what follows.
    detail = _THOUGHT_LEAD_IN.sub("", detail)
    if fold_simple(detail).rstrip(".!") in _NON_ANSWERS:
        return ""
    if fold_simple(detail).rstrip(".!") in _REASON_ADJECTIVES:
        detail = f"{detail.rstrip('.!')} reasons"  # "Personal" -> "personal reasons"
    # Only punctuation ("." or "-") is no reason at all.
    return detail if any(ch.isalnum() for ch in detail) else ""


def _is_question(detail: str) -> bool:
    return detail.rstrip(" .!\"')").endswith("?")


def reason_sentence(facts: LetterFacts, voice: Voice, detail: str | None = None) -> str:
    """The user's own words when given, woven in as a sentence; otherwise the reason's line.

    A question ("Why move now?") is no reason to give an employer: the reason's line stands in.
    """
    detail = brief_detail(_detail(facts)) if detail is None else detail
    if not detail or _is_question(detail) or not any(ch.isalnum() for ch in detail):
        # An unknown reason gets the calm general line rather than an error.
        formal, plain = REASON_LINES.get(facts.reason, REASON_LINES["other"])
        return formal if voice.formal else plain
    if fold_simple(detail).rstrip(".!") in _TIMING_ANSWERS:
        formal, plain = REASON_LINES["timing"]
        return formal if voice.formal else plain
    text = _as_sentence(detail, voice)
    frames = (voice.detail_frame, voice.detail_reasons, voice.detail_state, voice.detail_after)
    if text.startswith(tuple(frame.split("{")[0] for frame in frames)):
        # Our frame around the user's fragment ("It comes down to touring") is said calmly.
        text = re.sub(r"!+(?=[\"')]*$)", ".", text)
    if voice.formal:
        text = _expand_contractions(text)
        text = re.sub(r"!+(?=[\"')]*$)", ".", text)  # an exclamation is too loud in formal
    return _end_sentence(text[0].upper() + text[1:])


def _as_sentence(detail: str, voice: Voice) -> str:
    """The detail as a sentence of the letter, in the user's framing."""
    words = [straighten(w).lower().strip(',.;:!?"()') for w in detail.split()]
    opener, second = words[0], (words[1] if len(words) > 1 else "")
    finite = any(
        w in _FINITE_VERBS or w.endswith(("n't", "'re", "'ve", "'ll", "'m")) for w in words[1:]
    )
    has_verb = finite or any(_PAST_TENSE.match(w) for w in words[1:])
    lowered = detail[0].lower() + detail[1:]
    if (opener in _EXPLAINING_STARTS and second in ("to", "of")) or opener == "because":
        return f"This is {lowered}"  # "Due to a move" -> "This is due to a move."
    if opener in _AS_STARTS and "," not in detail and second not in ("of", "well", "soon", "such"):
        return f"This is because {detail.split(' ', 1)[1] if second else ''}".strip()
    if (
        opener == "having"
        and (second in _PARTICIPLES or second.endswith("ed"))
        and "," not in detail
    ):
        return f"I have {detail.split(' ', 1)[1]}"  # "Having moved to Leeds" -> "I have moved..."
    if opener == "after" and not has_verb:
        return fill(voice.detail_after, {"detail": lowered})  # "This comes after my move."
    if opener in _SUBJECT_STARTS or opener.startswith(("i'", "we'")):
        return detail
    if not finite and (
        opener in _PERSON_STATES
        or (opener == "not" and second in _PERSON_AFTER_NOT)
        or (opener == "no" and second == "longer")
    ):
        return f"I am {lowered}"  # "Not looking to relocate" -> "I am not looking to relocate."
    if opener in _IT_VERB_STARTS and second:
        return f"It {lowered}"  # "Doesn't align with my goals" -> "It doesn't align ..."
    elliptic = None if has_verb else _ELLIPTIC_STATE.match(detail)
    if elliptic and opener not in _STATE_STARTS:
        subject = elliptic["subject"][0].lower() + elliptic["subject"][1:]
        if subject.split()[0].lower() not in ("the", "my", "their", "your"):
            subject = f"the {subject}"
        plural = subject.endswith("s") and not subject.endswith("ss")
        return f"{subject} {'are' if plural else 'is'} {elliptic['state']}"  # "Salary too low"
    if opener == "too" and second in ("much", "many"):
        verb = "are" if second == "many" else "is"
        return f"There {verb} {lowered}"  # "Too much travel" -> "There is too much travel."
    if opener == "currently" and not has_verb and second:
        return f"I am {lowered}"  # "Currently happy in my role" -> "I am currently happy..."
    if opener in _THIS_IS_STARTS and not has_verb and second:
        return f"This is {lowered}"  # "For family reasons" -> "This is for family reasons."
    if opener in _FRAME_LEAD_INS and not has_verb and second:
        rest = detail.split(" ", 1)[1]
        return _framed(rest, voice)
    if second and (opener in _VERB_STARTS or (opener in _VERB_ADVERBS and second in _VERB_STARTS)):
        return f"I {lowered}"  # "Accepted a role at Google" -> "I accepted a role at Google."
    if has_verb:
        return detail  # "The commute is too long", "My partner got a job in Leeds"
    if opener in _STATE_STARTS:
        return fill(voice.detail_state, {"detail": lowered})  # "not the right fit"
    if opener in ("just", "simply") and second in _STATE_STARTS:
        return fill(voice.detail_state, {"detail": lowered})  # "just not the right fit"
    # "the salary", "Low salary": our frame, with the user's first word in lower case.
    return _framed(detail, voice)


def _framed(detail: str, voice: Voice) -> str:
    """The user's fragment inside our frame: "It comes down to relocation to Berlin", "This is
    for family reasons", "It comes down to the London commute" (a name first takes "the")."""
    lowered = lower_first(detail, names_only=True)
    words = detail.split()
    first = straighten(words[0]).rstrip(",.;:!?")
    last = straighten(words[-1]).rstrip(",.;:!?").lower()
    if last in ("reasons", "circumstances", "matters", "grounds"):
        return fill(voice.detail_reasons, {"detail": lowered})
    named = first.endswith("'s") or first.isupper() or (len(words) > 1 and words[1][:1].isupper())
    place_or_brand = (
        lowered == detail
        and first[:1].isupper()
        and not named
        and len(words) > 1
        and words[-1][:1].islower()
        and words[1].lower() not in ("of", "to", "in", "at", "for", "and", "with")
    )
    if place_or_brand:
        # "London commute", "Google offer": a name that describes the thing.
        lowered = f"the {detail}"
    return fill(voice.detail_frame, {"detail": lowered})


def _expand_contractions(text: str) -> str:
    """ "I'm", "isn't", "it's", "I'd": formal letters spell them out."""

    def expand(match: re.Match[str]) -> str:
        word = match.group(0)
        key = straighten(word).lower()
        if key in _CONTRACTIONS:
            full = _CONTRACTIONS[key]
        else:
            stem, ending = key.rsplit("'", 1)
            following = text[match.end() :].split()
            after = following[0].lower().strip(",.;:!?") if following else ""
            participle = after in _PARTICIPLES or (
                after.endswith("ed") and not after.endswith("eed")
            )
            if ending == "s":
                full = f"{stem} has" if after in ("been", "got", "had", "gone") else f"{stem} is"
            else:
                full = f"{stem} had" if participle else f"{stem} would"
            full = "I" + full[1:] if stem == "i" else full
        return full[0].upper() + full[1:] if word[0].isupper() else full

    return _CONTRACTION_WORDS.sub(expand, text)


def _end_sentence(text: str) -> str:
    """Exactly one full stop, unless the user's text already ends a sentence its own way."""
    text = text.rstrip(" ,;:-\u2013\u2014")
    if re.search(r"[.!?\u2026][\"'\u201d\u2019)]?$", text):
        return text
    return f"{text}."


def brief_detail(detail: str) -> str:
    """The user's detail, or when it runs on, its longest opening that ends a clause and is brief
    (at most BRIEF_DETAIL_WORDS words and two sentences): a letter gives a brief reason, and the
    user can always add more by hand. No clean cut gives "": the reason's general line."""
    for cut in _shorter_details(detail):
        brief = len(cut.split()) <= BRIEF_DETAIL_WORDS and _sentence_count(cut) <= 2
        if brief and not cut.endswith("\u2026"):
            return cut
    return ""


def _sentence_count(text: str) -> int:
    return len([part for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()])


def short_reason(facts: LetterFacts, voice: Voice, room: int) -> str | None:
    """The reason sentence in at most `room` characters, or None when even a short one won't fit."""
    for detail in _shorter_details(_detail(facts)):
        sentence = reason_sentence(facts, voice, detail=detail)
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
