"""Figures the extractor once passed over because of what stood before them. Every sentence is invented."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures
from consistency.model import Quantity

CTX = ExtractionContext()


def figures(text: str) -> list[tuple[str, Quantity]]:
    return [(text[e.start : e.end], e.value) for e in extract_figures(text, CTX)]  # type: ignore[misc]


def test_count_after_a_sentence_ending_in_a_month_is_read() -> None:
    found = figures("The leak went unseen until October. Four pumps were shut down at Tisquan.")
    assert [(span, q.low, q.counted) for span, q in found] == [("Four", 4.0, "pumps")]


@pytest.mark.parametrize("text", ["On Oct. 4 pumps were checked.", "It opened on October 4 at Brevolt."])
def test_a_day_after_a_month_stays_no_count(text: str) -> None:
    assert not [q for _, q in figures(text) if q.low == 4.0]
