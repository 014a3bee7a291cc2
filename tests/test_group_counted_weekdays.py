"""An undated follow-up dates its own step by a weekday and counts it from the happening ("banned stilt acts on
Tuesday, after the juggler died on Monday, some two days after the tumble"): the weekday it counts back to is the happening's.
Without ``GroupingOptions.counted_weekdays`` its Monday and Tuesday were weighed against the wire's Saturday as
another happening of the kind (``weekday_kind_factor``), and the wire stood apart from the undated reports that
followed it. Every name and sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import _counted_weekdays
from tests.grouping_stories import grouped

SATURDAY = dt.date(2074, 4, 14)  # a Saturday

WIRE = (
    SATURDAY,
    "Juggler hurt in fall from stilts at Knoxtavel fair",
    "KNOXTAVEL (Wire) - A stilt juggler was critically hurt on Saturday when he fell from his stilts onto the "
    "cobbles of the market square during the spring fair at Knoxtavel, police said. About 600 people were watching.",
)
NEXT_DAY = (
    None,
    "Stilt juggler Drexmoth on life support",
    "Fyrbeck Drexmoth, 31, the stilt juggler who fell at the Knoxtavel spring fair yesterday, lay on life support overnight, "
    "his sister Vowquill Drexmoth said. The fair's organiser, Pell Quixomere, said the act had been booked for six "
    "years.",
)
FOLLOW = (
    None,
    "Knoxtavel bans stilt acts after Drexmoth dies",
    "Knoxtavel's council banned stilt acts from its market square on Tuesday, after Fyrbeck Drexmoth, 31, died in "
    "hospital on Monday, some two days after the tumble at the spring fair. His sister Vowquill Drexmoth and Pell Quixomere laid "
    "flowers on the cobbles.",
)
BACKGROUND = (
    (SATURDAY - dt.timedelta(days=9), "Library reopens", "The town library at Yxmoor reopened on Thursday after a new roof."),
    (SATURDAY + dt.timedelta(days=6), "Choir wins cup", "A youth choir won the county singing cup on Friday evening."),
)

ON = GroupingOptions()
OFF = dataclasses.replace(ON, counted_weekdays=False)


def _grouped(options: GroupingOptions) -> list[list[str]]:
    return grouped([("wire", WIRE), ("next", NEXT_DAY), ("follow", FOLLOW)], BACKGROUND, options)


def test_the_weekday_counted_back_from_is_the_one_named_last_before_the_count() -> None:
    sentence = "Acts were banned on Tuesday, after the juggler died on Monday, some two days after the tumble."
    assert _counted_weekdays(0, (0,), sentence) == {5}  # Monday, two days back: Saturday
    assert _counted_weekdays(1, (1,), sentence) == set()  # Tuesday is not the day the count is told from
    assert _counted_weekdays(0, (0,), "He died on Monday after a fall.") == set()


def test_without_the_rule_the_wire_stands_apart_from_its_undated_follow_ups() -> None:
    assert _grouped(OFF) == [["follow", "next"], ["wire"]]


def test_the_follow_up_counting_back_to_the_wires_weekday_joins_it() -> None:
    assert _grouped(ON) == [["follow", "next", "wire"]]
