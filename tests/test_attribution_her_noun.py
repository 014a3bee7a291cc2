""""her" before a noun ending in -ly ("her family", "her ally") is a possessive, not the object
pronoun: the family speaks.

Sentences are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def sources(text: str) -> list[str]:
    return [m.value.source for m in find_attributions(text, split_sentences(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Her death was announced yesterday by her family.",
        '"She died peacefully at home," said her family.',
    ],
)
def test_her_family_speaks(text: str) -> None:
    assert sources(text) == ["family"]
