"""After an inverted cue, a description opened by a plural possessor ("the Vashmoor Rowers' stroke") and
set off by a comma before a name credits the name, as a singular possessor's does ("the club's stroke,
Gudula Snellgar"): the apostrophe of the plural is no end of the description
(consistency/extract/attributions.py, ``_described_then_named``).

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
    ],
)
def test_a_plural_possessors_description_then_a_name_credits_the_name(sentence: str, source: str) -> None:
    assert [m.value.source for m in find_attributions(sentence)] == [source]


def test_a_plural_possessor_with_no_name_after_it_stays_the_source() -> None:
    sentence = "\"It is over,\" said the farmers' lawyers, who declined to comment further."
    assert [m.value.source for m in find_attributions(sentence)] == ["farmers' lawyers"]
