"""A person described by a postmodifier of people ("familiar with", "close to", "involved in",
negated or not) heads the subject, whatever the noun: "a cardiologist not involved in the study
said". The source is the whole description, not the study.

Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.attribution_sources import sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A cardiologist not involved in the study said the benefit was modest.", "cardiologist not involved in the study"),
        ("But a glaciologist not involved in the survey told us the shelf was thinning.", "glaciologist not involved in the survey"),
        ("Experts not involved in the trial said the benefit was modest.", "Experts not involved in the trial"),
        ("A nurse close to the family said the patient was awake.", "nurse close to the family"),
    ],
)
def test_the_described_person_speaks(text: str, source: str) -> None:
    assert sources(text) == [source]
