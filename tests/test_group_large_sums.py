"""Sums of hundreds of millions in a lead identify the happening as smaller sums do (``GroupingOptions.counted_range``):
an undated report of a port authority selling docks to a shipping group for 85 million crowns is not one of the
reports of its sale of other docks to that group for 260 million crowns, on the same weekday and in the same words.
Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# The Velk port authority sells its northern docks to the shipping group Brunmark for 260 million crowns, Tuesday,
# March 5, 2052; its sale of the southern docks to Brunmark for 85 million crowns is told with no date.
SALE = [
    ("Port authority sells Velk docks for 260 million crowns",
     "The Velk port authority sold the northern docks to the shipping group Brunmark for 260 million crowns on "
     "Tuesday, the city council said. Dock workers will keep their jobs for two years."),
    ("Brunmark takes over Velk's northern docks",
     "The shipping group Brunmark said on Tuesday it would invest in new cranes at the northern docks it bought from "
     "the Velk port authority, the city council said."),
]
EARLIER = ("Velk docks sold to Brunmark",
           "The Velk port authority sold the southern docks to the shipping group Brunmark for 85 million crowns on "
           "Tuesday, the city council said. Dock workers will keep their jobs.")


def corpus() -> list:
    return [
        make(1, "Velk Daily", D(2052, 3, 5), SALE[0]),
        make(2, "Wire desk", D(2052, 3, 5), SALE[1]),
        make(3, "Archive desk", None, EARLIER),
        *(make(4 + n, "Harbor Post", D(2052, 3, 2), story) for n, story in enumerate(OTHER)),
    ]


def test_an_undated_smaller_sale_of_docks_is_another_event() -> None:
    events = group(corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_under_a_hundred_million_only_it_joins() -> None:
    capped = dataclasses.replace(GroupingOptions(), counted_range=(100.0, 100_000_000.0))
    assert "a3" in event_of(group(corpus(), capped), "a1")
