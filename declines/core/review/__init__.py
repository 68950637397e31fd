"""The eight guidelines, and the review of a letter against them.

- `guidelines`: `GUIDELINES` in order and `review_letter(body, facts, today=...)`;
- `words`: every word list the review uses, so tuning it means editing one place;
- `reading`: how a letter's text is read (folded, split into sentences, its greeting found).
"""

from declines.core.review.guidelines import GUIDELINES, LEVELS, Check, Guideline, review_letter

__all__ = ["GUIDELINES", "LEVELS", "Check", "Guideline", "review_letter"]
