"""A live page of timestamped lines ("14:12 Choppy at the weir. 14:41 Wemslow crosses the line first!") is a side story
of the day that tells its happening's day by its clock times; it joins the group dated to that day when it names no
place the group does not (``_placed_within``). But a capitalised word opening a line after its time was read as a
name none of the group writes ("Choppy"), so the page stayed alone. ``GroupingOptions.live_lines`` reads the word
after a clock time that opens a line or sentence as a sentence's first word, no name."""

from __future__ import annotations

from consistency.group import GroupingOptions
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import RACE_DAY as TUESDAY
from tests.grouping_stories import RACE_SECOND as SECOND
from tests.grouping_stories import RACE_WIRE as WIRE
from tests.grouping_stories import grouped

LIVE = (
    TUESDAY,
    "Coracle race: live",
    "14:00 They are off. 14:12 Choppy at the weir, two of them spinning. 14:41 The ferrywoman is first over the line! 14:50 "
    "Spectators are still cheering.",
)


def _grouped(options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and the live page, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("live", LIVE)], BACKGROUND, options)


def test_a_live_page_joins_its_race() -> None:
    assert _grouped(GroupingOptions()) == [["live", "second", "wire"]]


def test_without_the_rule_the_page_stays_alone() -> None:
    # (held to the names as an undated page is: told_day_new_names lets a dated one join by its day alone)
    assert _grouped(GroupingOptions(live_lines=False, told_day_new_names=False)) == [["live"], ["second", "wire"]]
