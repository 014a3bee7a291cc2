"""Fixed phrases holding a cue word report nothing ("all told", "according to plan", "that
said"), while the same words in a real attribution still do. Our own sentences."""

from __future__ import annotations

import pytest

from consistency.extract._attribution_fixed import FixedPhrases
from consistency.extract.attributions import ALL_KINDS, find_attributions


def _cues(text: str) -> list[str]:
    return [text[m.cue_start : m.cue_end] for m in find_attributions(text, kinds=ALL_KINDS)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The quay reopened according to plan.", "according to plan"),
        ("Let's say the berth at the Halvik pier will cost $16,000.", "Let's say"),
        ("Truth be told, the Velmora port is broke.", "Truth be told"),
        ("The dockers show signs of fatigue by noon.", "show signs"),
        ("The Dravik port did better than in other recent surveys.", "than in"),
        ("The harbour figures speak volumes about the council.", "speak volumes"),
        ("Halvik thinks it goes without saying: the levy will pass.", "goes without saying"),
    ],
)
def test_a_fixed_phrase_is_no_attribution(text: str, phrase: str) -> None:
    start = text.index(phrase)
    end = start + len(phrase)
    assert [m for m in find_attributions(text, kinds=ALL_KINDS) if m.cue_start < end and start < m.cue_end] == []


def test_the_real_attribution_beside_a_fixed_phrase_stays() -> None:
    text = "All told, the port lost 40 ships, Brask said."
    assert _cues(text) == ["said"]
    (m,) = find_attributions(text)
    assert m.value.source == "Brask"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("According to Brask, the quay is safe.", "According to"),
        ("Brask told reporters the quay was safe.", "told"),
        ("In a survey by the Halvik Institute, most dockers said the quay was safe.", "said"),
    ],
)
def test_the_same_words_outside_the_phrases_still_cue(text: str, cue: str) -> None:
    assert cue in _cues(text)


def test_fixed_phrases_are_found_case_blind_with_either_apostrophe() -> None:
    text = "LET\u2019S SAY the quay closes.  That  said, it may not."
    fixed = FixedPhrases(text)
    assert fixed.holds(text.index("SAY"))
    assert fixed.holds(text.index("said"))
    assert not fixed.holds(text.index("quay"))
    # a phrase inside a longer word is not the phrase
    inner = "the overall toldness"
    assert not FixedPhrases(inner).holds(inner.index("all told"))
