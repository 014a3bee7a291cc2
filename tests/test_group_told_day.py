"""A side story of a happening told the next morning (a witness's account: "the panes cracked yesterday", a new
person and a quote) shares few words with the wire reports of the day, so linkage leaves it alone, and its closest
pair lies under the bar that joins two blocks. ``GroupingOptions.told_day_floor`` (0.05 by default; 0 turns it off) lets such a
report join the one group whose leads date their happening to the day it tells, when it names no place the group
does not; a story of that day elsewhere, a report of the same kind a year before and a story naming another town
stay alone."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import grouped

TUESDAY = dt.date(2061, 3, 15)
WEDNESDAY = TUESDAY + dt.timedelta(days=1)

WIRE = (
    TUESDAY,
    "Roof of Bellmarket hall caves in under snow",
    "HOLTWICK (Wire) - The glass roof of the Bellmarket hall in Holtwick caved in under heavy snow on Tuesday, "
    "injuring nine traders, the fire service said. The hall was closed and engineers checked the walls.",
)
SECOND = (
    TUESDAY,
    "Nine hurt as Bellmarket hall roof falls in",
    "Nine traders were hurt when the snow-laden glass roof of Holtwick's Bellmarket hall fell in on Tuesday "
    "morning, the fire service said. Engineers were checking the rest of the building.",
)
FOLLOW_UP = (
    WEDNESDAY,
    "Holtwick traders count losses after roof collapse",
    "Traders at the Bellmarket hall said on Wednesday they had lost stock worth thousands after the glass roof "
    "caved in under snow a day earlier. The council said the hall would stay shut for a month.",
)
WITNESS = (
    WEDNESDAY,
    "'It came down like rain'",
    "Fishmonger Wenna Drossel was serving a customer when the glass roof above her stall cracked yesterday. "
    '"I pulled her under the counter and then the glass came down," she said.',
)
ELSEWHERE = (
    WEDNESDAY,
    "'It came down like rain'",
    "Fishmonger Wenna Drossel was serving a customer in Carrowdale when the glass roof above her stall cracked "
    'yesterday. "I pulled her under the counter and then the glass came down," she said.',
)
YEAR_BEFORE = (
    WEDNESDAY - dt.timedelta(days=364),
    "'It came down like rain'",
    "Fishmonger Wenna Drossel was serving a customer when the glass roof above her stall cracked yesterday. "
    '"I pulled her under the counter and then the glass came down," she said.',
)


BACKGROUND = (
    (TUESDAY - dt.timedelta(days=9), "Library extends opening hours", "The county library will open until eight on weekdays from April, its board said on Friday."),
    (TUESDAY + dt.timedelta(days=6), "Choir wins regional prize", "A youth choir from Quenmoor won the regional singing prize on Monday with a programme of folk songs."),
    (TUESDAY - dt.timedelta(days=20), "Bus route to be cut", "The operator said on Wednesday it would stop running the late bus to the airport next month."),
)


def _grouped(side: tuple[dt.date, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the three reports of the roof's collapse and ``side``, by article id."""
    return grouped([("wire", WIRE), ("second", SECOND), ("follow", FOLLOW_UP), ("side", side)], BACKGROUND, options)


ON = GroupingOptions()


def test_without_the_rule_the_witness_is_left_alone() -> None:
    assert _grouped(WITNESS, GroupingOptions(told_day_floor=0.0)) == [["follow", "second", "wire"], ["side"]]


def test_the_witness_joins_the_happening_of_the_day_it_tells() -> None:
    assert _grouped(WITNESS, ON) == [["follow", "second", "side", "wire"]]


def test_a_side_story_naming_another_town_stays_alone() -> None:
    assert _grouped(ELSEWHERE, ON) == [["follow", "second", "wire"], ["side"]]


def test_the_same_account_a_year_before_stays_alone() -> None:
    assert _grouped(YEAR_BEFORE, ON) == [["follow", "second", "wire"], ["side"]]
