"""A protest is a happening of one day (``GroupingOptions.one_day``): the march in a square one Saturday and
the march there the Saturday before are two events, however alike their words; from our own invented
articles."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

LATER = [
    ("Thousands march again in Kessel over water prices",
     "Thousands of people marched through Brannock Square in Kessel on Saturday in protest "
     "against higher water bills, chanting outside the offices of the Kessel Water Board."),
    ("Kessel water protest passes off peacefully",
     "Police said the march through Brannock Square on Saturday was peaceful. Organisers of the protest said "
     "the Kessel Water Board must reverse the rise in water bills."),
]
EARLIER = (
    "Kessel marchers fill Brannock Square",
    "Protesters filled Brannock Square in Kessel on Saturday, calling for the "
    "Kessel Water Board to cut water bills, chanting outside its offices.",
)


def _articles() -> list:
    later = [make(i, f"Outlet {i}", dt.date(2042, 3, 22), story) for i, story in enumerate(LATER)]
    earlier = make(5, "Outlet 5", dt.date(2042, 3, 15), EARLIER)
    others = [make(10 + i, "Other", dt.date(2042, 3, 18), story) for i, story in enumerate(OTHER)]
    return [*later, earlier, *others]


def test_last_saturdays_march_is_another_event() -> None:
    events = group(_articles())
    assert event_of(events, "a0") == {"a0", "a1"}
    assert event_of(events, "a5") == {"a5"}


def test_read_as_a_happening_of_many_days_the_two_marches_meet() -> None:
    # The same reports, protests left out of the one-day kinds: nothing but words tells them apart.
    one_day = tuple(k for k in GroupingOptions().one_day if k != "protest")
    events = group(_articles(), dataclasses.replace(GroupingOptions(), one_day=one_day))
    assert "a5" in event_of(events, "a0")
