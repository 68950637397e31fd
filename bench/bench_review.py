"""Benchmark the pure core's letter and review: CPU time per call of review_letter and
compose_letter, over a realistic set of letters.

    .venv/bin/python bench/bench_review.py [--rounds 3]

No Django, no database. The letters are composed over every reason, tone and offer (with a few
names, companies and roles), and a share of them edited by hand afterwards, since people change
the text before they send it. Each call is timed alone in process CPU time (time.process_time_ns,
so time the shared machine gives to others does not count), with the garbage collector off while
timing; figures are the median and 95th percentile of all calls. Not part of the test suite; see
bench/README.md for the figures measured.

What "fresh" and "repeated" mean here:
- review_letter, fresh text: every cache keyed by a letter's text is emptied before each call, as
  for a text typed a moment ago; those keyed by the word lists or the facts stay warm, as in a
  running server.
  Repeated: the same body and facts again (the letter page drawn twice).
- compose_letter, repeated facts: the facts' tidied names, roles and reasons, and the words each
  wording counts, come from their caches. Fresh: every cache of the letters is emptied before each
  call, as for facts never seen before in a process that has composed nothing yet.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from declines.core.letters import (
    REASONS,
    TONES,
    LetterFacts,
    compose_letter,
    names,
    reasons,
    tidy,
    wording,
)
from declines.core.review import guidelines, reading, review_letter

MONDAY = datetime(2026, 3, 2, 9, tzinfo=UTC)
PEOPLE = (
    ("Helen Park", "Northwind", "Product Designer", "Sam Rivera"),
    ("Dr. Priya Raman", "the University of Leeds", "Research Software Engineer", "Tom Becker"),
    ("Hiring Team", "ACME CORP", "Senior Data Engineer - Platform (Remote) - Ref 123", "Ana Lima"),
    ("O'Brien-Ngugi, Siobhan", "Brightwave Ltd", "Marketing Lead", "Jonas Weber"),
)
DETAILS = ("", "I'm relocating to Lisbon", "the salary is below what I need")


def composed_letters() -> list[tuple[str, LetterFacts]]:
    """Every reason x tone x offer, each person in turn, the wordings in rotation."""
    offers = itertools.product((False, True), repeat=4)
    combos = list(itertools.product(REASONS, TONES, offers))
    letters = []
    for n, (reason, tone, (referral, feedback, keep, interest)) in enumerate(combos):
        recipient, company, role, sender = PEOPLE[n % len(PEOPLE)]
        facts = LetterFacts(
            recipient_name=recipient,
            company=company,
            role=role,
            sender_name=sender,
            interview_at=date(2026, 3, 10) if n % 2 else None,
            reason=reason,
            reason_detail=DETAILS[n % len(DETAILS)],
            tone=tone,
            referral_name="Jo Malik" if referral else "",
            offer_feedback=feedback,
            keep_in_touch=keep,
            future_interest="roles in data science" if interest else "",
        )
        letters.append((compose_letter(facts, variant=n).body, facts))
    return letters


# What people do to a composed letter before sending it, one edit a letter.
EDITS: tuple[Callable[[str], str], ...] = (
    lambda body: body.replace("\n\n", "\n\nI really enjoyed meeting the team last week. ", 1),
    lambda body: "\n\n".join(p for i, p in enumerate(body.split("\n\n")) if i != 2),
    lambda body: "Hi there,\n\n" + body.split("\n\n", 1)[1],
    lambda body: body.replace(".", ". Honestly, the process was a bit chaotic.", 1),
    lambda body: body + "\nP.S. I'll send my notes on the take-home task by Friday.\n",
    lambda body: body.replace("\n\n", "\n\nSorry for the short notice, I know it's late. ", 1),
)
HAND_WRITTEN = (
    """Dear Ms Shah,

Thank you for inviting me to interview for the Product Analyst position at Brightwave. I am \
grateful for the time you and your colleagues have spent reviewing my application.

I am writing to let you know that I will be withdrawing my candidacy, as I have accepted a \
position with another organisation.

