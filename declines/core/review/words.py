"""Every word list the guideline review reads, kept in this one place so tuning the review means
editing one file.

Phrases are matched case- and accent-insensitively on word boundaries, spaces flexible; the
`*_PATTERNS` are regexes over folded (lower-case, straight-apostrophe) text. `declines.guidelines`
re-exports every name here. Pure Python, no Django import.
"""

# positive: words that sound negative about the employer or the process.
NEGATIVE_WORDS = (
    "bad",
    "awful",
    "terrible",
    "horrible",
    "poor",
    "rude",
    "unprofessional",
    "incompetent",
    "disorganized",
    "disorganised",
    "chaotic",
    "frustrating",
    "frustrated",
    "annoying",
    "annoyed",
    "ridiculous",
    "insulting",
    "insulted",
    "lowball",
    "lowballed",
    "unacceptable",
    "disrespectful",
    "useless",
    "pathetic",
    "stupid",
    "hate",
    "hated",
    "sucks",
    "sucked",
    "worst",
    "toxic",
    "joke",
    "wasted",
    "a mess",
)
# positive: the seed asks us not to express disappointment.
DISAPPOINTMENT_PHRASES = (
    "disappointed",
    "disappointing",
    "disappointment",
    "let down",
    "letdown",
    "underwhelmed",
    "underwhelming",
    "dissatisfied",
    "not impressed",
    "expected better",
    "expected more",
)
# positive: sentences that point at the employer's failings, whatever follows them.
BLAME_PHRASES = (
    "your fault",
    "you failed",
    "you ignored",
    "waste of time",
    "waste of my time",
    "waste my time",
    "wasting my time",
    "more of my time",
    "kept me waiting",
    "left me waiting",
    "left me hanging",
    "ghosted",
    "ghosting",
    "ghost me",
    "ghosts me",
    "strung me along",
    "stringing me along",
    "messed me around",
    "messing me around",
    "mucked me around",
)
# positive: words too casual for a letter to an employer, even a warm one. Typed into the user's
# own reason ("lol, the role is too far away"), they read as a text to a friend.
INFORMAL_WORDS = (
    "lol",
    "lmao",
    "rofl",
    "omg",
    "wtf",
    "smh",
    "tbh",
    "ngl",
    "imo",
    "imho",
    "fwiw",
    "idk",
    "haha",
    "hahaha",
    "meh",
    "nah",
    "yeah",
    "yep",
    "nope",
    "gonna",
    "wanna",
    "gotta",
    "dunno",
    "kinda",
    "sorta",
    "pls",
    "plz",
    "cuz",
    "tho",
    "btw",
    "sucky",
    "crap",
    "crappy",
    "damn",
    "bloody",
)
# positive: openings that blame only with one of BLAME_VERBS after them (up to two words between):
# "you never replied" and "you didn't tell me" blame; "you never once made me feel rushed",
# "you didn't have to" and "you should have my references by now" are kind or neutral.
BLAME_LEADS = (
    "you never",
    "you didn't",
    "you did not",
    "you should have",
    "you could have",
    "you should've",
    "you could've",
    "nobody",
    "no one",
)
BLAME_VERBS = (
    *("reply", "replied", "respond", "responded", "answer", "answered", "get back", "got back"),
    *("call", "called", "tell", "told", "say", "said", "explain", "explained", "mention"),
    *("mentioned", "send", "sent", "share", "shared", "disclose", "disclosed", "update"),
    *("updated", "inform", "informed", "warn", "warned", "let me know", "contact", "contacted"),
    *("return", "returned", "follow up", "followed up", "bother", "bothered", "listen"),
    *("listened", "read", "show up", "showed up", "turn up", "turned up", "treat", "treated"),
    *("respect", "respected", "value", "valued", "care", "cared", "acknowledge"),
    *("acknowledged", "confirm", "confirmed", "check", "checked", "been clearer"),
    *("been upfront", "been honest", "been more", "known better", "offered more", "paid more"),
)
# positive: polite formulas that contain a listed word but are kind; removed before scanning.
# ("I regret that I must decline", "unfortunately" and "sadly" contain no listed word at all.)
# "I feel bad about the short notice" and "it's bad timing for me" are about the writer, and
# kind: not negativity about the employer.
POLITE_FORMULAS = (
    "you never know",
    "hate to",
    "hate for",
    "not a bad",
    "feel bad",
    "felt bad",
    "feel so bad",
    "feel really bad",
    "bad timing",
    "bad time for me",
)
# Shouting: a run of all-capital words, or one long all-capital word, unless it is a name in the
# facts. Short acronyms (IBM, UX, NASA, AT&T) pass on their own.
SHOUT_RUN_WORDS = 3
SHOUT_PAIR_LETTERS = 4
SHOUT_WORD_LETTERS = 6

