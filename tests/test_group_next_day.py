"""A report that tells the day after a happening ("the owner said on Friday, a day after the blaze") gives the
next day's weekday, not the happening's: set against a group dated to the happening's day, that weekday is no
other weekday of the happening (``GroupingOptions.next_day``), as a weekday given anywhere else would be."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _average_linkage
from consistency.happening import Happening, next_day

THURSDAY = dt.date(2040, 5, 17).toordinal()


def _linked(tells_next_day: bool, friday: bool = True, options: GroupingOptions | None = None) -> list[list[int]]:
    """A dated report of a Thursday's happening and an undated report giving Friday (or Saturday), alike at 0.25."""
    dated = Happening(days=[(THURSDAY, THURSDAY)], stages=set(), weekdays=frozenset({3}),
                      anchors=[(THURSDAY, THURSDAY)])
    undated = Happening(days=[], stages=set(), weekdays=frozenset({4 if friday else 5}), next_day=tells_next_day)
    clusters = _average_linkage(
        2, {(0, 1): 0.25}, [[(THURSDAY, THURSDAY)], []], options or GroupingOptions(), [dated, undated]
    )
    return sorted(sorted(c) for c in clusters)


def test_the_day_after_is_no_other_weekday() -> None:
    assert _linked(True) == [[0, 1]]


def test_another_weekday_still_counts_against() -> None:
    assert _linked(False) == [[0], [1]]  # (a Friday given without "a day after")
    assert _linked(True, friday=False) == [[0], [1]]  # (a Saturday is not the day after Thursday)
    assert _linked(True, options=GroupingOptions(next_day=False)) == [[0], [1]]


def test_a_lead_that_tells_the_day_after() -> None:
    assert next_day("The owner said on Friday, a day after the blaze, that he would rebuild.")
    assert next_day("Cranes were moving again the day after the strike.")
    assert not next_day("The owner said on Friday that he would rebuild within a year.")
