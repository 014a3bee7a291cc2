"""A span of whole years that runs up to the day of writing dates its beginning: "the record had stood for seven
years" was set seven years before, "her first title in 68 years" follows one 68 years before. Told of what took
that long ("grew 5% in two years", "worked there for ten years"), a span dates nothing. Every sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

PUBLISHED = dt.date(2071, 6, 9)


def years(text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract_dates(text, ExtractionContext(published=PUBLISHED))
    return [(text[x.start : x.end], x.value.start, x.value.granularity) for x in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Saltridge mile record had stood for seven years before she broke it.", [("seven years", "2064-01-01", "year")]),
        ("The Saltridge swing bridge has been in service for 184 years.", [("184 years", "1887-01-01", "year")]),
        ("The Saltridge lido has not closed in 33 years.", [("33 years", "2038-01-01", "year")]),
        ("It was the town's first title in 68 years.", [("68 years", "2003-01-01", "year")]),
        ("The trophy has been in Saltridge for two decades.", [("two decades", "2051-01-01", "year")]),
        ("It is the worst frost in Saltridge in 25 years.", [("25 years", "2046-01-01", "year")]),
        ("It is Saltridge's first title in 68 years.", [("68 years", "2003-01-01", "year")]),  # a first named so
        ("After 161 years, the Saltridge mill has closed.", [("161 years", "1910-01-01", "year")]),
        ("For 211 years the Saltridge Gazette has been printed in the town.", [("211 years", "1860-01-01", "year")]),
    ],
)
def test_a_span_up_to_the_day_of_writing_dates_its_beginning(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He worked at the Saltridge mill for ten years.",  # told in the past: how long it lasted
        "Saltridge's output has grown 5% in two years.",  # how long the growth took
        "Prices in Saltridge rose 5% in two years.",
        "The queue at the Saltridge lido has waited for two hours.",  # hours date nothing
        "After two years the Saltridge rule will be reviewed.",  # a future's span
        "For two years he worked at the Saltridge mill.",  # no perfect: how long it lasted
    ],
)
def test_a_span_of_what_took_that_long_dates_nothing(text: str) -> None:
    assert years(text) == []


def test_a_span_ahead_still_dates_what_is_to_come() -> None:
    assert years("The Saltridge bridge reopens in three years.") == [("three years", "2074-01-01", "year")]
    assert years("The first phase of the Saltridge bridge opens in two years.") == [("two years", "2073-01-01", "year")]
