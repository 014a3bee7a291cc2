"""A live report's entry speaks for the time it was posted: "10:20 Airlines have cancelled 640 flights so far" on a
page last updated at 18:00 is a count of 10:20, so a wire's 910 of 13:00 is that count grown, not a page of 18:00
reporting lower (consistency/checks/comparisons.py, ``_entry_time``).

The articles are invented: snow at Velmstead airport.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

WIRE = "Snow shut Velmstead airport on Tuesday. Airlines had cancelled 910 flights so far, the airport said."


def figure_verdicts(live: str, *, page_time: dt.datetime = dt.datetime(2047, 3, 4, 18, 0)) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="live", path="live.md", outlet="Livebeam Radio", body=live, published=page_time),
        Article(id="wire", path="wire.md", outlet="Ebbrick Wire", body=WIRE, published=dt.datetime(2047, 3, 4, 13, 0)),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == "figure"]


def live_page(stamp: str) -> str:
    return (
        "# Live: snow at Velmstead airport\n\n"
        "17:40 Ploughs are out on the runway and the first departures are boarding.\n\n"
        f"{stamp} Airlines have cancelled 640 flights so far, the airport says, as snow keeps falling on Velmstead.\n"
    )


def test_a_count_in_an_earlier_entry_is_an_earlier_count() -> None:
    assert figure_verdicts(live_page("10:20")) == [("compatible", "update")]
    assert figure_verdicts(live_page("10.20am")) == [("compatible", "update")]


def test_an_entry_stamped_after_the_wire_is_a_later_count() -> None:
    # posted at 15:30, after the wire's 13:00: later and lower, with no reason given
    assert figure_verdicts(live_page("15:30")) == [("conflict", "unexplained")]


def test_a_stamp_later_than_the_page_is_not_read_as_that_day() -> None:
    # 19:10 on a page of 18:00 is an entry of another day, not read: the page's own time stands
    assert figure_verdicts(live_page("19:10")) == [("conflict", "unexplained")]
