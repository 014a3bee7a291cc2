"""Clock times with their zone and the UTC instant they stand for (our own sentences)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates
from consistency.model import DateValue

MON = dt.date(2024, 4, 8)


def times(text: str, published: dt.date | dt.datetime = MON) -> list[tuple[str, DateValue]]:
    found = extract_dates(text, ExtractionContext(published=published))
    return [(text[x.start : x.end], x.value) for x in found if x.value.granularity == "time"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "start", "zone", "moment"),
    [
        ("Polls in Velmora open at 8 a.m. GMT.", "2024-04-08T08:00", "GMT", "2024-04-08T08:00Z"),
        ("The Halvik count ended at 23:58 UTC.", "2024-04-08T23:58", "UTC", "2024-04-08T23:58Z"),
        ("The Dravik quake struck at 6:40 p.m. (GMT+8).", "2024-04-08T18:40", "GMT+8", "2024-04-08T10:40Z"),
        ("The Brask ferry left at 4 p.m. EDT.", "2024-04-08T16:00", "EDT", "2024-04-08T20:00Z"),
    ],
)
def test_a_stated_zone_gives_the_instant(sentence: str, start: str, zone: str, moment: str) -> None:
    [(_, value)] = times(sentence)
    assert (value.start, value.zone, value.instant) == (start, zone, moment)


def test_local_time_has_a_zone_but_no_instant() -> None:
    [(_, value)] = times("The blast in Halvik came at 11:30 local time.")
    assert (value.start, value.zone, value.instant) == ("2024-04-08T11:30", "local", None)


def test_the_article_zone_comes_from_an_aware_publication_timestamp() -> None:
    published = dt.datetime(2024, 7, 8, 12, 0, tzinfo=ZoneInfo("Europe/Oslo"))  # summer time: UTC+2
    [(_, value)] = times("The Velmora ferry left at 9 a.m.", published)
    assert (value.zone, value.instant) == (None, "2024-07-08T07:00Z")


def test_the_same_moment_in_two_zones_is_one_instant() -> None:
    [(_, a)] = times("The Dravik quake struck at 6:40 a.m. JST on April 9.")
    [(_, b)] = times("The Dravik quake struck at 21:40 GMT on April 8.")
    assert a.instant == b.instant == "2024-04-08T21:40Z"


def test_a_clock_time_without_zone_in_a_naive_article_has_none() -> None:
    [(_, value)] = times("The Brask market opens at 9 a.m.")
    assert (value.zone, value.instant) == (None, None)
