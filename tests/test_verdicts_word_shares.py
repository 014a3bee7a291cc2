"""A share written as a word ("almost a quarter", "nearly three-quarters", "a tenth") is as coarse as the
shares news writes that way: a percentage nearer to it than to the next such share is a precise telling of
it, on the side its hedge allows; one nearer another share conflicts (consistency/checks/comparisons.py,
``_nearest_fraction``).

The articles are invented: exports of a Brunchester brickworks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article


def figure_statuses(first: str, second: str) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Brunchester Wire", body=first, published=dt.datetime(2064, 4, 2, 9, 0)),
        Article(id="b", path="b.md", outlet="Kiln Review", body=second, published=dt.datetime(2064, 4, 2, 17, 0)),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == "figure"]


WIRE = "Brick exports from Brunchester fell by {} in March, the trade ministry said."


@pytest.mark.parametrize(
    ("number", "words", "status"),
    [
        ("23 percent", "almost a quarter", "compatible"),
        ("71 percent", "nearly three-quarters", "compatible"),
        ("18 percent", "almost a quarter", "conflict"),  # nearer a fifth
        ("27 percent", "almost a quarter", "conflict"),  # "almost" is short of the share, never over it
    ],
)
def test_a_share_in_words_holds_the_percentages_nearest_it(number: str, words: str, status: str) -> None:
    assert figure_statuses(WIRE.format(number), WIRE.format(words))[0][0] == status
