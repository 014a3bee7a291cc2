"""A figure its own words give as the one since replaced ("the original budget was 90 million", "an initial
estimate of", "had been budgeted at") against another report's different figure is an update
(consistency/checks/comparisons.py, ``_superseded``); so is a figure whose report says it raised its estimate or
took a new poll (``_REVISION``). Two original figures must still agree, and a first thing's cost ("the first
ferry cost") is no original figure.

The articles are invented: a bridge at Brenvik, a dam at Gulvor, a poll of Mayor Plisken.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article


def figure_verdicts(first: str, second: str) -> list[tuple[str, str | None, list[str]]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, published=dt.datetime(2047, 3, 4, 9, 0)),
        Article(id="b", path="b.md", outlet="Evening Post", body=second, published=dt.datetime(2047, 3, 9, 9, 0)),
    ])
    text = {f.id: f.text for f in result.facts}
    return [(fi.status, fi.cause, sorted(text[i] for i in fi.fact_ids)) for fi in result.findings if fi.kind == "figure"]


COST = "The Brenvik bridge opened on Tuesday. It has cost 140 million euros, the council said."


@pytest.mark.parametrize(
    "original",
    [
        "The Brenvik bridge opened on Tuesday. The original budget was 90 million euros, the council said.",
        "The Brenvik bridge opened on Tuesday. It had been budgeted at 90 million euros, the council said.",
        "The Brenvik bridge opened on Tuesday. Its cost was first estimated at 90 million euros, the council said.",
    ],
)
def test_an_original_figure_against_the_one_that_replaced_it_is_an_update(original: str) -> None:
    assert figure_verdicts(original, COST) == [("compatible", "update", ["140 million euros", "90 million euros"])]


def test_two_original_figures_must_agree() -> None:
    found = figure_verdicts(
        "The Brenvik bridge opened on Tuesday. The original budget was 90 million euros, the council said.",
        "The Brenvik bridge opened on Tuesday. The original budget was 120 million euros, the council said.",
    )
    assert found[0][0] == "conflict"


def test_a_first_things_cost_is_no_original_figure() -> None:
    found = figure_verdicts(
        "The Brenvik ferry service began on Tuesday. The first ferry cost 9 million euros, the council said.",
        "The Brenvik ferry service began on Tuesday. The ferry cost 14 million euros, the council said.",
    )
    assert found[0][0] == "conflict"


def test_a_report_that_raises_its_estimate_gives_a_revised_figure() -> None:
    earlier = "Repairs to the Gulvor dam will cost 40 million euros, the water ministry said."
    later = "Repairs to the Gulvor dam will cost 65 million euros, the water ministry said, raising its estimate."
    assert figure_verdicts(earlier, later) == [("compatible", "update", ["40 million euros", "65 million euros"])]


def test_a_new_poll_gives_a_new_reading() -> None:
    found = figure_verdicts(
        "Mayor Plisken's approval has fallen to 38 percent, a poll showed last week.",
        "A new poll put Mayor Plisken's approval at 44 percent.",
    )
    assert found == [("compatible", "update", ["38 percent", "44 percent"])]
