"""The guideline review (declines.core.review), tested as plain functions.

- test_prompt.py … test_follow_up.py: one file per guideline, on the sample letter to Helen Park
  in sample_letter.py;
- test_review.py: the review as a whole (the guidelines, the Check, one guideline failed at a
  time);
- test_composed_letters.py: every letter the composer writes passes the text guidelines;
- test_hand_written_*.py: letters as people write them, on their own facts (to Priya Shah) in
  hand_written.py: good ones, bad ones that each fail one guideline, and ambiguous phrases;
- test_oracle.py: the verdicts on thousands of composed and mutated letters, and the letters
  themselves, checked against digests recorded before the review was optimised.
"""
