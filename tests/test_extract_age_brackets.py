"""An age in brackets after a full name ("Ulrava Zemkova (19)"), as many papers print it, is that person's age.

The names are invented. Only a first name and a surname before the bracket make it an age: a section's number, a
year cited after an author, a bare surname's count are not.
"""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures


def ages(text: str) -> list[tuple[str, float | None]]:
    found = extract_figures(text, ExtractionContext(published=None))
    return [(text[x.start : x.end], x.value.low) for x in found if x.value.unit == "years old"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junior title went to Ulrava Zemkova (19), who beat the holder.", [("19", 19.0)]),
        ("Ulrava Zemkova (19) from Opselby won the final.", [("19", 19.0)]),
        ("Anna Ulrava Zemkova (34) was treated in hospital.", [("34", 34.0)]),
    ],
)
def test_an_age_in_brackets_after_a_full_name(text: str, expected: list[tuple[str, float]]) -> None:
    assert ages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zemkova (19) won the final.",  # a surname alone: a count, a rank, a footnote
        "Zemkova and Glanvey (2019) argue the opposite.",  # a year cited after authors
        "It happened in Opselby on Monday (12) when the ice broke.",
        "The Opselby Club (15) has more members than ever.",  # a body's count is no age
        "The Opselby Club (150) has more members than ever.",
    ],
)
def test_other_numbers_in_brackets_are_no_age(text: str) -> None:
    assert ages(text) == []
