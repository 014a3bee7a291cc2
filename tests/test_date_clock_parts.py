"""A clock time told with the part of a named day ("at 11.15 this morning", "this evening at 7.40"): one time.

Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

TUE = dt.date(2093, 6, 9)  # a Tuesday


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (text[x.start : x.end], x.value.start, x.value.granularity)
        for x in extract_dates(text, ExtractionContext(published=TUE))
    ]


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        ("Wardens shut the Kelmoor gates at 11.15 this morning.", "11.15 this morning", "2093-06-09T11:15"),
        ("The Pellow inquiry opened at ten this morning.", "ten this morning", "2093-06-09T10:00"),
        ("Divers surfaced at 7.40 yesterday evening near Bexcastle.", "7.40 yesterday evening", "2093-06-08T19:40"),
        ("The ferry from Skarn docks at nine tonight.", "nine tonight", "2093-06-09T21:00"),
        ("The Pellow inquiry opened this morning at ten, clerks said.", "this morning at ten", "2093-06-09T10:00"),
        ("Divers surfaced yesterday afternoon at 3.20 near Bexcastle.", "yesterday afternoon at 3.20", "2093-06-08T15:20"),
    ],
)
def test_an_hour_with_a_part_of_a_named_day_is_a_clock_time(text: str, span: str, start: str) -> None:
    assert (span, start, "time") in found(text)


def test_a_count_before_a_part_of_the_day_is_no_clock_time() -> None:
    """Without a word of time before it, a number is a count ("scored 3 this afternoon"): the day alone."""
    assert found("Brannel scored 3 this afternoon.") == [("this afternoon", "2093-06-09", "day")]
    assert found("The tally of rescued walkers stands at 14 this evening.") == [("this evening", "2093-06-09", "day")]


def test_a_past_clock_time_takes_no_day_still_to_come() -> None:
    """A clock time with no day of its own is on the day the story last named, unless its sentence tells it in
    the past and that day is still to come: the rule's start date is no day for the vote's hour, Monday is."""
    text = (
        "The Bexcastle assembly on Monday raised the ferry levy, from March 2 next year. "
        "The motion passed at 2215 GMT. Crossings will start at 9am."
    )
    spans = {span: start for span, start, _ in found(text)}
    assert spans["2215 GMT"] == "2093-06-08T22:15"
    # a clock time told ahead keeps the day still to come
    assert spans["9am"] == "2094-03-02T09:00"
