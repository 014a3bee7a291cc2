""""Twelve days earlier", "two weeks later" in a sentence that names no day count from the day the story told in
the sentence before, not from publication: "earlier" asks for a day told, as "ago" does not. Months and years
stay counted as before ("sales rose from a year earlier" is the year before the report). Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

THU = dt.date(2049, 5, 12)


def reading(text: str, span: str) -> str | None:
    for x in extract_dates(text, ExtractionContext(published=THU)):
        if text[x.start : x.end] == span:
            return x.value.start
    raise AssertionError(f"{span!r} not read in {text!r}")


def test_days_earlier_count_from_the_day_told_before() -> None:
    text = "Guests saw the first Harnwick images yesterday. The dish had caught its first signal twelve days earlier."
    assert reading(text, "twelve days earlier") == "2049-04-29"


def test_weeks_later_count_from_the_day_told_before() -> None:
    text = "The Dollaby lock closed on 1 April. It reopened two weeks later."
    assert reading(text, "two weeks later") == "2049-04-15"


def test_days_ago_still_count_from_publication() -> None:
    text = "Guests saw the first Harnwick images yesterday. The dish caught its first signal twelve days ago."
    assert reading(text, "twelve days ago") == "2049-04-30"
