"""Hand-written letters, in the many ways real people write them, through review_letter.

Good letters (formal, warm, brief, one-paragraph LinkedIn notes) must pass all eight guidelines;
each bad letter fails exactly one guideline, the way people actually slip, and the note must name
the thing to fix. None of these letters come from our composer.

March 2026: Monday 2 is "today"; the interview is Monday 9 at 10:00 UTC unless a letter says
otherwise.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from declines.core.letters import LetterFacts
from declines.core.review import review_letter

UTC = ZoneInfo("UTC")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
INTERVIEW = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)
KEYS = ("prompt", "personal", "grateful", "reason", "positive", "helpful", "open_door", "follow_up")

FACTS = LetterFacts(
    recipient_name="Priya Shah",
    company="Brightwave",
    role="Product Analyst",
    sender_name="Tom Becker",
    interview_at=INTERVIEW,
    reason="another_offer",
)


def verdicts(body: str, facts: LetterFacts, today: datetime = MONDAY) -> dict[str, bool]:
    return {c.guideline: c.ok for c in review_letter(body, facts, today=today)}


# --- Good letters: every guideline passes ---------------------------------------------------

GOOD = {
    "formal, withdrawing my candidacy": (
        {},
        """Dear Ms Shah,

Thank you for inviting me to interview for the Product Analyst position at Brightwave. I am \
grateful for the time you and your colleagues have spent reviewing my application.

I am writing to let you know that I will be withdrawing my candidacy, as I have accepted a \
position with another organisation.

I would welcome the opportunity to be considered for future openings at Brightwave.

Yours sincerely,
Tom Becker
""",
    ),
    "formal, with an address block and a date first": (
        {"reason": "personal"},
        """Tom Becker
14 Elm Road
Leeds LS1 4AB

2 March 2026

Dear Ms Shah,

Thank you for your letter inviting me to interview for the position of Product Analyst. Owing \
to a change in my family circumstances, I must regretfully withdraw my application.

I am grateful for your consideration and hope that I may apply again in future.

Yours sincerely,
Tom Becker
""",
    ),
    "a bare name after an address block": (
        {},
        """Tom Becker
14 Elm Road, Leeds

Priya,

Thank you for the invitation to interview. I have accepted another offer, so I am withdrawing \
my application. I hope we stay in touch.

Tom
""",
    ),
    "formal, referral and feedback offered": (
        {"referral_name": "Daniel Ortiz", "offer_feedback": True, "reason": "career_change"},
        """Dear Priya Shah,

Thank you very much for the invitation to interview. After a great deal of reflection, I have \
decided not to proceed with my application, as I am moving my career towards teaching.

Should it be useful, my former colleague Daniel Ortiz is an excellent analyst and may be \
interested in the role. I would also be happy to share any feedback on the application process.

Please do not hesitate to reach out if anything changes on your side.

Kind regards,
Tom Becker
""",
    ),
    "formal, decided not to proceed, no reason given": (
        {"reason": "prefer_not_to_say"},
        """Dear Priya,

Thank you for taking the time to consider my application. I have decided not to proceed with \
the interview at this time.

No problem at all if you need to fill the role quickly - but please do keep my details on file.

Best regards,
Tom Becker
""",
    ),
    "formal, late notice with an apology": (
        {"interview_at": MONDAY - timedelta(days=1)},
        """Dear Priya,

Please accept my apologies for the late notice. Thank you for inviting me to interview for the \
Product Analyst role; I have accepted another offer and must withdraw from the process.

I hope our paths cross again.

Kind regards,
Tom
""",
    ),
    "warm, chosen to accept another position": (
        {"keep_in_touch": True},
        """Hi Priya,

I'm writing to let you know I'll be withdrawing my candidacy for the Product Analyst role. I've \
chosen to accept another position that came through last week.

I really appreciate the time you spent with me on the phone, and I'd love to stay connected.

Best,
Tom
""",
    ),
    "warm, LinkedIn and paths crossing": (
        {"keep_in_touch": True},
        """Hi Priya,

Thanks so much for reaching out about the Product Analyst role - I really appreciate you thinking \
of me.

