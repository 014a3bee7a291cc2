"""An amount of money with its cents said without their word ("15 dollars 50."), only where the clause ends
there. Every sentence is invented."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(text[x.start : x.end], x.value.low, x.value.unit)  # type: ignore[union-attr]
            for x in extract_figures(text, ExtractionContext(published=None))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Velmora ticket costs 15 dollars and 50.", [("15 dollars and 50", 15.5, "USD")]),
        ("The Brask fare rose to thirteen dollars forty five", [("thirteen dollars forty five", 13.45, "USD")]),
        ("Halvik paid 12 euros 30, officials said.", [("12 euros 30", 12.3, "EUR")]),
        ("Dravik paid 3 dollars and 50 cents.", [("3 dollars and 50 cents", 3.5, "USD")]),
    ],
)
def test_cents_after_the_amount(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _figures(sentence) == expected


def test_a_count_after_an_amount_stays_apart() -> None:
    assert _figures("Korvath raised 15 dollars and 50 volunteers joined.") == [
        ("15 dollars", 15.0, "USD"), ("50", 50.0, None)]
