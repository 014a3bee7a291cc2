"""An undated report of a happening told by several dated reports, and a lone dated look-alike years before that
is closer to it in words: linkage files the undated report with the look-alike first (a full report of what
happened, like it), and the look-alike's date then keeps it from its own story's reports. The second look
(``GroupingOptions.follow_story``) sends it to the several reports when it is the more like them all together.
Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import event_of, group, make

D = dt.date

WIRE = (
    "Floodgates jam at Brennock weir, homes flooded",
    "The floodgates of the Brennock weir jammed on Monday and the river Tamsin flooded homes in Lower Brennock, "
    "the water authority said. Engineer Osric Vale said a motor had burned out.",
)
FOLLOW_UPS = [
    (D(2037, 11, 10), (
        "Lower Brennock bails out after weir flood",
        "Residents of Lower Brennock were bailing water out of their homes on Tuesday after the floodgates of the "
        "Brennock weir jammed. The water authority said pumps were on the way.",
    )),
    (D(2037, 11, 10), (
        "Water authority orders checks on Tamsin weirs",
        "The water authority ordered checks of every weir on the river Tamsin on Tuesday after the Brennock "
        "floodgates jammed and flooded Lower Brennock. Engineer Osric Vale will lead them.",
    )),
]
EARLIER = (D(2034, 2, 14), (
    "Brennock weir floodgates jam, homes flooded",
    "The floodgates of the Brennock weir jammed on Monday and the river Tamsin flooded homes in Lower Brennock, "
    "the water authority said. Engineer Osric Vale said ice had blocked them.",
))
OTHER = [
    (D(2037, 11, 9), ("Library reopens in Garrow", "The library in Garrow reopened on Monday after repairs.")),
    (D(2037, 11, 10), ("Bus fares rise", "Bus fares in Olmsby will rise by ten pence from January, the council said.")),
]


def _corpus() -> list:
    return [
        make(0, "Wire", None, WIRE),
        *(make(1 + n, f"Outlet {n}", day, story) for n, (day, story) in enumerate(FOLLOW_UPS)),
        make(3, "Archive", *EARLIER),
        *(make(10 + n, "Local", day, story) for n, (day, story) in enumerate(OTHER)),
    ]


def test_an_undated_report_follows_its_story_not_a_lone_look_alike() -> None:
    events = group(_corpus())
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    assert event_of(events, "a3") == {"a3"}


def test_without_the_second_look_the_look_alike_keeps_it() -> None:
    events = group(_corpus(), GroupingOptions(follow_story=False))
    assert event_of(events, "a0") == {"a0", "a3"}
