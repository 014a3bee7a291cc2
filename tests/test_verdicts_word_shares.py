"""A share written as a word ("nearly a fifth", "almost a tenth", "a third") is as coarse as the
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
        ("17 percent", "nearly a fifth", "compatible"),
        ("8 percent", "almost a tenth", "compatible"),
        ("28 percent", "nearly a third", "conflict"),  # nearer a quarter
        ("38 percent", "nearly a third", "conflict"),  # "nearly" is short of the share, never far over it
        # "nearly" reaches a tenth of the share below it, past the midpoint to the next share down
        ("70 percent", "nearly three quarters", "compatible"),
        ("31 percent", "almost a third", "compatible"),
        ("25 percent", "almost a third", "conflict"),  # a quarter is a share of its own
        ("66 percent", "nearly three quarters", "conflict"),
    ],
)
def test_a_share_in_words_holds_the_percentages_nearest_it(number: str, words: str, status: str) -> None:
    assert figure_statuses(WIRE.format(number), WIRE.format(words))[0][0] == status