I've chosen to accept another position that's a great match for where I am right now, so I'll be \
withdrawing from the process.

I'd love to stay connected on LinkedIn, and I hope our paths cross again.

Best,
Tom
""",
    ),
    "warm, a subject line pasted on top": (
        {"reason": "career_change", "keep_in_touch": True},
        """Subject: Product Analyst interview

Hi Priya,

Thanks so much for getting in touch and for arranging the interview for Thursday - I really \
appreciate it.

After a lot of back and forth, I've decided to step away from analytics and move into UX \
research, so it wouldn't be fair to take up a slot. I'd love to stay connected on LinkedIn, and \
if anything changes I'll reach out.

Best of luck with your search,
Tom
""",
    ),
    "warm, no interview date yet": (
        {"interview_at": None, "reason": "location"},
        """Hello Priya,

I really appreciate you taking the time to speak with me last week. Since then my family and I \
have decided to stay in Glasgow, and the commute to Brightwave's London office just wouldn't \
work, so I'm withdrawing from the process.

I hope we cross paths again, and I'd be happy to stay in touch.

Warm wishes,
Tom
""",
    ),
    "warm, a referral and another time": (
        {"reason": "role_mismatch", "referral_name": "Amelia Clarke"},
        """Hi Priya,

Thank you for the invite! Having read the full description, I don't think the role is the right \
fit for my skills, so I'd like to withdraw my application.

That said, my colleague Amelia Clarke has exactly the SQL and stakeholder experience you're \
after - I'd be glad to put you in touch with her.

All the best, and I hope we can work together another time.
Tom
""",
    ),
    "warm, relocating": (
        {"reason": "location"},
        """Dear Priya,

Thank you for the opportunity to interview for the Product Analyst role. I'm afraid I need to \
withdraw: my partner has taken a job in Edinburgh and we'll be relocating next month.

I hope our paths cross again someday.

Warmest regards,
Tom
""",
    ),
    "warm, unfortunately and a health matter": (
        {"reason": "personal"},
        """Dear Priya,

Thank you so much for inviting me to interview. Unfortunately, due to a health matter, I won't be \
able to continue with the process.

I hope I can be considered for future opportunities once things settle.

With gratitude,
Tom
""",
    ),
    "warm, a warm welcome never expected": (
        {"reason": "other"},
        """Dear Priya,

I never expected such a warm welcome from a team I had only met once - thank you. It makes this \
harder to write: I have decided not to move forward with the interview, as I want to focus on my \
studies this year.

No problem at all if you'd rather not keep my details, but I'd be glad to hear about future roles.

All the best,
Tom
""",
    ),
    "warm, sorry to miss meeting the team": (
        {"reason": "timing"},
        """Hi Priya,

Thank you for the invitation. I'm sorry to miss meeting the team, but the timing isn't right for \
me to change jobs, so I'll have to withdraw from the interview.

Let's keep in touch - I'd love to hear if anything changes.

Cheers,
Tom
""",
    ),
    "warm, feeling bad about the notice": (
        {},
        """Hi Priya,

Many thanks for the invitation. I feel bad about the short notice, but I've accepted another \
offer and won't be taking this further.

You never once made me feel rushed, and I'd be glad to stay in touch.

Tom
""",
    ),
    "brief, many thanks and keep me in mind": (
        {},
        """Hi Priya,

Many thanks for the invite to interview for the Product Analyst role. I've accepted another \
offer, so I have decided not to proceed. Please keep me in mind for future openings.

Best of luck with your search,
Tom
""",
    ),
    "brief, bowing out": (
        {"reason": "timing"},
        """Priya -

I really appreciate you thinking of me for this. The timing just isn't right for me to move, so \
I'm going to bow out of the process for now.

Would be great to stay in touch.

Thanks,
Tom
""",
    ),
    "brief, a one-paragraph LinkedIn note": (
        {"keep_in_touch": True},
        "Hi Priya - thank you so much for thinking of me for the Product Analyst role! I've accepted "
        "another offer, so I'm going to withdraw from the process. I'd love to stay connected here "
        "on LinkedIn. Best, Tom",
    ),
    "brief, passing this time": (
        {},
        """Hi Priya, thanks so much for reaching out! I've just accepted another role, so I'll pass \
