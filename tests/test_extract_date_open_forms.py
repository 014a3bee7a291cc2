"""Clock times in the short forms of messages and listings ("9a", "1140 a.m.", "11ish", "4 o'clock",
"two in the morning"), a bare hour after its day or before the clock time that ends its range, and the
open ranges a word before a date makes ("before 2018", "since August") in the TimeML view.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates
from consistency.extract.timexes import find_timexes
from consistency.model import DateValue

WED = dt.date(2024, 3, 13)  # a Wednesday


def found(text: str, published: dt.date | None = WED) -> list[tuple[str, DateValue]]:
    return [(text[x.start : x.end], x.value) for x in extract_dates(text, ExtractionContext(published=published))]


@pytest.mark.parametrize(
    ("sentence", "span", "start"),
    [
        ("The Velmora ferry leaves at 9a.", "9a", "2024-03-13T09:00"),
        ("Brask closes its doors at 8:45p on weekdays.", "8:45p", "2024-03-13T20:45"),
        ("The Halvik train left 1140 a.m. sharp.", "1140 a.m.", "2024-03-13T11:40"),
        ("Dravik doors open at 3 p . m .", "3 p . m .", "2024-03-13T15:00"),
        ("Korvath will land at 9.am in Norland.", "9.am", "2024-03-13T09:00"),
        ("Marta Vellacourt arrived 11ish with the files.", "11ish", "2024-03-13T11:00"),
        ("Lunch in Brask starts noonish.", "noonish", "2024-03-13T12:00"),
        ("The Velmora bells ring at seven o'clock in the evening.", "seven o'clock in the evening",
         "2024-03-13T19:00"),
        ("The Halvik shelter opens at 4 oclock.", "4 oclock", "2024-03-13T04:00"),
        ("Shots were heard in Dravik at two in the morning.", "two in the morning", "2024-03-13T02:00"),
        ("The Norland vigil ends at mid night.", "mid night", "2024-03-13T00:00"),
    ],
)
def test_short_clock_forms(sentence: str, span: str, start: str) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Read article 9a of the Velmora charter.",  # no preposition of time before the bare letter
        "Brask lost two in the morning raid.",  # a count before a noun
        "The Halvik fund pays 5 a day.",  # "a" apart from the digits is no am
    ],
)
def test_what_the_short_forms_are_not(sentence: str) -> None:
    assert [s for s, v in found(sentence) if v.granularity == "time"] == []


@pytest.mark.parametrize(
    ("sentence", "span", "start"),
    [
        # (a timetable told in the present: the coming Monday)
        ("The Korvath board meets on Monday at 2.30 in Brask.", "Monday at 2.30", "2024-03-18T02:30"),
        ("The Korvath board met on Monday at 2.30 in Brask.", "Monday at 2.30", "2024-03-11T02:30"),
        ("The Velmora crew returns tonight around 7.", "tonight around 7", "2024-03-13T19:00"),
        ("Dravik will vote on Friday the 15th at 4.", "Friday the 15th at 4", "2024-03-15T04:00"),
    ],
)
def test_a_bare_hour_after_its_day(sentence: str, span: str, start: str) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


def test_a_bare_hour_after_a_day_is_not_a_count() -> None:
    assert [s for s, _ in found("The Halvik market opened on Monday at 4 stalls.")] == ["Monday"]


@pytest.mark.parametrize(
    ("sentence", "span", "start", "end"),
    [
        ("The Brask bridge is shut 5 to 6pm.", "5 to 6pm", "2024-03-13T17:00", "2024-03-13T18:00"),
        ("Velmora clinics open 9 to 11 a.m.", "9 to 11 a.m.", "2024-03-13T09:00", "2024-03-13T11:00"),
        ("Halvik talks ran between 5 and 6 in the afternoon.", "between 5 and 6 in the afternoon",
         "2024-03-13T17:00", "2024-03-13T18:00"),
        ("The Dravik polls open 3:00 to 4:00 tomorrow.", "3:00 to 4:00 tomorrow", "2024-03-14T03:00",
         "2024-03-14T04:00"),
        ("Norland will swim on Thursday 19:00 - 21:00.", "Thursday 19:00 - 21:00", "2024-03-14T19:00",
         "2024-03-14T21:00"),
    ],
)
def test_a_range_of_clock_times_with_a_bare_first_end(sentence: str, span: str, start: str, end: str) -> None:
    (got, value), = found(sentence)
    assert (got, value.start, value.end) == (span, start, end)


def test_a_list_of_hours_is_no_range() -> None:
    assert [s for s, _ in found("Korvath scored 5 and 6pm was the kick-off.")] == ["6pm"]


def _mods(text: str) -> list[tuple[str, str | None, str | None]]:
    ctx = ExtractionContext(published=WED)
    return [(text[t.start : t.end], t.mod, t.value) for t in find_timexes(text, ctx, ranges=True, modifiers=True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Velmora built no roads before 2018.", [("before 2018", "BEFORE", "2018")]),
        ("Brask has grown since August.", [("since August", "ON_OR_AFTER", "2023-08")]),
        ("Halvik pays no later than 1 May 2024.", [("no later than 1 May 2024", "BEFORE", "2024-05-01")]),
        ("Dravik talks resume starting on January 7th.", [("starting on January 7th", "ON_OR_AFTER", "2024-01-07")]),
        ("The Norland fund closes after 2026.", [("after 2026", "AFTER", "2026")]),
        ("Korvath leaves by the end of this month.", [("by the end of this month", "BEFORE", "2024-03")]),
        ("Brask opens as early as 7:00 am.", [("as early as 7:00 am", "ON_OR_AFTER", "2024-03-13T07:00")]),
    ],
)
def test_open_ranges_in_the_timeml_view(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _mods(sentence) == expected


def test_the_timeml_view_leaves_the_modifier_out_unless_asked() -> None:
    ctx = ExtractionContext(published=WED)
    text = "Velmora built no roads before 2018."
    assert [(text[t.start : t.end], t.mod) for t in find_timexes(text, ctx, ranges=True)] == [("2018", None)]


@pytest.mark.parametrize(
    ("sentence", "span", "start"),
    [
        ("The Velmora board will meet on February twenty second.", "February twenty second", "2024-02-22"),
        ("Brask plans a vote on March eighteenth.", "March eighteenth", "2024-03-18"),
        ("Halvik reopens May twenty nine.", "May twenty nine", "2024-05-29"),
        ("The Dravik fair opened on the second of March.", "the second of March", "2024-03-02"),
        ("Korvath files its accounts on October, 1st.", "October, 1st", "2023-10-01"),
    ],
)
def test_a_day_in_words_beside_its_month(sentence: str, span: str, start: str) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


def test_a_cardinal_after_a_month_is_a_count_before_a_noun() -> None:
    assert [s for s, _ in found("In March twenty five workers left Velmora.")] == ["March"]


@pytest.mark.parametrize(
    ("sentence", "span", "start"),
    [
        ("The Norland call is on Friday 3/15 at noon.", "Friday 3/15 at noon", "2024-03-15T12:00"),
        ("The Brask hearing was held on Thursday 29/02.", "Thursday 29/02", "2024-02-29"),
        ("Halvik meets Friday 2024-3-15 in Dravik.", "Friday 2024-3-15", "2024-03-15"),
    ],
)
def test_a_weekday_names_the_digits_after_it_a_date(sentence: str, span: str, start: str) -> None:
    assert [(s, v.start) for s, v in found(sentence)][:1] == [(span, start)]


@pytest.mark.parametrize(
    ("sentence", "span", "start"),
    [
        ("The Velmora shuttle returns three days from today.", "three days from today", "2024-03-16"),
        ("Brask pays two weeks after tomorrow.", "two weeks after tomorrow", "2024-03-28"),
    ],
)
def test_units_counted_from_a_day_word(sentence: str, span: str, start: str) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


def _timex_values(text: str) -> list[tuple[str, str | None]]:
    ctx = ExtractionContext(published=WED)
    return [(text[t.start : t.end], t.value) for t in find_timexes(text, ctx, ranges=True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Halvik ferry sails each Monday at 4pm.", [("each Monday at 4pm", "XXXX-WXX-1T16:00")]),
        ("Velmora guards change 3pm each day.", [("3pm each day", "XXXX-XX-XXT15:00")]),
        ("Brask trams stop every evening at 7:13 p.m.", [("every evening at 7:13 p.m.", "XXXX-XX-XXT19:13")]),
        ("The Dravik choir sings Thursdays at 17.30.", [("Thursdays at 17.30", "XXXX-WXX-4T17:30")]),
        ("Korvath reports every year at 9 a.m.", [("every year", "P1Y"), ("9 a.m.", "2024-03-13T09:00")]),
    ],
)
def test_a_set_and_the_clock_time_it_repeats_at(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _timex_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shots were heard in Velmora in early morning.", [("early morning", "TMO")]),
        ("Brask traffic peaks in late afternoon.", [("late afternoon", "TAF")]),
        ("Halvik fishers return later in the evening.", [("later in the evening", "TEV")]),
        ("On Monday, Dravik fishers returned later in the evening.",
         [("Monday", "2024-03-11"), ("later in the evening", "2024-03-11TEV")]),
    ],
)
def test_a_part_of_the_day_on_no_day_keeps_its_timeml_part(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _timex_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Velmora exam is on 22/04 this year.", [("22/04", "2024-04-22")]),
        ("Brask roadworks will run from 10/1 to 11/7.", [("from 10/1 to 11/7", "2024-10-01")]),
        ("Halvik sent it about Jan/3.", [("Jan/3", "2024-01-03")]),
        ("Dravik fishers landed 3/4 of the catch.", []),  # a share, not a day
        ("Korvath won 2/3 of the seats.", []),
    ],
)
def test_a_year_less_day_in_digits_only_after_a_preposition_of_time(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, v.start) for s, v in found(sentence) if v.granularity != "year"] == expected


@pytest.mark.parametrize(
    ("sentence", "span", "start", "end"),
    [
        ("Norland moved to Velmora in 2017 April.", "2017 April", "2017-04-01", "2017-04-30"),
        ("Brask grew faster earlier in the week.", "earlier in the week", "2024-03-11", "2024-03-13"),
        ("Halvik will vote later in the year.", "later in the year", "2024-03-13", "2024-12-31"),
        ("The Dravik fund pays no later than 2026.", "2026", "2026-01-01", "2026-12-31"),
    ],
)
def test_more_named_periods(sentence: str, span: str, start: str, end: str) -> None:
    assert [(s, v.start, v.end) for s, v in found(sentence)] == [(span, start, end)]


def test_a_year_before_a_month_and_a_noun_is_no_month() -> None:
    assert [s for s, _ in found("Velmora held the 2017 May elections.")] == ["2017"]


@pytest.mark.parametrize(
    ("sentence", "span", "start"),
    [
        ("Brask sales rose in week 31, its best.", "week 31", "2024-07-29"),
        ("Halvik shipped in the first week of 2019.", "the first week of 2019", "2018-12-31"),
        ("Dravik closes in the last week of 2020.", "the last week of 2020", "2020-12-28"),
        ("Korvath meets next week Wednesday.", "next week Wednesday", "2024-03-20"),
        ("Norland voted on previous week - Monday.", "previous week - Monday", "2024-03-04"),
    ],
)
def test_weeks_by_number_and_a_weekday_in_a_named_week(sentence: str, span: str, start: str) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


def test_a_week_of_a_story_is_no_calendar_week() -> None:
    assert found("The Velmora trial is in week 3 of its hearings.") == []


def test_some_units_are_a_duration_only_where_they_say_how_long() -> None:
    assert _timex_values("The Velmora strike went on for some days.") == [("some days", "PXD")]
    assert _timex_values("It was too hard some days in Brask.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Velmora expects a deal early next year.", [("early next year", "2025")]),  # TimeML keeps the year
        ("The Brask pier will reopen next spring.", [("next spring", "2025-SP")]),
    ],
)
def test_a_part_of_next_year_keeps_its_timeml_unit(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _timex_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "start", "end"),
    [
        ("Brask roads stay shut the next three days.", "the next three days", "2024-03-14", "2024-03-16"),
        ("Velmora talks run between 3 and 12 of September.", "between 3 and 12 of September", "2024-09-03",
         "2024-09-12"),
        ("The Halvik fair runs March 28th to April 2nd.", "March 28th to April 2nd", "2024-03-28", "2024-04-02"),
        ("Dravik sails from June 26th of 2025 to June the 28th 2025.",
         "from June 26th of 2025 to June the 28th 2025", "2025-06-26", "2025-06-28"),
    ],
)
def test_more_ranges_of_days(sentence: str, span: str, start: str, end: str) -> None:
    assert [(s, v.start, v.end) for s, v in found(sentence)] == [(span, start, end)]


def test_a_moved_date_is_no_range_without_from() -> None:
    result = found("Korvath moved the vote March 28th to April 2nd.")
    assert [s for s, _ in result] == ["March 28th", "April 2nd"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Velmora will sign by end of year.", [("end of year", "2024")]),
        ("Brask sales peaked by the end of year.", [("the end of year", "2023")]),  # past: the last year's end
        ("Halvik pays at the end of the month.", [("the end of the month", "2024-03")]),
        ("Dravik ships by end of week.", [("end of week", "2024-W11")]),  # TimeML keeps the week
        ("Korvath reports early next week.", [("early next week", "2024-W12")]),
    ],
)
def test_the_end_of_the_current_unit(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _timex_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "start", "end"),
    [
        ("Velmora meets in the week commencing March 18.", "the week commencing March 18", "2024-03-18",
         "2024-03-24"),
        ("Book Brask for w/c Mar 20.", "w/c Mar 20", "2024-03-18", "2024-03-24"),  # the week that holds the day
        ("Halvik pays on the 15th day of next month.", "the 15th day of next month", "2024-04-15", "2024-04-15"),
        ("Dravik closes on the twenty-sixth day of the month.", "the twenty-sixth day of the month",
         "2024-03-26", "2024-03-26"),
    ],
)
def test_a_week_from_its_day_and_a_day_of_a_month_by_number(sentence: str, span: str, start: str, end: str) -> None:
    assert [(s, v.start, v.end) for s, v in found(sentence)] == [(span, start, end)]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (dt.date(2024, 4, 2), "Velmora sales fell in the last week of March.", [("the last week of March", "2024-W13")]),
        (WED, "Brask votes in the first week of May 2024.", [("the first week of May 2024", "2024-W18")]),
    ],
)
def test_a_week_of_a_month_is_the_week_of_its_thursday(
    published: dt.date, sentence: str, expected: list[tuple[str, str]]
) -> None:
    ctx = ExtractionContext(published=published)
    assert [(sentence[t.start : t.end], t.value) for t in find_timexes(sentence, ctx)] == expected


def test_shares_after_from_are_no_days() -> None:
    assert [s for s, _ in found("Velmora cut its stake from 1/3 to 1/4 last year.")] == ["last year"]


@pytest.mark.parametrize(
    ("sentence", "span", "start", "end"),
    [
        ("Velmora will work between now and May 21.", "between now and May 21", "2024-03-13", "2024-05-21"),
        ("Brask grew between Jan 22 and now.", "between Jan 22 and now", "2024-01-22", "2024-03-13"),
    ],
)
def test_now_as_one_end_of_a_range(sentence: str, span: str, start: str, end: str) -> None:
    assert [(s, v.start, v.end) for s, v in found(sentence)] == [(span, start, end)]


def test_now_alone_stays_the_present_reference() -> None:
    assert found("Halvik and now Brask rose.") == []
    assert _timex_values("Velmora will work between now and May 21.")[0] == ("between now and May 21", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Velmora opens in the morning at 7.", [("in the morning at 7", "2024-03-13T07:00")]),
        ("Brask met in the afternoon at 4 with aides.", [("in the afternoon at 4", "2024-03-13T16:00")]),
        ("Halvik stock rose in the morning at 7 percent.", []),
    ],
)
def test_a_part_of_the_day_before_its_hour(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, v.start) for s, v in found(sentence)] == expected


def test_a_numbered_week_before_a_noun_is_a_season_s_week() -> None:
    assert found("Brask lost the week 10 game in Velmora.") == []


@pytest.mark.parametrize(
    "sentence",
    ["Brask lost Friday 7-6 to Velmora.", "Halvik shares rose Friday 7.6 percent."],
)
def test_a_score_or_a_share_after_a_weekday_is_no_date(sentence: str) -> None:
    assert [s for s, _ in found(sentence)] == ["Friday"]


def test_a_score_after_a_day_is_no_hour() -> None:
    assert [s for s, _ in found("Brask won on Saturday at 3-1 in Velmora.")] == ["Saturday"]


@pytest.mark.parametrize(
    ("sentence", "span", "first", "last", "timex"),
    [
        # a hedge before "N years ago" makes a span of years: beyond, a little short of, or either side
        ("The Kelmidge viaduct was built more than two centuries ago.", "two centuries ago", "1624", "1824", "1824"),
        ("The Kelmidge lido opened nearly seventy years ago.", "seventy years ago", "1954", "1961", "1954"),
        ("A chapel stood on the Kelmidge hill about 200 years ago.", "200 years ago", "1804", "1844", "1824"),
        ("The Kelmidge library opened 212 years ago.", "212 years ago", "1812", "1812", "1812"),
    ],
)
def test_a_hedged_span_ago_is_a_span_of_years(sentence: str, span: str, first: str, last: str, timex: str) -> None:
    [(text, value)] = found(sentence)
    assert text == span
    assert ((value.start or "")[:4], (value.end or "")[:4]) == (first, last)
    # TimeML values it as its annotators do, the year N back: only the interval widens.
    assert [t.value for t in find_timexes(sentence, ExtractionContext(published=WED))] == [timex]
