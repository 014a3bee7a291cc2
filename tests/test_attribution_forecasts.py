"""An expectation of an outcome is a forecast credited to its holder ("analysts had expected a
smaller loss", 'the firm expects "a very hard winter"'), unlike waiting for something ("expects a
reply") (consistency/extract/attributions.py, ``_forecast_after``; FORECAST_NOUNS).

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions
from consistency.text import split_sentences


def cues(text: str) -> list[str]:
    return [text[m.cue_start : m.cue_end] for m in find_attributions(text, split_sentences(text), kinds=ALL_KINDS)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Analysts had expected a smaller loss.", "had expected"),
        ("The company expects growth of 2% next year.", "expects"),
        ("Economists expected a 0.25-point cut.", "expected"),
        ('The firm expects "a very hard winter" for its shops.', "expects"),
    ],
)
def test_an_expected_outcome_is_a_forecast(text: str, cue: str) -> None:
    assert cue in cues(text)


@pytest.mark.parametrize(
    "text",
    ["The mayor expects a reply by Friday.", "The club expected the new coach in March.", "It took longer than expected."],
)
def test_expecting_something_to_arrive_is_no_attribution(text: str) -> None:
    assert cues(text) == []
