"""Figures the extractor once passed over because of what stood before them: a count after a month's name
that ends a sentence, and spans of time with no preposition or verb of lasting before them. Every sentence
is invented."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures
from consistency.model import Quantity

CTX = ExtractionContext()


def figures(text: str) -> list[tuple[str, Quantity]]:
    return [(text[e.start : e.end], e.value) for e in extract_figures(text, CTX)]  # type: ignore[misc]


def test_count_after_a_sentence_ending_in_a_month_is_read() -> None:
    found = figures("The leak went unseen until October. Four pumps were shut down at Tisquan.")
    assert [(span, q.low, q.counted) for span, q in found] == [("Four", 4.0, "pumps")]


@pytest.mark.parametrize("text", ["On Oct. 4 pumps were checked.", "It opened on October 4 at Brevolt."])
def test_a_day_after_a_month_stays_no_count(text: str) -> None:
    assert not [q for _, q in figures(text) if q.low == 4.0]


# sentence -> (span, value, unit)
LEADLESS = [
    ("The winning margin at Brevolt was 41 seconds.", ("41 seconds", 41.0, "s")),  # a copula
    ("The wait is about three hours.", ("about three hours", 3.0, "h")),
    ("Crossing time: 85 minutes, as the timetable said.", ("85 minutes", 85.0, "min")),  # a listed value
    ("It took Ulvadin 2.84 seconds to finish.", ("2.84 seconds", 2.84, "s")),  # seconds, a decimal
    ("Women in Kaskimo can now expect 81.6 years.", ("81.6 years", 81.6, "year")),  # not whole: no offset
]


@pytest.mark.parametrize(("text", "expected"), LEADLESS)
def test_span_of_time_with_no_lead_is_read_when_its_form_says_measure(
    text: str, expected: tuple[str, float, str]
) -> None:
    found = [(span, q.low, q.unit) for span, q in figures(text)]
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "It was three days ago that Tisquan voted.",  # a day the date reader places
        "It was three days after the vote that Brevolt quit.",
        "Updated: 2 hours ago",
        "Kaskimo voted. Three days remain.",  # a whole span with no lead stays a date's business
    ],
)
def test_offsets_and_bare_whole_spans_stay_no_figure(text: str) -> None:
    assert not [q for _, q in figures(text) if q.unit in ("day", "h")]


# sentence -> (span, value in its unit, unit)
RACE_TIMES = [
    ("Tisquan won the hill race on Sunday in 4:06 and was home by 13:20 GMT.", ("4:06", 246.0, "s")),
    ("Brevolt ran the mile in 3:43 at the indoor meet.", ("3:43", 223.0, "s")),
    ("Kaskimo set a winning time of 12:30 on the ice.", ("12:30", 750.0, "s")),
]


@pytest.mark.parametrize(("text", "expected"), RACE_TIMES)
def test_a_finishing_time_with_colons_is_a_span(text: str, expected: tuple[str, float, str]) -> None:
    found = [(span, round(q.low or 0, 6), q.unit) for span, q in figures(text)]
    span, value, unit = expected
    assert (span, round(value, 6), unit) in found


@pytest.mark.parametrize(
    "text",
    [
        "The Brevolt ferry leaves at 4:06 and docks in 5:10 pm.",  # clock times
        "The Tisquan model was built in 1:50 scale.",  # a ratio
        "The Kaskimo hearing ended in 10:30 GMT.",
    ],
)
def test_clock_times_and_ratios_stay_no_span(text: str) -> None:
    assert not [q for _, q in figures(text) if q.unit in ("min", "h", "s")]


# a multiple in one word, or with an "x": read as "five times the limit" is
REPEATS = [
    ("Brevolt tests showed lead levels no more than twice the legal cap.", ("no more than twice", None, 2.0)),
    ("Tisquan sold twice that number of tickets.", ("twice", 2.0, 2.0)),
    ("Samples from Kaskimo showed lead at 6x the limit.", ("6x", 6.0, 6.0)),
]


@pytest.mark.parametrize(("text", "expected"), REPEATS)
def test_a_multiple_in_one_word_is_read(text: str, expected: tuple[str, float | None, float | None]) -> None:
    found = [(span, q.low, q.high) for span, q in figures(text) if q.counted == "times"]
    assert found == [expected]


@pytest.mark.parametrize("text", ["Tisquan bought a 4x4 truck.", "Brevolt scored twice in the second half.", "The Kaskimo line is twice as fast."])
def test_how_often_and_dimensions_stay_no_multiple(text: str) -> None:
    assert not [q for _, q in figures(text) if q.counted == "times"]


# A span of time led by a giving verb with its object between, by what is left or needed before "to" and a verb,
# by what a report covers, or followed by "without": each can only say how long.
@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The council has given the Pabsworth ferry ten days.", "ten days", 10.0, "day"),
        ("Prunwick mills were granted three months to comply.", "three months", 3.0, "month"),
        ("Only tenants with a year to stay may apply.", "a year", 1.0, "year"),
        ("The Pabsworth yard needed six months to refit the dredger.", "six months", 6.0, "month"),
        ("An inquiry covering four years found the ledgers altered.", "four years", 4.0, "year"),
        ("Prunwick pickers went nine weeks without wages.", "nine weeks", 9.0, "week"),
    ],
)
def test_a_span_given_left_covered_or_gone_without_is_read(text: str, span: str, value: float, unit: str) -> None:
    assert [(s, q.low, q.unit) for s, q in figures(text)] == [(span, value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The Pabsworth court granted him bail two weeks ago.",
        "The Prunwick code allows up to 5 years in a cell.",
        "Pickers worked two years in Pabsworth.",
    ],
)
def test_a_span_with_no_such_lead_stays_unread(text: str) -> None:
    assert [q for _, q in figures(text) if q.unit in ("day", "week", "month", "year")] == []
