"""A side story of the next morning often opens with the person it is about ("Ysilda Tabbart, who steered the fourth
boat, said yesterday ..."): it tells its happening's day and joins the group dated to it when it names no place the
group does not and every name word none of the group writes is part of a person's full name (``_placed_within``).
But ``names`` does not read a sentence's first word as a name (any word may open a sentence), so "Tabbart" stood beside
no name and the story stayed alone. ``GroupingOptions.opening_names`` reads a capitalised word opening a sentence
right before such a name word as a first name, when no text compared writes it in lower case and it may be no role or
trade (``roles.may_be_role``): "Cooper Hedyn said" may name a cooper."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _opening_first_names, _placed_within
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import RACE_DAY as TUESDAY
from tests.grouping_stories import RACE_SECOND as SECOND
from tests.grouping_stories import RACE_WIRE as WIRE
from tests.grouping_stories import grouped

NEXT_MORNING = (
    TUESDAY + dt.timedelta(days=1),
    "'The weir nearly had me'",
    "Ysilda Tabbart, who steered the fourth boat home, said yesterday that her coracle had spun twice at the weir "
    "before she could right it.",
)


def _grouped(options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and the side story, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", NEXT_MORNING)], BACKGROUND, options)


def test_a_side_story_opening_with_its_witness_joins_its_race() -> None:
    assert _grouped(GroupingOptions()) == [["second", "side", "wire"]]


def test_without_the_rule_the_side_story_stays_alone() -> None:
    # (held to the names: told_day_new_names lets a dated side story join by its day alone)
    assert _grouped(GroupingOptions(opening_names=False, told_day_new_names=False)) == [["second", "wire"], ["side"]]


def test_a_trade_or_a_word_written_in_lower_case_is_no_first_name() -> None:
    others = ["The race was won by a ferrywoman below the weir."]
    assert _opening_first_names("Ysilda Tabbart said so.", others, {"tabbart"}) == {"ysilda"}
    assert _opening_first_names("Cooper Hedyn said so.", others, {"hedyn"}) == set()  # (a trade's ending)
    assert _opening_first_names("Weir Hedyn said so.", others, {"hedyn"}) == set()  # (written in lower case)
    assert _opening_first_names("Ysilda Tabbart said so.", others, {"ysilda"}) == set()  # (not before a new name)


# The same side story opening with a possessive: "Ysilda Tabbart's brother" names Ysilda Tabbart.
POSSESSIVE_MORNING = (
    TUESDAY + dt.timedelta(days=1),
    "'The weir nearly had her'",
    "Ysilda Tabbart's brother, who steered the fifth boat home, said yesterday that her coracle had spun twice at "
    "the weir before she could right it.",
)


def test_a_side_story_opening_with_its_witness_in_the_possessive_joins_its_race() -> None:
    events = grouped([("wire", WIRE), ("second", SECOND), ("side", POSSESSIVE_MORNING)], BACKGROUND, GroupingOptions())
    assert events == [["second", "side", "wire"]]
    without = grouped([("wire", WIRE), ("second", SECOND), ("side", POSSESSIVE_MORNING)], BACKGROUND,
                      GroupingOptions(opening_names=False, told_day_new_names=False))
    assert without == [["second", "wire"], ["side"]]


def test_a_possessive_is_no_part_of_the_surname() -> None:
    others = ["The race was won by a ferrywoman below the weir."]
    assert _opening_first_names("Ysilda Tabbart's brother said so.", others, {"tabbart"}) == {"ysilda"}
    assert _opening_first_names("Ysilda Tabbart’s brother said so.", others, {"tabbart"}) == {"ysilda"}
    assert _placed_within("Ysilda Tabbart's brother said so.", others, opening_names=True)
    assert not _placed_within("Ysilda Tabbart's brother said so in Corlwick.", others, opening_names=True)
