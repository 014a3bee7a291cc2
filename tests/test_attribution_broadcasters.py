"""A broadcaster named by its medium heads a source as a newspaper does ("state radio reported",
"..., the radio reported, citing the ministry"), and a programme is no cue ("his TV show",
"reality TV shows").

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
        ("Deaths rose to 41 on Wednesday, state radio reported.", ("state radio",)),
        ("Deaths rose to 41, the radio reported.", ("radio",)),
        ("Cases reached 1,310, state television reported, citing the Halvik health ministry.", ("state television", "Halvik health ministry")),
    ],
)
def test_a_broadcaster_reports(text: str, chain: tuple[str, ...]) -> None:
    assert chains(text) == [chain]


@pytest.mark.parametrize(
    "text",
    [
        "Brask was proud of his TV show about the harbour.",
        "And while reality TV shows like Harbour Wars reward bluster, voters may not.",
    ],
)
def test_a_programme_is_no_finding(text: str) -> None:
    assert chains(text) == []


def test_a_set_is_no_broadcaster() -> None:
    assert chains("Inmates get a radio and a black-and-white, 13-inch television made specially with clear backs.") == []