this time. Would love to keep in touch though.
Tom
""",
    ),
    "brief, cancelling as soon as possible": (
        {},
        """Good morning Priya,

I wanted to let you know as soon as possible that I've accepted an offer elsewhere, so I'd like \
to cancel our interview on Monday. Thank you again for the time you've already put in.

I'd be glad to hear from you about future roles.

Tom
""",
    ),
    "brief, the package and feedback": (
        {"reason": "compensation", "offer_feedback": True},
        """Hello Priya,

Many thanks for the invitation to interview. Having looked closely at the package, I have decided \
not to proceed, as the salary range is below what I need at this stage.

If it helps, I'm happy to give feedback on the job ad and the application process. Please keep me \
in mind for more senior openings in future.

Kind regards,
Tom
""",
    ),
    "accented name written without accents": (
        {"recipient_name": "Zoë Müller"},
        """Dear Zoe,

Thank you for the invitation to interview. I have accepted another offer, so I am withdrawing my \
application. I hope we stay in touch.

Best,
Tom
""",
    ),
    "the name was typed surname first": (
        {"recipient_name": "Shah, Priya", "referral_name": "Ortiz, Daniel"},
        """Dear Priya,

Thank you for the invitation to interview. I have accepted another offer, so I am withdrawing my \
application. Daniel Ortiz would be a great fit for the role. I hope we stay in touch.

Best,
Tom
""",
    ),
    "the name was typed as an e-mail address": (
        {"recipient_name": "priya.shah@brightwave.com"},
        """Dear Priya,

Thank you for the invitation to interview. I have accepted another offer, so I am withdrawing my \
application. I hope we stay in touch.

Best,
Tom
""",
    ),
    "a generic greeting when only a team was named": (
        {"recipient_name": "Hiring Manager"},
        """Dear Hiring Manager,

Thank you for the invitation to interview. I have accepted another offer and must decline the \
interview. I would be glad to stay in touch.

Regards,
Tom
""",
    ),
    "already followed up": (
        {"sent_at": MONDAY - timedelta(days=10), "followed_up_at": MONDAY - timedelta(days=3)},
        """Dear Priya,

Thank you for the invitation to interview. I have accepted an offer elsewhere and am withdrawing \
my application.

Please keep me in mind for future openings.

Best wishes,
Tom
""",
    ),
}


@pytest.mark.parametrize("name", GOOD)
def test_a_good_hand_written_letter_passes_every_guideline(name):
    overrides, body = GOOD[name]
    checks = review_letter(body, replace(FACTS, **overrides), today=MONDAY)
    warnings = {c.guideline: c.note for c in checks if not c.ok}
    assert warnings == {}, f"{name}: {warnings}"
    assert all(c.level in ("good", "suggestion") for c in checks)


# --- Bad letters: exactly one guideline fails, and the note names the right thing ------------

LETTER = """{greeting}

{thanks} {decision}

{door}

