"""A figure counted as the whole of a part ("41 of the 60 beams": the 60) may be the figure a slot holds against
another outlet's part ("41 beams"): the two reports share the part, so they agree; a part near the other figure but
not it ("40 of the 60" against "41") leaves the conflict standing (``comparisons._judge_figures``)."""

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
        ("Termites have eaten into 41 of the 60 oak beams of Yoxley's town hall.", "agree"),
        ("Termites have eaten into forty-one of the hall's 60 oak beams in Yoxley.", "agree"),
        ("Termites have eaten into 40 of the 60 oak beams of Yoxley's town hall.", "conflict"),
        ("Termites have eaten into the 60 oak beams of Yoxley's town hall.", "conflict"),
    ],
)
def test_a_whole_meets_another_outlets_part_through_its_own_part(whole: str, status: str) -> None:
    article, figures = _figures(whole, "a1")
    the_whole = [f for f in figures if f.text == "60"]
    slot = [(article, the_whole), _figures("Termites have eaten into 41 beams of Yoxley's town hall.", "a2")]
    outcome = CHECKS["figure-agreement"].run(slot)
    assert [p.status for p in outcome.pairs] == [status]
