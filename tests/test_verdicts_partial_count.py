"""A figure reported while a count was under way, against a later one (consistency/checks/comparisons.py,
``_after_a_partial_count``). The articles are invented: a mayoral runoff in the town of Brask."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article

MONDAY, TUESDAY = dt.date(2031, 9, 29), dt.date(2031, 9, 30)


def share_finding(first_lead: str, later_share: str) -> tuple[str, str | None]:
    articles = [
        Article(id="a1", path="a1.md", outlet="Brask Wire", published=MONDAY,
                body=f"# Venn wins Brask runoff\n\n{first_lead} Orla Venn won the Brask mayoral runoff on Sunday with "
                     "52.4 percent of the vote, the electoral board said. Her rival Ivo Halm conceded before midnight."),
        Article(id="a2", path="a2.md", outlet="Brask Courier", published=TUESDAY,
                body="# Final count confirms Venn as Brask mayor\n\nOrla Venn won Sunday's Brask mayoral runoff with "
                     f"{later_share} percent of the vote, the electoral board said on Tuesday. Ivo Halm conceded."),
    ]
    result = run_articles(articles)
    assert len(result.events) == 1, [e.article_ids for e in result.events]
    (finding,) = [f for f in result.findings if f.kind == "figure" and any("52.4" in d for d in [f.detail or ""])]
    return finding.status, finding.cause


@pytest.mark.parametrize(
    ("lead", "later", "status", "cause"),
    [
        ("With 97 percent of ballots counted,", "52.6", "compatible", "update"),
        ("Preliminary results showed that", "52.6", "compatible", "update"),
        ("With 97 percent of ballots counted,", "54.2", "conflict", None),  # a near-complete count moves little
        ("", "52.6", "conflict", None),  # no count under way: two figures for one result
    ],
)
def test_an_earlier_figure_of_a_count_under_way_is_updated_by_the_final_one(
    lead: str, later: str, status: str, cause: str | None
) -> None:
    got = share_finding(lead, later)
    assert got[0] == status and (cause is None or got[1] == cause), got
