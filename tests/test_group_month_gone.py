"""A lone report without a date that places another group's happening by its month alone ("over the fall from the
scaffold in March") was written after that month, of a later step of the story (a charge, a fine, a finding): it is
held apart from the reports of the happening itself (``happening.months_gone``, ``GroupingOptions.month_gone_factor``,
on as shipped).
A month in a sentence that puts things ahead ("will reopen in March") is no time gone by. Invented reports; every
name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import months_gone
from tests.test_group import event_of, group, make

THURSDAY = dt.date(2093, 3, 12)

FALL = ("Roofer dies in fall from Lovor Street scaffold",
        "PEMILFORD (Wire) - A roofer of 44 died on Thursday when a scaffold board gave way under him on a block of flats "
        "in Lovor Street, Pemilford, and he fell four floors to the pavement, the city's fire service said.")
FALL_FOLLOW = ("Scaffold board that gave way had rotted, say inspectors",
               "The scaffold board that gave way under a roofer of 44 on a block of flats in Lovor Street, Pemilford, "
               "on Thursday had rotted through, labour inspectors said on Friday after he fell four floors to his "
               "death.")
FINDING = ("Rotten board blamed for roofer's fall from Lovor Street scaffold",
           "PEMILFORD - A rotten scaffold board gave way under a roofer of 44 on a block of flats in Lovor Street, "
           "Pemilford, in March, when he fell four floors to the pavement and died, the city's labour inspectors said "
           "on Tuesday.")


ON = GroupingOptions()
OFF = dataclasses.replace(GroupingOptions(), month_gone_factor=1.0)


def _events(options: GroupingOptions = ON) -> list[set[str]]:
    return group([make(0, "Outlet 0", THURSDAY, FALL), make(1, "Outlet 1", THURSDAY + dt.timedelta(days=1),
                                                            FALL_FOLLOW),
                  make(2, "Outlet 2", None, FINDING)], options)


def test_an_undated_finding_naming_the_falls_month_is_a_later_step() -> None:
    events = _events()
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


def test_the_rule_is_on_as_shipped_and_without_it_the_finding_is_filed_with_the_fall() -> None:
    assert GroupingOptions().month_gone_factor < 1.0
    assert event_of(_events(OFF), "a2") != {"a2"}


def test_a_month_told_as_a_time_is_gone_by() -> None:
    assert months_gone(FINDING[1]) == frozenset({3})
    assert months_gone("The ferry ran aground in early June. It was refloated during October.") == frozenset({6, 10})


def test_a_month_with_a_day_or_a_year_or_ahead_is_not() -> None:
    assert months_gone("The roofer fell on March 12, the inspectors said.") == frozenset()
    assert months_gone("The board had been fitted in March 2091.") == frozenset()
    assert months_gone("The block will reopen to its tenants in March, the council said.") == frozenset()
    assert months_gone(FALL[1]) == frozenset()
    assert months_gone("In July two years ago the same scaffold firm lost a board. In May last year it was fined.") == (
        frozenset()
    )
