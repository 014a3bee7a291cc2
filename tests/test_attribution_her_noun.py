""""her" before a noun ending in -ly ("her family", "her ally") is a possessive, not the object
pronoun: the family speaks.

Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.attribution_sources import sources


@pytest.mark.parametrize(
    "text",
    [
        "Her death was announced yesterday by her family.",
        '"She died peacefully at home," said her family.',
    ],
)
def test_her_family_speaks(text: str) -> None:
    assert sources(text) == ["family"]
