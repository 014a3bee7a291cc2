"""Words that look like cues but attribute nothing (consistency/extract/_attribution_lexicon.py):
an amount estimated with no one estimating it.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions
from consistency.text import split_sentences


def cues(text: str) -> list[str]:
    return [text[m.cue_start : m.cue_end] for m in find_attributions(text, split_sentences(text), kinds=ALL_KINDS)]


@pytest.mark.parametrize(
    "text",
    [
        "The damage is estimated at 3 million euros.",
        "The crowd was estimated at about 8,000 people.",
        "Losses were higher than first estimated.",
        "The cost of the bridge has been calculated at 40 million crowns.",
    ],
)
def test_an_amount_estimated_by_no_one_is_no_attribution(text: str) -> None:
    assert cues(text) == []


def test_an_estimate_with_its_author_still_credits_the_author() -> None:
    text = "The harbour board estimated the damage at 3 million euros."
    assert "estimated" in cues(text)


def test_an_unsourced_view_is_still_one() -> None:
    assert cues("The mayor is widely seen as the favourite.") == ["is widely seen as"]
