"""A later step of one story told by an undated follow-up on the weekday a day or two after the happening: a siege at a
prison on a Friday, and an undated report that the hostages were released on the Saturday, are one event. Steps that
differ keep an undated report apart from a dated group (``GroupingOptions.undated_step_factor``: an undated arrest is
not the trial), but a release the day after the siege is its end. Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import _day_or_two_after
from tests.test_group import event_of, group, make

D = dt.date

SIEGE = [
    ("Inmates take warders hostage in Drellham jail",
     "About 120 inmates rioted in the east block of Drellham jail on Friday, setting fire to mattresses and taking "
     "three warders hostage, the justice ministry said. Police surrounded the prison."),
    ("Drellham siege: families wait outside jail",
     "Relatives of the three warders held hostage by rioting inmates at Drellham jail gathered at the gates on "
     "Friday night as negotiators tried to talk to the prisoners."),
]
RELEASED = ("Drellham siege ends, warders freed",
            "Three warders held hostage by rioting inmates at Drellham jail were released unharmed on Saturday after "
            "20 hours, when police retook the east block. The prison's governor blamed overcrowding.")


def test_a_release_the_day_after_the_siege_is_its_end() -> None:
    friday = D(2046, 5, 18)
    events = group([make(0, "Outlet 0", friday, SIEGE[0]), make(1, "Outlet 1", friday, SIEGE[1]),
                    make(2, "Outlet 2", None, RELEASED)])
    assert event_of(events, "a2") == {"a0", "a1", "a2"}


def test_a_day_or_two_after() -> None:
    friday = D(2046, 5, 18).toordinal()
    assert _day_or_two_after([(friday, friday)], {"release": {5}})  # Saturday
    assert _day_or_two_after([(friday, friday)], {"release": {6}})  # Sunday
    assert not _day_or_two_after([(friday, friday)], {"release": {4}})  # the same Friday: not after
    assert not _day_or_two_after([(friday, friday)], {"release": {1}})  # Tuesday
