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


def test_a_us_zone_named_without_its_season_follows_the_date() -> None:
    [(_, summer)] = times("The Brask vote closed at 4 p.m. ET on July 9.")
    [(_, winter)] = times("The Brask vote closed at 4 p.m. ET on January 9.")
    assert summer.instant == "2024-07-09T20:00Z"  # daylight saving time, UTC-4
    assert winter.instant == "2024-01-09T21:00Z"  # standard time, UTC-5


UTC_FEED = dt.datetime(2024, 4, 8, 17, 12, tzinfo=dt.UTC)


def test_a_utc_publication_time_takes_the_zone_of_the_stamp_on_the_page() -> None:
    text = "Velmora council votes April 8, 2024, 1:12 PM\nThe vote began at 9 a.m. in Halvik."
    found = times(text, UTC_FEED)
    assert [v.instant for _, v in found] == ["2024-04-08T17:12Z", "2024-04-08T13:00Z"]  # the stamp: UTC-4


def test_a_utc_publication_time_without_a_stamp_stays_utc() -> None:
    [(_, value)] = times("The vote began at 9 a.m. in Halvik.", UTC_FEED)
    assert value.instant == "2024-04-08T09:00Z"


def test_weekdays_count_from_the_newsroom_day_not_the_utc_day() -> None:
    # Published 03:00 UTC on Tuesday 9 April: still Monday evening on the stamp's Pacific clock.
    published = dt.datetime(2024, 4, 9, 3, 0, tzinfo=dt.UTC)
    text = "POSTED: April 8, 2024, 8:00 PM PDT\nDravik officials met Tuesday with the Brask mayor."
    found = extract_dates(text, ExtractionContext(published=published))
    tuesday = [x.value for x in found if text[x.start : x.end] == "Tuesday"]
    assert [v.start for v in tuesday] == ["2024-04-02"]  # type: ignore[union-attr]


def test_a_zone_named_by_its_place_takes_its_season() -> None:
    [(_, value)] = times("Protests in Velmora began at 14:00 Greek time.")
    assert (value.zone, value.instant) == ("Greek time", "2024-04-08T11:00Z")  # summer time: UTC+3
    [(_, value)] = times("Protests in Velmora began at 14:00 Greek time.", dt.date(2024, 1, 9))
    assert value.instant == "2024-01-09T12:00Z"  # winter: UTC+2
    [(_, value)] = times("The Halvik market opens at 9 a.m. Eastern time.")
    assert (value.zone, value.instant) == ("Eastern time", "2024-04-08T13:00Z")


@pytest.mark.parametrize(
    ("sentence", "spans", "moments"),
    [
        # a clock and its day are one expression; the converted clock in brackets is another, the same moment
        ("The Velmora probe launch moved to 10:42 a.m. EDT Friday (1442 GMT).",
         ["10:42 a.m. EDT Friday", "1442 GMT"], ["2024-04-12T14:42Z", "2024-04-12T14:42Z"]),
        # the converted clock falls on the next day there
        ("The Brask ferry will sail at 9:15 p.m. EDT Tuesday (0115 GMT).",
         ["9:15 p.m. EDT Tuesday", "0115 GMT"], ["2024-04-10T01:15Z", "2024-04-10T01:15Z"]),
        ("The summit in Halvik will open at 9 a.m. CET Wednesday (0800 GMT).",
         ["9 a.m. CET Wednesday", "0800 GMT"], ["2024-04-10T08:00Z", "2024-04-10T08:00Z"]),
    ],
)
def test_a_day_and_clock_then_the_converted_clock_are_two_times(
    sentence: str, spans: list[str], moments: list[str]
) -> None:
    found = times(sentence)
    assert [span for span, _ in found] == spans
    assert [value.instant for _, value in found] == moments


