"""One amount told for each one of something ("about 90 million dollars a plane", "each side will free 85")
and in all ("3.6 billion dollars", "both sides ... 170") agrees when a count either sentence gives (40 jets, both) times the one makes the other
(consistency/checks/comparisons.py, ``_per_item_total``); when no such count makes it, the two still conflict.

The articles are invented: an order for jets from Klemstover Aero, prisoners freed under a Brauvik accord.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article
from tests.two_reports import figure_statuses

EACH = "Zyndra Air's order on Tuesday for 40 Klemstover Aero jets is worth about 90 million dollars a plane."


def deal_verdicts(first: str) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Zyndra Courier", body=first, published=dt.datetime(2047, 3, 4, 12, 30)),
        Article(id="b", path="b.md", outlet="Plovhar Post", body=EACH, published=dt.datetime(2047, 3, 4, 19, 0)),
    ])
    text = {f.id: f.text for f in result.facts}
    return [(f.status, f.cause) for f in result.findings if any("dollars" in text[i] for i in f.fact_ids)]


@pytest.mark.parametrize(("total", "verdict"), [("3.6 billion", ("compatible", "arithmetic")), ("5.1 billion", ("conflict", "unexplained"))])
def test_a_figure_for_each_one_times_the_count_is_the_total(total: str, verdict: tuple[str, str]) -> None:
    first = f"Zyndra Air ordered 40 jets from Klemstover Aero on Tuesday in an order worth {total} dollars."
    assert deal_verdicts(first) == [verdict]


@pytest.mark.parametrize(("total", "status"), [(170, "compatible"), (190, "conflict")])
def test_a_figure_told_of_each_side_and_in_all_for_both(total: int, status: str) -> None:
    # "each side" before the figure, "both sides" a count of two
    first = "The Brauvik accord says each side will free 85 prisoners on Friday."
    assert figure_statuses(first, f"The Brauvik accord frees {total} prisoners held by both sides on Friday.") == [status]


@pytest.mark.parametrize(("total", "status"), [(170, "compatible"), (190, "conflict")])
def test_each_side_is_one_of_two(total: int, status: str) -> None:
    # "each side" alone: the sides of an exchange are two, though no sentence writes the two
    first = "The Brauvik accord says each side will free 85 prisoners on Friday."
    assert figure_statuses(first, f"The Brauvik accord frees {total} prisoners on Friday.") == [status]
