"""Ships and spacecraft named in the leads (``GroupingOptions.craft_factor``): two groups whose leads name
different craft, neither naming the other's anywhere, are two events (a freighter aground on a reef is not
the trawler aground there a month before); a report naming the earlier craft in passing, without the word
for it, still names it. Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import crafts_and_lead
from tests.test_group import OTHER, event_of, group, make

D = dt.date

AGROUND = [
    ("Freighter stuck on Hollow Reef off Varne",
     "The freighter Amber Tern ran aground on Hollow Reef off Varne on Friday, the coastguard said, and tugs "
     "were waiting for the high tide to pull it free. Its 19 crew were safe."),
    ("Tugs fail to shift ship from Hollow Reef",
     "Two tugs failed to pull the freighter Amber Tern off Hollow Reef near Varne on Friday evening, the "
     "coastguard said. Its 19 crew stayed on board."),
]
EARLIER = ("Trawler aground on Hollow Reef off Varne",
           "The trawler Kittiwake ran aground on Hollow Reef off Varne, the coastguard said, and tugs were waiting "
           "for the high tide to pull it free. Its crew were safe.")


def corpus() -> list:
    return [
        make(1, "Varne Herald", D(2031, 10, 3), AGROUND[0]),
        make(2, "Wire desk", D(2031, 10, 3), AGROUND[1]),
        make(3, "Archive desk", None, EARLIER),
        *(make(4 + n, "Harbor Post", D(2031, 10, 1), s) for n, s in enumerate(OTHER)),
    ]


def test_crafts_are_read_after_the_word_for_them_and_before_a_spacecraft_word() -> None:
    assert crafts_and_lead("The freighter Amber Tern ran aground.", 10_000) == (
        frozenset({"amber tern"}), frozenset({"amber tern"}))
    assert crafts_and_lead("It lost its Wren lander.", 0)[0] == frozenset({"wren"})
    assert crafts_and_lead("A boat On Monday", 100) == (frozenset(), frozenset())


def test_an_undated_report_of_another_ship_aground_there_is_another_event() -> None:
    events = group(corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_without_crafts_it_joins() -> None:
    blind = dataclasses.replace(GroupingOptions(), craft_factor=1.0)
    assert "a3" in event_of(group(corpus(), blind), "a1")
