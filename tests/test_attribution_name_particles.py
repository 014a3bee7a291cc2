"""Names with lower-case particles ("Anne de la Rive", "Jan van der Berg", "Ida ten Brink") and a
speaker's lower-case descriptor of up to three words before the name ("said mountain rescue chief
Ivo Kastel"): the whole name speaks, and the descriptor stays out of it.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.names import PARTICLES
from tests.attribution_sources import sources


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Anne de la Rive said the dam would hold.", "Anne de la Rive"),
        ("Jan van der Berg told reporters the dam would hold.", "Jan van der Berg"),
        ("Ida ten Brink said the dam would hold.", "Ida ten Brink"),
        ('"The dam will hold," said Jan van der Berg.', "Jan van der Berg"),
        ('"The dam will hold," said Ida ten Brink.', "Ida ten Brink"),
        ("Fire Chief Anne de la Rive said the dam would hold.", "Anne de la Rive"),
    ],
)
def test_particles_belong_to_the_name(sentence: str, name: str) -> None:
    assert sources(sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"Every climber came down safe," said mountain rescue chief Ivo Kastel.', "Ivo Kastel"),
        ('"She was guarding her cubs," said chief ranger Mira Soltan.', "Mira Soltan"),
        ('"We had no choice," said board chief executive Anne de la Rive.', "Anne de la Rive"),
        ('"The ice shelf is gone," said glaciologist Ida Marit Venn.', "Ida Marit Venn"),
    ],
)
def test_a_descriptor_of_up_to_three_words_opens_the_inverted_speaker(sentence: str, name: str) -> None:
    assert sources(sentence) == [name]


def test_a_time_is_no_descriptor() -> None:
    """ "said last week" is no title: the name after it is not read as the speaker."""
    assert "Ivo Kastel" not in sources('"The dam will hold," said last week Ivo Kastel.')


def test_the_names_module_knows_the_particles() -> None:
    """Checks compare names word by word: "Ida ten Brink" is written as a person's name."""
    assert {"ten", "ter", "dos", "zu"} <= PARTICLES
