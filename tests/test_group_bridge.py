"""A report carried into a group by one strong pair only: fires in two neighbouring towns a day apart, one
report of the second recalling the first. Average linkage lets that one pair carry the first fire's report
into the group, its likeness to the other reports near nothing; the last look sets it apart
(``GroupingOptions.bridge_size``). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import event_of, group, make

D = dt.date

WAREHOUSE_FIRE = [
    (D(2036, 10, 7), (
        "Warehouse fire in Brantwick",
        "A fire gutted a carpet warehouse on the industrial estate in Brantwick on Wednesday, the district fire "
        "service said. Twenty firefighters tackled the flames for six hours.",
    )),
    (D(2036, 10, 7), (
        "Brantwick carpet store burns",
        "Flames tore through a carpet warehouse in Brantwick on Wednesday. The owner, Dalia Ferro, said forty "
        "people worked there and nobody was inside.",
    )),
    (D(2036, 10, 8), (
        "Crews busy across district",
        "Firefighters were sent to a carpet warehouse in Brantwick on Wednesday, a day after they fought a fire "
        "at a sawmill in neighbouring Oldcote until dawn. The Brantwick warehouse, owned by Dalia Ferro, was "
        "gutted by the flames.",
    )),
]
SAWMILL_FIRE = (D(2036, 10, 6), (
    "Sawmill fire in Oldcote",
    "A sawmill in Oldcote caught fire on Tuesday night, sending sparks over the river, the district fire service "
    "said. The mill's owner said the damage was heavy.",
))


def _corpus() -> list:
    return [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([*WAREHOUSE_FIRE, SAWMILL_FIRE])]


def test_a_fire_in_the_next_town_recalled_by_one_report_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    # Without the last look the one pair carries it in.
    assert event_of(group(_corpus(), GroupingOptions(bridge_size=0)), "a3") == {"a0", "a1", "a2", "a3"}


def test_the_fire_alone_stays_one_event() -> None:
    corpus = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(WAREHOUSE_FIRE)]
    assert event_of(group(corpus), "a0") == {"a0", "a1", "a2"}
