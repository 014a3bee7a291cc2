"""Two happenings of one kind in one town, told at different streets.

- A burst water main on one road of a town and one on another street of it a week before, told in almost the same
  words and both undated, are two events: each lead places its happening at a street the other names nowhere
  (``GroupingOptions.street_factor``, ``happening.streets``).
- One happening whose reports write its street more or less fully ("the High Street", "Carbury's High Street")
  stays one event: a street name that ends with the other's is the same street.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import streets, streets_meet
from tests.test_group import event_of, group, make

D = dt.date

MAIN_HARROW = [
    ("Burst water main floods Harrow Road in Carbury",
     "A burst water main flooded Harrow Road in Carbury on Tuesday morning, closing the road and cutting supplies "
     "to about 300 homes, Carbury Water said. Engineers expected to finish repairs by the evening."),
    ("Harrow Road closed after water main bursts",
     "Harrow Road in Carbury was closed on Tuesday after a water main burst under it, leaving about 300 homes "
     "without water, Carbury Water said."),
]
MAIN_FENNER = ("Burst water main floods Fenner Street in Carbury",
               "A burst water main flooded Fenner Street in Carbury on Tuesday morning, closing the street and cutting "
               "supplies to about 200 homes, Carbury Water said. Engineers expected to finish repairs by the evening.")


def _corpus() -> list:
    return [make(i, f"Outlet {i}", None, story) for i, story in enumerate([*MAIN_HARROW, MAIN_FENNER])]


def test_a_happening_at_another_street_of_the_town_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # Without the streets their words join them.
    assert event_of(group(_corpus(), GroupingOptions(street_factor=1.0)), "a2") == {"a0", "a1", "a2"}


def test_one_street_written_more_or_less_fully_is_one_street() -> None:
    first = ("Fire guts shop on Carbury High Street",
             "A fire gutted a furniture shop on Carbury High Street early on Sunday, the fire service said. No one "
             "was hurt.")
    second = ("High Street shop destroyed by fire",
              "Fire destroyed a furniture shop on the High Street in Carbury early on Sunday, the fire service said.")
    events = group([make(0, "Outlet 0", D(2036, 5, 4), first), make(1, "Outlet 1", D(2036, 5, 4), second)])
    assert event_of(events, "a0") == {"a0", "a1"}
    assert streets_meet(streets(first[1]), streets(second[1]))


def test_streets_are_read_with_their_names_only() -> None:
    assert streets("Crowds gathered in the Corn Market and on Vell Square near Kelder Street station.") == {
        "corn market", "vell square", "kelder street"
    }
    assert streets("The Street was quiet.") == frozenset()
    assert not streets_meet({"harrow road"}, {"fenner street"})
