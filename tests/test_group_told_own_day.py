"""A side story of the day, published the day of the happening, that gives no date at all in its lead (spectators on
the banks, a boatbuilder's words) shares few words with the wire reports and tells no day, so neither linkage nor the
told-day rule weighs it. ``GroupingOptions.told_own_day`` reads such a report (a publication day or dateline, no date
in its lead, no look-back a year or more) as telling its own day or the day before (``told_own_back``: a piece of the
next morning): it joins, as ``told_day_floor``'s lone reports do, the one group of two or more reports most of whose
leads date their happening to one of those days, when it names no place the group does not. A story of that day in
another town, and one published a week later, stay alone."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import RACE_DAY as TUESDAY
from tests.grouping_stories import RACE_SECOND as SECOND
from tests.grouping_stories import RACE_WIRE as WIRE
from tests.grouping_stories import grouped

SIDE = (
    TUESDAY,
    "Crowds cheer from both banks",
    "Thousands of spectators lined both banks of the Lintrow and cheered as the little boats spun under the old "
    "bridge. Boatbuilder Cosgrave Tudgell said most coracles were still made of willow and tarred calico.",
)
ELSEWHERE = (
    TUESDAY,
    "Crowds cheer from both banks",
    "Thousands of spectators lined both banks of the Lintrow in Garstock and cheered as the little boats spun "
    "under the old bridge. Boatbuilder Cosgrave Tudgell said most coracles were still made of willow and tarred "
    "calico.",
)
NEXT_MORNING = (TUESDAY + dt.timedelta(days=1), SIDE[1], SIDE[2])
WEEK_LATER = (TUESDAY + dt.timedelta(days=7), SIDE[1], SIDE[2])


def _grouped(side: tuple[dt.date, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and ``side``, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", side)], BACKGROUND, options)


def test_a_side_story_of_the_day_joins_its_race() -> None:
    assert _grouped(SIDE, GroupingOptions()) == [["second", "side", "wire"]]


def test_without_the_rule_it_stays_alone() -> None:
    assert _grouped(SIDE, GroupingOptions(told_own_day=False)) == [["second", "wire"], ["side"]]


def test_one_published_the_next_morning_joins_too() -> None:
    assert _grouped(NEXT_MORNING, GroupingOptions()) == [["second", "side", "wire"]]
    assert _grouped(NEXT_MORNING, GroupingOptions(told_own_back=0)) == [["second", "wire"], ["side"]]


def test_a_story_of_that_day_in_another_town_stays_alone() -> None:
    assert _grouped(ELSEWHERE, GroupingOptions()) == [["second", "wire"], ["side"]]


def test_a_story_published_a_week_later_stays_alone() -> None:
    assert _grouped(WEEK_LATER, GroupingOptions()) == [["second", "wire"], ["side"]]
