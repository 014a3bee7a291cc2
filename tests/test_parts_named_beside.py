"""Two exact counts that differ by a part one report names beside its own figure are a whole and what is left of it,
not one count told twice (consistency/checks/comparisons.py, ``_part_named_beside``): the larger figure takes the
part in ("64 levels, three of them underground" against "61 floors"; "counting 2,000 sent earlier"), or the smaller
one is listed with it ("30 fishing boats and 9 tugs"). A part told "of them" of the same thing ("one of them badly") is no such part.

The articles are invented: a tower finished at Tesskor, a relief shipment to Brauvik, a blockade of boats.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks.comparisons import _whole_told_with_part
from consistency.engine import run_articles
from consistency.model import Article, Fact, Quantity


def figure_statuses(first: str, second: str) -> list[str]:
    """The statuses of the figure findings that weigh one report's figure against the other's."""
    result = run_articles([
        Article(id="a", path="a.md", outlet="Zyndra Courier", body=first, published=dt.datetime(2047, 3, 4, 9, 0)),
        Article(id="b", path="b.md", outlet="Plovhar Post", body=second, published=dt.datetime(2047, 3, 4, 10, 0)),
    ])
    article = {f.id: f.article_id for f in result.facts}
    return [
        f.status for f in result.findings
        if f.kind == "figure" and {article[i] for i in f.fact_ids} == {"a", "b"}
    ]


def test_a_whole_that_names_the_part_the_other_leaves_out_is_no_conflict() -> None:
    found = figure_statuses(
        "The Klemstover tower, finished at the Tesskor docks on Monday, has 61 floors.",
        "The Klemstover tower, finished at the Tesskor docks on Monday, has 64 levels, three of them underground.",
    )
    assert found == ["compatible"]


def test_a_whole_counting_an_earlier_part_is_no_conflict() -> None:
    found = figure_statuses(
        "The relief agency has sent 9,000 tents to Brauvik since the floods, it said on Tuesday.",
        "The relief agency has sent 11,000 tents to Brauvik, counting 2,000 sent before the floods, it said on Tuesday.",
    )
    assert found == ["compatible"]


def test_a_count_listed_with_another_makes_the_whole() -> None:
    found = figure_statuses(
        "Thirty-nine boats blockaded the harbour mouth at Brauvik on Tuesday.",
        "The blockade at Brauvik on Tuesday was made up of 30 fishing boats and 9 tugs.",
    )
    assert found == ["compatible"]


def test_a_part_of_the_same_count_still_conflicts() -> None:
    found = figure_statuses(
        "Three dockers were hurt at the Tesskor yard on Monday, one of them badly.",
        "Two dockers were hurt at the Tesskor yard on Monday.",
    )
    assert found == ["conflict"]


def test_a_part_that_does_not_make_up_the_difference_still_conflicts() -> None:
    found = figure_statuses(
        "The relief agency has sent 9,000 tents to Brauvik since the floods, it said on Tuesday.",
        "The relief agency has sent 12,000 tents to Brauvik, counting 2,000 sent before the floods, it said on Tuesday.",
    )
    assert found == ["conflict"]



def _count(sentence: str, figure: str, value: float) -> Fact:
    start = sentence.index(figure)
    return Fact(
        id=figure, article_id="a", kind="figure", text=figure, start=start, end=start + len(figure),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence), value=Quantity(value, value),
    )


_WHOLE = _count("The Tesskor harbour office has 80 divers on its books.", "80", 80.0)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        pytest.param("Of 80 registered divers, only 64 are fit to work, the office said.", True, id="of-the-whole-before"),
        pytest.param("Only 64 of the 80 divers are fit to work, the office said.", True, id="of-the-whole-after"),
        pytest.param("Of 90 registered divers, only 64 are fit to work, the office said.", False, id="another-whole"),
        pytest.param("Only 64 divers are fit to work, the office said.", False, id="no-whole"),
    ],
)
def test_a_part_whose_sentence_names_the_others_whole(sentence: str, told: bool) -> None:
    # (``_whole_told_with_part``: the smaller figure's own sentence gives the larger one as its whole)
    part = _count(sentence, "64", 64.0)
    assert bool(_whole_told_with_part(_WHOLE, part, _WHOLE.value, part.value)) is told  # type: ignore[arg-type]
