"""Figures the own set's guidelines count and the extractor once missed or misread: counts after a definite
determiner, units in words, signs and bounds (invented sentences)."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures, refers_back
from consistency.model import Quantity

CTX = ExtractionContext()


def figures(text: str) -> list[tuple[str, Quantity]]:
    return [(text[e.start : e.end], e.value) for e in extract_figures(text, CTX)]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The three judges of the Brask court dismissed the appeal.", "three", 3),
        ("The two carmakers said in a joint statement that talks had ended.", "two", 2),
        ("These four villages in Velmora lost power overnight.", "four", 4),
        ("Those five ministers resigned on the same day.", "five", 5),
    ],
)
def test_a_count_after_a_definite_determiner_is_a_figure_that_refers_back(text: str, span: str, value: int) -> None:
    found = extract_figures(text, CTX)
    assert [(text[e.start : e.end], e.value.low) for e in found] == [(span, value)]  # type: ignore[union-attr]
    assert refers_back(text, found[0])


@pytest.mark.parametrize(
    "text",
    [
        "Two people were hurt in Halvik.",  # no determiner
        "The 12 miners were rescued.",  # digits: a count as written
        "The nearly three dozen firms filed suit.",  # a hedge and a scale
        "The two kilometres of road were closed.",  # a unit
    ],
)
def test_other_counts_do_not_refer_back(text: str) -> None:
    assert all(not refers_back(text, e) for e in extract_figures(text, CTX))


@pytest.mark.parametrize(
    "text",
    [
        "The dispute between the two companies dates from 2019.",
        "Trust among the three parties in Velmora has worn thin.",
    ],
)
def test_a_group_taken_as_a_whole_is_no_figure(text: str) -> None:
    assert figures(text) == []
