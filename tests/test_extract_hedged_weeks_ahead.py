""""In about six weeks", "in nearly three weeks": a reckoning of weeks ahead, hedged, reaches a tenth of the span
either side (at least half a week; "nearly" only short of it), as a hedged count of years already did, so that
another report's day inside it is no error. Unhedged, the weeks keep their week. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

PUB = dt.date(2095, 9, 10)


def span(text: str) -> tuple[str | None, str | None]:
    (x,) = extract_dates(text, ExtractionContext(published=PUB))
    return x.value.start, x.value.end


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The Crawbury ferry ought to sail again in about six weeks.", "2095-10-18", "2095-10-26"),
        ("The Crawbury bridge should reopen in nearly three weeks.", "2095-09-28", "2095-10-01"),
        ("The Crawbury bridge should reopen in six weeks.", "2095-10-17", "2095-10-23"),
    ],
)
def test_hedged_weeks_ahead_reach_either_side(sentence: str, first: str, last: str) -> None:
    assert span(sentence) == (first, last)
