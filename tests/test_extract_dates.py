"""Behaviour of the date and time extractor: spans, normalized bounds, granularity, negatives."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates
from consistency.model import DateValue

MON = dt.date(2024, 3, 11)  # a Monday; the seed articles' publication date
PUB_TIME = dt.datetime(2024, 3, 11, 9, 30)


def found(text: str, published: dt.date | dt.datetime | None) -> list[tuple[str, DateValue]]:
    return [(text[x.start : x.end], x.value) for x in extract_dates(text, ExtractionContext(published=published))]


def only(text: str, published: dt.date | dt.datetime | None) -> tuple[str, DateValue]:
    results = found(text, published)
    assert len(results) == 1, results
    return results[0]


# (sentence, publication date, span text, start, end, granularity)
CASES = [
    # absolute dates
    ("The summit in Washington on April 10 will set the agenda.", MON, "April 10", "2024-04-10", "2024-04-10", "day"),
    ("The deal was signed April 10, 2024, in Tokyo.", None, "April 10, 2024", "2024-04-10", "2024-04-10", "day"),
    ("The deal was signed on 10 April 2024 in Tokyo.", None, "10 April 2024", "2024-04-10", "2024-04-10", "day"),
    ("Posted March 11, 2024 6:40 AM by the desk", None, "March 11, 2024 6:40 AM", "2024-03-11T06:40",
     "2024-03-11T06:40", "time"),
    ("Tokyo changed its rules in December 2023 after a review.", MON, "December 2023", "2023-12-01",
     "2023-12-31", "month"),
    ("Sales fell in 2023 for the first time.", None, "2023", "2023-01-01", "2023-12-31", "year"),
    ("Exports have been banned since 2014, officials said.", MON, "2014", "2014-01-01", "2014-12-31", "year"),
    ("The file is dated 2024-03-11 in the archive.", None, "2024-03-11", "2024-03-11", "2024-03-11", "day"),
    ("The vote was held Dec. 5 in the capital.", MON, "Dec. 5", "2023-12-05", "2023-12-05", "day"),
    ("Prices rose sharply in the 1990s across Asia.", None, "the 1990s", "1990-01-01", "1999-12-31", "year"),
    ("The talks ended on Friday, March 8, 2024, without a deal.", None, "Friday, March 8, 2024", "2024-03-08",
     "2024-03-08", "day"),
    ("The law took effect on 3/1/2024 statewide.", None, "3/1/2024", "2024-03-01", "2024-03-01", "day"),
    ("Fighting raged from 2014 to 2016 in the east.", None, "2014 to 2016", "2014-01-01", "2016-12-31", "period"),
    # year-less dates with a publication date: the closest year, forward when the sentence is future
    ("Leaders met on December 28 to sign the pact.", dt.date(2024, 1, 5), "December 28", "2023-12-28",
     "2023-12-28", "day"),
    ("Leaders will meet on January 2 to sign the pact.", dt.date(2023, 12, 20), "January 2", "2024-01-02",
     "2024-01-02", "day"),
    # relative months and parts of years
    ("Last December, the government announced new export rules.", MON, "Last December", "2023-12-01",
     "2023-12-31", "month"),
    ("Japan agreed in December to send missiles to the U.S.", MON, "December", "2023-12-01", "2023-12-31", "month"),
    ("The leaders will meet again in December in Tokyo.", MON, "December", "2024-12-01", "2024-12-31", "month"),
    ("Officials met at the April summit in Washington.", MON, "April", "2023-04-01", "2023-04-30", "month"),
    ("As reported, at the end of 2023, Japan announced plans.", MON, "the end of 2023", "2023-10-01",
     "2023-12-31", "part_of_year"),
    ("Production should rise in early 2024 at the plant.", None, "early 2024", "2024-01-01", "2024-04-30",
     "part_of_year"),
    ("Output peaked in mid-2023 before falling.", None, "mid-2023", "2023-05-01", "2023-08-31", "part_of_year"),
    ("The company was sold late last year to investors.", MON, "late last year", "2023-09-01", "2023-12-31",
     "part_of_year"),
    ("Revenue in the first quarter of 2024 beat forecasts.", None, "the first quarter of 2024", "2024-01-01",
     "2024-03-31", "part_of_year"),
    ("Profits doubled in the second half of last year.", MON, "the second half of last year", "2023-07-01",
     "2023-12-31", "part_of_year"),
    ("The offensive stalled last spring near the river.", MON, "last spring", "2023-03-01", "2023-05-31",
     "part_of_year"),
    ("The offensive is expected to resume in the spring.", dt.date(2024, 1, 15), "spring", "2024-03-01",
     "2024-05-31", "part_of_year"),
    ("Prices jumped in early April across the region.", MON, "early April", "2023-04-01", "2023-04-10", "month"),
    ("Third-quarter profit fell by half, the company said.", dt.date(2023, 11, 2), "Third-quarter", "2023-07-01",
     "2023-09-30", "part_of_year"),
    ("Profit rose in the latest quarter, the bank said.", MON, "the latest quarter", "2023-10-01", "2023-12-31",
     "part_of_year"),
    ("Sales in Q3 2023 were flat.", None, "Q3 2023", "2023-07-01", "2023-09-30", "part_of_year"),
    ("Shops were shut on Christmas Eve in the capital.", MON, "Christmas Eve", "2023-12-24", "2023-12-24", "day"),
    ("The two leaders will meet again at Thanksgiving.", MON, "Thanksgiving", "2024-11-28", "2024-11-28", "day"),
    # weekdays: future cues point forward from publication, otherwise back
    ("Kishida and Biden will meet on Wednesday in Washington.", MON, "Wednesday", "2024-03-13", "2024-03-13",
     "day"),
    ("The ministers met on Wednesday in Tokyo.", MON, "Wednesday", "2024-03-06", "2024-03-06", "day"),
    ("The talks are scheduled to open next Monday.", MON, "next Monday", "2024-03-18", "2024-03-18", "day"),
    ("A bomb exploded next to the embassy on Friday.", MON, "Friday", "2024-03-08", "2024-03-08", "day"),
    ("The group could leave as soon as Tuesday, officials said.", MON, "Tuesday", "2024-03-12", "2024-03-12",
     "day"),
    ("The ministers met last Monday in Tokyo.", MON, "last Monday", "2024-03-04", "2024-03-04", "day"),
    # "a week on Thursday", "Thursday week": the Thursday after the coming one; "a fortnight on" adds two weeks
    ("The ferry returns a week on Thursday.", MON, "a week on Thursday", "2024-03-21", "2024-03-21", "day"),
    ("The market stays shut until Friday week.", MON, "Friday week", "2024-03-22", "2024-03-22", "day"),
    ("Voting opens a fortnight on Monday.", MON, "a fortnight on Monday", "2024-04-01", "2024-04-01", "day"),
    # "UT", universal time as astronomers and space agencies write it, is a zone like "UTC"
    ("The fireball lit the sky at 01:40 UT on Monday.", MON, "01:40 UT on Monday", "2024-03-11T01:40",
     "2024-03-11T01:40", "time"),
    # "on Tuesday last week", "Friday of next week": the weekday of the week named (weeks run Monday to Sunday)
    ("Term began on Tuesday last week, the union said.", MON, "Tuesday last week", "2024-03-05", "2024-03-05", "day"),
    ("The audit ends on Friday of next week.", MON, "Friday of next week", "2024-03-22", "2024-03-22", "day"),
    ("Ballots close on Sunday this week.", MON, "Sunday this week", "2024-03-17", "2024-03-17", "day"),
    # a year-less bound of a span still to run ("until", "by", "from") with no tense cue is the coming one;
    # a perfect looks back
    ("The pier stays shut until the end of February.", MON, "the end of February", "2025-02-21", "2025-02-28",
     "month"),
    ("Claims must be in by November 30.", MON, "November 30", "2024-11-30", "2024-11-30", "day"),
    ("The new fares apply from February.", MON, "February", "2025-02-01", "2025-02-28", "month"),
    ("Fares have come down from February.", MON, "February", "2024-02-01", "2024-02-29", "month"),
    ("The court ruled at 9 a.m. Tuesday in Tokyo.", MON, "9 a.m. Tuesday", "2024-03-05T09:00",
     "2024-03-05T09:00", "time"),
    ("Officials met on Wednesday at 3 p.m. in Tokyo.", MON, "Wednesday at 3 p.m.", "2024-03-06T15:00",
     "2024-03-06T15:00", "time"),
    # day words and calendar units
    ("The ministry confirmed the figures today.", MON, "today", "2024-03-11", "2024-03-11", "day"),
    ("The ministry confirmed the figures yesterday.", MON, "yesterday", "2024-03-10", "2024-03-10", "day"),
    ("The ministry will publish the figures tomorrow.", MON, "tomorrow", "2024-03-12", "2024-03-12", "day"),
    ("The ministry published the figures last week.", MON, "last week", "2024-03-04", "2024-03-10", "week"),
    ("The ministry will publish the figures next month.", MON, "next month", "2024-04-01", "2024-04-30", "month"),
    ("Exports grew this year despite the ban.", MON, "this year", "2024-01-01", "2024-12-31", "year"),
    ("Exports grew last year despite the ban.", MON, "last year", "2023-01-01", "2023-12-31", "year"),
    ("The ship docked two days ago in Yokosuka.", MON, "two days ago", "2024-03-09", "2024-03-09", "day"),
    ("She bought her first painting seventy years ago.", MON, "seventy years ago", "1954-01-01", "1954-12-31", "year"),
    # "some": a tenth either side of the year 1,700 years back
    ("The floor was laid some 1,700 years ago.", MON, "1,700 years ago", "0154-01-01", "0494-12-31", "year"),
    ("The station opened a century ago.", MON, "a century ago", "1924-01-01", "1924-12-31", "year"),
    # "today" after "ago" is that very day counted back, not the day of writing as well
    ("The dam burst a week ago today.", MON, "a week ago today", "2024-03-04", "2024-03-04", "day"),
    ("The mill reopened a year ago to the day.", MON, "a year ago to the day", "2023-03-11", "2023-03-11", "day"),
    ("Rates were cut earlier this year by the bank.", MON, "earlier this year", "2024-01-01", "2024-03-11",
     "period"),
    # periods
    ("It was the first review of the rules in the last nine years.", MON, "the last nine years", "2015-03-11",
     "2024-03-11", "period"),
    ("Ukraine downed 13 warplanes over the past two weeks.", MON, "the past two weeks", "2024-02-26",
     "2024-03-11", "period"),
    ("Talks will continue over the next three months.", MON, "the next three months", "2024-03-11", "2024-06-11",
     "period"),
    # times alone land on the publication day
    ("The alert was lifted at 3:44 PM local time.", MON, "3:44 PM", "2024-03-11T15:44", "2024-03-11T15:44", "time"),
    ("The alert was lifted at 3:44 PM local time.", PUB_TIME, "3:44 PM", "2024-03-11T15:44", "2024-03-11T15:44",
     "time"),
    # damaged words next to a date do not stop extraction
    ("Japan announced the coeration plan in December 2023 for technogy.", None, "December 2023", "2023-12-01",
     "2023-12-31", "month"),
    # capitals at the start of a sentence, any case of the relative word
    ("Yesterday the ministry confirmed the figures.", MON, "Yesterday", "2024-03-10", "2024-03-10", "day"),
    ("LAST YEAR exports grew.", MON, "LAST YEAR", "2023-01-01", "2023-12-31", "year"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "span", "start", "end", "granularity"), CASES,
                         ids=[c[0][:40] for c in CASES])  # fmt: skip
def test_finds_and_normalizes(
    sentence: str, published: dt.date | None, span: str, start: str, end: str, granularity: str
) -> None:
    text, value = only(sentence, published)
    assert (text, value.start, value.end, value.granularity) == (span, start, end, granularity)
    assert value.resolved


# Undated articles: year-less dates stay year-less, anchor-relative ones stay unresolved.
UNDATED = [
    ("The summit in Washington on April 10 will set the agenda.", "April 10", "--04-10", "--04-10", "day", False),
    ("Last December, the government announced new export rules.", "Last December", "--12-01", "--12-31", "month",
     True),
    ("Japan agreed in December to send missiles.", "December", "--12-01", "--12-31", "month", False),
    ("Kishida and Biden will meet on Wednesday.", "Wednesday", None, None, "day", True),
    ("The ministry confirmed the figures today.", "today", None, None, "day", True),
    ("It was the first review in the last nine years.", "the last nine years", None, None, "period", True),
    ("Exports grew last year despite the ban.", "last year", None, None, "year", True),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "span", "start", "end", "granularity", "relative"), UNDATED,
                         ids=[c[1] for c in UNDATED])  # fmt: skip
def test_undated_article_never_guesses_the_year(
    sentence: str, span: str, start: str | None, end: str | None, granularity: str, relative: bool
) -> None:
    text, value = only(sentence, None)
    assert (text, value.start, value.end, value.granularity) == (span, start, end, granularity)
    assert value.resolved is False
    assert value.relative is relative


# --- anchors known only to the month or year ---------------------------------------------------------

OCT = dt.date(2023, 10, 1)  # "published: 2023-10": the first day stands for the month
YEAR = dt.date(2023, 1, 1)  # "published: 2023"


def coarse(text: str, published: dt.date, precision: str) -> tuple[str, DateValue]:
    results = extract_dates(text, ExtractionContext(published=published, published_precision=precision))
    assert len(results) == 1, results
    return text[results[0].start : results[0].end], results[0].value


# (sentence, anchor, precision, span, start, end, granularity, resolved)
PARTIAL_ANCHOR = [
    # counted in whole months or years from publication: as precise as with a day anchor
    ("Canal traffic fell last year.", OCT, "month", "last year", "2022-01-01", "2022-12-31", "year", True),
    ("Canal traffic fell last month.", OCT, "month", "last month", "2023-09-01", "2023-09-30", "month", True),
    ("Canal traffic fell this month.", OCT, "month", "this month", "2023-10-01", "2023-10-31", "month", True),
    ("Tolls will rise next month.", OCT, "month", "next month", "2023-11-01", "2023-11-30", "month", True),
    ("Tolls rose three months ago.", OCT, "month", "three months ago", "2023-07-01", "2023-07-31", "month",
     True),
    ("The lock closed last March.", OCT, "month", "last March", "2023-03-01", "2023-03-31", "month", True),
    ("Canal traffic fell last year.", YEAR, "year", "last year", "2022-01-01", "2022-12-31", "year", True),
    ("Canal traffic fell this year.", YEAR, "year", "this year", "2023-01-01", "2023-12-31", "year", True),
    # named dates take the anchor's year (or the nearest one to the anchor month, as with a day)
    ("The lock was closed on March 7 for repairs.", OCT, "month", "March 7", "2023-03-07", "2023-03-07", "day",
     True),
    ("The lock will close on March 7 for repairs.", OCT, "month", "March 7", "2024-03-07", "2024-03-07", "day",
     True),
    ("The lock closed on October 20 for repairs.", OCT, "month", "October 20", "2023-10-20", "2023-10-20", "day",
     True),
    ("The lock was closed on March 7 for repairs.", YEAR, "year", "March 7", "2023-03-07", "2023-03-07", "day",
     True),
    ("The lock will close on December 28 for repairs.", YEAR, "year", "December 28", "2023-12-28", "2023-12-28",
     "day", True),
    ("Barges returned in December, the port said.", YEAR, "year", "December", "2023-12-01", "2023-12-31",
     "month", True),
    # counted in days or weeks: every day the anchor allows, never a made-up day
    ("Canal traffic resumed earlier this month.", OCT, "month", "earlier this month", "2023-10-01",
     "2023-10-31", "month", False),
    ("The port reopened today.", OCT, "month", "today", "2023-10-01", "2023-10-31", "month", False),
    ("The port reopened yesterday.", OCT, "month", "yesterday", "2023-09-30", "2023-10-30", "month", False),
    ("The ministers met on Thursday.", OCT, "month", "Thursday", "2023-09-28", "2023-10-26", "month", False),
    ("The ministers will meet on Thursday.", OCT, "month", "Thursday", "2023-10-05", "2023-11-02", "month",
     False),
    ("The port reopened last week.", OCT, "month", "last week", "2023-09-18", "2023-10-29", "month", False),
    ("The port reopened at 6:30 a.m. local time.", OCT, "month", "6:30 a.m.", "2023-10-01", "2023-10-31",
     "month", False),
    ("Tolls rose over the past two weeks.", OCT, "month", "the past two weeks", "2023-09-17", "2023-10-31",
     "period", False),
    ("The port reopened today.", YEAR, "year", "today", "2023-01-01", "2023-12-31", "year", False),
    ("The port reopened yesterday.", YEAR, "year", "yesterday", "2022-12-31", "2023-12-30", "year", False),
    ("The canal froze last March.", YEAR, "year", "last March", "2022-03-01", "2023-03-31", "year", False),
    ("The canal froze last month.", YEAR, "year", "last month", "2022-12-01", "2023-11-30", "year", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "published", "precision", "span", "start", "end", "granularity", "resolved"),
    PARTIAL_ANCHOR,
    ids=[f"{c[2]}-{c[3]}" for c in PARTIAL_ANCHOR],
)  # fmt: skip
def test_month_or_year_anchor_is_never_made_more_precise(
    sentence: str, published: dt.date, precision: str, span: str, start: str, end: str, granularity: str,
    resolved: bool,
) -> None:  # fmt: skip
    text, value = coarse(sentence, published, precision)
    assert (text, value.start, value.end, value.granularity, value.resolved) == (
        span, start, end, granularity, resolved,
    )  # fmt: skip


@pytest.mark.parametrize("precision", ["", "month", "year"])
def test_every_day_of_the_anchor_period_reads_inside_the_coarse_value(precision: str) -> None:
    """Whatever day in the period the article came out, the day-anchored value lies inside."""
    sentences = ("The port reopened yesterday.", "The ministers met on Thursday.", "Tolls rise next week.")
    first = dt.date(2023, 10, 1) if precision != "year" else dt.date(2023, 1, 1)
    last = {"": first, "month": dt.date(2023, 10, 31), "year": dt.date(2023, 12, 31)}[precision]
    for sentence in sentences:
        _, wide = coarse(sentence, first, precision)
        assert wide.start is not None and wide.end is not None
        day = first
        while day <= last:
            _, exact = only(sentence, day)
            assert exact.start is not None and exact.end is not None
            assert wide.start <= exact.start and exact.end <= wide.end, (sentence, day, wide, exact)
            day += dt.timedelta(days=1)


def test_time_merges_with_the_day_after_it() -> None:
    text = "The hearing is set for 11 a.m. on Nov. 8 in the county court."
    assert found(text, dt.date(2023, 9, 27)) == [
        ("11 a.m. on Nov. 8", DateValue("2023-11-08T11:00", "2023-11-08T11:00", "time", True, False))
    ]
    # A new sentence after "a.m." is not the same expression.
    assert [t for t, _ in found("The shop opened at 9 a.m. Yesterday it opened late.", MON)] == [
        "9 a.m.",
        "Yesterday",
    ]


def test_a_clock_time_alone_is_on_the_day_the_story_last_named() -> None:
    """A story published on Monday says the fire started Saturday; "about 10 p.m." two sentences on
    is Saturday's, not the publication day's. With no day named before it, publication stands."""
    text = (
        "A fire destroyed the Halvik ferry terminal on Saturday. Crews from Brask were called in. "
        "The blaze started at about 10 p.m. near the ticket hall."
    )
    times = [(t, v.start) for t, v in found(text, MON) if v.granularity == "time"]
    assert times == [("10 p.m.", "2024-03-09T22:00")]
    alone = [(t, v.start) for t, v in found("The blaze started at about 10 p.m. near the ticket hall.", MON)]
    assert alone == [("10 p.m.", "2024-03-11T22:00")]
    # Only a day anchors a clock time: a month named earlier does not.
    later = "Sales fell in February. Crews were called in. The blaze started at about 10 p.m. near the hall."
    assert [v.start for t, v in found(later, MON) if v.granularity == "time"] == ["2024-03-11T22:00"]


@pytest.mark.parametrize(
    ("clock", "start"),
    [
        ("at twenty past two", "2024-03-08T14:20"),  # names no half of the day: the afternoon's
        ("at 2:20 a.m.", "2024-03-08T02:20"),  # names its half: as written
        ("at 02:20", "2024-03-08T02:20"),  # a 24-hour reading: as written
        ("at 0220 GMT", "2024-03-08T02:20"),  # a reading in a zone, and four digits: as written
    ],
)
def test_a_clock_on_an_afternoon_the_sentence_names_is_in_the_afternoon(clock: str, start: str) -> None:
    text = f"The ferry ran aground on Friday afternoon when its engine cut out, {clock}."
    times = [(t, v.start) for t, v in found(text, MON) if v.granularity == "time"]
    assert [s for _, s in times] == [start]


def test_a_part_of_the_day_alone_is_of_the_day_the_story_last_named() -> None:
    text = "Thieves raided a Halvik jeweller on Saturday. They broke in during the early hours."
    parts = [(t, v.start, v.timex) for t, v in found(text, MON) if t != "Saturday"]
    assert parts == [("the early hours", "2024-03-09", "2024-03-09TMO")]
    later = [(t, v.timex) for t, v in found("Saturday was calm in Brask. Police came late at night.", MON)]
    assert later[-1] == ("late at night", "2024-03-09TNI")
    # With no day named before it, it is not anchored: a next-day story's "mid-morning" is rarely today's.
    alone = only("Police came mid-morning to the Halvik shop.", MON)
    assert alone[0] == "mid-morning" and not alone[1].resolved


def test_the_day_before_a_happening_counts_from_the_day_the_story_named() -> None:
    text = "Brask died on Saturday in the Halvik hills. The day before Brask's death, a guide fell."
    assert [(t, v.start) for t, v in found(text, MON)] == [("Saturday", "2024-03-09"), ("The day", "2024-03-08")]
    later = "The ferry sank on Friday. The strike began a day after the ferry sank."
    assert [(t, v.start) for t, v in found(later, MON)][-1] == ("a day", "2024-03-09")
    # With no day named before it, it is not anchored (it is never the day before publication).
    alone = only("The day before the vote, police closed the Dravik bridge.", MON)
    assert alone[0] == "The day" and not alone[1].resolved


def test_a_day_after_set_off_by_a_comma_after_a_dated_clause_dates_the_earlier_happening() -> None:
    # The clause's day is the day after the vote: the vote was the day before it.
    text = "Dock workers in Halvik walked out on Thursday, a day after the Brask senate backed the port bill."
    assert [(t, v.start) for t, v in found(text, MON)] == [("Thursday", "2024-03-07"), ("a day", "2024-03-06")]
    said = "The union said on Friday it would go to court, a day after the senate passed the law."
    assert [(t, v.start) for t, v in found(said, MON)][-1] == ("a day", "2024-03-07")
    # A day before, set off likewise, is the day after the clause's.
    before = "Brinxley's mayor resigned on Monday, a day before the council was to vote on her budget."
    assert [(t, v.start) for t, v in found(before, MON)][-1] == ("a day", "2024-03-12")


# --- a weekday next to a date names that date -------------------------------------------------------

WEEKDAY_DATE = [
    ("Ferries stopped on Thursday (March 7) after the storm.", None, "Thursday (March 7)", "--03-07", False),
    ("Ferries stopped on Thursday (7 March) after the storm.", None, "Thursday (7 March)", "--03-07", False),
    ("Ferries stopped on Thursday, March 7, after the storm.", None, "Thursday, March 7", "--03-07", False),
    ("Ferries stopped on Thursday ( March 7 ) after the storm.", None, "Thursday ( March 7 )", "--03-07", False),
    ("Ferries stopped on Thursday (March 7, 2024) after the storm.", None, "Thursday (March 7, 2024)",
     "2024-03-07", True),
    ("Ferries stopped on Thursday (March 7) after the storm.", MON, "Thursday (March 7)", "2024-03-07", True),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "span", "day", "resolved"), WEEKDAY_DATE,
                         ids=[c[2] + ("-dated" if c[1] else "") for c in WEEKDAY_DATE])  # fmt: skip
def test_weekday_takes_the_date_next_to_it(
    sentence: str, published: dt.date | None, span: str, day: str, resolved: bool
) -> None:
    text, value = only(sentence, published)
    assert (text, value.start, value.end, value.resolved) == (span, day, day, resolved)
    assert value.granularity == "day"


def test_unclosed_parenthesis_leaves_weekday_and_date_apart() -> None:
    results = found("Ferries stopped on Thursday (March 7 after the storm.", None)
    assert [(t, v.start) for t, v in results] == [("Thursday", None), ("March 7", "--03-07")]


NEGATIVES = [
    "The U.S. 7th Fleet sailed with F-35A fighter jets.",
    "Russia lost an Su-34 and an A-50 over the sea.",
    "It was the worst defeat since World War II.",
    "Ukraine destroyed 13 aircraft and trained 1,000 members of a brigade.",
    "The plant employs 12,000 workers.",
    "The ministry may announce more sanctions.",
    "Protesters march through the capital.",
    "Officials deployed 2000 troops to the border.",
    "Prices fall when supply rises.",
    "The fall of the city shocked the region.",
    "A Halvik climber was killed in a fall on the ridge.",
    "He lost his gloves in the fall and was very cold.",
    "Brask Climber Dies In Fall",
    "Oil prices are expected to fall further.",
    "The bill costs $2024 per household.",
    "",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_not_a_date(sentence: str) -> None:
    assert found(sentence, MON) == []


def test_seed_like_paragraph_finds_each_date_once() -> None:
    text = (
        "Allies hope to agree before the summit in Washington on April 10, when the leaders are scheduled "
        "to meet.\n\nLast December, Tokyo eased its export rules. At the end of 2023, Japan said it would "
        "send Patriot missiles, the first such review in the last nine years."
    )
    spans = [t for t, _ in found(text, MON)]
    assert spans == ["April 10", "Last December", "the end of 2023", "the last nine years"]


def test_blanked_boilerplate_is_white_space() -> None:
    text = "Read also:" + " " * 40 + "\n" * 3 + "The vote is set for April 10 in Tokyo."
    (span, value) = only(text, MON)
    assert span == "April 10" and value.start == "2024-04-10"


def test_spans_index_the_text() -> None:
    text = "On Wednesday, March 13, 2024 at 9 a.m., officials met; last week they had talked."
    for x in extract_dates(text, ExtractionContext(published=MON)):
        assert text[x.start : x.end].strip() == text[x.start : x.end]
    assert [t for t, _ in found(text, MON)] == ["Wednesday, March 13, 2024 at 9 a.m.", "last week"]


def test_sentences_from_context_are_used() -> None:
    text = "They met on Wednesday. They will meet again on Friday."
    sentences = ((0, 22), (23, len(text)))
    results = extract_dates(text, ExtractionContext(published=MON, sentences=sentences))
    assert [x.value.start for x in results] == ["2024-03-06", "2024-03-15"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(list("0123456789 ,.-/:'aApPmMlLtsnyDJMWe\n()") + [
        "April ", "Dec. ", "2023", "last ", "next ", "the ", "end of ", "week", "years", "ago ", "on ",
        "Wednesday", "May ", "spring", "mid-", "quarter of ", "10", "s", "yesterday", "Thursday (",
        "this month", "earlier this "]), max_size=40).map("".join),
    st.sampled_from([None, MON, PUB_TIME, dt.date(2024, 2, 29), dt.date(2023, 12, 31)]),
    st.sampled_from(["", "month", "year"]),
)  # fmt: skip
def test_never_raises_and_spans_are_sound(text: str, published: dt.date | None, precision: str) -> None:
    results = extract_dates(text, ExtractionContext(published=published, published_precision=precision))
    previous_end = 0
    for x in results:
        assert 0 <= x.start < x.end <= len(text)
        assert x.start >= previous_end  # text order, no overlaps
        previous_end = x.end
        v = x.value
        if v.resolved:
            assert v.start is not None and v.end is not None
            assert v.start <= v.end
            dt.date.fromisoformat(v.start[:10])
            dt.date.fromisoformat(v.end[:10])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, MON]))
def test_never_raises_on_arbitrary_text(text: str, published: dt.date | None) -> None:
    for x in extract_dates(text, ExtractionContext(published=published)):
        assert 0 <= x.start < x.end <= len(text)


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("Fire crews arrived at around 4.30am on Friday.", "4.30am on Friday", "2031-03-07T04:30"),
        ("The ferry docked at 3.45pm.", "3.45pm", "2031-03-11T15:45"),
        ("The tremor was recorded at 0737 GMT.", "0737 GMT", "2031-03-11T07:37"),
        # four digits and "local time" are a clock, not a year (years run to 2199)
        ("The ferry left at 2130 local time.", "2130 local time", "2031-03-11T21:30"),
        # ... and so are four digits closing a bracket on "local", the local clock after a GMT reading
        ("The ferry left at 1930 GMT (2130 local).", "1930 GMT (2130 local)", "2031-03-11T19:30"),
        # but "local" before its noun leaves the year a year
        ("Voters in Brask chose mayors in the 2029 local elections.", "2029", "2029-01-01"),
        # a year of the next century, as long-range plans and projections give one
        ("Sea levels may rise a metre by 2100.", "2100", "2100-01-01"),
        ("The Halvik dam is due to close in 2164.", "2164", "2164-01-01"),
    ],
    ids=[
        "dotted-am", "dotted-pm", "wire-style-gmt", "wire-style-local", "wire-style-local-in-brackets",
        "year-before-local", "year-2100", "year-2164",
    ],
)
def test_british_and_wire_clock_times(text: str, surface: str, start: str) -> None:
    found = extract_dates(text, ExtractionContext(published=dt.date(2031, 3, 11)))
    assert [(text[e.start : e.end], e.value.start) for e in found] == [(surface, start)]


def test_a_decimal_before_percent_is_no_clock_time() -> None:
    assert extract_dates("Inflation was 4.30 percent.", ExtractionContext(published=dt.date(2031, 3, 11))) == []


def _dates_of(text: str, published: dt.date) -> list[tuple[str, str | None, str]]:
    from consistency.extract import ExtractionContext as _Ctx
    from consistency.extract.dates import extract_dates as _extract

    return [(text[x.start : x.end], x.value.start, x.value.granularity)  # type: ignore[union-attr]
            for x in _extract(text, _Ctx(published=published))]


def test_an_abbreviated_month_with_its_year_is_that_month() -> None:
    assert _dates_of("Velmora opened the mine in Oct. 2011.", dt.date(2013, 5, 3)) == [
        ("Oct. 2011", "2011-10-01", "month")
    ]
    assert _dates_of("Brask closed it in Dec 2010.", dt.date(2013, 5, 3)) == [("Dec 2010", "2010-12-01", "month")]


def test_a_two_digit_year_in_a_numeric_dateline() -> None:
    found = _dates_of("POSTED: 04/02/07, 9:00 PM in Halvik", dt.date(2007, 4, 3))
    assert found == [("04/02/07, 9:00 PM", "2007-04-02T21:00", "time")]


def test_a_numeric_date_reads_day_first_when_month_first_is_after_publication() -> None:
    assert _dates_of("11/09/2010 Korvath plant fire", dt.date(2010, 9, 11)) == [("11/09/2010", "2010-09-11", "day")]
    assert _dates_of("11/09/2010 Korvath plant fire", dt.date(2010, 12, 1)) == [("11/09/2010", "2010-11-09", "day")]


def test_a_dateline_joins_its_clock_time_across_a_dash_or_an_updated_label() -> None:
    found = _dates_of("August 7, 2012-5:46 pm The Dravik mill burned", dt.date(2012, 8, 7))
    assert found[0] == ("August 7, 2012-5:46 pm", "2012-08-07T17:46", "time")
    found = _dates_of("Friday, Sep 10, 2010 | Updated 8:52 PM The Halvik plant", dt.date(2010, 9, 10))
    assert found[0][1:] == ("2010-09-10T20:52", "time")


def test_until_a_weekday_is_not_before_publication() -> None:
    # Friday 12 April 2024: the hearing was put off to the coming Monday, whatever the verb's tense.
    found = _dates_of("The Velmora judge postponed the hearing until Monday.", dt.date(2024, 4, 12))
    assert found == [("Monday", "2024-04-15", "day")]
    found = _dates_of("The Velmora judge heard the case on Monday.", dt.date(2024, 4, 12))
    assert found == [("Monday", "2024-04-08", "day")]


def test_set_for_and_due_to_point_forward() -> None:
    found = _dates_of("A trial date was set for October 28 in Brask.", dt.date(2013, 6, 12))
    assert found == [("October 28", "2013-10-28", "day")]
    found = _dates_of("Korvath's due to enter a plea in September.", dt.date(2013, 6, 12))
    assert found == [("September", "2013-09-01", "month")]


def test_the_previous_year_is_a_whole_year_even_after_a_month() -> None:
    text = "Halvik sales fell 42% last month from the previous year."
    found = _dates_of(text, dt.date(2009, 2, 3))
    assert found[-1] == ("the previous year", "2008-01-01", "year")


def test_late_in_the_day_after_a_clause_is_the_day_itself() -> None:
    text = "Brask shares fell today.\nThey rebounded late in the day after falling 250 points."
    found = _dates_of(text, dt.date(2007, 8, 10))
    assert all(v == "2007-08-10" for _, v, _ in found if v), found


def test_the_verb_before_a_weekday_outweighs_a_cue_after_it() -> None:
    # Friday 3 May 2013: she checked in on the Thursday before, for a stay still to come.
    text = "Marta Vellacourt checked into the Halvik clinic on Thursday night, for what is to be a long stay."
    found = _dates_of(text, dt.date(2013, 5, 3))
    assert found[0][1] == "2013-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "Sera Kalnes won the most votes on Sunday but will face Tomas Ebrecht in a run-off.",
        "A strong quake struck Korvath on Sunday; rescuers will search the rubble for days.",
    ],
)
def test_an_irregular_past_verb_before_a_weekday_dates_it_back(text: str) -> None:
    # Published on Monday, March 8, 2032: the Sunday the lead tells is the day before, whatever "will" says after.
    weekday = next(v for t, v in found(text, dt.date(2032, 3, 8)) if t.startswith("Sunday"))
    assert weekday.start == "2032-03-07"


def test_a_time_before_or_after_a_date_is_not_that_date() -> None:
    # "the pre-Christmas rush", "post-2020 rules": a stretch before or after the date, which dates nothing.
    assert _dates_of("Card payments failed in the pre-Christmas rush.", dt.date(2031, 12, 20)) == []
    assert _dates_of("The post-2020 rules apply to new mines.", dt.date(2031, 12, 20)) == []
    assert [d[0] for d in _dates_of("Shops shut on Christmas Day.", dt.date(2031, 12, 20))] == ["Christmas Day"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # no tense either way: the nearer September, five months ahead of an April report, not seven back
        ("The Brinxley choir's opening recital is in September.", "2068-09-01"),
        # a tense still decides, whichever month is nearer
        ("The Brinxley choir gave an opening recital in September.", "2067-09-01"),
        ("The Brinxley choir will sing an opening recital in September.", "2068-09-01"),
        # the nearer month is the one passed when it is nearer back
        ("The Brinxley choir's opening recital is in February.", "2068-02-01"),
        # "since", a perfect or a past form in the clause look back, though no tense cue is read
        ("The Brinxley choir has grown since September.", "2067-09-01"),
        ("The Brinxley choir's conductor, who stepped down in September, sang.", "2067-09-01"),
    ],
)
def test_a_bare_month_with_no_tense_is_the_nearer_one(sentence: str, start: str) -> None:
    assert _dates_of(sentence, dt.date(2068, 4, 24)) == [("September" if "September" in sentence else "February", start, "month")]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # one can only challenge, appeal or welcome what has happened: the weekday dates the act, not the challenge
        ("Brinxley's mayor vowed to fight on and would challenge Friday's ruling, aides said.", "2068-04-27"),
        ("The guild said it would appeal against the council's decision on Tuesday.", "2068-04-24"),
        # a weekday of the verb's own act is still ahead
        ("The union will challenge the plan at a meeting on Tuesday.", "2068-05-01"),
        ("The council will vote on Tuesday.", "2068-05-01"),
    ],
)
def test_a_weekday_of_an_act_a_future_verb_presupposes_is_past(sentence: str, start: str) -> None:
    dates = [(text, value.start) for text, value in found(sentence, dt.datetime(2068, 4, 29, 15, 0))]
    assert [s for text, s in dates if text in ("Friday", "Tuesday")] == [start]


def test_a_weekday_picks_next_years_date_up_to_eleven_months_ahead() -> None:
    # Published on 10 June 2229: 1 April 2229 was a Wednesday, 1 April 2230 is a Thursday.
    text, value = only("The Brenkley levy applies from Thursday April 1.", dt.date(2229, 6, 10))
    assert (text, value.start) == ("Thursday April 1", "2230-04-01")
    # with no weekday, a year-less date near publication stays in the nearest year
    assert only("The Brenkley levy applied from April 1.", dt.date(2229, 6, 10))[1].start == "2229-04-01"


def test_a_year_after_its_month_is_read_whatever_its_century() -> None:
    """A year written after a month ("October 2395", "3 January 2240") is a year even past 2199, so a date a
    year on keeps it; a bare four-digit number past 2199 ("2400 homes") stays a count."""
    text, value = only("The new wing opens from October 2395, the trust said.", dt.date(2394, 6, 6))
    assert (text, value.start, value.granularity) == ("October 2395", "2395-10-01", "month")
    assert only("Work on the dam starts on 3 January 2240.", dt.date(2239, 5, 2))[1].start == "2240-01-03"
    assert found("The storm cut power to 2400 homes overnight.", dt.date(2394, 6, 6)) == []


def test_a_weekday_counted_within_its_month_is_that_day() -> None:
    """ "the second Monday in September", "the last Sunday of May 2031": one day, counted in its month."""
    published = dt.date(2031, 4, 10)
    assert only("Polls open on the last Sunday of May 2031.", published)[1].start == "2031-05-25"
    text, value = only("The Bexcastle fair is held on the first Friday of June.", published)
    assert (text, value.start, value.granularity) == ("the first Friday of June", "2031-06-06", "day")
    text, value = only("The Bexcastle fair will be held on the fourth Thursday in November.", published)
    assert (text, value.start) == ("the fourth Thursday in November", "2031-11-27")
