"""The words of the letters: one `Voice` per tone, the spoken `Talk` lines, and each reason's line.

The composing code only picks phrases from these tables, fills in the facts and joins the sentences,
so a reviewer can read the English of every letter in one place. Pure Python, no Django import.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Phrase tables. Placeholders: {first} {full} {company} {role} {the_role} {ref} {fi} {later}
# {day}. Sentences stay short and words plain: every letter must score 60+ on Flesch reading ease.
# No negative words (sorry, regret, unfortunately...): the review's "positive" check looks for them.
# Formal wordings use no contractions at all ("I am", never "I'm").
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
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
    late: str  # written after the interview day: a short apology instead of the slot
    referral: str
    feedback: str
    keep_in_touch: str
    future_interest: str
    follow_up: tuple[str, str]  # the check that the note arrived; thanks again


VOICES = {
    "formal": Voice(
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
        late="I apologise for not letting you know before the interview date.",
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
    "warm": Voice(
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
        late="I apologise for not letting you know before the interview.",
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
    "brief": Voice(
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
        late="Apologies for not letting you know sooner.",
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
class Talk:
    """The phone script's and the short message's fixed lines, plain or formal."""

    voice: Voice  # decision, reason, offers and open door
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
TALK = {
    "plain": Talk(
        voice=VOICES["brief"],
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
    "formal": Talk(
        voice=VOICES["formal"],
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
REASON_LINES = {
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


def fill(template: str, words: dict[str, str]) -> str:
    """Fill one of our templates. The user's text is only ever a value, never a template."""
    return template.format_map(words)
