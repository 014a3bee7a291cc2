"""A lone report whose lead counts weeks or months from a happening to what it tells ("banned on Tuesday, nine weeks
after the ferry struck the pier") was written that long after the happening, of a later step of its story (a ban, a
fine, an order): with ``GroupingOptions.weeks_after_factor`` (off as shipped: its held-out count split more events)
it is held apart from the reports of the happening itself (``happening.weeks_after``). A span something lasts
("shut for six weeks after the leak"), a span of days or of a fortnight (a follow-up's distance) and one of many
months (a recurrence) are no such count. Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from consistency.group import GroupingOptions
from consistency.happening import weeks_after
from tests.test_group import event_of, group, make

SATURDAY = dt.date(2093, 5, 16)

STRIKE = ("Ferry strikes Orvazzel pier and injures eleven",
          "DOVRENNA (Wire) - The ferry Tuldramo struck the stone pier at Orvazzel on Saturday while docking in a gale, "
          "injuring eleven passengers and holing its bow, the harbour master said.")
STRIKE_FOLLOW = ("Ferry that struck Orvazzel pier had a failed thruster",
                 "The ferry Tuldramo, which struck the stone pier at Orvazzel on Saturday and injured eleven "
                 "passengers while docking in a gale, had a failed bow thruster, the harbour master said on Sunday.")
BAN = ("Ferries barred from Orvazzel pier in gales after Tuldramo struck it",
       "Ferries may no longer dock at the stone pier in Orvazzel when a gale blows, the harbour master ruled on "
       "Tuesday, nine weeks after the Tuldramo struck the pier while docking and injured eleven passengers.")

ON = dataclasses.replace(GroupingOptions(), weeks_after_factor=0.1)
OFF = GroupingOptions()


def _events(options: GroupingOptions, ban_day: dt.date | None) -> list[set[str]]:
    return group([make(0, "Outlet 0", SATURDAY, STRIKE), make(1, "Outlet 1", SATURDAY + dt.timedelta(days=1),
                                                              STRIKE_FOLLOW),
                  make(2, "Outlet 2", ban_day, BAN)], options)


@pytest.mark.parametrize("ban_day", [SATURDAY + dt.timedelta(days=66), None], ids=["dated", "undated"])
def test_a_ban_counted_weeks_after_the_strike_is_a_later_step(ban_day: dt.date | None) -> None:
    events = _events(ON, ban_day)
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


@pytest.mark.parametrize("ban_day", [SATURDAY + dt.timedelta(days=66), None], ids=["dated", "undated"])
def test_without_the_rule_the_ban_is_filed_with_the_strike(ban_day: dt.date | None) -> None:
    assert GroupingOptions().weeks_after_factor == 1.0  # (off as shipped: see the option's comment)
    assert event_of(_events(OFF, ban_day), "a2") != {"a2"}


def test_a_span_counted_since_a_happening_is_read_in_days() -> None:
    assert weeks_after(BAN[1]) == 63
    assert weeks_after("The mill reopened on Monday, nearly three months after the flood.") == 90
    assert weeks_after("Six weeks since the landslide, the road is open.") == 42
    assert weeks_after("It was fined a fortnight after the spill.", least=14) == 14


def test_a_span_that_lasts_or_a_span_of_days_is_not() -> None:
    assert weeks_after("The ferry quay stays closed for six weeks after the strike.") == 0
    assert weeks_after("The crew rested three days after the gale.") == 0
    assert weeks_after("In the weeks after the strike, the ferry sailed empty.") == 0
    assert weeks_after("A week after the strike, the pier reopened.") == 0
    assert weeks_after("The bishop was enthroned two weeks after his election.") == 0  # a follow-up's distance
    assert weeks_after("Ten months after the last cut, two cables were severed.") == 0  # a recurrence
    assert weeks_after("It put back the levy by two months after a rush of complaints.") == 0
    assert weeks_after(STRIKE[1]) == 0


RESUMED = ("Orvazzel ferries sail again after new breakwater opens",
           "Ferries began docking at Orvazzel again on Monday when the new breakwater opened to shipping, the harbour "
           "master said, four months after a winter storm washed the old one away.")
RESUMED_FOLLOW = ("First ferries dock at Orvazzel's new breakwater",
                  "The first ferries docked at Orvazzel's new breakwater on Monday, the harbour master said, and the "
                  "island's post and bread came over on the morning boat.")


def test_a_report_counting_from_a_happening_the_group_does_not_tell_stays_with_its_story() -> None:
    """Its count goes back to another happening (the storm), which the group's leads do not tell: it is one of the
    group's own reports, and its lack of a date does not hold it apart (``weeks_after_words``)."""
    events = group([make(0, "Outlet 0", None, RESUMED), make(1, "Outlet 1", SATURDAY, RESUMED_FOLLOW)], ON)
    assert event_of(events, "a0") == {"a0", "a1"}
