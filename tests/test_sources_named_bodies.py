"""A body written by its own name ("Dobbinet Water said", "the Kelbourne Granary said") is no person,
however much the name looks like one: the reports give it away by the article before it ("the
Granary said"), by the pronoun it takes ("said in its statement", "insists its effluent") or by the
kind of body named before it ("the supplier Dobbinet Water"). One quotation credited to such a body and
to the person who speaks for it is not two speakers (consistency/roles.py, ``written_as_body``;
consistency/checks/comparisons.py, ``_judge_sources``), while a person whose role names another body by
its own name ("director of the Hexbury Canal Trust") is another speaker.

The articles and names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.roles import written_as_body
from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.datetime(2051, 5, 14, 18)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Kelbourne Granary", "The warehouse will triple its space, the Kelbourne Granary said in its annual report."),
        ("Granary", "\"Nobody should go hungry,\" the Granary said."),
        ("Dobbinet Water", "Dobbinet Water insists its pipes were inspected last year."),
        ("Dobbinet Water", "Some 9,000 homes lost supply, the supplier Dobbinet Water said."),
        ("Dobbinet Water", "said Gudula Snellgar of the utility group Dobbinet Water."),
        ("Dobbinet", "Dobbinet's shares fell 3 percent in early trading."),
        ("Team Kelbourne", "Team Kelbourne said the new sails made the difference."),
    ],
)
def test_names_written_as_bodies(name: str, text: str) -> None:
    assert written_as_body(name, [text])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Snellgar", "Visitors filled the Snellgar vineyard on Sunday."),  # a person's name before a noun
        ("Gudula Snellgar", "Gudula Snellgar said it was the worst burst in a decade."),  # "it" is no body's pronoun
        ("Gudula Snellgar", "The head of the water authority, Gudula Snellgar, said so."),
    ],
)
def test_names_of_people_stay_people(name: str, text: str) -> None:
    assert not written_as_body(name, [text])


WATER_MAIN = {
    "a": "# Main bursts under Quay Street\n\nA water main burst under Quay Street in Vashmoor on Monday, leaving "
         "9,000 homes without supply, the supplier Dobbinet Water said. Dobbinet Water said it was \"working through the night to bring everyone "
         "back on supply\" and put the repair bill at 2 million euros.",
    "b": "# Thousands without water in Vashmoor\n\nA burst main left 9,000 homes in Vashmoor dry on Monday. "
         "\"We are working through the night to bring everyone back on supply,\" operations director Gudula "
         "Snellgar told reporters.",
}


def test_a_body_named_like_a_person_and_its_director_are_one_voice() -> None:
    pairs = pair_statuses(run_one_event(WATER_MAIN, DAY), "attribution")
    statuses = {status for key, status in pairs.items() if any("Snellgar" in k for k in key) and any("Dobbinet" in k for k in key)}
    assert statuses and "conflict" not in statuses


GRANARY = {
    "a": "# Kelbourne Granary opens new depot\n\nThe Kelbourne Granary opened a new depot on Saturday after handing "
         "out 30,000 food parcels last year. \"Nobody in this town should choose between rent and supper,\" the "
         "Granary said in its annual report.",
    "b": "# Food bank's new depot opens\n\nThe Kelbourne Granary opened its new depot on Saturday. \"Nobody in this "
         "town should choose between rent and supper,\" said founder Theobald Jorrocks.",
    "c": "# Depot opens for Kelbourne food bank\n\nA food bank opened a bigger depot in Kelbourne on Saturday. \"Nobody "
         "in this town should choose between rent and supper,\" said Adalbert Vashmoor, director of the Hexbury "
         "Canal Trust.",
}


def test_one_quotation_credited_to_a_named_body_its_founder_and_another_bodys_director() -> None:
    pairs = pair_statuses(run_one_event(GRANARY, DAY), "attribution")

    def status(first: str, second: str) -> set[str]:
        return {s for key, s in pairs.items() if any(first in k for k in key) and any(second in k for k in key)}

    assert status("Granary said", "Jorrocks") == {"compatible"}
    assert "conflict" in status("Granary said", "Vashmoor")
