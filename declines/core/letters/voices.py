"""The words of the letters: one `Voice` per tone, the spoken `Talk` lines, and each reason's line.

The composing code only picks phrases from these tables, fills in the facts and joins the sentences,
so a reviewer can read the English of every letter in one place. Pure Python, no Django import.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Phrase tables. Placeholders: {company} {role} {the_role} {the_post} {ref} {fi} {later} {day} {noun}; in
# subjects also {process} (" process" or "") and {at_company} (" at Acme" or "").
# Sentences stay short and words plain: every letter must score 60+ on Flesch reading ease.
# No negative words (sorry, regret, unfortunately...): the review's "positive" check looks for them.
# Formal wordings use no contractions at all ("I am", never "I'm").
# No content word may come three times in one letter: the tables are written so that no two
# phrases of a letter share one, and where a fact may bring a word in again (the user's reason says
# "time"), a slot's other wordings stand in (see `compose`).
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """One tone's wordings. Per-variant tuples hold one entry per variant (a slot's other entries
    are its fallbacks); the offers' tuples are a wording and its fallbacks."""

    formal: bool  # no contractions (the user's own words are expanded too); formal reason lines
    noun: str  # what to call the job: "the Analyst position" or "the Analyst role"
    subjects: tuple[str, ...]
    thanks: tuple[str, ...]
    # The thanks with another word for the job, for when "role" or "position" is said twice already.
    thanks_other_noun: str
    appreciation: tuple[str, ...]  # a second thank-you sentence; empty for brief
    decisions: tuple[str, ...]
    promptness: tuple[str, ...]  # why we write now: so they can plan; empty for brief
    doors: tuple[str, ...]  # the open door when the user offered nothing more specific
    farewells: tuple[str, ...]  # goodwill before the sign-off
    sign_offs: tuple[str, ...]
    detail_frame: str  # for a reason_detail that names a thing ("the salary", "the commute")
    detail_reasons: str  # for one that names reasons ("family reasons")
    detail_state: str  # for one that describes the job ("not the right fit", "too far away")
    detail_after: str  # for one that says what came first ("after moving to Leeds")
    slot: tuple[str, ...]  # when the interview date is known: the slot is free for someone else
    late: str  # written after the interview day: a short apology instead of the slot
    referral: tuple[str, ...]
    feedback: tuple[str, ...]
    keep_in_touch: tuple[str, ...]
    future_interest: tuple[str, ...]
    follow_up: tuple[str, str]  # the check that the note arrived; thanks again


