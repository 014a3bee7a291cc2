"""A toll the dated reports of one story agree on tells apart a lone undated report of the same kind of happening
that gives another: two dated reports saying six died in a ferry's capsizing have settled the count, and an undated
report of a capsizing on the same crossing in which two died is another happening, not an early count of this one
(``GroupingOptions.agreed_tolls``). A group whose reports give the toll two ways, or a toll only one dated report
gives, is not judged so (a toll rises as the story is told). Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import event_of, group, make

SATURDAY = dt.date(2093, 8, 15)

CAPSIZED = ("Six dead as ferry capsizes on Lake Livirwick",
            "TALMSBY (Wire) - Six people died when a passenger ferry capsized in a squall on Lake Livirwick off Talmsby "
            "on Saturday, the coastguard said.")
CAPSIZED_FOLLOW = ("Squall blamed as Lake Livirwick ferry toll stands at six",
                   "Six people died when the passenger ferry capsized in a squall on Lake Livirwick off Talmsby on "
                   "Saturday, the coastguard said on Sunday, ending its search.")
EARLIER = ("Two dead as ferry capsizes on Lake Livirwick",
           "TALMSBY - Two people died when a passenger ferry capsized in a squall on Lake Livirwick off Talmsby on "
           "Saturday, the coastguard said.")


def _events(options: GroupingOptions | None = None) -> list[set[str]]:
    return group([make(0, "Outlet 0", SATURDAY, CAPSIZED), make(1, "Outlet 1", SATURDAY + dt.timedelta(days=1),
                                                                CAPSIZED_FOLLOW),
                  make(2, "Outlet 2", None, EARLIER)], options)


def test_an_undated_capsizing_with_another_toll_is_another_happening() -> None:
    events = _events()
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


def test_without_the_rule_it_is_filed_with_the_story() -> None:
    assert event_of(_events(dataclasses.replace(GroupingOptions(), agreed_tolls=0)), "a2") != {"a2"}


def test_a_toll_one_dated_report_gives_does_not_hold_it_apart() -> None:
    follow = (CAPSIZED_FOLLOW[0].replace(" toll stands at six", ""),
              CAPSIZED_FOLLOW[1].replace("Six people died when the", "The"))
    events = group([make(0, "Outlet 0", SATURDAY, CAPSIZED), make(1, "Outlet 1", SATURDAY + dt.timedelta(days=1),
                                                                  follow),
                    make(2, "Outlet 2", None, EARLIER)])
    assert event_of(events, "a2") == {"a0", "a1", "a2"}
