"""Verbs of saying again ("repeated") are cues next to a quotation, a colon or before a clause,
as the verbs of the voice are; "repeated the test" and a passive ("isn't repeated") credit no one.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def credited(text: str) -> list[tuple[str, str]]:
    return [(m.value.source, text[m.cue_start : m.cue_end]) for m in find_attributions(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('The ministry of justice repeated that "no one who has hurt another person will be freed".', "ministry"),
        ("The port board repeated that the quay would reopen in May.", "port board"),
        ('"No one will be freed," repeated Ivo Kastel.', "Ivo Kastel"),
        ('Ivo Kastel repeated: "No one will be freed."', "Ivo Kastel"),
    ],
)
def test_saying_again_is_a_cue(text: str, source: str) -> None:
    assert [s for s, _ in credited(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The laboratory repeated the test twice before the results were sent.",
        "The board hopes the mistakes of the flood year aren’t repeated.",
        "The board hopes the mistakes of the flood year are not repeated.",
    ],
)
def test_repeating_an_act_or_a_passive_credits_no_one(text: str) -> None:
    assert credited(text) == []
