"""Compose the decline letter, its follow-up, a phone script and a short message from plain facts.

Pure Python: no Django import, no clock read. The same facts and variant always give the same text.

Every wording lives in the phrase tables below (one `_Voice` per tone, one line per reason), so a
reviewer can read all the English in one place. The composing functions only pick phrases, fill in
the facts and join the sentences. Facts are user text: they are tidied (single spaces, no emoji, a
"Park, Helen" or an e-mail address turned into a name) and never used as templates themselves, so a
brace or a line break in a name cannot break a letter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

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
# Decline.subject holds at most this many characters.
SUBJECT_LIMIT = 200
# A role longer than this is shortened in the subject line (in the letter, only a job-board line
# such as "Engineer - London (Hybrid) - Ref 123" is cut to its first part).
SUBJECT_ROLE_LIMIT = 60
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


@dataclass(frozen=True)
class PersonName:
    """A name as typed, made fit for a greeting. The review uses it too, so both agree."""

    full: str  # "Helen Park" (from "Park, Helen", "helen park" or "helen.park@acme.com")
    short: str  # how an informal greeting names them: "Helen", "Dr. Park", "Sir Elton"
    generic: bool = False  # "Hiring Manager", "Team": a role, not a person's name


# ---------------------------------------------------------------------------------------------
# Phrase tables. Placeholders: {first} {full} {company} {role} {the_role} {ref} {fi} {later}
# {day}. Sentences stay short and words plain: every letter must score 60+ on Flesch reading ease.
# No negative words (sorry, regret, unfortunately...): the review's "positive" check looks for them.
# Formal wordings use no contractions at all ("I am", never "I'm").
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Voice:
    """One tone's wordings. Tuples hold one entry per variant; plain strings serve every variant."""

    formal: bool  # no contractions (the user's own words are expanded too); formal reason lines
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
    detail_frame: str  # for a reason_detail that names a thing ("the salary", "family reasons")
    detail_state: str  # for one that describes the job ("not the right fit", "too far away")
    detail_after: str  # for one that says what came first ("after moving to Leeds")
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
            "Withdrawal of my application for {the_role} at {company}",
            "Your invitation to interview for {the_role} at {company}",
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
        detail_frame="My decision comes down to {detail}",
        detail_state="In short, the role is {detail}",
        detail_after="This decision comes {detail}",
        slot="This frees the slot on {day} for another candidate.",
        referral=(
            "If it would help, I would be glad to introduce you to {ref}, "
            "who may be a strong fit for the role."
        ),
        feedback="I am happy to share feedback on the hiring process if that would be useful.",
        keep_in_touch="I would welcome the chance to stay in touch.",
        future_interest="I would be pleased to hear from {company} about {fi}{later}.",
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
            "Thank you, and an update on {the_role} at {company}",
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
        detail_frame="It really comes down to {detail}",
        detail_state="In short, the role is {detail}",
        detail_after="This comes {detail}",
        slot="That way, the slot on {day} is free for someone else.",
        referral=(
            "If it helps, I'd be happy to introduce you to {ref}, who I think could be a great fit."
        ),
        feedback="I'd be glad to share some feedback on the process if that's useful.",
        keep_in_touch="Let's stay in touch, and feel free to reach out any time.",
        future_interest="I would love to hear from {company} about {fi}{later}.",
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
        detail_frame="It comes down to {detail}",
        detail_state="In short, the role is {detail}",
        detail_after="This comes {detail}",
        slot="The slot on {day} is free for someone else.",
        referral="I'm happy to introduce you to {ref}, who could be a good fit.",
        feedback="I'm glad to share feedback on the process.",
        keep_in_touch="Let's stay in touch.",
        future_interest="I'd love to hear about {fi}{later}.",
        follow_up=(
            "I wanted to make sure my note from {sent} reached you. "
            "It said I'm withdrawing from the interview for {the_role} at {company}.",
            # Not "Thanks again": that is brief's sign-off, just below.
            "I appreciate you thinking of me. If a call is easier, I'm happy to talk.",
        ),
    ),
}


