"""A year-less day a sentence firmly tells as ahead, a time a race took, and an evening's bare clock hour.

Invented sentences; each case pairs the reading with the one the same words gave before, or with the
wording that keeps the old reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.dates import extract_dates

MARCH = dt.date(2031, 3, 12)  # told in March: next January is ten months ahead, last January two back


def values(text: str, published: dt.date = MARCH) -> dict[str, str | None]:
    """Each expression's text -> the start of its value."""
    return {text[x.start : x.end]: x.value.start for x in extract_dates(text, ExtractionContext(published=published))}


@pytest.mark.parametrize(
    "text, span",
    [
        ("The toll on the Varnock bridge will rise on 1 January.", "1 January"),
        ("The Quellby smoking ban comes into force on January 1.", "January 1"),
        ("The new tariff takes effect on 2 February, the regulator said.", "2 February"),
        ("Ostrel's ferry levy applies from February 3.", "February 3"),
        ("The dredging permit for the Harle estuary expires on 2 February.", "2 February"),
        ("The vote on the Tamsby bypass is due on 20 January.", "20 January"),
    ],
)
def test_a_firm_future_reads_the_next_one_up_to_a_year_ahead(text: str, span: str) -> None:
    """More than nine months ahead, a day told with "will", "is due", "comes into force" or a rule's present
    ("applies from", "expires on") is still next year's: last year's would be told in the past."""
    assert values(text)[span][:4] == "2032"  # type: ignore[index]


@pytest.mark.parametrize(
    "text, span, year",
    [
        ("The toll on the Varnock bridge rose on 1 January.", "1 January", "2031"),  # told in the past
        ("Talks in Brindlemoor resume starting on January 7.", "January 7", "2031"),  # a headline's present
        ("The Quellby ban will start on 1 March.", "1 March", "2031"),  # passed days ago: the one just missed
    ],
)
def test_a_past_a_loose_present_or_a_day_just_gone_keeps_the_nearer_year(text: str, span: str, year: str) -> None:
    assert values(text)[span][:4] == year  # type: ignore[index]


def test_a_race_time_is_no_clock_time() -> None:
    """ "won in 4:06" is how long the race took; the finish's clock time is told "at 12:10 GMT"."""
    found = values("Dalla Vrenk won the Ossery hill race in 4:06, crossing the line at 12:10 GMT.")
    assert "4:06" not in found
    assert found["12:10 GMT"] == "2031-03-12T12:10"
    assert values("The lifeboat returned to Ossery at 4:06 on Saturday.")["4:06 on Saturday"] == "2031-03-08T04:06"


@pytest.mark.parametrize(
    "text, span, clock",
    [
        ("The Pellow council voted tonight on the levy. Members voted at half past six.", "half past six", "18:30"),
        ("The ferry left Wystan this evening. It sailed at 7:15.", "7:15", "19:15"),
        ("The ferry left Wystan at half past six that evening.", "half past six that evening", "18:30"),
    ],
)
def test_an_evenings_bare_hour_is_after_noon(text: str, span: str, clock: str) -> None:
    assert values(text)[span][11:16] == clock  # type: ignore[index]


@pytest.mark.parametrize(
    "text, span, clock",
    [
        ("The Pellow council voted this morning. Members voted at half past six.", "half past six", "06:30"),
        ("The ferry left Wystan this evening. It sailed at 06:30.", "06:30", "06:30"),  # a twenty-four hour clock
        ("The Pellow storm broke last night. It ended at two.", None, None),  # a night's small hours: no move
        ("Crowds gathered this evening. On Tuesday the ship left at half past six.", "half past six", "06:30"),
    ],
)
def test_a_morning_a_marked_clock_or_another_day_keeps_the_hour(text: str, span: str | None, clock: str | None) -> None:
    found = values(text)
    if span is not None:
        assert found[span][11:16] == clock  # type: ignore[index]
    else:
        assert not any(v and v.endswith("T14:00") for v in found.values())
