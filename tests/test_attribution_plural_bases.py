"""The base form of a statement verb that is more often a noun ("estimate", "report", "counter",
"note") is a cue after a plural source and before a clause: "Park authorities estimate there are
120 bears", "critics counter that". Not after a determiner ("the estimate that"), nor before an
object ("police report 12 arrests").

Sentences are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def credited(text: str) -> list[tuple[str, str]]:
    return [(m.value.source, text[m.cue_start : m.cue_end]) for m in find_attributions(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Park authorities estimate there are 120 bears in the valley.", [("Park authorities", "estimate")]),
        ("Residents report that the quay flooded twice.", [("Residents", "report")]),
        ("Critics counter that the quay was never safe.", [("Critics", "counter")]),
        ("Officials note there were 12 arrests.", [("Officials", "note")]),
    ],
)
def test_a_plural_source_states(text: str, found: list[tuple[str, str]]) -> None:
    assert credited(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The estimate that the quay flooded was wrong.",
        "Police report 12 arrests.",
    ],
)
def test_a_noun_or_an_object(text: str) -> None:
    assert credited(text) == []
