"""A phrase after a preposition is no subject of the cue after it when the noun before the
preposition names no one ("the shape of the harbour says", "a set of port rules that"); it still is
when that noun can speak or is plural, and a possessor of a noun of saying stays a source. Our
own sentences."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _cues(text: str) -> list[tuple[str, str]]:
    return [(text[m.cue_start : m.cue_end], text[m.source_start : m.source_end])
            for m in find_attributions(text, kinds=ALL_KINDS)]


@pytest.mark.parametrize(
    "text",
    [
        "The shape of the harbour says something about the port.",
        "Nobody on the freight side of Velmora is arguing.",
        "The council drafted a set of Velmora Port rules that could close the quay.",
    ],
)
def test_a_prepositional_object_after_a_plain_noun_is_no_source(text: str) -> None:
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Officials in Dravik said the quay was unsafe.", "said", "Officials in Dravik"),
        ("The mother of the boy said the quay was unsafe.", "said", "The mother of the boy"),
        ("Rival skippers of both guilds have said the quay is unsafe.", "have said", "both guilds"),
        ("The inspectors seized on Brask's claim that the quay was unsafe.", "claim", "Brask's"),
    ],
)
def test_a_speaker_noun_a_plural_or_a_possessor_keeps_the_cue(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _cues(text)