@dataclass(frozen=True)
class _Talk:
    """The phone script's and the short message's fixed lines, plain or formal."""

    voice: _Voice  # decision, reason, offers and open door
    hello: str
    hello_no_name: str
    calling: str
    calling_no_name: str
    thanks: str
    goodbye: str
    voicemail_caller: str
    voicemail_caller_no_name: str
    voicemail_decision: str
    voicemail_goodbye: str
    short_hello: str  # the short message opens "{hello} thank you for inviting me..."
    short_decision: str
    short_sign_off: str


# The spoken versions use one friendly voice for warm and brief (people talk plainly), and a
# formal one, without contractions, for a formal letter.
_TALK = {
    "plain": _Talk(
        voice=_VOICES["brief"],
        hello="Hi {first},",
        hello_no_name="Hi,",
        calling="this is {sender}. I'm calling",
        calling_no_name="I'm calling",
        thanks="Thank you for inviting me to interview. I'm grateful for your time.",
        goodbye="Thanks again, and I'll send a short email to confirm.",
        voicemail_caller="this is {sender}, calling",
        voicemail_caller_no_name="this is a quick message",
        voicemail_decision="Thank you for the invitation. I've decided to withdraw from the process.",
        voicemail_goodbye="Please call me back if you'd like to talk, and I hope we stay in touch.",
        short_hello="Hi {first},",
        short_decision="I've decided to withdraw from the process.",
        short_sign_off="Best wishes,",
    ),
    "formal": _Talk(
        voice=_VOICES["formal"],
        hello="Hello {first},",
        hello_no_name="Hello,",
        calling="this is {sender}. I am calling",
        calling_no_name="I am calling",
        thanks="Thank you for inviting me to interview. I am grateful for your time.",
        goodbye="Thank you again. I will send a short email to confirm.",
        voicemail_caller="this is {sender}, calling",
        voicemail_caller_no_name="this is a short message",
        voicemail_decision=(
            "Thank you for the invitation. I have decided to withdraw from the process."
        ),
        voicemail_goodbye="Please call me back if you would like to talk. I hope we stay in touch.",
        short_hello="Dear {full},",
        short_decision="I have decided to withdraw from the process.",
        short_sign_off="Kind regards,",
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

# ---------------------------------------------------------------------------------------------
# How the user's reason_detail is woven in. Words are compared lower-case, straight apostrophes.
# ---------------------------------------------------------------------------------------------

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

# A future_interest starting with one of these reads best in lower case mid-sentence ("hear about
# roles in data"); any other first word is kept as typed, since it may be a name ("Python roles",
# "Berlin roles"). A reason_detail's first word is lowered more readily: see _lower_first.
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

# ---------------------------------------------------------------------------------------------
# Names, companies and roles as people type them.
# ---------------------------------------------------------------------------------------------

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
# Words that already say "later": the future_interest line then needs no "in the future".
_LATER_WORDS = re.compile(r"\b(?:future|later|someday|one day|next)\b", re.IGNORECASE)


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
        _signature(voice.sign_offs[i], words),
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
        _signature(voice.sign_offs[0], words),
    )
    # The same subject as the letter (variant 0), so mail apps thread the two together.
    return Letter(subject=_clean(f"Re: {compose_letter(facts).subject}"), body=body)


def phone_script(facts: LetterFacts) -> str:
    """What to say on the phone: the live conversation, a blank line, then a voicemail."""
    talk = _talk(facts)
    voice = talk.voice
    words = _words(facts, voice)
    by_name = words["first"] and not words["generic"]
    hello = _fill(talk.hello if by_name else talk.hello_no_name, words)
    who = _fill(talk.calling if words["sender"] else talk.calling_no_name, words)
    live = [
        f"{hello} {who} about {words['the_role']} at {words['company']}.",
        talk.thanks,
        _join(voice.decisions[0], _reason_sentence(facts, voice)),
        _join(*_offers(facts, voice, words)),
        _join(*_open_door(facts, voice, words, 0)),
        talk.goodbye,
    ]
    caller = _fill(
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
    hello = _fill(talk.short_hello if by_name else talk.hello_no_name, words)
    opening = (
        f"{hello} thank you for inviting me to interview for "
        f"{words['the_role']} at {words['company']}. {talk.short_decision}"
    )
    signature = f"\n\n{talk.short_sign_off}\n{words['sender']}" if words["sender"] else ""
    offers = _offers(facts, voice, words)
    doors = [_join(*_open_door(facts, voice, words, 0)), _fill(voice.doors[0], words)]
    while True:
        door = doors[0]
        # The room left for the reason; the 2 are its joining space and the "strictly under".
        room = SHORT_LIMIT - 2 - len(_join(opening, *offers, door) + signature)
        reason = _short_reason(facts, voice, room)
        if reason is not None or (not offers and len(doors) == 1):
            return _tidy(_join(opening, reason or "", *offers, door)) + signature
        if offers:
            offers.pop()
        else:
            doors.pop(0)


@lru_cache(maxsize=4096)
def person_name(text: str | None) -> PersonName:
    """A name fit for a greeting, from what was typed in a name field.

    "Park, Helen" -> Helen Park; "helen.park@acme.com" -> Helen Park; "helen park" -> Helen Park;
    "Helen Park (she/her)" -> Helen Park; "Dear Helen" -> Helen; "Hiring Manager" is generic.
    """
    name = _clean_fact(text)
    email = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", name)
    if email:
        rest = _clean(name.replace(email.group(0), " ").strip(" <>()[],;:\"'"))
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
    if _fold_simple(name).strip(".!?") in _NO_NAMES:
        return PersonName(full="", short="")
    name = _name_case(name)
    folded = _fold_simple(name)
    folded = folded[4:] if folded.startswith("the ") else folded
    if folded in GENERIC_RECIPIENTS:
        title = _GENERIC_SPELLINGS.get(folded) or _generic_title(name)
        return PersonName(full=title, short=title, generic=True)
    return PersonName(full=name, short=_short_name(name))


def usable_reason_detail(facts: LetterFacts) -> str:
    """The user's reason_detail as the letters use it: tidied, or "" when it gives no reason to
    pass on (blank, "n/a", a question). The review looks for these words in a letter."""
    detail = _detail(facts)
    return "" if not detail or _is_question(detail) else detail


def interest_phrase(text: str | None) -> str:
    """future_interest as the letters word it: "I'd love to hear about Roles in data!" becomes
    "roles in data"; "the future" becomes "" (the open door already says it)."""
    return _interest(text or "")


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _clean(text: str | None) -> str:
    """One line, single spaces: user text may carry line breaks, tabs or doubled spaces."""
    return " ".join((text or "").split())


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


def _clean_fact(text: str | None) -> str:
    """A fact as one tidy line: no emoji, single spaces, no stray space before punctuation."""
    return re.sub(r"\s+([,.;:!?])", r"\1", _clean(_no_emoji(text or "")))


def _straight(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _fold_simple(text: str) -> str:
    return _straight(text).casefold().strip()


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


def _talk(facts: LetterFacts) -> _Talk:
    return _TALK["formal" if _voice(facts).formal else "plain"]


def _words(facts: LetterFacts, voice: _Voice) -> dict[str, str]:
    """The cleaned facts, named for the phrase tables' placeholders."""
    recipient = person_name(facts.recipient_name)
    role = _role(facts.role)
    bare = _bare_role(role)
    interest = _interest(facts.future_interest)
    return {
        "full": recipient.full,
        "first": recipient.short,
        # A team or a job title is greeted "Dear Hiring Team," and not spoken to by name.
        "generic": "yes" if recipient.generic else "",
        "noun": voice.noun,
        "company": _company(facts.company) or "your company",
        "role": bare,
        "the_role": _the_role(role, voice.noun),
        "role_interview": f"{bare} interview" if bare else "interview",
        "subject_role": _subject_role(bare),
        "ref": _plain_name(facts.referral_name),
        "sender": _plain_name(facts.sender_name),
        "fi": interest,
        "later": "" if _LATER_WORDS.search(interest) else " in the future",
        "day": _format_day(facts.interview_at) if facts.interview_at else "",
    }


def _plain_name(text: str | None) -> str:
    """A referral's or the sender's name: tidied like the recipient's; never a greeting's title."""
    name = person_name(text)
    return _name_case(_clean_fact(text)) if name.generic else name.full


def _name_order(name: str) -> str:
    """ "Park, Helen" -> "Helen Park"; "John Smith, Jr." -> "John Smith Jr."; "PhD" goes."""
    head, *tail = (part.strip() for part in name.split(","))
    kept = []
    for part in tail:
        key = part.lower().replace(".", "")
        if key in _NAME_SUFFIXES:
            head = f"{head} {part}"
        elif key in _CREDENTIALS or not part:
            continue
        elif len(head.split()) == 1 and not kept and any(ch.isalpha() for ch in part):
            kept.append(part)  # "Park, Helen": surname first
    return _clean(" ".join([*kept, head]))


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


def _company(text: str) -> str:
    """The company as typed, without a stray final comma or a full stop that isn't "Inc."."""
    company = _clean_fact(text).rstrip(",;:")
    last = company.split()[-1] if company else ""
    abbreviation = last[:-1].lower() in _COMPANY_ABBREVIATIONS
    if last.endswith(".") and last.count(".") == 1 and not abbreviation:
        company = company[:-1]
    return company


@lru_cache(maxsize=4096)
def _role(text: str) -> str:
    """The job title as typed, without an article, a label, a gender tag or a repeated word."""
    role = _ROLE_GENDER_TAG.sub("", _clean_fact(text))
    role = _LEADING_ARTICLE.sub("", _ROLE_LABEL.sub("", role))
    last = role.split()[-1] if role else ""
    if last.count(".") <= 1:  # "Engineer." loses its stop; "Ph.D." keeps its own
        role = role.rstrip(".,;:!?")
    words = role.split()
    # "Engineer Engineer" or "Data role role": a word typed twice in a row.
    kept = [w for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()]
    role = " ".join(kept)
    if len(role) > SUBJECT_ROLE_LIMIT:
        # A pasted job-board line ("Engineer - London (Hybrid) - Ref 123"): its first part.
        role = re.sub(r"\s*\([^)]*\)", "", role)
        role = re.split(r"\s+[-\u2013\u2014|/]\s+", role)[0]
    return _title_case_if_shouting(role)


def _title_case_if_shouting(text: str) -> str:
    """ "SENIOR DATA ENGINEER" -> "Senior Data Engineer"; short words (VP, UX, SRE) stay."""
    letters = [ch for ch in text if ch.isalpha()]
    long_words = [w for w in text.split() if len(w) > 3 and w.isalpha()]
    if not letters or text != text.upper() or len(long_words) < 2:
        return text
    return " ".join(w.capitalize() if len(w) > 3 else w for w in text.split())


def _bare_role(role: str) -> str:
    """The role without its job noun, for "the Analyst interview" ("Analyst role" -> "Analyst")."""
    words = role.split()
    if len(words) > 1 and words[-1].lower() in _JOB_NOUNS:
        return " ".join(words[:-1])
    return role


def _the_role(role: str, noun: str) -> str:
    if not role:
        return f"this {noun}"
    if role.lower().endswith(_JOB_NOUNS):
        return f"the {role}"
    return f"the {role} {noun}"


def _subject_role(role: str) -> str:
    """A long role is cut to its first part ("Staff Engineer, Platform...") or left out."""
    if len(role) <= SUBJECT_ROLE_LIMIT:
        return role
    first = re.split(r",|\s[-\u2013\u2014(|/]\s?", role)[0].strip()
    return first if len(first) <= SUBJECT_ROLE_LIMIT else ""


@lru_cache(maxsize=4096)
def _interest(text: str) -> str:
    """future_interest as a noun phrase: "Roles in data!" -> "roles in data"."""
    interest = _INTEREST_LEAD_IN.sub("", _clean_fact(text)).rstrip(".,;:!?")
    if not interest or not any(ch.isalpha() for ch in interest):
        return ""
    if _fold_simple(interest) in ("future", "the future"):
        return ""  # the open door already says "future"
    first = interest.split()[0]
    if first.lower() in _INTEREST_PREPOSITIONS:
        interest = f"roles {interest}"  # "in Berlin" -> "roles in Berlin"
    return _lower_first(interest)


def _lower_first(text: str, *, names_only: bool = False) -> str:
    """ "Roles in data" -> "roles in data", but "Google's team", "AI roles", "Berlin" stay.

    By default only a known common word is lowered (a future_interest often starts with a name:
    "Python roles"); with names_only, any plain capitalised word is, unless it looks like a name
    (a possessive, or a capitalised word after it: "New York office").
    """
    first = _straight(text.split()[0]).rstrip(",.;:!?") if text else ""
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
    return _fill(template, words)


def _signature(sign_off: str, words: dict[str, str]) -> str:
    return f"{sign_off}\n{words['sender']}" if words["sender"] else sign_off


def _subject(template: str, words: dict[str, str]) -> str:
    """One line of at most SUBJECT_LIMIT characters; a long role is shortened or left out."""
    subject_words = words
    for role in (words["subject_role"], ""):
        if role != words["role"]:
            the_role = _the_role(role, words["noun"])
            subject_words = words | {"role": role, "the_role": the_role}
        # _clean also closes the gap an empty role leaves ("the  interview").
        subject = _tidy(_clean(_fill(template, subject_words)))
        subject = re.sub(r"\s+at your company$", "", subject)
        if len(subject) <= SUBJECT_LIMIT:
            return subject
    return subject[:SUBJECT_LIMIT].rsplit(" ", 1)[0]


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


# --- the user's reason ------------------------------------------------------------------------


def _detail(facts: LetterFacts) -> str:
    return _tidy_detail(facts.reason_detail)


@lru_cache(maxsize=4096)
def _tidy_detail(text: str | None) -> str:
    """The user's reason_detail, tidied: quotes, shouting and a lone lower-case "i" mended."""
    detail = _clean_fact(text)
    detail = re.sub(r"^(?:[-*\u2022>]+\s*)+", "", detail)  # a pasted bullet
    detail = detail.replace("\u201c", '"').replace("\u201d", '"')
    wrapped = re.fullmatch(r'"([^"]+)"([.!?]*)', detail) or re.fullmatch(
        r"'([^']+)'([.!?]*)", detail
    )
    if wrapped:
        detail = wrapped.group(1) + wrapped.group(2)
    if detail.count('"') % 2:
        detail = _clean(detail.replace('"', " "))
    letters = [ch for ch in detail if ch.isalpha()]
    shouted = len(detail.split()) > 1 or len(letters) >= _SHOUTED_WORD_LETTERS
    if len(letters) > 3 and detail == detail.upper() and shouted:
        detail = detail.lower()  # a shouted reason is calmer in ordinary capitals ("COVID" stays)
    detail = re.sub(r"(?<![\w'.])i(?!\.e\.)(?=$|[\s,.;:!?'\u2019])", "I", detail)
    detail = _DANGLING_END.sub("", detail)  # "my family, and my studies, and"
    detail = re.sub(r"[,;\s]+sorry[.!]*$", "", detail, flags=re.IGNORECASE)  # "personal, sorry"
    # "After careful thought, I want to stay" repeats our decision line: keep what follows.
    detail = _THOUGHT_LEAD_IN.sub("", detail)
    if _fold_simple(detail).rstrip(".!") in _NON_ANSWERS:
        return ""
    if _fold_simple(detail).rstrip(".!") in _REASON_ADJECTIVES:
        detail = f"{detail.rstrip('.!')} reasons"  # "Personal" -> "personal reasons"
    # Only punctuation ("." or "-") is no reason at all.
    return detail if any(ch.isalnum() for ch in detail) else ""


def _is_question(detail: str) -> bool:
    return detail.rstrip(" .!\"')").endswith("?")


def _reason_sentence(facts: LetterFacts, voice: _Voice, detail: str | None = None) -> str:
    """The user's own words when given, woven in as a sentence; otherwise the reason's line.

    A question ("Why move now?") is no reason to give an employer: the reason's line stands in.
    """
    detail = _detail(facts) if detail is None else detail
    if not detail or _is_question(detail) or not any(ch.isalnum() for ch in detail):
        # An unknown reason gets the calm general line rather than an error.
        formal, plain = _REASON_LINES.get(facts.reason, _REASON_LINES["other"])
        return formal if voice.formal else plain
    if _fold_simple(detail).rstrip(".!") in _TIMING_ANSWERS:
        formal, plain = _REASON_LINES["timing"]
        return formal if voice.formal else plain
    text = _as_sentence(detail, voice)
    frames = (voice.detail_frame, voice.detail_state, voice.detail_after)
    if text.startswith(tuple(frame.split("{")[0] for frame in frames)):
        # Our frame around the user's fragment ("It comes down to touring") is said calmly.
        text = re.sub(r"!+(?=[\"')]*$)", ".", text)
    if voice.formal:
        text = _expand_contractions(text)
        text = re.sub(r"!+(?=[\"')]*$)", ".", text)  # an exclamation is too loud in formal
    return _end_sentence(text[0].upper() + text[1:])


def _as_sentence(detail: str, voice: _Voice) -> str:
    """The detail as a sentence of the letter, in the user's framing."""
    words = [_straight(w).lower().strip(',.;:!?"()') for w in detail.split()]
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
        return _fill(voice.detail_after, {"detail": lowered})  # "This comes after my move."
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
        return _fill(voice.detail_state, {"detail": lowered})  # "not the right fit"
    if opener in ("just", "simply") and second in _STATE_STARTS:
        return _fill(voice.detail_state, {"detail": lowered})  # "just not the right fit"
    # "the salary", "Low salary": our frame, with the user's first word in lower case.
    return _framed(detail, voice)


def _framed(detail: str, voice: _Voice) -> str:
    """The user's fragment inside our frame ("It comes down to relocation to Berlin"), or, when
    its first word may be a name we must not lower ("London commute"), after a colon as typed."""
    lowered = _lower_first(detail, names_only=True)
    words = detail.split()
    first = _straight(words[0]).rstrip(",.;:!?")
    named = first.endswith("'s") or first.isupper() or (len(words) > 1 and words[1][:1].isupper())
    if lowered == detail and first[:1].isupper() and not named:
        return f"{'In brief' if voice.formal else 'In short'}: {detail}"
    return _fill(voice.detail_frame, {"detail": lowered})


def _expand_contractions(text: str) -> str:
    """ "I'm", "isn't", "it's", "I'd": formal letters spell them out."""

    def expand(match: re.Match[str]) -> str:
        word = match.group(0)
        key = _straight(word).lower()
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


def _short_reason(facts: LetterFacts, voice: _Voice, room: int) -> str | None:
    """The reason sentence in at most `room` characters, or None when even a short one won't fit."""
    for detail in _shorter_details(_detail(facts)):
        sentence = _reason_sentence(facts, voice, detail=detail)
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
