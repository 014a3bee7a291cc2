"""A year-less day a sentence firmly tells as ahead, a time a race took, a clock told "that evening", and "last" with
yesterday's weekday.

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
        ("The toll on the Mobalstead bridge will rise on 1 January.", "1 January"),
        ("The Ratalby smoking ban comes into force on January 1.", "January 1"),
        ("The new tariff takes effect on 2 February, the regulator said.", "2 February"),
        ("Juzaz's ferry levy applies from February 3.", "February 3"),
        ("The dredging permit for the Torul estuary expires on 2 February.", "2 February"),
        ("The vote on the Hofez bypass is due on 20 January.", "20 January"),
    ],
)
def test_a_firm_future_reads_the_next_one_up_to_a_year_ahead(text: str, span: str) -> None:
    """More than nine months ahead, a day told with "will", "is due", "comes into force" or a rule's present
    ("applies from", "expires on") is still next year's: last year's would be told in the past."""
    assert values(text)[span][:4] == "2032"  # type: ignore[index]


@pytest.mark.parametrize(
    "text, span, year",
    [
        ("The toll on the Mobalstead bridge rose on 1 January.", "1 January", "2031"),  # told in the past
        ("Talks in Horurton resume starting on January 7.", "January 7", "2031"),  # a headline's present
        ("The Ratalby ban will start on 1 March.", "1 March", "2031"),  # passed days ago: the one just missed
    ],
)
def test_a_past_a_loose_present_or_a_day_just_gone_keeps_the_nearer_year(text: str, span: str, year: str) -> None:
    assert values(text)[span][:4] == year  # type: ignore[index]


def test_a_race_time_is_no_clock_time() -> None:
    """ "won in 4:06" is how long the race took; the finish's clock time is told "at 12:10 GMT"."""
    found = values("Lohan Vrenk took the fell race in 4:06 and was home at 12:10 GMT.")
    assert "4:06" not in found
    assert found["12:10 GMT"] == "2031-03-12T12:10"
    assert values("The lifeboat returned to Durar at 4:06 on Saturday.")["4:06 on Saturday"] == "2031-03-08T04:06"


def test_a_clock_with_that_evening_is_after_noon() -> None:
    """ "half past six that evening" names its half of the day as "this evening" does."""
    found = values("The ferry left Nipoz at half past six that evening.")
    assert found["half past six that evening"][11:16] == "18:30"  # type: ignore[index]


def test_last_with_yesterdays_weekday_is_the_week_before() -> None:
    """Told on a Wednesday, "last Tuesday" is eight days back (yesterday is told "yesterday" or "on Tuesday");
    "last Monday" stays two days back."""
    wednesday = dt.date(2031, 3, 12)
    assert values("The Durar board met last Tuesday.", wednesday)["last Tuesday"] == "2031-03-04"
    assert values("The Durar board met on Tuesday.", wednesday)["Tuesday"] == "2031-03-11"
    assert values("The Durar board met last Monday.", wednesday)["last Monday"] == "2031-03-10"


@pytest.mark.parametrize(
    "text, span, day",
    [
        ("The Gejonholm diggers arrive a week today.", "a week today", "2031-03-19"),
        ("Samol plans a second launch a week tomorrow.", "a week tomorrow", "2031-03-20"),
        ("The Gejonholm hearing is a fortnight today.", "a fortnight today", "2031-03-26"),
        ("The Gejonholm flood came a week ago today.", "a week ago today", "2031-03-05"),
    ],
)
def test_a_week_today_is_seven_days_on(text: str, span: str, day: str) -> None:
    assert values(text)[span] == day


def test_a_day_one_was_asked_to_act_by_is_ahead() -> None:
    """ "were asked to pay by June 30", told in November, is next June's: what one is asked to do is still to
    come; done, it is last June's."""
    november = dt.date(2310, 11, 20)
    assert values("Wegen members were told to renew by June 30.", november)["June 30"] == "2311-06-30"
    assert values("Wegen donors paid in by June 30.", november)["June 30"] == "2310-06-30"
