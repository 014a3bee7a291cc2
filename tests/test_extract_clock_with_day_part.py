"""A day and its clock time joined, then the part of that day right after them ("today at three o'clock this
afternoon", "Monday, at eleven this morning"): one moment, the part telling which half of the day an hour
without a.m. or p.m. falls in. Before, the clock read 03:00 and the part stood alone as a day, and a comparison
with another outlet's "18:00" took the part, a day, and found only the day to compare. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

WED = dt.date(2031, 10, 15)  # a Wednesday


def readings(text: str) -> list[tuple[str, str | None]]:
    return [(text[x.start : x.end], x.value.start) for x in extract_dates(text, ExtractionContext(published=WED))]


@pytest.mark.parametrize(
    ("sentence", "span", "moment"),
    [
        ("The Brannoch tribunal ruled today at twenty past four this afternoon.",
         "today at twenty past four this afternoon", "2031-10-15T16:20"),
        ("Marta Vellacourt resigned today, at eleven this morning.", "today, at eleven this morning", "2031-10-15T11:00"),
        ("The Yarbeck ferry sank yesterday at nine yesterday evening.", "yesterday at nine yesterday evening",
         "2031-10-14T21:00"),
    ],
)
def test_a_day_part_after_a_joined_clock_time_is_one_moment(sentence: str, span: str, moment: str) -> None:
    assert readings(sentence) == [(span, moment)]


def test_a_marked_hour_keeps_its_clock() -> None:
    found = readings("The Quell council voted today at 9am this morning.")
    assert found == [("today at 9am this morning", "2031-10-15T09:00")]
