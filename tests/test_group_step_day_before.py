"""An undated main report of a happening against its dated follow-ups of the next day: the wire of a hostage siege told
"on Friday" without a date of its own, two reports dated the Saturday that the hostages were released, and a siege in
the same town two years before, told on a Friday too. Steps that
differ keep an undated report apart from a dated group (``GroupingOptions.undated_step_factor``: an undated arrest is
not the trial), but the siege a day or two before the release is the release's own earlier step, told on its weekday
(``GroupingOptions.step_day_before``, the other side of ``_day_or_two_after``). Invented reports; every name is made
up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _earlier_step_day_before
from tests.test_group import event_of, group, make

SATURDAY = dt.date(2071, 3, 14)

SIEGE = ("Gunman holds staff hostage in Faddleby post office",
         "A man armed with a shotgun barricaded himself inside the Faddleby post office on Friday and held four of its "
         "staff hostage, police said, as marksmen took up positions on the roofs of the high street.")
RELEASED = [
    ("Faddleby post office hostages walk free",
     "The four post office workers the gunman held in Faddleby walked out unhurt on Saturday, 19 hours into the "
     "talks, when he gave himself up to police negotiators."),
    ("Post office staff freed in Faddleby",
     "Police negotiators secured the release of the four staff held at gunpoint in Faddleby's post office on "
     "Saturday, and the man who held them was arrested, the county police said."),
]
EARLIER = (dt.date(2069, 5, 8), (
    "Hostage taken at Faddleby bank",
    "A man with a knife barricaded himself inside a bank in Faddleby's high street on Friday and held a cashier "
    "hostage for three hours before police marksmen persuaded him to come out, police said. Nobody was hurt.",
))


def _events(options: GroupingOptions | None = None) -> list[set[str]]:
    return group([make(0, "Outlet 0", None, SIEGE), make(1, "Outlet 1", SATURDAY, RELEASED[0]),
                  make(2, "Outlet 2", SATURDAY, RELEASED[1]), make(3, "Outlet 3", *EARLIER)], options)


def test_the_undated_siege_the_day_before_the_release_is_its_story() -> None:
    assert event_of(_events(), "a0") == {"a0", "a1", "a2"}


def test_without_the_rule_the_undated_siege_goes_with_an_earlier_one() -> None:
    assert event_of(_events(GroupingOptions(step_day_before=False)), "a0") == {"a0", "a3"}


def test_an_earlier_step_a_day_or_two_before() -> None:
    saturday = SATURDAY.toordinal()
    steps = GroupingOptions().steps
    release = {"release": [(saturday, saturday)]}
    assert _earlier_step_day_before([(saturday, saturday)], release, {"incident": {4}}, steps)  # Friday
    assert _earlier_step_day_before([(saturday, saturday)], release, {"incident": {3}}, steps)  # Thursday
    assert not _earlier_step_day_before([(saturday, saturday)], release, {"incident": {1}}, steps)  # Tuesday
    assert not _earlier_step_day_before([(saturday, saturday)], {"incident": [(saturday, saturday)]},
                                        {"release": {4}}, steps)  # (a release before the siege: no story order)
