"""A day whose year the reader guessed ("October 28", read as last year's) against another outlet's span of a month
("late October", "the end of October"), read as this year's: the guess put them in two years, the day falls in the
span, and an editor sees one claim told at two grains (``comparisons._same_day_other_year``)."""

from __future__ import annotations

import pytest

from consistency.checks.comparisons import _same_day_other_year
from consistency.model import DateValue, Fact, Granularity


def date(fid: str, text: str, start: str, end: str, granularity: Granularity) -> Fact:
    sentence = f"The curfew on the Gejonholm docks starts {text}."
    at = sentence.index(text)
    value = DateValue(start, end, granularity)
    return Fact(fid, fid, "date", text, at, at + len(text), sentence, 0, len(sentence), value, None)


LATE_OCTOBER = date("a", "in late October", "2033-10-21", "2033-10-31", "month")


@pytest.mark.parametrize(
    ("day", "same"),
    [
        pytest.param(date("b", "on October 28", "2032-10-28", "2032-10-28", "day"), True, id="a-day-inside-the-span"),
        pytest.param(date("b", "on October 12", "2032-10-12", "2032-10-12", "day"), False, id="a-day-outside-it"),
        pytest.param(date("b", "on November 2", "2032-11-02", "2032-11-02", "day"), False, id="another-month"),
    ],
)
def test_a_day_whose_year_was_guessed_falls_in_a_span_of_another_year(day: Fact, same: bool) -> None:
    assert _same_day_other_year(day, LATE_OCTOBER) is same
    assert _same_day_other_year(LATE_OCTOBER, day) is same


def test_a_day_against_a_whole_year_of_another_is_two_years() -> None:
    """ "last year" against "28 October 2031": a span of a whole year holds any day of the year, so it says
    nothing of a guess; the two years stand."""
    last_year = date("a", "last year", "2032-01-01", "2032-12-31", "year")
    day = date("b", "on 28 October 2031", "2031-10-28", "2031-10-28", "day")
    assert not _same_day_other_year(day, last_year)


def test_a_day_told_with_no_year_falls_in_another_years_span() -> None:
    next_year = date("a", "next year", "2040-01-01", "2040-12-31", "year")
    day = date("b", "on 1 January", "2039-01-01", "2039-01-01", "day")
    assert _same_day_other_year(day, next_year)


@pytest.mark.parametrize(
    ("told", "start"),
    [
        pytest.param("next February", "2058-02-01", id="next-month-name"),
        pytest.param("in February next year", "2058-02-01", id="month-then-next-year"),
        pytest.param("in February 2258", "2258-02-01", id="a-year-of-another-century"),
    ],
)
def test_a_year_told_in_words_or_in_any_century_is_no_guess(told: str, start: str) -> None:
    """ "next February" counts its year from the day of the report, and "February 2258" writes it: against another
    outlet's "February 2059" the two years are two claims, not one year guessed two ways."""
    end = start[:8] + "28"
    other = date("a", "in February 2059", "2059-02-01", "2059-02-28", "month")
    assert not _same_day_other_year(date("b", told, start, end, "month"), other)
    guessed = date("c", "in February", start, end, "month")
    assert _same_day_other_year(guessed, other)