@pytest.mark.parametrize(
    "sentence",
    ["The ferry sank at 10:20 a.m. local time on Saturday.", "The ferry sank at 10:20 local time, on 6 April."],
)
def test_a_local_clock_falls_on_the_day_named_after_it(sentence: str) -> None:
    """The day after "local time on" is the clock's day (two days before publication here), and it
    stays a day of its own for outlets that give only the day."""
    found = extract_dates(sentence, ExtractionContext(published=MON))
    values = [x.value for x in found]
    assert [(v.granularity, v.start, v.zone) for v in values] == [  # type: ignore[union-attr]
        ("time", "2024-04-06T10:20", "local"),
        ("day", "2024-04-06", None),
    ]


def test_a_us_zone_written_without_its_season_is_a_stated_zone_in_a_verdict() -> None:
    """ "(11:30 p.m. ET)" converts the local "4:30 a.m." of an undated report: another outlet's "4.30am" is no
    different clock time from it ("ET", "CT", "MT", "PT" are zones as much as "EDT" is)."""
    from consistency.engine import run_articles
    from consistency.model import Article

    result = run_articles([
        Article(id="a", path="a.md", outlet="Wire One", body="The ferry sank at 4:30 a.m. local time (11:30 p.m. ET), coastguards said."),
        Article(id="b", path="b.md", outlet="Paper Two", body="The ferry sank at around 4.30am, coastguards said."),
    ])
    assert [p.status for f in result.findings if f.kind == "date" for p in f.pairs or ()]
    assert all(p.status != "conflict" for f in result.findings if f.kind == "date" for p in f.pairs or ())


# A Thursday-evening story (2024-04-11 is a Thursday) from a newsroom six or seven hours behind GMT.
THU_EVENING = dt.datetime(2024, 4, 11, 22, 40)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The ferry Tromvelly docked at 0215 GMT on Friday (8:15 p.m. local, on Thursday).", id="gmt-first"),
        pytest.param("The ferry Tromvelly docked at 8:15 p.m. local, on Thursday (0215 GMT on Friday).", id="local-first"),
        pytest.param("The ferry Tromvelly docked at 9:15 p.m. CDT on Thursday (0215 UTC Friday).", id="zone-named"),
    ],
)
def test_a_weekday_with_a_gmt_clock_is_the_gmt_calendar_day(sentence: str) -> None:
    # the writer's Thursday evening is Friday in GMT: the coming Friday, not the one a week back
    universal = [v for _, v in times(sentence, THU_EVENING) if v.zone in ("GMT", "UTC")]
    assert [(v.start, v.instant) for v in universal] == [("2024-04-12T02:15", "2024-04-12T02:15Z")]


def test_a_gmt_weekday_with_another_moment_beside_it_stays() -> None:
    # the local clock is another moment (another weekday): it says nothing of the GMT clock's day
    alone = [v.start for _, v in times("Boarding opens at 0900 GMT on Tuesday.", THU_EVENING)]
    sentence = "Boarding opens at 0900 GMT on Tuesday and the ferry leaves at 5 p.m. local time on Thursday."
    assert [v.start for _, v in times(sentence, THU_EVENING) if v.zone == "GMT"] == alone


def test_a_gmt_weekday_counts_from_the_utc_day_of_a_utc_stamped_story() -> None:
    # Published 03:00 UTC on Tuesday 9 April, Monday evening on the stamp's Pacific clock: "Tuesday" with a GMT
    # clock is the UTC Tuesday already begun (the 9th), not the Tuesday a week back the newsroom's Monday counts to.
    published = dt.datetime(2024, 4, 9, 3, 0, tzinfo=dt.UTC)
    text = "POSTED: April 8, 2024, 8:00 PM PDT\nThe Halvik dam gates opened at 0130 GMT on Tuesday, officials said."
    [gmt] = [v for _, v in times(text, published) if v.zone == "GMT"]
    assert (gmt.start, gmt.instant) == ("2024-04-09T01:30", "2024-04-09T01:30Z")
