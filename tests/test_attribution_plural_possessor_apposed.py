"""After an inverted cue, a description opened by a plural possessor ("the Vashmoor Rowers' stroke") and
set off by a comma before a name credits the name, as a singular possessor's does ("the club's stroke,
Gudula Snellgar"): the apostrophe of the plural is no end of the description
(consistency/extract/attributions.py, ``_described_then_named``), as does a title ("the Sports Minister,
Gudula Snellgar"). Before a cue, a name apposed to a role of
a body ("Vashmoor's envoy to the Entente, Theobald Jorrocks, said") speaks, not the body (``_object_of_a_role``).

The sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("\"We rowed through the rain,\" said the Vashmoor Rowers' stroke, Gudula Snellgar.", "Gudula Snellgar"),
        ("\"We rowed through the rain,\" said the Rowers' 64-year-old cox, Theobald Jorrocks.", "Theobald Jorrocks"),
        ("\"We rowed through the rain,\" said the farmers' lead driver, Adalbert Vashmoor.", "Adalbert Vashmoor"),
        # a capitalised office after "the" is a title, no place: the name after it speaks
        ("\"We rowed through the rain,\" said the Sports Minister, Gudula Snellgar.", "Gudula Snellgar"),
    ],
)
def test_a_plural_possessors_description_then_a_name_credits_the_name(sentence: str, source: str) -> None:
    assert [m.value.source for m in find_attributions(sentence)] == [source]


def test_a_plural_possessor_with_no_name_after_it_stays_the_source() -> None:
    sentence = "\"It is over,\" said the farmers' lawyers, who declined to comment further."
    assert [m.value.source for m in find_attributions(sentence)] == ["farmers' lawyers"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("\"The weir must stay,\" Vashmoor's envoy to the Entente, Theobald Jorrocks, said.", "Theobald Jorrocks"),
        ("\"The weir must stay,\" the president of the Dobbinet Rowers, Gudula Snellgar, said.", "Gudula Snellgar"),
    ],
)
def test_a_name_apposed_to_a_role_of_a_named_body_speaks(sentence: str, source: str) -> None:
    # The body a role serves ("envoy to the Entente") is no subject: the name after the comma is who spoke.
    assert [m.value.source for m in find_attributions(sentence)] == [source]


def test_a_place_described_after_its_name_stays_the_source() -> None:
    sentence = "\"The weir must stay,\" Kelbourne, the county town of Vashmoor, said in a statement."
    assert [m.value.source for m in find_attributions(sentence)] == ["Kelbourne"]
