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
    st.lists(st.sampled_from(list("0123456789 ,.-/:'aApPmMlLtsnyDJMWe\n") + [
        "April ", "Dec. ", "2023", "last ", "next ", "the ", "end of ", "week", "years", "ago ", "on ",
        "Wednesday", "May ", "spring", "mid-", "quarter of ", "10", "s"]), max_size=40).map("".join),
    st.sampled_from([None, MON, PUB_TIME, dt.date(2024, 2, 29), dt.date(2023, 12, 31)]),
)  # fmt: skip
def test_never_raises_and_spans_are_sound(text: str, published: dt.date | None) -> None:
    results = extract_dates(text, ExtractionContext(published=published))
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
