"""A clock time whose sentence names no day is on the day its paragraph last named, else on the article's lead day:
a day named paragraphs earlier is often of something else ("letters dated 3 May", "the rules apply from 1 July").

Invented articles.
"""

from __future__ import annotations

import datetime as dt

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

THU = dt.date(2093, 6, 11)  # a Thursday


def day_of(text: str, span: str, published: dt.date = THU) -> str | None:
    at = text.index(span)
    return next(x.value.start for x in extract_dates(text, ExtractionContext(published=published)) if x.start == at)


LEAD = "# Orrin ferry strikes a pier\n\nORRIN, June 11 - A ferry struck a pier in Orrin harbour on Wednesday, the port said.\n\n"


def test_a_clock_time_is_on_the_lead_day_not_on_a_day_named_paragraphs_earlier_nor_the_dateline() -> None:
    text = LEAD + "The pier had passed an inspection on 3 May.\n\nThe ferry hit the pier at 4.15pm, witnesses said."
    assert day_of(text, "4.15pm") == "2093-06-10T16:15"


def test_a_clock_time_is_on_the_day_its_own_paragraph_names() -> None:
    text = LEAD + "The pier was inspected on 3 May. The inspectors left at 4.15pm."
    assert day_of(text, "4.15pm") == "2093-05-03T16:15"


def test_with_no_day_in_the_lead_a_clock_time_is_on_the_day_of_publication() -> None:
    text = (
        "ORRIN, June 11 - Port staff checked the pier again. Divers were called in.\n\nA first crack opened on 3 May."
        "\n\nA second crack was seen at 4.15pm."
    )
    assert day_of(text, "4.15pm") == "2093-06-11T16:15"
