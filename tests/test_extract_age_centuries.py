"""An age told in decades or centuries ("four centuries old", "a two-decade-old feud") is an age in years, and a
round one: "a century-old bridge" is a hundred years or more, never exactly a hundred."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures


def ages(text: str) -> list[tuple[str, float | None, float | None, bool]]:
    found = extract_figures(text, ExtractionContext(published=None))
    return [(text[x.start : x.end], x.value.low, x.value.high, x.value.approximate) for x in found if x.value.unit == "years old"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Glanvey yew is three centuries old.", [("three centuries old", 300.0, 300.0, True)]),
        ("The yew is more than four centuries old.", [("more than four centuries old", 400.0, None, True)]),
        ("A two-decade-old feud over the Opselby weir ended.", [("two-decade-old", 20.0, 20.0, True)]),
        ("The 300-year-old oak fell.", [("300-year-old", 300.0, 300.0, False)]),  # years stay as written
    ],
)
def test_ages_in_decades_and_centuries(text: str, expected: list[tuple[str, float, float | None, bool]]) -> None:
    assert ages(text) == expected


def test_a_span_of_decades_is_no_age() -> None:
    assert ages("The Opselby weir was fought over for two decades.") == []
