"""``has_bounded`` finds a word between word boundaries exactly where ``re`` finds ``\\bword\\b``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.text import has_bounded


def _by_pattern(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


@pytest.mark.parametrize(
    ("word", "text", "found"),
    [
        ("Chief", "the council's Chief said", True),
        ("Chief", "the Chiefs said", False),  # a longer word
        ("Chief", "Chief", True),  # the whole text
        ("Chief", "a Chief_of staff", False),  # "_" is a word character
        ("Chief", "ex-Chief.", True),  # a hyphen and a period are boundaries
        ("Chief", "MischiefChief Chief", True),  # found past two places that are no whole word
        ("chief", "the Chief said", False),  # case counts
        ("Édile", "l'Édile dit", True),  # letters beyond ASCII are word characters
        ("Édile", "xÉdile", False),
        ("St.", "St. river", False),  # a word ending in a period needs a word character after it
        ("St.", "St.river", True),
        ("-", "a - b", False),
        ("-", "a-b", True),
        ("", "", False),
        ("", "a", True),
        ("ab", "", False),
    ],
)
def test_has_bounded_reads_boundaries_as_re_does(word: str, text: str, found: bool) -> None:
    assert has_bounded(word, text) is found
    assert _by_pattern(word, text) is found


_PIECES = st.text(alphabet="aAbÉé_-.' 1²\n", max_size=12)


@given(_PIECES, _PIECES, _PIECES, _PIECES)
def test_has_bounded_agrees_with_the_pattern(word: str, before: str, between: str, after: str) -> None:
    for text in (before + word + after, before + word + between + word + after, before + after):
        assert has_bounded(word, text) == _by_pattern(word, text)
