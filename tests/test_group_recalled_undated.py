"""A dated group that recalls, a year or more back, the lead of a lone report with no date holds that report apart
(``GroupingOptions.recalled_undated_words``).

- Inspectors close a bakery chain's kitchen over rats; a background piece on kitchen inspections recalls that "last
  year inspectors in Pelmouth shut a noodle bar after seeing mice run over sacks of flour". An undated report of that
  noodle bar's closing has no day to hold it apart from the piece, which writes its lead's words only where it
  looks back: it is the earlier happening, not a report of this one. (With the piece and the wire alone, two dated
  reports: since ``recollecting_size`` 2 such a pair is held apart by ``group_recollected_words`` too, and this rule
  weighs a lone dated report.)

Every name, place and figure is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

D = dt.date

CRUMBWELL = [
    ("Inspectors shut Crumbwell bakery kitchen over rats",
     "PELMOUTH (Wire) - Food inspectors closed the central kitchen of the Crumbwell bakery chain in Pelmouth on "
     "Thursday after finding rat droppings beside its proving ovens, the city's health office said."),
    ("What food inspectors look for",
     "Inspectors check where food is stored and whether pests can get in. Last year inspectors in Pelmouth shut "
     "a noodle bar after seeing mice run over sacks of flour in its cellar storeroom."),
]
JADE = ("Noodle bar shut over mice in cellar",
        "Inspectors in Pelmouth shut a noodle bar after seeing mice run over sacks of flour in its cellar "
        "storeroom.")


def _corpus() -> list:
    return [
        make(0, "Wire", D(2073, 10, 5), CRUMBWELL[0]),
        make(1, "Weekend Review", D(2073, 10, 8), CRUMBWELL[1]),
        make(2, "Archive desk", None, JADE),
        *(make(3 + n, "Harbor Post", D(2073, 10, 4), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_report_of_what_a_piece_recalls_a_year_back_stays_apart() -> None:
    events = group(_corpus())
    assert event_of(events, "a2") == {"a2"}
    assert "a1" not in event_of(events, "a2")


def test_without_the_rule_the_undated_report_joins_the_piece() -> None:
    # (the group rule off for a pair, as before recollecting_size was lowered to 2)
    events = group(_corpus(), GroupingOptions(recalled_undated_words=0, recollecting_size=3))
    assert {"a1", "a2"} <= event_of(events, "a2")


def test_the_pair_alone_holds_it_apart_by_the_group_rule() -> None:
    events = group(_corpus(), GroupingOptions(recalled_undated_words=0))
    assert event_of(events, "a2") == {"a2"}
