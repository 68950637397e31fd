"""Good hand-written letters (formal, warm, brief, one-paragraph LinkedIn notes) pass all eight
guidelines. None of them come from our composer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from declines.core.review import review_letter
from tests.core.review.hand_written import FACTS, MONDAY

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