VOICES = {
    "formal": Voice(
        formal=True,
        noun="position",
        subjects=(
            "Withdrawing from the {role} interview{process}{at_company}",
            "Withdrawal of my {role} application{at_company}",
            "Declining the {role} interview{at_company}",
        ),
        thanks=(
            "Thank you for inviting me to interview for {the_role} at {company}.",
            "I am grateful for the invitation to interview for {the_role} at {company}.",
            "Thank you for considering me for {the_role} at {company}.",
        ),
        thanks_other_noun="Thank you for inviting me to interview for {the_post} at {company}.",
        appreciation=(
            "I appreciate the care you have taken with my application.",
            "It was kind of you to give my application such attention.",
            "I value the time you have given to my application.",
        ),
        decisions=(
            "After careful thought, I have decided to withdraw from the interview process.",
            "I am writing to let you know that I will not move forward with the interview.",
            "I have decided to withdraw my application.",
        ),
        promptness=(
            "I wanted to tell you promptly so that you can plan ahead.",
            "I wanted to write as soon as I was sure, out of respect for your schedule.",
            "I wanted you to hear it from me straight away, so that you can make other plans.",
        ),
        doors=(
            "I hope our paths cross again in the future.",
            "I would be glad to be considered for future openings at {company}.",
            "I hope we have the chance to work together in the future.",
        ),
        farewells=(
            "I wish you every success in finding the right person.",
            "Thank you again for your consideration.",
            "I wish you and your colleagues all the best with the search.",
        ),
        sign_offs=("Kind regards,", "Yours sincerely,", "With best regards,"),
        detail_frame="The main reason is {detail}",
        detail_reasons="This is for {detail}",
        detail_state="On reflection, it is {detail}",
        detail_after="I made this decision {detail}",
        slot=(
            "This frees the slot on {day} for another candidate.",
            "The slot on {day} is now free for someone else.",
        ),
        late="I apologise for not writing before the date we had set.",
        referral=(
            "If it would help, I could introduce you to {ref}, who may be a strong candidate.",
            "I could also put you in touch with {ref}, who may suit the {noun} well.",
        ),
        feedback=(
            "I am happy to share feedback on the hiring process if that would be useful.",
            "If useful, I am happy to share some feedback on my experience as a candidate.",
            "I am glad to share some feedback if that would be useful.",
        ),
        keep_in_touch=(
            "It would be a pleasure to stay in touch.",
            "I would be glad to keep in touch.",
        ),
        future_interest=(
            "I would be pleased to hear from {company} about {fi}{later}.",
            "I would be pleased to hear about {fi}{later}.",
        ),
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
        subjects=(
            "Withdrawing from the {role} interview{at_company}",
            "An update on the {role} interview{at_company}",
            "Thank you, and an update on {the_role}{at_company}",
        ),
        thanks=(
            "Thank you so much for inviting me to interview for {the_role} at {company}.",
            "I really appreciate you reaching out about {the_role} at {company}.",
            "Thanks for the invitation to interview for {the_role} at {company}.",
        ),
        thanks_other_noun="Thank you for inviting me to interview for {the_post} at {company}.",
        appreciation=(
            "I'm grateful for the time you've put into my application.",
            "It means a lot that you thought of me.",
            "It was lovely to hear from you.",
        ),
        decisions=(
            "After a lot of thought, I've decided to withdraw from the interview process.",
            "I'm writing to let you know that I've chosen to withdraw from the interview.",
            "I've thought it over, and I've decided to withdraw my application.",
        ),
        promptness=(
            "I wanted to tell you right away so you can plan ahead.",
            "I wanted you to know as soon as I was sure, since your time matters.",
            "I thought it best to tell you early, so you can make other plans.",
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
        detail_reasons="It's for {detail}",
        detail_state="I've realised it's {detail}",
        detail_after="I made up my mind {detail}",
        slot=(
            "That way, the slot on {day} is free for someone else.",
            "That frees up the slot on {day} for another candidate.",
        ),
        late="I apologise for not letting you know sooner.",
        referral=(
            "If it helps, I'd be happy to introduce you to {ref}, who I think could be a great fit.",
            "I could also put you in touch with {ref}, who might suit the {noun} well.",
        ),
        feedback=(
            "I'd be glad to share some feedback on the process if that's useful.",
            "If it's useful, I'm glad to share some feedback.",
        ),
        keep_in_touch=(
            "Let's stay in touch, and feel free to reach out any time.",
            "Let's stay in touch.",
        ),
        future_interest=(
            "I'd love to hear from {company} about {fi}{later}.",
            "I'd love to hear about {fi}{later}.",
        ),
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
        subjects=(
            "Withdrawing from the {role} interview",
            "Withdrawing my {role} application",
            "Update on the {role} interview{at_company}",
        ),
        thanks=(
            "Thank you for the invitation to interview for {the_role} at {company}.",
            "Thanks for inviting me to interview for {the_role} at {company}.",
            "I'm grateful you asked me to interview for {the_role} at {company}.",
        ),
        thanks_other_noun="Thanks for inviting me to interview for {the_post} at {company}.",
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
        sign_offs=("Thanks again,", "Best,", "Kind regards,"),
        detail_frame="It comes down to {detail}",
        detail_reasons="It's for {detail}",
        detail_state="It's {detail}",
        detail_after="I decided {detail}",
        slot=(
            "The slot on {day} is free for someone else.",
            "That frees up your slot on {day}.",
        ),
        late="Apologies for not letting you know sooner.",
        referral=(
            "I'm happy to introduce you to {ref}, who could be a good fit.",
            "I could put you in touch with {ref} instead.",
        ),
        feedback=(
            "I'm glad to share feedback on the process.",
            "I'm glad to share feedback.",
        ),
        keep_in_touch=("Let's stay in touch.", "Let's keep in touch."),
        future_interest=(
            "I'd love to hear about {fi}{later}.",
            "I'd be glad to hear about {fi}{later}.",
        ),
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
    respectful_hello: str  # for "Sir David" or "Lord Sugar", whom nobody greets with "Hi"
    hello_no_name: str
    calling: str
    calling_no_name: str
    thanks: str
    goodbye: str
    voicemail_caller: str
    voicemail_caller_no_name: str
    voicemail_decision: str
    voicemail_goodbye: str
    short_decision: str
    short_sign_off: str


# The spoken versions use one friendly voice for warm and brief (people talk plainly), and a
# formal one, without contractions, for a formal letter.
TALK = {
    "plain": Talk(
        voice=VOICES["brief"],
        hello="Hi {name},",
        respectful_hello="Hello {name},",
        hello_no_name="Hi,",
        calling="this is {sender}. I'm calling",
        calling_no_name="I'm calling",
        thanks="Thank you for inviting me to interview. I'm grateful for your time.",
        goodbye="Thanks again, and I'll send a short email to confirm.",
        voicemail_caller="this is {sender}, calling",
        voicemail_caller_no_name="this is a quick message",
        voicemail_decision="Thank you for the invitation. I've decided to withdraw from the process.",
        voicemail_goodbye="Please call me back if you'd like to talk, and I hope we stay in touch.",
        short_decision="I've decided to withdraw from the process.",
        short_sign_off="Best wishes,",
    ),
    "formal": Talk(
        voice=VOICES["formal"],
        hello="Hello {name},",
        respectful_hello="Hello {name},",
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
        "A personal matter needs my full attention at present.",
        "A personal matter needs my full focus right now.",
    ),
    "role_mismatch": (
        "On reflection, I feel this opening is not the right match for my skills and goals.",
        "On reflection, I don't think this job is quite the right match for me.",
    ),
    "compensation": (
        "The salary range does not quite meet my needs at this stage.",
        "The pay range doesn't quite meet my needs at this stage.",
    ),
    "location": (
        "The location does not suit my situation at present.",
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
