"""Where a happening took place: a bakery fire in one town against one in another town, told in the same words.

- An undated report that a bakery oven caught fire in Quillmarsh is not one of the reports of the bakery fire in
  Cadnimore: each lead puts its happening in a town the other side writes nowhere (``GroupingOptions.lead_places``,
  ``protagonists.lead_places``, weighed as people in one role by ``who_factor``).
- A follow-up that places the story in its country's capital stays with it when it names the first report's town.
- Only a town or a country read after "in" or "near", one capitalised word the text never writes in lower case: a
  building or a street ("in Kilnasker Road"), a possessive ("in Cadnimore's old town") or a weekday says nothing.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _lead_end
from consistency.protagonists import lead_places
from tests.test_group import event_of, group, make

D = dt.date

CADNIMORE = [
    ("Bakery fire injures two workers",
     "Two workers were hurt on Tuesday when an oven caught fire at a bakery in Cadnimore, firefighters said. The "
     "flames spread to the flour store and the roof, and the bakery will stay closed for weeks."),
    ("Oven fire guts bakery",
     "A fire that started in a bread oven gutted a bakery in Cadnimore early on Tuesday and sent two bakers to "
     "hospital with burns, the fire service said. Flour dust fed the flames."),
    ("Cadnimore bakery fire: owner promises to rebuild",
     "The owner of the bakery destroyed by an oven fire on Tuesday said he would rebuild, as fire investigators in "
     "Drimwaite looked at the oven's thermostat. Two bakers remain in hospital with burns."),
]
QUILLMARSH = ("Bakery fire injures two workers",
              "Two workers were hurt on Tuesday when an oven caught fire at a bakery in Quillmarsh, firefighters said. "
              "The flames spread to the flour store and the roof, and the bakery will stay closed for weeks.")

DAY = D(2051, 3, 14)


def _corpus() -> list:
    return [
        make(0, "Outlet 0", DAY, CADNIMORE[0]),
        make(1, "Outlet 1", DAY, CADNIMORE[1]),
        make(2, "Outlet 2", DAY + dt.timedelta(days=1), CADNIMORE[2]),
        make(3, "Outlet 3", None, QUILLMARSH),
    ]


def _places(story: tuple[str, str]) -> frozenset[tuple[str, tuple[str, ...]]]:
    text = story[0] + "\n\n" + story[1]
    return lead_places(text, _lead_end(text, 3))


def test_another_town_in_the_lead_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    # Without the rule the undated report's words join it to the story.
    assert "a3" in event_of(group(_corpus(), GroupingOptions(lead_places=False)), "a0")


def test_the_towns_a_lead_places_its_happening_in() -> None:
    assert _places(CADNIMORE[0]) == {("place", ("cadnimore",))}
    assert _places(QUILLMARSH) == {("place", ("quillmarsh",))}
    # The follow-up places its investigators in the capital, and names the first report's town in its headline.
    assert _places(CADNIMORE[2]) == {("place", ("drimwaite",))}


def test_buildings_streets_possessives_and_weekdays_are_no_town() -> None:
    text = ("Fire at a depot\n\nA fire broke out in Kilnasker Road on Friday, in Cadnimore's old town, in March, "
            "near Harbour, the harbour master said.")
    assert lead_places(text, len(text)) == frozenset()