I would welcome the opportunity to be considered for future openings at Brightwave.

Yours sincerely,
Tom Becker
""",
    """Hi Priya, thanks so much for the call on Tuesday. I've decided to stay in my current role \
for now, so I'll step back from the process. Hope our paths cross again! Tom""",
    """Priya,

I won't be attending Monday's interview; the commute would be too long for me. You never \
replied to my question about remote days, but no matter. Thanks anyway.

Tom
""",
)


def letter_set() -> list[tuple[str, LetterFacts]]:
    """About 500 letters: most as composed, one in five edited, some written by hand."""
    letters = composed_letters()
    for n in range(0, len(letters), 5):
        body, facts = letters[n]
        letters[n] = (EDITS[(n // 5) % len(EDITS)](body), facts)
    shah = LetterFacts("Priya Shah", "Brightwave", "Product Analyst", sender_name="Tom Becker")
    letters += [(body, replace(shah, reason="another_offer")) for body in HAND_WRITTEN] * 20
    return letters


def lru_caches(*modules: ModuleType, keep: tuple[str, ...] = ()) -> Callable[[object], None]:
    """Empties every lru_cache defined in the modules, but those named in `keep`."""
    clears = [
        function.cache_clear
        for module in modules
        for name, function in vars(module).items()
        if hasattr(function, "cache_clear")
        and function.__module__ == module.__name__
        and name not in keep
    ]

    def clear(call: object) -> None:
        for cache_clear in clears:
            cache_clear()

    return clear


# Caches keyed by a word list or by the facts, not by the text: filled once in a running process
# (the facts stay the same while their letter is edited), kept warm here.
WARM_CACHES = ("phrase_regex", "phrase_words", "_filed", "_needs", "_fact_parts", "_known_capitals")


def timed(calls: list[Callable[[], object]], before: Callable[[Callable], object]) -> list[int]:
    """CPU nanoseconds of each call, each after `before(call)` (not timed)."""
    gc.collect()
    gc.disable()
    try:
        times = []
        for call in calls:
            before(call)
            started = time.process_time_ns()
            call()
            times.append(time.process_time_ns() - started)
        return times
    finally:
        gc.enable()


def nothing(call: Callable[[], object]) -> None:
    pass


def call_once(call: Callable[[], object]) -> None:
    call()  # so that the timed call is the same one again


def report(label: str, times: list[int]) -> None:
    median = statistics.median(times) / 1000
    p95 = statistics.quantiles(times, n=20)[-1] / 1000
    print(f"  {label:<36} median {median:8.1f} µs   p95 {p95:8.1f} µs   ({len(times)} calls)")


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        model = next(
            line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line
        )
    except (OSError, StopIteration):
        pass
    return f"{model}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def load() -> str:
    return "load average " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the letters (3)")
    rounds = parser.parse_args().rounds

    letters = letter_set()
    facts = [facts for _, facts in letters]
    print(machine())
    print(f"{load()} (before)")
    print(f"{len(letters)} letters, {rounds} rounds, CPU time per call:")

    def review(body: str, facts: LetterFacts) -> Callable[[], object]:
        return lambda: review_letter(body, facts, today=MONDAY)

    reviews = [review(body, facts) for body, facts in letters] * rounds
    timed(reviews, nothing)  # warm: the word lists' regexes compiled, the facts' names read
    text_caches = lru_caches(guidelines, reading, keep=WARM_CACHES)
    report("review_letter, fresh text", timed(reviews, text_caches))
    report("review_letter, same text again", timed(reviews, call_once))

    def compose(facts: LetterFacts, variant: int) -> Callable[[], object]:
        return lambda: compose_letter(facts, variant=variant)

    composes = [compose(f, n) for n, f in enumerate(facts)] * rounds
    timed(composes, nothing)
    report("compose_letter, repeated facts", timed(composes, nothing))
    report(
        "compose_letter, fresh facts", timed(composes, lru_caches(names, tidy, reasons, wording))
    )
    print(f"{load()} (after)")


if __name__ == "__main__":
    main()
