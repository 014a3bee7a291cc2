"""An explainer that has lost its publication day ("How a coracle is made") names no one and nowhere and gives no day:
no day ties it to the race it was written for, and its words reach the race's reports too weakly for linkage, so it
stood alone. ``GroupingOptions.told_unnamed`` reads such a report as told_undated's are read: it joins the one group
of two or more reports one report of which shares words with it. One whose first word is a name another report
writes ("Pellbury ..."), or whose lead gives a day, is not read so and stays alone."""

from __future__ import annotations

from consistency.group import GroupingOptions
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import RACE_SECOND as SECOND
from tests.grouping_stories import RACE_WIRE as WIRE
from tests.grouping_stories import Story, grouped

EXPLAINER: Story = (
    None,
    "How a coracle is made",
    "A coracle is woven from split willow, covered with calico and tarred, and weighs about 13 kilograms, so that "
    "one paddler can carry the round boat on his back down to the river and race it.",
)
NAMED: Story = (
    None,
    EXPLAINER[1],
    "Pellbury coracles are woven from split willow, covered with calico and tarred, and weigh about 13 kilograms, "
    "so that one paddler can carry the round boat on his back down to the river and race it.",
)
DAY_GIVEN: Story = (
    None,
    EXPLAINER[1],
    "A coracle is woven from split willow cut on Saturday, covered with calico and tarred, and weighs about 13 "
    "kilograms, so that one paddler can carry the round boat on his back down to the river and race it.",
)


# (an explainer's headline, "How ...", joins it by ``GroupingOptions.explainer_pieces`` too, and its words spread over
# the race's reports by ``GroupingOptions.spread_total``: both left off here, where what this rule alone reads is asked)
ALONE = GroupingOptions(explainer_pieces=False, spread_total=0.0)


def _grouped(side: Story, options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and ``side``, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", side)], BACKGROUND, options)


def test_an_undated_explainer_naming_no_one_joins_its_race() -> None:
    assert _grouped(EXPLAINER, ALONE) == [["second", "side", "wire"]]


def test_without_the_rule_it_stays_alone() -> None:
    assert _grouped(EXPLAINER, GroupingOptions(told_unnamed=False, explainer_pieces=False, spread_total=0.0)) == [["second", "wire"], ["side"]]


def test_one_opening_with_a_name_of_the_corpus_stays_alone() -> None:
    assert _grouped(NAMED, ALONE) == [["second", "wire"], ["side"]]


def test_one_giving_a_day_stays_alone() -> None:
    assert _grouped(DAY_GIVEN, ALONE) == [["second", "wire"], ["side"]]
