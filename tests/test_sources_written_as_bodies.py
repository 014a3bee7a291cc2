"""A name the reports write as a body's ("grower Glaive Harvest", "the chief executive of Glaive Harvest") is
no person's, however much it looks like a given name and a surname (consistency/roles.py,
``written_as_body``), so one quotation credited to it and to its chief executive is a body and the person
who speaks for it, not two speakers (consistency/checks/comparisons.py, ``_judge_sources``).

The articles and names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.roles import written_as_body
from tests.slot_findings import pair_statuses, run_one_event

GLASSHOUSE = {
    "a": "# Glaive Harvest opens its glasshouse\n\nGrower Glaive Harvest opened a 20-hectare glasshouse near "
         "Selsby on Tuesday, heated by water from a deep well. \"We are bringing the south to the north,\" said "
         "chief executive Vashti Faulkes-Orrin.",
    "b": "# Selsby glasshouse opens\n\nGlaive Harvest opened its glasshouse at Selsby on Tuesday. \"We are "
         "bringing the south to the north,\" Glaive Harvest said in a statement.",
}


def test_a_body_and_its_chief_executive_credited_with_one_quotation_are_compatible() -> None:
    pairs = pair_statuses(run_one_event(GLASSHOUSE, dt.datetime(2049, 3, 9, 20)), "attribution")
    assert pairs[("a:said chief executive Vashti Faulkes-Orrin", "b:Glaive Harvest said")] == "compatible"


@pytest.mark.parametrize(
    "text",
    [
        "Grower Glaive Harvest opened a glasshouse.",
        "The region's largest cooperative, Glaive Harvest, cut its prices.",
        "Glaive Harvest, which employs 300 people, opened a glasshouse.",
        "The chief executive of Glaive Harvest spoke at the opening.",
        "Glaive Harvest's chief executive spoke at the opening.",
        "Glaive Harvest chairman Ivo Sarle spoke at the opening.",
    ],
)
def test_names_written_as_bodies(text: str) -> None:
    assert written_as_body("Glaive Harvest", [text])


@pytest.mark.parametrize(
    "text",
    [
        "Vashti Faulkes said the glasshouse would open on Tuesday.",
        "Vashti Faulkes's spokesman said the glasshouse would open.",
        # a body's name ends the role before the person's: the person is no body
        "The head of the data protection authority, Vashti Faulkes, said the breach was serious.",
    ],
)
def test_names_of_people_are_not_bodies(text: str) -> None:
    assert not written_as_body("Vashti Faulkes", [text])
