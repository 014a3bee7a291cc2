"""People "treated for" an injury, or who "needed treatment", are the number injured (rules/vocabulary/measures.yaml):
a running tally, so a report the next day with a higher count is the toll grown, not a second account at odds with
the first. A lower count later is still no update.

The articles are invented: a boiler blast at the Fazzikent dye works.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article


def figure_verdicts(first: str, second: str) -> list[tuple[str, str | None, list[str]]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, published=dt.datetime(2051, 9, 2, 11, 0)),
        Article(id="b", path="b.md", outlet="Evening Post", body=second, published=dt.datetime(2051, 9, 3, 18, 0)),
    ])
    text = {f.id: f.text for f in result.facts}
    return [(fi.status, fi.cause, sorted(text[i] for i in fi.fact_ids)) for fi in result.findings if fi.kind == "figure"]


FIRST = "A boiler burst at the Fazzikent dye works on Monday night. Two welders were treated for scalds, the plant said."


@pytest.mark.parametrize(
    "later",
    [
        "A boiler burst at the Fazzikent dye works on Monday night. Four welders were treated for scalds, the plant said.",
        "A boiler burst at the Fazzikent dye works on Monday night. Four welders needed treatment for scalds, the plant said.",
    ],
)
def test_a_higher_count_of_people_treated_the_next_day_is_an_update(later: str) -> None:
    assert figure_verdicts(FIRST, later) == [("compatible", "update", ["Four", "Two"])]


def test_a_lower_count_of_people_treated_the_next_day_conflicts() -> None:
    found = figure_verdicts(
        "A boiler burst at the Fazzikent dye works on Monday night. Four welders were treated for scalds, the plant said.",
        FIRST,
    )
    assert found[0][0] == "conflict"
