"""Fixtures shared by the core's tests."""

from __future__ import annotations

import pytest
import textstat


@pytest.fixture(scope="session")
def flesch():
    """textstat 0.7.13 looks syllables up in NLTK's CMUdict, which NLTK downloads on first use; the
    test machines can't reach the internet. Count with pyphen (textstat's own fallback for words
    CMUdict lacks) on every machine, so the score is the same everywhere."""
    from textstat.backend.counts import _count_syllables

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
        yield textstat.flesch_reading_ease
