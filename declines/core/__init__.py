"""Politely's pure heart: letters, their review and the nudge policy, in plain Python.

Nothing here imports Django, reads the clock or touches a database: callers pass facts and times
in and get dataclasses back. import-linter keeps it that way (see `pyproject.toml`), and
`docs/architecture.md` describes the pipeline (facts → voice → letter → review).

- `letters`: compose a decline letter, its follow-up, a phone script and a short message.
- `review`: the eight guidelines, and a letter's review against them.
- `nudges`: which reminders are due for a decline, and how urgent.
- `exports`: a letter as .txt, as an .eml draft, as a mailto: link.
- `workdays`, `text`: calendar words and business days; typed text made comparable.
"""
