"""A one-word name's fuller forms in its report are those the capitalised-word pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.checks.comparisons import _words_before
from consistency.text import CAPITAL


def _by_pattern(name: str, body: str) -> list[str]:
    return re.findall(rf"\b({CAPITAL}[\w’'-]*\s+(?i:{re.escape(name)}))(?![\w-])", body)


@pytest.mark.parametrize(
    ("name", "body", "found"),
    [
        ("Vellgrove", "said Ostrid Vellgrove, and", ["Ostrid Vellgrove"]),
        ("VELLGROVE", "Minister Ostrid Vellgrove said", ["Ostrid Vellgrove"]),  # the name in any case
        ("Vellgrove", "Ostrid Vellgrove-Hume said", []),  # a longer name
        ("Vellgrove", "O'Ostrid  \n Vellgrove's view", ["O'Ostrid  \n Vellgrove"]),
        ("Vellgrove", "Ostrid Vellgrove Vellgrove", ["Ostrid Vellgrove"]),  # the second is the first's name
        ("Vellgrove", "ostrid Vellgrove", []),  # no capital before it
        (" Vellgrove", "Ostrid  Vellgrove", ["Ostrid  Vellgrove"]),  # the white space is the name's
        ("Vellgrove", "", []),
    ],
)
def test_words_before_a_name(name: str, body: str, found: list[str]) -> None:
    assert _words_before(name, body) == found
    assert _by_pattern(name, body) == found


_PIECES = st.text(alphabet="aAbBÉé’'-_ \n.1", max_size=10)


@given(st.text(alphabet="aAbBé’'-. ", min_size=1, max_size=4), st.lists(_PIECES, max_size=6))
def test_words_before_agrees_with_the_pattern(name: str, pieces: list[str]) -> None:
    if len(name.split()) != 1:
        return
    body = name.join(pieces)
    assert _words_before(name, body) == _by_pattern(name, body)
