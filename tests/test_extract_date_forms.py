"""Date and time forms of issue #9 read from newsroom copy: clock times with seconds or "hours", a time
before its day, one moment on two clocks, dotted and two-digit-year dates, tokenized clock times.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates
from consistency.model import DateValue

WED = dt.date(2024, 3, 13)  # a Wednesday


def found(text: str, published: dt.date | dt.datetime | None = WED) -> list[tuple[str, DateValue]]:
    return [(text[x.start : x.end], x.value) for x in extract_dates(text, ExtractionContext(published=published))]


# sentence -> (span, start of the value)
FORMS = [
    # a 24-hour clock time with its seconds after a two-digit hour, or "hours" after it
    ("First posted 21:14:09 12/03/2024 by the Velmora desk", ("21:14:09 12/03/2024", "2024-03-12T21:14")),
    ("The ferry left Halvik at 09:10 hours on Tuesday.", ("09:10 hours on Tuesday", "2024-03-12T09:10")),
    # a clock time before its day, with its place between them
    ("Brask fire 6:15pm UK, Tuesday 12 March 2024 Crews arrived", ("6:15pm UK, Tuesday 12 March 2024",
                                                                   "2024-03-12T18:15")),
    ("It began at 7:20 AM local time, Monday, in Dravik.", ("7:20 AM local time, Monday", "2024-03-11T07:20")),
    # a hedge between a part of the day and its clock time
    ("Late Monday evening, around 9:40 p.m., Norland police arrived.",
     ("Monday evening, around 9:40 p.m.", "2024-03-11T21:40")),
    # dotted dates, day first or year first, also with a space after the dots
    ("The Korvath report is dated 08.03.2024 in its header.", ("08.03.2024", "2024-03-08")),
    ("Filed on 07. 03. 2024 by Marta Vellacourt.", ("07. 03. 2024", "2024-03-07")),
    ("Published: 2024.03.12 in Halvik.", ("2024.03.12", "2024-03-12")),
    # a day, a month and a two-digit year
    ("The convoy was stopped on 9 Mar 24. Nobody was hurt.", ("9 Mar 24", "2024-03-09")),
    # a clock time as tokenized copy leaves it, before am/pm
    ("Velmora, March 12, 2024, 10. 45AM The mayor spoke.", ("March 12, 2024, 10. 45AM", "2024-03-12T10:45")),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[f[0][:40] for f in FORMS])
def test_date_forms(sentence: str, expected: tuple[str, str]) -> None:
    span, start = expected
    assert [(s, v.start) for s, v in found(sentence)] == [(span, start)]


def test_race_time_is_no_clock() -> None:
    assert all(v.granularity != "time" for _, v in found("Dravik won the marathon in 2:07:35 on Sunday."))


def test_a_date_with_a_lower_case_word_after_it_keeps_its_number_apart() -> None:
    spans = [s for s, _ in found("On 9 Mar 24 people were hurt in Brask.")]
    assert "9 Mar 24" not in spans


def test_one_moment_on_two_clocks_is_one_expression() -> None:
    # the value is the first clock, as written; the instant comes from the clock with a zone
    (span, value), = found("The quake struck at 3 p.m. (1200 GMT) in Korvath, police said.")
    assert span == "3 p.m. (1200 GMT)"
    assert value.start == "2024-03-13T15:00" and value.instant == "2024-03-13T12:00Z"
    (span, value), = found("The blast came at 0915 GMT (1715 HKT) near the Halvik port.")
    assert span == "0915 GMT (1715 HKT)" and value.instant == "2024-03-13T09:15Z"


def test_a_day_after_two_clocks_stays_apart_but_dates_the_moment() -> None:
    result = found("The quake struck at 08:40 (0440 GMT) on Monday in Norland.")
    assert [s for s, _ in result] == ["08:40 (0440 GMT)", "Monday"]
    assert result[0][1].start == "2024-03-11T08:40" and result[0][1].instant == "2024-03-11T04:40Z"


def test_four_digits_before_a_zone_are_a_time_not_a_year() -> None:
    values = [v for _, v in found("Markets opened at 1852 HKT in Velmora.")]
    assert values and values[0].granularity == "time" and values[0].start == "2024-03-13T18:52"
