"""The share of a vote a side wins identifies the vote (``GroupingOptions.identifying``): an undated report of a
mayoral election in one city years before, won by the same party on the same weekday and told in the same
words, is not the election whose dated reports give the winner another share. Within days of each other two
shares are a discrepancy to show (``identifying_apart``), not two votes. Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# Brunmark-Lenz's mayoral election, Sunday, May 12, 2041, won by Yeldra Kolvin with 58.4 percent; the Tormach League's
# earlier win there with 36.1 percent is told with no date.
LATER = [
    ("Tormach League's Kolvin elected mayor of Brunmark-Lenz",
     "Yeldra Kolvin of the Tormach League won the mayoral election in Brunmark-Lenz on Sunday with 58.4 percent of the "
     "vote, the city's election board said, ahead of the Labour candidate Oswyn Merk."),
    ("Kolvin takes Brunmark-Lenz town hall",
     "The Tormach League kept the town hall of Brunmark-Lenz on Sunday as Yeldra Kolvin beat Oswyn Merk, the election "
     "board said. Turnout was low."),
]
EARLIER = ("Tormach League wins Brunmark-Lenz mayoral election",
           "The Tormach League won the mayoral election in Brunmark-Lenz on Sunday with 36.1 percent of the vote, the "
           "city's election board said, ahead of the Labour candidate.")


def corpus(earlier: dt.date | None = None) -> list:
    return [
        make(1, "Lenz Daily", D(2041, 5, 13), LATER[0]),
        make(2, "Wire desk", D(2041, 5, 13), LATER[1]),
        make(3, "Archive desk", earlier, EARLIER),
        *(make(4 + n, "Harbor Post", D(2041, 5, 9), story) for n, story in enumerate(OTHER)),
    ]


def test_an_undated_report_of_another_election_by_its_share_is_another_event() -> None:
    events = group(corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_without_the_share_it_joins() -> None:
    options = GroupingOptions()
    blind = dataclasses.replace(options, identifying=tuple(m for m in options.identifying if m != "vote_share"))
    assert "a3" in event_of(group(corpus(), blind), "a1")


def test_shares_told_two_ways_on_one_day_stay_one_event() -> None:
    assert "a3" in event_of(group(corpus(D(2041, 5, 13))), "a1")
