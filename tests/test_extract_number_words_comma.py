"""A number written out in full goes on past the comma after its scale word into a count of hundreds ("two
hundred and twelve thousand, seven hundred and sixty"), as print punctuates it; a comma before anything else
ends it (consistency/extract/_figure_words.py, ``parse_number_words``)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import extract_facts
from consistency.model import Article


def figures(text: str) -> list[tuple[str, float | None]]:
    article = Article(id="x", path="x.md", outlet="x", body=text, published=dt.date(2047, 5, 20))
    facts, _ = extract_facts(article, id_prefix="x.")
    return [(f.text, f.value.low) for f in facts if f.kind == "figure"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Two hundred and twelve thousand, seven hundred and sixty cranes were folded.",
         "Two hundred and twelve thousand, seven hundred and sixty", 212760.0),
        ("Four thousand, three hundred and two ballots were spoiled.", "Four thousand, three hundred and two", 4302.0),
    ],
)
def test_a_number_written_out_goes_on_past_the_comma_after_its_scale(text: str, figure: str, value: float) -> None:
    assert figures(text)[0] == (figure, value)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two thousand, five of them children, were evacuated.", [("Two thousand", 2000.0), ("five", 5.0)]),
        ("They sold twelve, and then thirty more.", [("twelve", 12.0), ("thirty", 30.0)]),
    ],
)
def test_a_comma_before_anything_but_hundreds_ends_the_number(text: str, found: list[tuple[str, float]]) -> None:
    assert figures(text) == found
