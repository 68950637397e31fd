"""The `grateful` guideline: the letter says thank you."""

from __future__ import annotations

import pytest

from declines.core.review.words import GRATITUDE_WORDS
from tests.core.review.sample_letter import check, letter


@pytest.mark.parametrize("word", GRATITUDE_WORDS)
def test_each_gratitude_word_counts(word):
    assert check("grateful", letter(thanks=f"Please know I {word} it.")).ok


def test_grateful_note_names_the_company():
    result = check("grateful", letter(thanks=""))
    assert "Northwind team" in result.note
