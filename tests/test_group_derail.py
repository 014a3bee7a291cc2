"""A derailment told in any of its usual words (``happenings.yaml``: "derails", "left the tracks", "came off the
rails" besides "derailed") is an accident: two derailments at one bridge years apart, the earlier told with no
day, are two events, as two quakes in one town are (``GroupingOptions.far_kind_factor``). Invented reports;
every name is made up."""

from __future__ import annotations

import datetime as dt

from tests.test_group import OTHER, event_of, group, make

D = dt.date

# A passenger train derails at the Corlan viaduct, Saturday, June 10, 2034; a goods train did in 2027.
LATER = [
    ("Passenger train derails at Corlan viaduct",
     "Three carriages of a passenger train left the tracks at the Corlan viaduct on Saturday, injuring "
     "four people and closing the line to Pellham, the rail company Westrail said."),
    ("Corlan line closed after derailment",
     "The line between Corlan and Pellham will stay closed until Tuesday while engineers check the viaduct "
     "where a train derailed on Saturday, Westrail said on Sunday."),
]
EARLIER = ("Derailment closes Corlan line",
           "Six wagons of a goods train came off the rails at the Corlan viaduct, closing the line to Pellham "
           "for two days, the rail company Westrail said.")


def corpus() -> list:
    return [
        make(1, "Pellham Echo", D(2034, 6, 10), LATER[0]),
        make(2, "Wire desk", D(2034, 6, 11), LATER[1]),
        make(3, "Pellham Echo", D(2027, 3, 15), EARLIER),
        *(make(4 + n, "Harbor Post", D(2034, 6, 1), story) for n, story in enumerate(OTHER)),
    ]


def test_a_derailment_at_the_same_viaduct_years_earlier_is_another_event() -> None:
    events = group(corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}
