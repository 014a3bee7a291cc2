"""A side story of a happening told the next morning by a report that carries no day of its own (no publication
day, no dateline) still counts its happening's day from its own ("said yesterday", "last night"): it was
written just after something it does not date. ``GroupingOptions.told_undated`` lets such a report, left alone by
linkage, join the one group of two or more reports it shares words with (a pair reaching ``told_day_floor``), when
it names no place the group does not; an account naming another town, and one that names a weekday only (which a
wire report of any day writes), stay alone."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import grouped

THURSDAY = dt.date(2063, 9, 13)

WIRE = (
    THURSDAY,
    "Granary roof falls onto Brackenmouth bric-a-brac market",
    "BRACKENMOUTH (Wire) - The roof of the old granary in Brackenmouth fell onto the bric-a-brac market held "
    "beneath it on Thursday, injuring seven sellers, the county's fire brigade said. Engineers closed the granary "
    "and the lane beside it.",
)
SECOND = (
    THURSDAY,
    "Seven hurt as old granary roof falls in",
    "Seven sellers were hurt when the roof of Brackenmouth's old granary fell in above the bric-a-brac market on "
    "Thursday morning, the fire brigade said. Engineers were checking the granary's joists.",
)
WITNESS = (
    None,
    "'I heard the joists groan first'",
    "Clock dealer Osgar Drubwell was setting a carriage clock when the ceiling above his table fell "
    'yesterday. "I heard the joists groan first, then I ducked under the table," he said.',
)
ELSEWHERE = (
    None,
    "'I heard the joists groan first'",
    "Clock dealer Osgar Drubwell was setting a carriage clock in Tolpenny Cross when the ceiling above his "
    'table fell yesterday. "I heard the joists groan first, then I ducked under the table," he said.',
)
WEEKDAY_ONLY = (
    None,
    "'I heard the joists groan first'",
    "Clock dealer Osgar Drubwell was setting a carriage clock when the ceiling above his table fell on "
    'Thursday. "I heard the joists groan first, then I ducked under the table," he said.',
)

BACKGROUND = (
    (THURSDAY - dt.timedelta(days=8), "Tramline extension approved", "The county approved a tramline extension to the hospital on Wednesday, its planners said."),
    (THURSDAY + dt.timedelta(days=5), "Bell ringers set record", "Bell ringers from Crasksby rang for nine hours on Tuesday, a county record."),
    (THURSDAY - dt.timedelta(days=17), "Ward boundaries redrawn", "The council said on Friday that two town wards would be merged from November."),
)


def _grouped(side: tuple[dt.date | None, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the two dated reports of the roof's fall and ``side``, by article id."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", side)], BACKGROUND, options)


# (the witness's headline is a quotation, which ``GroupingOptions.quote_pieces`` joins whatever day its lead gives:
# left off here, where what this rule alone reads is asked)
ON = GroupingOptions(quote_pieces=False)
OFF = dataclasses.replace(ON, told_undated=False)


def test_without_the_rule_the_undated_witness_is_left_alone() -> None:
    assert _grouped(WITNESS, OFF) == [["second", "wire"], ["side"]]


def test_the_undated_witness_joins_the_happening_it_tells_of() -> None:
    assert _grouped(WITNESS, ON) == [["second", "side", "wire"]]


def test_an_undated_account_naming_another_town_stays_alone() -> None:
    assert _grouped(ELSEWHERE, ON) == [["second", "wire"], ["side"]]


def test_an_undated_account_naming_a_weekday_only_stays_alone() -> None:
    assert _grouped(WEEKDAY_ONLY, ON) == [["second", "wire"], ["side"]]
