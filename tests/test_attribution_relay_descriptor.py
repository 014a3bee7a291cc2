"""A relay's agent may carry a descriptor ("quoted by the charity Sea Line"): the chain still runs
from the agent to the people it quotes. "give" takes statement nouns as a light verb ("gave a
higher figure", "gave no explanation", "gave evidence"); "gave a speech" or "gave the money back"
state nothing.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def chains(text: str) -> list[tuple[str, ...]]:
    return [m.value.chain for m in find_attributions(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Survivors quoted by the charity Sea Haven said 140 people were aboard.", ("Sea Haven", "Survivors")),
        ("Officials cited by the daily Halvik Post said the quay was closed.", ("Halvik Post", "Officials")),
        ("Survivors quoted by the charity Sea Haven gave a higher figure.", ("Sea Haven", "Survivors")),
    ],
)
def test_a_described_agent_relays(text: str, chain: tuple[str, ...]) -> None:
    assert chains(text) == [chain]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ministry gave no explanation for the delay.", [("ministry",)]),
        ("Ivo Kastel gave evidence to the inquiry on Tuesday.", [("Ivo Kastel",)]),
        ("Ivo Kastel gave a speech at the harbour.", []),
        ("The council gave the money back.", []),
    ],
)
def test_giving_a_statement_noun(text: str, found: list[tuple[str, ...]]) -> None:
    assert chains(text) == found
