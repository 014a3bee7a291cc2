"""A name the reports write as a body's ("grower Brindle Harvest", "the chief executive of Brindle Harvest") is
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
    "a": "# Brindle Harvest opens its glasshouse\n\nGrower Brindle Harvest opened a 20-hectare glasshouse near "
         "Colvray on Tuesday, heated by water from a deep well. \"We are bringing the south to the north,\" said "
         "chief executive Odalys Pennock-Vire.",
    "b": "# Colvray glasshouse opens\n\nBrindle Harvest opened its glasshouse at Colvray on Tuesday. \"We are "
         "bringing the south to the north,\" Brindle Harvest said in a statement.",
}


def test_a_body_and_its_chief_executive_credited_with_one_quotation_are_compatible() -> None:
    pairs = pair_statuses(run_one_event(GLASSHOUSE, dt.datetime(2049, 3, 9, 20)), "attribution")
    assert pairs[("a:said chief executive Odalys Pennock-Vire", "b:Brindle Harvest said")] == "compatible"


@pytest.mark.parametrize(
    "text",
    [
        "Grower Brindle Harvest opened a glasshouse.",
        "The region's largest cooperative, Brindle Harvest, cut its prices.",
        "Brindle Harvest, which employs 300 people, opened a glasshouse.",
        "The chief executive of Brindle Harvest spoke at the opening.",
        "Brindle Harvest's chief executive spoke at the opening.",
        "Brindle Harvest chairman Ivo Sarle spoke at the opening.",
    ],
)
def test_names_written_as_bodies(text: str) -> None:
    assert written_as_body("Brindle Harvest", [text])


@pytest.mark.parametrize(
    "text",
    [
        "Odalys Pennock said the glasshouse would open on Tuesday.",
        "Odalys Pennock's spokesman said the glasshouse would open.",
        # a body's name ends the role before the person's: the person is no body
        "The head of the data protection authority, Odalys Pennock, said the breach was serious.",
    ],
)
def test_names_of_people_are_not_bodies(text: str) -> None:
    assert not written_as_body("Odalys Pennock", [text])
