"""The seats a party wins identify an election's result (``GroupingOptions.identifying``): an undated report
of a parliament's election four years earlier, held on the same weekday and told in the same words, is not
the election whose dated reports give the party another number of seats. Invented reports; every name is
made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# Vardenia's parliamentary election, Sunday, October 5, 2031; the one of Sunday, October 8, 2027.
LATER = [
    ("Green Alliance wins Vardenian election",
     "The Green Alliance won 64 seats in Vardenia's 150-member parliament in Sunday's election, the election "
     "commission said, and its leader Tomas Ilvik will try to form a coalition with the Farmers' Party."),
    ("Ilvik's Greens come first in Vardenia",
     "Tomas Ilvik's Green Alliance took 64 of the 150 seats in parliament on Sunday, short of a majority, the "
     "election commission said, while the Farmers' Party won 19."),
]
EARLIER = ("Greens top poll in Vardenia",
           "The Green Alliance of Tomas Ilvik won 51 seats in Vardenia's 150-member parliament in Sunday's "
           "election, the election commission said; the Farmers' Party took 23 and may join a coalition.")


def corpus() -> list:
    return [
        make(1, "Vardenia Daily", D(2031, 10, 6), LATER[0]),
        make(2, "Wire desk", D(2031, 10, 6), LATER[1]),
        make(3, "Archive desk", None, EARLIER),
        *(make(4 + n, "Harbor Post", D(2031, 10, 1), story) for n, story in enumerate(OTHER)),
    ]


def test_an_undated_report_of_another_election_by_its_seats_is_another_event() -> None:
    events = group(corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_without_the_seats_it_joins() -> None:
    options = GroupingOptions()
    blind = dataclasses.replace(options, identifying=tuple(m for m in options.identifying if m != "seats"))
    assert "a3" in event_of(group(corpus(), blind), "a1")
