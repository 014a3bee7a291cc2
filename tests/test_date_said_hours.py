"""An hour told in a word after "at" or a hedge ("announced it at ten", "a little after three", "at nine that
morning"): the clock time something was said or happened. Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.test_date_clock_parts import found  # the same reader, published on Tuesday 9 June 2093


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        ("The Varn council announced its toll at ten.", "ten", "2093-06-09T10:00"),
        ("Mayor Oddlin was speaking at eleven in the Kedabat market.", "eleven", "2093-06-09T11:00"),
        ("The warden laid out the new curfew at nine at the quay.", "nine", "2093-06-09T09:00"),
        ("The Kitidi ruling came at eleven.", "eleven", "2093-06-09T11:00"),
        ("Bexcastle's assembly met this afternoon and voted a little after three.", "three", "2093-06-09T15:00"),
    ],
)
def test_an_hour_word_after_a_verb_of_saying_is_a_clock_time(text: str, span: str, start: str) -> None:
    assert (span, start, "time") in found(text)


def test_an_hour_before_that_morning_and_a_part_of_the_day_before_its_day() -> None:
    assert ("yesterday at nine", "2093-06-08T09:00", "time") in found(
        "The Womefemor ferry rule was unveiled yesterday at nine that morning."
    )
    assert ("six in the morning yesterday", "2093-06-08T06:00", "time") in found(
        "Officers entered the Varn depot at six in the morning yesterday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Minister Oddlin spoke at ten schools in Kedabat.",  # a noun after it: a count
        "Oddlin announced that she had started school at eleven.",  # too far from the verb: an age
        "Rents in Kitidi rose a little after three years of freezes.",
    ],
)
def test_an_hour_word_that_counts_is_no_clock_time(text: str) -> None:
    assert not [f for f in found(text) if f[2] == "time"]
