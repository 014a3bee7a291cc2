"""A day whose year the reader guessed ("October 28", read as last year's) against another outlet's span of a month
("late October", "the end of October"), read as this year's: the guess put them in two years, the day falls in the
span, and an editor sees one claim told at two grains (``comparisons._same_day_other_year``)."""

from __future__ import annotations

import pytest

from consistency.checks.comparisons import _same_day_other_year
from consistency.model import DateValue, Fact, Granularity


def date(fid: str, text: str, start: str, end: str, granularity: Granularity) -> Fact:
    sentence = f"The curfew on the Orvelle docks starts {text}."
    at = sentence.index(text)
    value = DateValue(start, end, granularity)
    return Fact(fid, fid, "date", text, at, at + len(text), sentence, 0, len(sentence), value, None)


LATE_OCTOBER = date("a", "in late October", "2153-10-21", "2153-10-31", "month")


@pytest.mark.parametrize(
    ("day", "same"),
    [
        pytest.param(date("b", "on October 28", "2152-10-28", "2152-10-28", "day"), True, id="a-day-inside-the-span"),
        pytest.param(date("b", "on October 12", "2152-10-12", "2152-10-12", "day"), False, id="a-day-outside-it"),
        pytest.param(date("b", "on November 2", "2152-11-02", "2152-11-02", "day"), False, id="another-month"),
    ],
)
def test_a_day_whose_year_was_guessed_falls_in_a_span_of_another_year(day: Fact, same: bool) -> None:
    assert _same_day_other_year(day, LATE_OCTOBER) is same
    assert _same_day_other_year(LATE_OCTOBER, day) is same
