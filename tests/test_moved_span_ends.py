"""A figure that moved between the first reports and a follow-up days later: a span whose one end moved is weighed at
that end (``comparisons._moved_ends``), and a lone earlier figure, where the other first reports stood at another, is a
slip, not the level the plan moved from (``comparisons._outvoted_before``).

The articles and names are invented: free bus passes in Gaspolin.
"""

from __future__ import annotations

import datetime as dt

from consistency.checks import comparisons
from consistency.engine import run_articles
from consistency.model import Article, Quantity

_DAY0 = dt.datetime(2071, 3, 3, 9, 0)
_FIRST = "Pupils aged six to {top} will get free bus passes from September 1, Transport Minister Orlek Wuplesk said on Monday."
_SECOND = "Every pupil aged six to {top} in Gaspolin will travel free on buses from September 1, the transport minister announced."
_LATER = (
    "Gaspolin's free bus passes will cover pupils aged six to 17, older than the plan set out on March 3, "
    "after colleges asked to join.\n\nThe scheme still starts from September 1."
)


def _pairs(tops: tuple[int, ...], later_title: str = "Gaspolin bus passes: colleges join") -> dict[str, tuple[str, str]]:
    """The lead figure pairs' (status, cause) by the two articles ("e0/later"), for first reports giving ``tops`` as
    the oldest age covered."""
    outlets = ("Morning Wire", "Valley Post", "Hill Gazette")
    articles = [
        Article(id=f"e{n}", path=f"e{n}.md", outlet=outlets[n], body=(_FIRST if n % 2 == 0 else _SECOND).format(top=top),
                title="Free buses for Gaspolin pupils", published=_DAY0 + dt.timedelta(hours=6 * n))
        for n, top in enumerate(tops)
    ]
    articles.append(Article(id="later", path="later.md", outlet="Evening Post", body=_LATER, title=later_title,
                            published=_DAY0 + dt.timedelta(days=12)))
    result = run_articles(articles)
    article_of = {f.id: f.article_id for f in result.facts}
    found: dict[str, tuple[str, str]] = {}
    for finding in result.findings:
        for pair in finding.pairs if finding.kind == "figure" else ():
            if pair.representative:
                a, b = sorted(article_of[i] for i in pair.fact_ids)
                found[f"{a}/{b}"] = (pair.status, pair.cause)
    return found


def test_a_span_whose_upper_end_moved_in_a_plan_amended_later_is_an_update() -> None:
    # "six to 14" then, twelve days on, "six to 17" with the plan set against the one first announced: both spans
    # start at six, so the figure that moved is the upper end, 14 to 17
    pairs = _pairs((14, 14))
    assert pairs["e0/later"] == pairs["e1/later"] == ("compatible", "update")


def test_a_lone_first_figure_beside_the_one_the_story_stood_at_stays_a_conflict() -> None:
    # two first reports say 14, one says 13, and the later headline tells the passes widened: the plan moved from 14;
    # 13 was never the plan
    pairs = _pairs((14, 13, 14), later_title="Gaspolin widens free bus passes")
    assert pairs["e0/later"] == pairs["e2/later"] == ("compatible", "update")
    assert pairs["e1/later"][0] == "conflict"


def test_the_moved_end_of_two_spans() -> None:
    assert comparisons._moved_ends(Quantity(6, 17), Quantity(6, 14)) == (17, 14)
    assert comparisons._moved_ends(Quantity(5, 14), Quantity(6, 14)) == (5, 6)
    assert comparisons._moved_ends(Quantity(5, 17), Quantity(6, 14)) is None  # (both ends moved: no one figure moved)
    assert comparisons._moved_ends(Quantity(17, 17), Quantity(14, 14)) is None  # (plain figures: read as written)