Best,
Tom
"""


def letter(
    greeting="Dear Priya,",
    thanks="Thank you for inviting me to interview for the Product Analyst role.",
    decision="I've accepted another offer, so I'm withdrawing from the process.",
    door="Please keep me in mind for future openings.",
) -> str:
    return LETTER.format(greeting=greeting, thanks=thanks, decision=decision, door=door)


BAD = {
    # prompt: judged from time, so a good letter fails it by arriving late.
    "the interview is in 20 hours": (
        {"interview_at": MONDAY + timedelta(hours=20)},
        letter(),
        "prompt",
        "Your interview is in less than two days — send this today.",
    ),
    "the interview is later today": (
        {"interview_at": MONDAY + timedelta(hours=3)},
        letter(),
        "prompt",
        "Your interview is today",
    ),
    "the interview was yesterday, no apology": (
        {"interview_at": MONDAY - timedelta(days=1)},
        letter(),
        "prompt",
        "Add a short apology for the late notice",
    ),
    # personal
    "hi there": ({}, letter(greeting="Hi there,"), "personal", "doesn't use Priya's name"),
    "hello without a name": ({}, letter(greeting="Hello,"), "personal", 'try "Dear Priya,"'),
    "dear sir or madam": (
        {},
        letter(greeting="Dear Sir/Madam,"),
        "personal",
        'Swap "Dear Sir/Madam" for Priya\'s name',
    ),
    "dear hiring team": (
        {},
        letter(greeting="Dear Hiring Team,"),
        "personal",
        'Swap "Dear Hiring Team"',
    ),
    "a leftover placeholder": (
        {},
        letter(greeting="Dear [Recruiter name],"),
        "personal",
        'Fill in the placeholder "[Recruiter name]"',
    ),
    "a mail-merge field in capitals": (
        {},
        letter(greeting="Dear FIRSTNAME,"),
        "personal",
        'Fill in the placeholder "FIRSTNAME"',
    ),
    "a mail-merge field in braces": (
        {},
        letter(greeting="Hi {{first_name}},"),
        "personal",
        'Fill in the placeholder "{first_name}"',
    ),
    "the wrong name": ({}, letter(greeting="Dear Sarah,"), "personal", "Priya's name"),
    "hi team": ({}, letter(greeting="Hi team,"), "personal", "Priya's name"),
    "the wrong name after an address block": (
        {},
        "Tom Becker\n14 Elm Road, Leeds\n\n" + letter(greeting="Sarah,"),
        "personal",
        "Priya's name",
    ),
    # grateful
    "no thanks at all": (
        {},
        letter(thanks="I'm writing about the Product Analyst role."),
        "grateful",
        "Add a line of thanks",
    ),
    "no thanks, literally": ({}, letter(thanks="No thanks."), "grateful", "Add a line of thanks"),
    "thanks to an offer is not thanks": (
        {},
        letter(thanks="", decision="Thanks to a new offer, I am withdrawing my application."),
        "grateful",
        "the Brightwave team",
    ),
    # reason
    "no decision stated": (
        {},
        letter(decision="I have accepted another offer that suits my plans."),
        "reason",
        "Say clearly that you are withdrawing from the process",
    ),
    "the decision only in the subject line": (
        {},
        "Subject: Withdrawing my application\n\n"
        + letter(decision="I have accepted another offer."),
        "reason",
        "Say clearly that you are withdrawing",
    ),
    "a decision without any why": (
        {},
        letter(decision="I'm writing to let you know I'll be withdrawing my candidacy."),
        "reason",
        'Add a short, honest why, such as "I\'ve accepted a position elsewhere."',
    ),
    "not moving forward is no why": (
        {},
        letter(decision="I'm not moving forward with the interview."),
        "reason",
        "Add a short, honest why",
    ),
    "a rambling 90-word reason": (
        {},
        letter(
            decision=(
                "I've decided to withdraw, because over the past few weeks I have been thinking a "
                "great deal about where I want to be in five years and what kind of team I want "
                "to join, and after many long talks with my partner, my parents, my old manager "
                "and several friends who work in analytics, I came to the view that another offer "
                "I received lines up better with all of it, and with the kind of life we want."
            )
        ),
        "reason",
        "Your reason runs to",
    ),
    "a reason rambling over many sentences": (
        {},
        letter(
            decision=(
                "I have decided to withdraw, because I accepted another offer. It came after "
                "months of talks with my family about where we want to live and how we want to "
                "spend our weekends. My partner has a job in Leeds that she loves and cannot "
                "leave. Our two kids are settled at school there, and my parents live ten minutes "
                "away and help with pick-ups twice a week. Moving to London would undo all of it."
            )
        ),
        "reason",
        "Your reason runs to",
    ),
    # positive
    "disappointed by a disorganised process": (
        {},
        letter(
            decision="I've accepted another offer, so I'm withdrawing. I was disappointed by how "
            "disorganised the process was."
        ),
        "positive",
        "'disorganised' sounds negative",
    ),
    "disappointed, politely": (
        {},
        letter(decision="I'm disappointed to say I've accepted another offer and must withdraw."),
        "positive",
        "'disappointed' expresses disappointment",
    ),
    "shouting": (
        {},
        letter(decision="I've accepted another offer and I am withdrawing. THIS IS FINAL."),
        "positive",
        '"THIS IS FINAL" reads as shouting',
    ),
    "two exclamation marks": (
        {},
        letter(thanks="Thanks for the invitation!!"),
        "positive",
        "Two exclamation marks",
    ),
    "you never replied": (
        {},
        letter(
            decision="You never replied to my questions, so I've accepted another offer and "
            "I'm withdrawing."
        ),
        "positive",
        "'you never replied' can read as blame",
    ),
    "nobody got back to me": (
        {},
        letter(
            decision="Nobody got back to me for three weeks, and I have since accepted another "
            "offer, so I'm withdrawing."
        ),
        "positive",
        "'nobody got back' can read as blame",
    ),
    "you should have told me": (
        {},
        letter(
            decision="You should have told me about the travel earlier; I've accepted another "
            "offer and I'm withdrawing."
        ),
        "positive",
        "'you should have told' can read as blame",
    ),
    "an insulting offer": (
        {},
        letter(
            decision="The salary you offered was insulting, so I've accepted another offer and "
            "I'm withdrawing."
        ),
        "positive",
        "'insulting'",
    ),
    "no more of my time": (
        {},
        letter(
            decision="I've accepted another offer and I'm withdrawing, as I'd rather not waste "
            "any more of my time."
        ),
        "positive",
        "'more of my time'",
    ),
    # helpful
    "the referral offered in the wizard is not named": (
        {"referral_name": "Daniel Ortiz"},
        letter(
            decision="I've accepted another offer, so I'm withdrawing. I know a great analyst who "
            "may be interested in the role."
        ),
        "helpful",
        "You offered to recommend Daniel Ortiz, but the letter doesn't mention them.",
    ),
    "feedback offered in the wizard is missing": (
        {"offer_feedback": True},
        letter(
            decision="I've accepted another offer, so I'm withdrawing. Happy to help however I can."
        ),
        "helpful",
        "You offered feedback, but the letter doesn't say so",
    ),
    # open door
    "goodbye": ({}, letter(door="Goodbye."), "open_door", "Add a line that leaves the door open"),
    "best of luck with the search": (
        {},
        letter(door="Best of luck with your search."),
        "open_door",
        '"I\'d be glad to hear about future roles at Brightwave."',
    ),
    "all the best for the future is a farewell": (
        {},
        letter(door="All the best for the future."),
        "open_door",
        "Add a line that leaves the door open",
    ),
    "best of luck in the future is a farewell": (
        {},
        letter(door="Best of luck in the future."),
        "open_door",
        "Add a line that leaves the door open",
    ),
    "the door closed, with an interest offered in the wizard": (
        {"future_interest": "Roles in data"},
        letter(door="Goodbye."),
        "open_door",
        '"I\'d be glad to hear about roles in data."',
    ),
    # follow up: judged from state, so a good letter fails it when nobody confirmed.
    "sent 5 business days ago, not acknowledged": (
        {"interview_at": None, "sent_at": MONDAY - timedelta(days=7)},
        letter(),
        "follow_up",
        "It's been 5 business days — a short follow-up is due.",
    ),
}


@pytest.mark.parametrize("name", BAD)
def test_a_bad_hand_written_letter_fails_exactly_one_guideline(name):
    overrides, body, failing, in_note = BAD[name]
    checks = {
        c.guideline: c for c in review_letter(body, replace(FACTS, **overrides), today=MONDAY)
    }
    assert {k: c.ok for k, c in checks.items()} == {k: k != failing for k in KEYS}, {
        k: c.note for k, c in checks.items() if not c.ok
    }
    assert checks[failing].level == "warning"
    assert in_note in checks[failing].note, checks[failing].note


def test_the_bad_letters_are_otherwise_good():
    """The template the bad letters are made from passes everything on its own."""
    assert all(verdicts(letter(), FACTS).values())


# --- Decisions on ambiguous phrases -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # Kind, not negative: "never", "no problem" and "sorry" are not complaints here.
        "I never expected such a warm welcome from the team.",
        "No problem at all if the slot is already filled.",
        "I'm sorry to miss meeting the team.",
        # "bad" about oneself is an apology, not a complaint about them.
        "I feel bad about the short notice.",
        # "you didn't" / "you never" / "you should have" blame only with a complaint verb.
        "You didn't have to spend so long on my portfolio, and I noticed.",
        "You never once made me feel rushed.",
        "You should have my references by now.",
        "I don't want to let you down, which is why I'm telling you now.",
        "I hate to do this by email.",
        "I don't want to waste your time.",
    ],
)
def test_polite_sentences_are_not_negative(sentence):
    body = letter(decision=f"I've accepted another offer, so I'm withdrawing. {sentence}")
    assert verdicts(body, FACTS)["positive"]


@pytest.mark.parametrize(
    "decision",
    [
        "I've chosen to accept another position.",
        "I have decided to accept another offer.",
        "I've decided to stay in my current role.",
        "I've accepted another offer, so I'll have to say no to the interview.",
        "I've accepted another offer, so I won't be taking this further.",
        "I've accepted another offer and don't wish to proceed.",
        "I've accepted another offer, so I'll pass this time.",
        "I've accepted another offer and have decided against interviewing.",
        "I've accepted another offer, so please consider this my formal withdrawal.",
        "I've accepted another offer, so I'm no longer pursuing this opportunity.",
        "I have accepted another offer and will not be able to continue in the process.",
    ],
)
def test_natural_decisions_are_recognised(decision):
    assert verdicts(letter(decision=decision), FACTS)["reason"]


def test_accepting_an_offer_alone_is_a_why_but_not_a_decision():
    """ "I have accepted another offer." tells them why, not that you are stepping back;
    "I've chosen to accept another position" chooses, and so says both."""
    assert not verdicts(letter(decision="I have accepted another offer."), FACTS)["reason"]
    assert verdicts(letter(decision="I've chosen to accept another offer."), FACTS)["reason"]


@pytest.mark.parametrize(
    "door",
    [
        "Please keep me in mind for future openings.",
        "I'd love to stay connected on LinkedIn.",
        "I hope we cross paths again.",
        "Feel free to reach out any time.",
        "Please get in touch if anything changes.",
        "If anything changes, I'd be glad to talk.",
        "Should things change, I'd be glad to talk.",
        "I'd love to reconnect down the line.",
        "Perhaps another time!",
        "Feel free to keep my details on file.",
        "I look forward to connecting on LinkedIn.",
        "I'd be happy to hear about other openings at Brightwave.",
        "Let's keep in touch.",
        "I hope we can work together again.",
        "I hope to work with you in the future.",
    ],
)
def test_natural_open_doors_are_recognised(door):
    assert verdicts(letter(door=door), FACTS)["open_door"]


@pytest.mark.parametrize(
    "door",
    [
        "Goodbye.",
        "Best of luck with your search.",
        "Thank you again.",
        "All the best for the future.",
        "Best of luck in the future.",
        "I wish you every success in the future.",
    ],
)
def test_farewells_do_not_open_the_door(door):
    assert not verdicts(letter(door=door), FACTS)["open_door"]


@pytest.mark.parametrize(
    "thanks",
    [
        "Many thanks for the invite.",
        "Much appreciated.",
        "Thx for the invite!",
        "Cheers, and thanks!",
    ],
)
def test_informal_thanks_count(thanks):
    assert verdicts(letter(thanks=thanks), FACTS)["grateful"]


@pytest.mark.parametrize("referral", ["none", "N/A", "-"])
def test_a_referral_typed_as_none_asks_for_no_name(referral):
    assert verdicts(letter(), replace(FACTS, referral_name=referral))["helpful"]


def test_a_team_as_recipient_asks_for_a_name_only_as_a_suggestion():
    facts = replace(FACTS, recipient_name="Talent Acquisition Team")
    check = next(
        c
        for c in review_letter(
            letter(greeting="Dear Talent Acquisition Team,"), facts, today=MONDAY
        )
        if c.guideline == "personal"
    )
    assert (check.ok, check.level) == (True, "suggestion")
