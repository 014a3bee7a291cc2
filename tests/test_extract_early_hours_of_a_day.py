""""The early hours of Tuesday" and "the early hours of 3 March": the hours belong to the day named after them.
Read alone they name no day, and a comparison of them with another outlet's "on Monday" found nothing to compare
while the day, a reading of its own, sat in another slot. The day now stands for them, the weekday with its
morning as "the early hours" alone are read. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

WED = dt.date(2031, 10, 15)  # a Wednesday


def readings(text: str) -> list[tuple[str, str | None]]:
    return [(text[x.start : x.end], x.value.timex) for x in extract_dates(text, ExtractionContext(published=WED))]


def test_the_early_hours_of_a_weekday_are_its_morning() -> None:
    found = readings("The Wuthmere shelf split from the coast during the early hours of Tuesday.")
    assert found == [("Tuesday", "2031-10-14TMO")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Crews reached the Dollaby mill in the early hours of 12 October.", "12 October"),
        ("The Ostry lock gave way in the early hours of October 12, officials said.", "October 12"),
        ("Pebwick lost power during the early hours of yesterday.", "yesterday"),
    ],
)
def test_the_early_hours_of_a_named_day_leave_the_day_alone(sentence: str, day: str) -> None:
    assert [span for span, _ in readings(sentence)] == [day]


def test_the_early_hours_alone_are_still_read() -> None:
    assert [span for span, _ in readings("Looters struck the Wobsterley depot in the early hours.")] == ["the early hours"]
