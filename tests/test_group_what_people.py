"""Who, not only where: two short reports of one story that share nothing but the name of the person it is about
are not two stories of one town, which the what rule (``GroupingOptions.what_floor``) weighs down; a name written
as a person's (``protagonists.personal_names``) spares them (``GroupingOptions.what_people``)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.protagonists import personal_names
from tests.test_group import event_of, group, make

D = dt.date

# One story told twice in other words: a violinist's stolen instrument, then its return.
STOLEN = (
    "Violin of soloist Brannagh Tolvercombe taken from dressing room",
    "A violin worth more than a million was stolen from the dressing room of the soloist Brannagh Tolvercombe "
    "during the interval of a concert, police said.",
)
RETURNED = (
    "'I cried when I opened the case'",
    "Speaking outside her hotel, Tolvercombe, 34, said the instrument came back wrapped in a blanket and left on "
    "a bench, without a scratch on it.",
)
# Two stories of one town, sharing its name and nothing else.
PIPE = (
    "Burst main floods Dunmorrow square",
    "An old main split below the square in Dunmorrow, leaving cellars under water and 700 homes without supply.",
)
BAKERY = (
    "Dunmorrow bakery wins bread prize",
    "A family bakery in Dunmorrow took a county award for its dark rye bread this week.",
)
ELSEWHERE = [
    (D(2041, 5, 2), ("Fog delays ferry at Skelbrae", "Thick fog kept the Skelbrae ferry in harbour for three "
                     "hours, its operator reported.")),
    (D(2041, 5, 9), ("Harnwick council sets budget", "Harnwick town council set its budget for next year, "
                     "raising the charge for parking.")),
]


def corpus(stories: list[tuple[dt.date | None, tuple[str, str]]]) -> list:
    return [make(n, f"Outlet {n}", day, story) for n, (day, story) in enumerate([*stories, *ELSEWHERE], start=1)]


def test_a_name_written_as_a_persons_is_read_so() -> None:
    found = personal_names(
        "Dr Orla Quennet spoke first. The judge Pyrrhus Amblecote then ruled, and Fenwright said no more. "
        "Marisol Ekdahl, 52, was there. The boat left Carrowmere harbour at dawn."
    )
    assert {"orla", "quennet", "fenwright", "marisol", "ekdahl"} <= found
    assert "carrowmere" not in found and "dr" not in found


def test_reports_sharing_only_the_person_they_are_about_stay_together() -> None:
    events = group(corpus([(None, STOLEN), (None, RETURNED)]))
    assert event_of(events, "a1") == {"a1", "a2"}


def test_without_the_person_rule_the_what_rule_parts_them() -> None:
    events = group(corpus([(None, STOLEN), (None, RETURNED)]), dataclasses.replace(GroupingOptions(), what_people=False))
    assert event_of(events, "a1") == {"a1"}


def test_reports_sharing_only_a_town_stay_apart() -> None:
    events = group(corpus([(None, PIPE), (None, BAKERY)]))
    assert event_of(events, "a1") == {"a1"}
    # (the what rule is what parts them: the town is no person's name)
    events = group(corpus([(None, PIPE), (None, BAKERY)]), dataclasses.replace(GroupingOptions(), what_floor=0.0))
    assert event_of(events, "a1") == {"a1", "a2"}