GRATITUDE_WORDS = (
    "thank",
    "thanks",
    "thanked",
    "thankful",
    "grateful",
    "gratefully",
    "gratitude",
    "appreciate",
    "appreciated",
    "appreciates",
    "appreciating",
    "appreciation",
    "appreciative",
    "obliged",
    "thx",
    "thankyou",
)
# grateful: "thanks" that thanks nobody: "no thanks", "thanks to a new offer, I..." (but "thanks to
# you and the team" is thanks). Regexes over folded text, removed before looking for thanks.
NOT_GRATITUDE_PATTERNS = (
    r"\bno,?\s+thanks?(?:\s+you)?\b",
    r"\bthanks\s+but\s+no\s+thanks\b",
    r"\bthanks\s+to\s+(?!you\b|everyone\b|all\b|both\b|each\b|your\b|the\s+(?:whole\s+)?team\b)",
)

# prompt: an apology for late notice, once the interview has passed.
APOLOGY_PHRASES = (
    "apologise",
    "apologize",
    "apologies",
    "apologising",
    "apologizing",
    "sorry for the late",
    "sorry for the short",
    "sorry for the delay",
    "sorry this comes",
    "sorry this is",
    "sorry for the",
    "sorry about the",
    "sorry it has taken",
    "sorry it's taken",
    "sorry to be",
    "so sorry",
    "i'm sorry",
    "i am sorry",
    "late notice",
    "short notice",
    "last-minute",
    "last minute",
    "belated",
)

# personal: greetings that ignore a name the writer knows; shown as written here.
GENERIC_GREETINGS = (
    "To whom it may concern",
    "Dear Hiring Manager",
    "Dear Hiring Team",
    "Dear Recruiter",
    "Dear Sir or Madam",
    "Dear Sir/Madam",
    "Dear Sir / Madam",
    "Dear Madam or Sir",
)
# personal: template leftovers. Brackets and angles need a letter inside; angles skip e-mail
# addresses and links, which people paste into signatures. "XXX" and "___" open with their own
# character, not a lookbehind, as a regex that opens with one is tried at every character.
PLACEHOLDER_PATTERNS = (
    r"\[[^\[\]\n]{1,30}\]",
    r"\{[^{}\n]{0,30}\}",
    r"<[^<>\n@/]{1,30}>",
    r"[Xx](?<!\w[Xx])[Xx]{2,}(?!\w)",
    r"___+",
    # Mail-merge fields left in capitals: "Dear FIRSTNAME," (matched case-sensitively).
    r"\b(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|YOUR_?NAME|NAME|COMPANY(?:_?NAME)?"
    r"|RECIPIENT(?:_?NAME)?|RECRUITER(?:_?NAME)?|HIRING_?MANAGER|JOB_?TITLE)\b",
)
# personal: how a greeting line opens, folded; it is looked for in the first few lines.
GREETING_WORDS = (
    "dear",
    "hi",
    "hello",
    "hey",
    "hiya",
    "greetings",
    "good morning",
    "good afternoon",
    "good evening",
    "good day",
    "morning",
    "afternoon",
    "to whom",
)
GREETING_SEARCH_LINES = 8
# Lines pasted above a letter that are not its text ("Subject: Withdrawing my application").
HEADER_FIELDS = ("subject", "re", "fw", "fwd", "to", "from", "date", "sent", "cc", "bcc")
# Titles that are not a first name ("Dr Helen Park" is greeted as Helen or Dr Park).
HONORIFICS = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame")
# Sentence splitting must not stop after these.
ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "St.", "e.g.", "i.e.", "etc.")

