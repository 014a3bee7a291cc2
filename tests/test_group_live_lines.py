"""A live page of timestamped lines ("14:12 Choppy at the weir. 14:41 Wemslow crosses the line first!") is a side story
of the day that tells its happening's day by its clock times; it joins the group dated to that day when it names no
place the group does not (``_placed_within``). But a capitalised word opening a line after its time was read as a
name none of the group writes ("Choppy"), so the page stayed alone. ``GroupingOptions.live_lines`` reads the word
after a clock time that opens a line or sentence as a sentence's first word, no name."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import grouped

TUESDAY = dt.date(2063, 6, 12)

WIRE = (
    TUESDAY,
    "Ferrywoman wins coracle race on the Lintrow",
    "PELLBURY (Wire) - Ferrywoman Ysobel Wemslow won the coracle race on the river Lintrow at Pellbury on "
    "Tuesday, paddling the two-mile course in 41 minutes, the race's organisers said. Forty-two boats started.",
)
SECOND = (
    TUESDAY,
    "Wemslow first home in Pellbury coracle race",
    "Ysobel Wemslow, a ferrywoman, won Pellbury's coracle race on the Lintrow on Tuesday, finishing the course "
    "in 41 minutes ahead of 41 other boats, organisers said.",
)
LIVE = (
    TUESDAY,
    "Coracle race: live",
    "14:00 They are off. 14:12 Choppy at the weir, two of them spinning. 14:41 The ferrywoman is first over the line! 14:50 "
    "Spectators are still cheering.",
)

BACKGROUND = (
    (TUESDAY - dt.timedelta(days=9), "Library extends opening hours", "The county library will open until eight on weekdays from April, its board said on Friday."),
    (TUESDAY + dt.timedelta(days=6), "Choir wins regional prize", "A youth choir won the regional singing prize on Monday with a programme of folk songs."),
)


def _grouped(options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and the live page, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("live", LIVE)], BACKGROUND, options)


def test_a_live_page_joins_its_race() -> None:
    assert _grouped(GroupingOptions()) == [["live", "second", "wire"]]


def test_without_the_rule_the_page_stays_alone() -> None:
    assert _grouped(GroupingOptions(live_lines=False)) == [["live"], ["second", "wire"]]
