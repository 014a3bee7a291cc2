"""A figure counted as the whole of a part ("17 of the 25 lifts": the 25) may be the figure a slot holds against
another outlet's part ("17 lifts"): the two reports share the part, so they agree; a part near the other figure but
not it ("16 of the 25" against "17") leaves the conflict standing (``comparisons._judge_figures``)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks import CHECKS
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact


def _figures(text: str, article_id: str) -> tuple[Article, list[Fact]]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=f"Outlet {article_id}", body=text,
                      published=dt.date(2231, 3, 6))
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return article, [f for f in frame_facts(article, facts) if f.kind == "figure"]


@pytest.mark.parametrize(
    ("whole", "status"),
    [
        ("Engineers have shut 17 of the 25 lifts in Yoxley's harbour tower.", "agree"),
        ("Engineers have shut seventeen of the tower's 25 lifts in Yoxley.", "agree"),
        ("Engineers have shut 16 of the 25 lifts in Yoxley's harbour tower.", "conflict"),
        ("Engineers have shut the 25 lifts in Yoxley's harbour tower.", "conflict"),
    ],
)
def test_a_whole_meets_another_outlets_part_through_its_own_part(whole: str, status: str) -> None:
    article, figures = _figures(whole, "a1")
    the_whole = [f for f in figures if f.text == "25"]
    slot = [(article, the_whole), _figures("Engineers have shut 17 lifts in Yoxley's harbour tower.", "a2")]
    outcome = CHECKS["figure-agreement"].run(slot)
    assert [p.status for p in outcome.pairs] == [status]


@pytest.mark.parametrize(
    ("other", "status"),
    [
        # the other outlet's words tell its figure as the part and one more it names: two scopes, not one count twice
        ("Engineers have shut 18 lifts in Yoxley's harbour tower, counting a goods lift at the back.", "compatible"),
        ("Engineers have shut 18 lifts in Yoxley's harbour tower.", "conflict"),
    ],
)
def test_a_whole_meets_another_outlets_wider_count_through_its_own_part(other: str, status: str) -> None:
    article, figures = _figures("Engineers have shut 17 of the 25 lifts in Yoxley's harbour tower.", "a1")
    the_whole = [f for f in figures if f.text == "25"]
    slot = [(article, the_whole), _figures(other, "a2")]
    outcome = CHECKS["figure-agreement"].run(slot)
    assert [p.status for p in outcome.pairs] == [status]
