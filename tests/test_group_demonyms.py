"""A country's name and its people's ("Vardonia", "Vardonians") are one name to grouping (``names.name_variants``):
a census report that speaks only of "Vardonians" is one of the census reports that speak of "Vardonia". Spellings
of one name are blocked by their consonants, so "vardonian" never met "vardonia"; a name that another name of the
corpus ends like a people's name (-n, -ns, -an, -ian, -ians, -ese, -i) is that name. Invented reports; every name
is made up."""

from __future__ import annotations

import datetime as dt

from consistency.names import name_variants
from tests.test_group import event_of, group, make

D = dt.date

CENSUS = [
    ("Vardonia's population rises to 4.81 million, census shows",
     "Vardonia's population grew to 4.81 million, up from 4.52 million ten years ago, according to the first "
     "results of this year's census published by the statistics office on Wednesday."),
    ("Census: Vardonians older, more urban",
     "One Vardonian in four is now over 65, the census found, and most live in towns and cities. Statistics chief "
     "Ilmar Raudsepp said migration explained much of the growth."),
    ("Vardonia's villages empty as towns grow",
     "Nine of Vardonia's 12 rural districts lost people over the past decade, the census published on Wednesday "
     "shows, though the population rose to 4.81 million."),
]


def test_a_report_naming_the_people_joins_the_reports_naming_the_country() -> None:
    day = D(2046, 9, 12)
    events = group([make(n, f"Outlet {n}", day, story) for n, story in enumerate(CENSUS)])
    assert event_of(events, "a1") == {"a0", "a1", "a2"}


def test_peoples_names_meet_their_countrys() -> None:
    mapping = name_variants(["vardonia", "vardonian", "vardonians", "japan", "japanese", "pakistan", "pakistani"])
    assert mapping["vardonian"] == mapping["vardonians"] == "vardonia"
    assert mapping["japanese"] == "japan"
    assert mapping["pakistani"] == "pakistan"
    # A short base is no country: "Evans" is not "Eva"'s people.
    assert "evans" not in name_variants(["eva", "evans"])
