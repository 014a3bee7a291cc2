"""Clock hours told in words alone, and tense cues that are no past: invented sentences.

"came at eleven", "a little after three", "at nine that morning" are clock times as any reporter tells them;
"must have winter tyres from December" is an obligation ahead, and "300 registered drivers" an adjective, so
neither reads a month or a day back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

TUE = dt.datetime(2392, 6, 9, 8, 0)  # a Tuesday morning in June


def dates(text: str, published: dt.datetime = TUE) -> dict[str, str | None]:
    return {text[x.start : x.end]: x.value.start for x in extract_dates(text, ExtractionContext(published=published))}


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        ("The ruling on the harbour dues came at eleven.", "eleven", "2392-06-09T11:00"),
        ("Ms Lufekin set out the rule at ten in a village hall above the lake.", "ten", "2392-06-09T10:00"),
        ("The board met this afternoon and ruled a little after three.", "three", "2392-06-09T15:00"),
        ("Speaking at nine that morning, the mayor said the road would reopen.", "nine", "2392-06-09T09:00"),
        ("Officers searched the barn at six in the morning yesterday, finding the van.", "six in the morning yesterday", "2392-06-08T06:00"),
    ],
)
def test_an_hour_in_words_is_a_clock_time(text: str, span: str, start: str) -> None:
    assert dates(text).get(span) == start


@pytest.mark.parametrize(
    "text",
    [
        "The death toll stood at eleven.",
        "She left school at eleven.",
        "At one point the talks stalled.",
        "The odds were at three to one.",
        "The port caps ferry calls at two a day.",
        "Inflation is at ten percent.",
        "The club was ranked at ten in the table.",
    ],
)
def test_a_number_after_at_that_is_no_clock(text: str) -> None:
    assert not any("T" in (v or "") for v in dates(text).values())


def test_must_have_with_a_noun_is_an_obligation_ahead() -> None:
    """ "must have" looks back only before a participle ("must have left"); with a noun it obliges ahead."""
    assert dates("Coaches on the pass must have snow chains from the start of December.")["the start of December"] == "2392-12-01"
    assert dates("The lorry must have left on Monday.")["Monday"] == "2392-06-08"


def test_a_participle_between_a_count_and_its_noun_is_no_past() -> None:
    """ "300 registered drivers face checks from March 1": an adjective; "about 300 attended ... on Monday" a verb."""
    assert dates("Some 300 registered drivers face checks from March 1.")["March 1"] == "2393-03-01"
    assert dates("About 300 attended the rally on Monday.")["Monday"] == "2392-06-08"
