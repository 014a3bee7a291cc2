"""A short side story of a happening, filed the same day (a union's protest at a plant's closure), is close to the
one report of the event that tells that side too and far from the wire reports that made the group: linkage's mean
stays short of the threshold and the event is split. The last look (``GroupingOptions.lone_closest``) lets a report
linkage left alone join the one group dated within days of it whose closest report is close enough; a look-alike
years before is dated apart and stays alone."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _average_linkage
from consistency.happening import Happening

DAY = dt.date(2046, 4, 3)


def _standing_on(days: list[tuple[int, int]]) -> Happening:
    """A report that stands on ``days`` (its publication's) and dates no happening."""
    return Happening(days=[], stages=set(), weekdays=frozenset(), anchors=days)


def _linked(lone_day: int, closest: float = 0.3, options: GroupingOptions | None = None) -> list[list[int]]:
    """Three close reports of one day and a lone report, close to one of them only (mean 0.13 to the three)."""
    day = DAY.toordinal()
    pairs = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.8, (0, 3): closest, (1, 3): 0.05, (2, 3): 0.05}
    dates = [[(day, day)]] * 3 + [[(lone_day, lone_day)]]
    happenings = [_standing_on(d) for d in dates]
    return sorted(sorted(c) for c in _average_linkage(4, pairs, dates, options or GroupingOptions(), happenings))


def test_the_lone_report_joins_the_group_of_its_days() -> None:
    assert _linked(DAY.toordinal()) == [[0, 1, 2, 3]]
    assert _linked(DAY.toordinal() + 1) == [[0, 1, 2, 3]]


def test_a_lone_report_dated_apart_or_near_no_report_stays_alone() -> None:
    assert _linked(DAY.toordinal() - 700) == [[0, 1, 2], [3]]  # (a look-alike two years before)
    assert _linked(DAY.toordinal(), closest=0.1) == [[0, 1, 2], [3]]


def test_without_the_last_look_the_event_is_split() -> None:
    assert _linked(DAY.toordinal(), options=GroupingOptions(lone_closest=0.0)) == [[0, 1, 2], [3]]


def test_a_lone_report_close_to_two_groups_stays_alone() -> None:
    day = DAY.toordinal()
    pairs = {
        (0, 1): 0.8, (3, 4): 0.8, (0, 2): 0.3, (1, 2): 0.05, (2, 3): 0.3, (2, 4): 0.05,
    }
    clusters = _average_linkage(5, pairs, [[(day, day)]] * 5, GroupingOptions(), [_standing_on([(day, day)])] * 5)
    assert sorted(sorted(c) for c in clusters) == [[0, 1], [2], [3, 4]]


def test_a_pair_linkage_left_alone_joins_the_group_of_its_days() -> None:
    """Two reports of one side story (a protest and its second quote), close to one report of the event only."""
    day = DAY.toordinal()
    stood = [_standing_on([(day, day)])] * 5
    pairs = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.8, (3, 4): 0.8, (0, 3): 0.3, (1, 3): 0.05, (2, 4): 0.05}
    clusters = _average_linkage(5, pairs, [[(day, day)]] * 5, GroupingOptions(), stood)
    assert sorted(sorted(c) for c in clusters) == [[0, 1, 2, 3, 4]]
    clusters = _average_linkage(5, pairs, [[(day, day)]] * 5, GroupingOptions(lone_size=1), stood)
    assert sorted(sorted(c) for c in clusters) == [[0, 1, 2], [3, 4]]
