"""A decision is made the day it is announced (``align._join_announced_decisions``): "announced the ban on
Tuesday" dates a statement by its verb (``governs`` in happenings.yaml), yet it tells the day of the ban that
another outlet dates by the ban's own verb ("banned trawling on Monday"), and the two days are one claim.

The articles are invented: a sea loch closed to bottom trawlers.
"""

from __future__ import annotations

import datetime as dt

from consistency import align
from consistency.model import Fact
from tests import framing
from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.datetime(2049, 3, 10, 20)  # a Wednesday

LOCH = {
    "a": "# Trawlers barred from Loch Sanvar\n\nThe Kelvra fisheries minister announced the trawling ban on "
         "Tuesday to protect the loch's seagrass beds.",
    "b": "# Kelvra shuts loch to trawlers\n\nKelvra's fisheries ministry banned bottom trawling in Loch Sanvar on "
         "Monday to protect its seagrass beds.",
    "c": "# Loch Sanvar closed to trawlers\n\nKelvra's fisheries ministry on Tuesday banned bottom trawling in Loch "
         "Sanvar, home to the largest seagrass beds on the coast.",
}


def date_pairs(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event(bodies, DAY), "date")


def test_the_announced_day_and_the_decision_s_day_are_one_claim() -> None:
    pairs = date_pairs(LOCH)
    assert pairs.get(("a:Tuesday", "b:Monday")) == "conflict"
    assert pairs.get(("a:Tuesday", "c:Tuesday")) == "agree"


def _dates(text: str, article_id: str) -> list[Fact]:
    return [f for f in framing.framed(text, DAY.date(), article_id) if f.kind == "date"]


ANNOUNCED = "The Kelvra fisheries minister announced the trawling ban on Tuesday."
BANNED = "Kelvra's fisheries ministry banned bottom trawling in Loch Sanvar on Monday."


def test_the_slot_of_an_announcement_takes_the_slot_of_the_decision_it_names() -> None:
    told, banned = _dates(ANNOUNCED, "a"), _dates(BANNED, "b")
    assert [f.frame.measure for f in told + banned if f.frame] == ["statement", "policy"]
    slots = align._join_announced_decisions([(told, True), (banned, True)])
    assert [sorted(f.article_id for f in slot) for slot, _strict in slots] == [["a", "b"]]


def test_an_outlet_that_dates_the_decision_and_its_announcement_apart_keeps_them_apart() -> None:
    told = _dates(ANNOUNCED, "a")
    banned = _dates(BANNED, "b") + _dates(BANNED, "a")
    slots = align._join_announced_decisions([(told, True), (banned, True)])
    assert len(slots) == 2


def test_a_said_day_names_no_decision_to_join() -> None:
    said = _dates("The fisheries minister said on Tuesday that stocks were recovering.", "a")
    slots = align._join_announced_decisions([(said, True), (_dates(BANNED, "b"), True)])
    assert len(slots) == 2
