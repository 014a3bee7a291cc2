"""A named speaker with an aside before the quotation: 'Ivo Brask, speaking at the finish: "..."',
'Brask-Halvik, gracious in defeat: "..."', and the aside of talking to someone before a cue
("Ivo Brask, talking to reporters, said"). The name speaks; talking or speaking is no statement
of its own.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def found(text: str) -> list[tuple[str, str, str]]:
    """(source, cue as written, source span as written) of each attribution."""
    return [
        (m.value.source, text[m.cue_start : m.cue_end], text[m.source_start : m.source_end])
        for m in find_attributions(text, split_sentences(text))
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ivo Kastel, speaking at the finish: "The barrier should never have been there."', "Ivo Kastel"),
        ('Ivo Kastel, talking to our reporter past the line: "The barrier should never have been there."', "Ivo Kastel"),
        ('Kastel-Brenn, gracious in defeat: "She was simply better in the rapid games."', "Kastel-Brenn"),
        ('The stage was over. Mira Soltan, asked about the crash: "Nobody saw the barrier."', "Mira Soltan"),
        # after a live entry's time
        ('10:40 Mira Soltan, out of breath: "Nobody saw the barrier."', "Mira Soltan"),
        ('14:05 - Kastel-Brenn, beaming: "She was simply better in the rapid games."', "Kastel-Brenn"),
    ],
)
def test_a_name_and_an_aside_before_a_colon_and_a_quotation(text: str, name: str) -> None:
    assert found(text) == [(name, ":", name)]


def test_a_role_after_the_name_belongs_to_the_source() -> None:
    text = 'Ivo Kastel, editor of the Halvik Review: "The race was lost on the climb."'
    assert found(text) == [("Ivo Kastel", ":", "Ivo Kastel, editor of the Halvik Review")]


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Kastel, who won the stage: "The barrier should never have been there."',  # a clause
        'Halvik, Norland: "The barrier should never have been there."',  # a place
        'The riders, tired after the climb: "The barrier should never have been there."',  # no name
    ],
)
def test_no_aside_speaker(text: str) -> None:
    assert all(source not in ("Ivo Kastel", "Halvik", "riders") for source, _, _ in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Kastel, talking to our reporter after the race, said the barrier had moved.",
        "Ivo Kastel, talking to reporters, said the barrier had moved.",
    ],
)
def test_talking_in_an_aside_is_no_statement_of_its_own(text: str) -> None:
    assert [source for source, _, _ in found(text)] == ["Ivo Kastel"]
