"""The heart of Politely is pure Python: letters, the review and the nudge policy never load Django."""

import subprocess
import sys
from pathlib import Path

PURE_MODULES = [
    "declines.letters",
    "declines.letter_facts",
    "declines.letter_voices",
    "declines.fact_text",
    "declines.person_names",
    "declines.reason_text",
    "declines.guidelines",
    "declines.guideline_words",
    "declines.review_text",
    "declines.nudges",
    "declines.workdays",
    "declines.exports",
]


def test_the_pure_modules_load_without_django():
    # A fresh interpreter: in this one the test run has loaded Django already.
    code = (
        "import sys\n"
        f"for name in {PURE_MODULES!r}: __import__(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "assert not loaded, loaded\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
