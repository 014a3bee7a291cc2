"""A group whose leads date no happening (a wire's "has collapsed", a second report's "has fallen") had no day for a
lone report of the next morning to tell, so a witness's "said yesterday" joined nothing and the event was split.
``GroupingOptions.told_group_days`` reads such a group's day from what its reports tell or stand on: the days its
leads give near their own day, else their publication days, the days most of them give. The witness's account joins;
the same account published a week later stays alone."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import grouped

DAY = dt.date(2071, 3, 4)

WIRE = (
    DAY,
    "Footbridge collapses into the Ebblyn",
    "DAPSWORTH (Wire) - The old iron footbridge over the river Ebblyn at Dapsworth has collapsed into the water, "
    "the county council said. Nobody was on the footbridge when it fell, and the river path has been closed.",
)
SECOND = (
    DAY,
    "Dapsworth footbridge falls into river",
    "The iron footbridge at Dapsworth has fallen into the river Ebblyn, council engineers said. Boats have been "
    "told to keep away from the wreck of the footbridge and the closed river path.",
)
WITNESS = (
    DAY + dt.timedelta(days=1),
    "'It folded like a deckchair'",
    "Angler Gorvel Faldspur said yesterday that he had watched the middle span of the footbridge fold and drop "
    "while he was fishing below it. Neighbours said the footbridge had creaked in every wind.",
)
WEEK_LATER = (DAY + dt.timedelta(days=8), WITNESS[1], WITNESS[2])


def _grouped(side: tuple[dt.date, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the collapse and ``side``, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", side)], BACKGROUND, options)


def test_a_witness_of_the_day_before_joins_an_undated_happening() -> None:
    assert _grouped(WITNESS, GroupingOptions()) == [["second", "side", "wire"]]


def test_without_the_rule_it_stays_alone() -> None:
    assert _grouped(WITNESS, GroupingOptions(told_group_days=False)) == [["second", "wire"], ["side"]]


def test_an_account_a_week_later_stays_alone() -> None:
    assert _grouped(WEEK_LATER, GroupingOptions()) == [["second", "wire"], ["side"]]
