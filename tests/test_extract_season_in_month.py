"""A season the text places in a month ("summer in December", "winter, which starts in June") is no date of
its own: which months a season spans depends on the hemisphere, and the month says it. The month is read and
the season is not, so a southern report's summer is not read as June to August beside its own December.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

PUB = dt.date(2031, 10, 6)


def spans(text: str) -> list[str]:
    return [text[x.start : x.end] for x in extract_dates(text, ExtractionContext(published=PUB))]


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Once summer begins in December, the Kexbridge pools stay open late.", "December"),
        ("The Zembury ski lifts run through the winter, which starts in June.", "June"),
        ("Qarundel holds its harvest fair in autumn, beginning in March.", "March"),
    ],
)
def test_a_season_placed_in_a_month_leaves_the_month_alone(sentence: str, month: str) -> None:
    found = spans(sentence)
    assert month in found
    assert not any(s.lower().endswith(("summer", "winter", "autumn")) for s in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kexbridge pools open in the summer.",  # no month: the season is the date
        "Velmora reopens its beach huts next summer in may be a smaller form.",  # "may", the verb, is no month
    ],
)
def test_a_season_with_no_month_after_it_is_still_read(sentence: str) -> None:
    assert any("summer" in s for s in spans(sentence))
