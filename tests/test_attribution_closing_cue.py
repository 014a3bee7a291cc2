"""A word like "estimates" or "notes" that ends the sentence after a comma and a source opened by
"the" is a verb: "..., the Tornby Chamber of Commerce estimates." A possessive before it keeps it
a noun ("..., including the company's estimates.").

Sentences and names are invented.
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
        ("Up to 6,000 more jobs are at risk, the Halvik Chamber of Commerce estimates.", [("Halvik Chamber of Commerce", "estimates")]),
        ("Exports fell for a third month, the ministry notes.", [("ministry", "notes")]),
    ],
)
def test_a_closing_verb(text: str, found: list[tuple[str, str]]) -> None:
    assert credited(text) == found


def test_a_closing_noun() -> None:
    assert credited("The figures were lower than expected, including the company's estimates.") == []
