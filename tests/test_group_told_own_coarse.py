"""An explainer published on the day of a happening ("Coracles: how a round boat is made") places what it tells in
a season or an age ("in early spring"), not on a day: that date in its lead kept ``GroupingOptions.told_own_day`` from
reading it as telling its own day, so it stood alone beside the race it was written for.
``GroupingOptions.told_own_coarse`` lets such dates (months, seasons, years, periods) pass: the explainer joins its
race. One naming a day in its lead ("on Saturday") is still not read so."""

from __future__ import annotations

from consistency.group import GroupingOptions
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import RACE_DAY as TUESDAY
from tests.grouping_stories import RACE_SECOND as SECOND
from tests.grouping_stories import RACE_WIRE as WIRE
from tests.grouping_stories import grouped

EXPLAINER = (
    TUESDAY,
    "Coracles: how a round boat is made",
    "A coracle is woven from split willow cut in early spring, covered with calico and tarred, and weighs about 13 "
    "kilograms, so that one man can carry his boat on his back to the river.",
)
DAY_NAMED = (
    TUESDAY,
    EXPLAINER[1],
    "A coracle is woven from split willow cut on Saturday, covered with calico and tarred, and weighs about 13 "
    "kilograms, so that one man can carry his boat on his back to the river.",
)


def _grouped(side: tuple[object, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and ``side``, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", side)], BACKGROUND, options)  # type: ignore[list-item]


def test_an_explainer_placing_its_story_in_a_season_joins_its_race() -> None:
    assert _grouped(EXPLAINER, GroupingOptions()) == [["second", "side", "wire"]]


def test_without_the_rule_it_stays_alone() -> None:
    assert _grouped(EXPLAINER, GroupingOptions(told_own_coarse=False)) == [["second", "wire"], ["side"]]


def test_one_naming_a_day_stays_alone() -> None:
    assert _grouped(DAY_NAMED, GroupingOptions()) == [["second", "wire"], ["side"]]
