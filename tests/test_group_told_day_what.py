"""A witness's or winner's account of the next morning ("Wemslow said yesterday she had capsized twice") shares the
event's person and a word or two, but tells of no happening the wire reports tell of (a race): the what rule
(``GroupingOptions.what_floor``) weighs such a pair as two happenings alike by a place alone, and its likeness fell
under the bar a report dated to the group's day joins by (``told_day_floor``). ``GroupingOptions.told_day_what``
weighs those lone reports by their pair's likeness before the what rule, less what weekdays and months give: a
story of the same day in the same town that shares only "yesterday" or a weekday with the event stays alone."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import grouped

TUESDAY = dt.date(2063, 6, 12)
WEDNESDAY = TUESDAY + dt.timedelta(days=1)

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
ACCOUNT = (
    WEDNESDAY,
    "'I went round in circles at the weir'",
    "Wemslow said yesterday she had capsized twice in practice and feared the current at the weir. Her coach, "
    "Cosgrave Tudgell, said she had trained every evening since March.",
)
SAME_DAY = (
    WEDNESDAY,
    "Bus station reopens",
    "The bus station reopened yesterday after two months of repairs, the operator said.",
)

BACKGROUND = (
    (TUESDAY - dt.timedelta(days=9), "Library extends opening hours", "The county library will open until eight on weekdays from April, its board said on Friday."),
    (TUESDAY + dt.timedelta(days=6), "Choir wins regional prize", "A youth choir won the regional singing prize on Monday with a programme of folk songs."),
)


def _grouped(side: tuple[dt.date, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and ``side``, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", side)], BACKGROUND, options)


def test_an_account_of_the_next_morning_joins_its_race() -> None:
    assert _grouped(ACCOUNT, GroupingOptions()) == [["second", "side", "wire"]]


def test_without_the_rule_the_account_stays_alone() -> None:
    assert _grouped(ACCOUNT, GroupingOptions(told_day_what=False)) == [["second", "wire"], ["side"]]


def test_a_story_of_the_same_day_sharing_only_yesterday_stays_alone() -> None:
    assert _grouped(SAME_DAY, GroupingOptions()) == [["second", "wire"], ["side"]]
