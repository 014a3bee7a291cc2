"""Dated reports form their events before an undated report meets any of them (``GroupingOptions.undated_last``).

Average linkage merges the closest pair first. An undated report whose words happen to be closest to one
report of a look-alike a year before joined that report first, carried its date from then on, and the
look-alike's other reports followed it, however much better the undated report fitted the reports of its own
happening taken together. With dated groups formed first, the undated report is weighed against each whole
group, by its mean likeness to all of its reports.

Likenesses are set by hand here: what is tested is the order of linkage, not how texts score."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _average_linkage
from consistency.happening import Happening

EARLIER = dt.date(2030, 5, 7).toordinal()
LATER = dt.date(2031, 5, 13).toordinal()


def _corpus() -> tuple[dict[tuple[int, int], float], list[list[tuple[int, int]]], list[Happening]]:
    """Reports 0 and 1 of this year's happening (dated), 2 and 3 of a look-alike a year before (dated), and 4, an
    undated report of this year's: closest to report 2 (0.6), but 0.45 like each report of its own happening and
    0.1 like report 3."""
    pairs = {(0, 1): 0.5, (2, 3): 0.5, (2, 4): 0.6, (3, 4): 0.1, (0, 4): 0.45, (1, 4): 0.45, (0, 2): 0.2, (1, 3): 0.2}
    later = Happening([(LATER, LATER)], set(), frozenset(), anchors=[(LATER, LATER)])
    earlier = Happening([(EARLIER, EARLIER)], set(), frozenset(), anchors=[(EARLIER, EARLIER)])
    undated = Happening([], set(), frozenset())
    dates = [[(LATER, LATER)]] * 2 + [[(EARLIER, EARLIER)]] * 2 + [[]]
    return pairs, dates, [later, later, earlier, earlier, undated]


def _groups(options: GroupingOptions) -> list[list[int]]:
    pairs, dates, read = _corpus()
    return sorted(sorted(group) for group in _average_linkage(5, pairs, dates, options, read))


def test_an_undated_report_joins_the_dated_group_it_fits_as_a_whole() -> None:
    assert _groups(GroupingOptions()) == [[0, 1, 4], [2, 3]]


def test_in_order_of_the_closest_pair_it_goes_with_the_lookalike() -> None:
    # (and without the later group's claim on undated reports nearly as like it as their partners: ``later_ratio``)
    assert _groups(GroupingOptions(undated_last=False, later_ratio=0.0)) == [[0, 1], [2, 3, 4]]
