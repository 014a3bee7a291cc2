"""A named person "of", "from" or "at" a body described in lower case speaks for it: "Dr Ruth
Kastel of the county museum said" credits Ruth Kastel, not the museum; before the cue and after
it. A named body keeps the whole ("Ivo Kastel of the Halvik Institute"), and an unnamed head
stays as it was ("the head of the county museum").

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from tests.attribution_sources import sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dr Ruth Kastel of the county museum said it was the largest hoard.", "Ruth Kastel"),
        ("Ivo Brenn from the regional water board said the dam would hold.", "Ivo Brenn"),
        ('"It is the largest hoard," said Ivo Brenn of the county museum.', "Ivo Brenn"),
        ('"It is the largest hoard," said Ivo Brenn of the county museum in a statement.', "Ivo Brenn"),
    ],
)
def test_the_person_speaks_for_the_body(text: str, source: str) -> None:
    assert sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ivo Brenn of the Halvik Institute said it was the largest hoard.", "Ivo Brenn of the Halvik Institute"),
        ("The head of the county museum said it was the largest hoard.", "head of the county museum"),
    ],
)
def test_other_readings_stay(text: str, source: str) -> None:
    assert sources(text) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Five of the six bullet casings found at the scene came from one gun.",
        "None of the harbour companies ever confirmed the reports.",
    ],
)
def test_a_share_of_a_group_is_no_person(text: str) -> None:
    assert "Five" not in sources(text) and "None" not in sources(text)
