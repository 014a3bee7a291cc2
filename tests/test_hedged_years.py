"""A hedged year ("painted around 1642") is a year for the date reader and no figure; a hedged count stays one.

consistency/extract/_hedged_years.py, used by the date and figure readers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates
from consistency.extract.figures import extract_figures

CONTEXT = ExtractionContext(published=dt.date(2049, 5, 2))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The altarpiece was painted around 1642, the museum said.", "1642"),
        ("The farmhouse canvas dates from about 1642.", "1642"),
        ("The chapel was built in about 1890.", "1890"),
    ],
)
def test_a_hedged_year_after_a_word_that_dates_it_is_a_year(text: str, year: str) -> None:
    dates = [e.value.start for e in extract_dates(text, CONTEXT)]  # type: ignore[union-attr]
    assert dates == [f"{year}-01-01"]  # (a year starts on its first day)
    assert [text[e.start : e.end] for e in extract_figures(text, CONTEXT)] == []


@pytest.mark.parametrize(
    "text",
    ["Soldiers killed about 1500 rebels near the pass.", "Volunteers counted around 1900 at the gates."],
)
def test_a_hedged_count_stays_a_count(text: str) -> None:
    assert extract_dates(text, CONTEXT) == []
    assert len(extract_figures(text, CONTEXT)) == 1


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Work on the Halvik cathedral was begun in 1214.", "1214"),
        ("The Brask abbey has stood on the hill since 1088.", "1088"),
    ],
)
def test_a_year_before_1500_after_a_preposition_of_time_is_a_year(text: str, year: str) -> None:
    dates = [(text[e.start : e.end], e.value.start) for e in extract_dates(text, CONTEXT)]  # type: ignore[union-attr]
    assert dates == [(year, f"{year}-01-01")]


@pytest.mark.parametrize(
    "text",
    ["The Brask fair grew from 1200 to 1400 stalls.", "Halvik sold 1214 tickets in a day.", "Velmora has 1088 homes."],
)
def test_a_number_under_1500_elsewhere_is_no_year(text: str) -> None:
    assert extract_dates(text, CONTEXT) == []