# reason: the decision itself. Regexes over folded (lower-case, straight-apostrophe) text.
# "not", then any of "to", "be", "able to", "wish to", "going to"...: "I don't wish to proceed".
_NEGATION = (
    r"(?:\bnot|n't|\bno longer|\bunable to)\s+"
    r"(?:(?:to|be|able\s+to|wish\s+to|want\s+to|plan\s+to|intend\s+to|going\s+to|looking\s+to"
    r"|like\s+to|be\s+able\s+to)\s+)*"
)
_CHOOSE = r"\b(?:decid(?:e|ed|ing)|chos(?:e|en)|choose|choosing|opt(?:ed|ing)?)\s+"
DECISION_PATTERNS = (
    r"\bdeclin(?:e|ed|es|ing)\b",
    r"\bwithdr(?:aw|aws|awing|awn|awal|ew)\b",
    _NEGATION + r"(?:move|moving|go|going|take|taking)\s+(?:\w+\s+)?(?:forward|ahead|further)\b",
    _NEGATION
    + r"(?:proceed|proceeding|continue|continuing|pursue|pursuing|progress|progressing)\b",
    _NEGATION + r"(?:attend|attending|interview|interviewing|join|joining|take part|taking part)\b",
    r"\bno longer\s+(?:be\s+)?(?:a candidate|in the running|available|interested|considered)\b",
    r"\bstep(?:s|ping|ped)?\s+(?:back|away|aside)\b",
    r"\bturn(?:s|ing|ed)?\s+(?:\w+\s+){0,3}down\b",
    r"\bbow(?:ing)?\s+out\b",
    r"\bpass(?:ing)?\s+on\s+(?:this|the)\s+(?:opportunity|role|position|interview)\b",
    r"\bout of (?:the )?(?:running|consideration|process)\b",
    r"\bremov(?:e|ing)\s+(?:myself|me|my name|my application)\b",
    r"\bcancel(?:l?ing|l?ed)?\s+(?:my|our|the)\s+interview\b",
    r"\bsay(?:ing)?\s+no\s+to\b",
    r"\bpass(?:ing)?\s+(?:on\s+(?:it|this)\b|this\s+time\b|for\s+now\b)",
    _CHOOSE + r"against\b",
)
# reason: choosing something else says no to this, and says why in the same words: "I've chosen
# to accept another position", "I've decided to stay in my current role". (A bare "I have
# accepted another offer" is a why, but it does not say that you are stepping back.)
DECISIONS_WITH_WHY = (
    _CHOOSE + r"to\s+stay\b",
    _CHOOSE + r"to\s+(?:accept|take|go\s+with|pursue)\s+(?:another|a\s+different"
    r"|an?\s+(?:\w+\s+)?(?:offer|position|role|job)\s+(?:elsewhere|with|at)\b)",
)
# reason: words that show a why is given near the decision.
REASON_MARKERS = (
    "because",
    "since",
    "due to",
    "given",
    "as i",
    "as i'm",
    "as i've",
    "as my",
    "as it",
    "as this",
    "realised",
    "realized",
    "accepted",
    "accept",
    "offer",
    "elsewhere",
    "another role",
    "another position",
    "relocate",
    "relocating",
    "relocation",
    "moving",
    "timing",
    "schedule",
    "availability",
    "fit",
    "match",
    "align",
    "aligns",
    "aligned",
    "direction",
    "career",
    "path",
    "goals",
    "priorities",
    "focus",
    "circumstances",
    "situation",
    "personal",
    "family",
    "health",
    "commitments",
    "compensation",
    "salary",
    "pay",
    "package",
    "budget",
    "location",
    "commute",
    "remote",
    "studies",
    "university",
    "school",
    "baby",
    "partner",
    "current role",
    "current job",
    "current team",
    "right time",
    "not the right",
    "isn't the right",
    "not right",
    "isn't right",
    "closer to home",
    "abroad",
    "move into",
    "moving into",
    "switch",
    "switching",
    "field",
    "industry",
    "sector",
    "instead",
    "study",
    "studying",
)
# reason: where the why ends. After the decision, the sentences that follow in its paragraph are
# the why, until one of these says something else (thanks, an offer, the door, promptness).
REASON_PASSAGE_STOPS = (
    "let you know",
    "plan",
    "slot",
    "as soon as",
    "straight away",
    "right away",
    "promptly",
    "early",
    "your time",
    "heads-up",
    "heads up",
    "introduce",
    "recommend",
    "luck",
    "wish",
)
# reason: facts.reason values that carry no why of their own (unless reason_detail gives one).
REASONS_WITHOUT_WHY = ("prefer_not_to_say", "other")
# reason: an example why, per facts.reason, for the note when the why is missing.
REASON_EXAMPLES = {
    "another_offer": "I've accepted a position elsewhere",
    "career_change": "I've decided to take my career in a new direction",
    "personal": "a change in my personal circumstances means the timing doesn't work",
    "role_mismatch": "I've realised the role isn't quite the right fit for me",
    "compensation": "the package doesn't quite meet what I need",
    "location": "the location doesn't work for me",
    "timing": "the timing isn't right for me",
    "other": "after some thought, I've decided it's not the right step for me",
}
MAX_LETTER_WORDS = 250
MAX_REASON_WORDS = 40
MAX_REASON_SENTENCES = 2
# reason: the share of the reason_detail's longer words a letter must carry to count as giving it.
DETAIL_WORDS_SHARE = 0.6

