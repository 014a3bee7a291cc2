"""Words that look like cues but attribute nothing (consistency/extract/attributions.py,
_attribution_lexicon.py): an amount estimated with no one estimating it, and an "in" that opens no
document ("voters in Norland go to the polls").

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


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Norland go to the polls on Sunday.",
        "Turnout was high in an election that polls had called close.",
        "Residents in the valley went to the polls early.",
    ],
)
def test_an_in_that_opens_no_document_is_no_cue(text: str) -> None:
    assert "in" not in [c.lower() for c in cues(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In the latest Halvik Post poll, Brask gained two points.",
        "Brask gained in two polls of likely voters.",
    ],
)
def test_a_poll_after_in_is_still_the_source(text: str) -> None:
    assert "in" in [c.lower() for c in cues(text)]


def test_polls_inside_a_relative_clause_are_the_source_of_their_own_verb() -> None:
    text = "Voters go to the polls on Sunday in an election that polls suggest will go to a runoff."
    found = find_attributions(text, split_sentences(text), kinds=ALL_KINDS)
    assert [(text[m.source_start : m.source_end], text[m.cue_start : m.cue_end]) for m in found] == [("polls", "suggest")]
