"""A clock time whose sentence names no day takes the day an earlier sentence names only when that day lies near
the day of writing: a day weeks or months off ("a permit dated 2 March", "the rules apply from 1 July") is of another
matter, and the clock is on the story's day named before it.

Invented articles.
"""

from __future__ import annotations

import datetime as dt

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

FRI = dt.date(2093, 6, 12)  # a Friday


def day_of(text: str, span: str) -> str | None:
    at = text.index(span)
    return next(x.value.start for x in extract_dates(text, ExtractionContext(published=FRI)) if x.start == at)


def test_a_clock_time_passes_over_a_day_far_from_writing_to_the_storys_day() -> None:
    text = (
        "A grain barge sank at the Orrin quay on Wednesday, the harbour office said. Its permit was dated 2 March. "
        "It went down at 4.15pm."
    )
    assert day_of(text, "4.15pm") == "2093-06-10T16:15"


def test_a_clock_time_takes_a_day_near_writing_named_earlier() -> None:
    text = "A grain barge sank at the Orrin quay on Wednesday, the harbour office said. It went down at 4.15pm."
    assert day_of(text, "4.15pm") == "2093-06-10T16:15"


def test_a_far_day_in_the_clocks_own_sentence_still_holds() -> None:
    text = "The Orrin quay reopens on 2 September, the harbour office said, and its gates will open to lorries at 9 a.m."
    assert day_of(text, "9 a.m.") == "2093-09-02T09:00"