FEEDBACK_WORDS = ("feedback",)

# open_door: wording that keeps the line open for later roles or contact.
OPEN_DOOR_PHRASES = (
    "in the future",
    "in future",
    "for the future",
    "future role",
    "future roles",
    "future opening",
    "future openings",
    "future opportunity",
    "future opportunities",
    "future position",
    "future positions",
    "future vacancies",
    "future projects",
    "in touch",
    "connected",
    "connecting",
    "reconnect",
    "door",
    "down the road",
    "down the line",
    "cross paths",
    "paths cross",
    "other opportunities",
    "new opportunities",
    "any opportunities",
    "opportunities arise",
    "opportunities come up",
    "other openings",
    "other positions",
    "hear from you",
    "reach out",
    "in contact",
    "keep me in mind",
    "bear me in mind",
    "keep an eye on",
    "later on",
    "later date",
    "one day",
    "someday",
    "next time",
    "other roles",
    "another role",
    "consider me",
    "linkedin",
    "another time",
    "if anything changes",
    "if things change",
    "should anything change",
    "should things change",
    "if circumstances change",
    "on file",
    "keep my details",
    "keep my cv",
    "keep my resume",
)
# open_door: a farewell wish is not an open door: "best of luck in the future", "all the best for
# the future", "I wish you well in the future". Regexes over folded text, removed before looking.
FAREWELL_PATTERNS = (
    r"\b(?:luck|best|success|well|wishes)\s+(?:[\w']+\s+){0,3}?(?:in|for)\s+(?:the\s+)?future\b",
)
OPEN_DOOR_PATTERNS = (
    r"\b(?:work|working|speak|speaking|talk|talking|meet|meeting|connect|connecting|chat|chatting"
    r"|cross)\b[^.!?\n]{0,30}\bagain\b",
)
