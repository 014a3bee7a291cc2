"""Two ships aground in one channel are two happenings, though one report calls its ship a bulk carrier
and the other a container ship: things named after their noun (``protagonists.lead_things``) read nouns of one kind of
craft as one (``protagonists.CRAFT``, ``GroupingOptions.craft_nouns``), so the who rule weighs two ships as it weighs
two tankers. Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.protagonists import CRAFT, lead_things
from tests.test_group import event_of, group, make

SATURDAY = dt.date(2083, 4, 10)

CARRIER = ("Bulk carrier runs aground in Thumoren Channel",
           "The bulk carrier Ulvatide ran aground in the Thumoren Channel on Saturday, holding up traffic for several "
           "hours before tugs pulled it free, the harbour master said.")
SHIP = ("Container ship aground blocks Thumoren Channel",
        "The container ship Grasken Bay ran aground in the Thumoren Channel on Saturday, blocking the waterway to "
        "traffic in both directions, the channel authority said.")
SHIP_LATER = ("Grasken Bay still stuck in Thumoren Channel",
              "Tugs failed again on Sunday to free the container ship Grasken Bay, which has blocked the Thumoren "
              "Channel since it ran aground on Saturday, the channel authority said.")


def _events(options: GroupingOptions | None = None) -> list[set[str]]:
    # (the carrier's report undated, as a feed without dates gives it: its words alone meet the ship's)
    return group([make(0, "Outlet 0", SATURDAY, SHIP), make(1, "Outlet 1", SATURDAY + dt.timedelta(days=1), SHIP_LATER),
                  make(2, "Outlet 2", None, CARRIER)], options)


def test_a_carrier_and_a_container_ship_are_two_vessels() -> None:
    text = CARRIER[0] + "\n\n" + CARRIER[1]
    assert lead_things(text, len(text), CRAFT) == {("vessel", ("ulvatide",))}
    assert lead_things(text, len(text)) == {("carrier", ("ulvatide",))}  # (each noun its own kind)


def test_the_other_ship_aground_weeks_before_is_another_event() -> None:
    events = _events()
    assert event_of(events, "a0") == {"a0", "a1"}


def test_without_the_kinds_of_craft_it_joins_the_ship() -> None:
    assert event_of(_events(GroupingOptions(craft_nouns=False)), "a0") != {"a0", "a1"}
