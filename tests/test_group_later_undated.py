"""Undated reports close in words to two dated happenings of one kind, a week or more apart, belong with the later
one when their words reach it nearly as well (``GroupingOptions.later_ratio``, in ``consistency.group._repeat_later``);
from our own invented articles."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.model import Article
from tests.test_group import OTHER, event_of, group, make

# A rockfall closes the Qarnevik rack railway on Sunday, September 14, 2071; another closed it on Thursday,
# September 10, 2070. Neither undated report looks back or counts a repeat. Every name is made up.
ROCKFALL_2071 = (
    "Qarnevik rack railway shut by rockfall",
    "A rockfall covered the track of the Qarnevik rack railway near its middle station on Sunday, and the line "
    "was closed while engineers checked the cliff above it, operator Yrvelle Mountain Lines said. Ninety "
    "passengers at the top station were taken down by bus.",
)
UNDATED_PASSENGERS = (
    "Qarnevik passengers taken down by bus",
    "Passengers left at the top station of the Qarnevik rack railway were taken down the mountain road by bus "
    "after a rockfall buried the track, Yrvelle Mountain Lines said. Nobody was hurt.",
)
UNDATED_CLIFF = (
    "Qarnevik line stays closed as cliff is checked",
    "The Qarnevik rack railway will stay closed until engineers have checked the cliff where the rockfall "
    "buried the track, Yrvelle Mountain Lines said.",
)
ROCKFALL_2070 = (
    "Rockfall buries Qarnevik rack railway track",
    "A rockfall buried the track of the Qarnevik rack railway below Mogwin summit on Thursday, and 140 "
    "passengers at the top station were taken down the mountain road by bus, Yrvelle Mountain Lines said. "
    "Nobody was hurt.",
)


def corpus() -> list[Article]:
    return [
        make(1, "Ixbold Times", dt.date(2071, 9, 14), ROCKFALL_2071),
        make(2, "Fennum Wire", None, UNDATED_PASSENGERS),
        make(3, "Ulvquist Radio", None, UNDATED_CLIFF),
        make(4, "Ixbold Times", dt.date(2070, 9, 10), ROCKFALL_2070),
        *(make(10 + n, "Dracco Post", dt.date(2071, 9, 12), story) for n, story in enumerate(OTHER)),
    ]


def test_undated_reports_alike_to_both_join_the_later_happening() -> None:
    events = group(corpus())
    assert event_of(events, "a4") == {"a4"}
    assert {"a1", "a2", "a3"} <= event_of(events, "a1")


def test_without_the_rule_they_stay_with_the_earlier_one() -> None:
    # (Closer in words to the earlier rockfall's report, linkage files them with it, whose date then keeps them
    # from the later one's.)
    events = group(corpus(), GroupingOptions(later_ratio=0.0))
    assert event_of(events, "a4") != {"a4"}
