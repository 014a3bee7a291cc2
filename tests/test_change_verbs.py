"""A later report that tells its count as having moved to its figure ("has fallen to 5,100", "had swelled to 2,610")
gives an update of an earlier report's figure, not a second account of it (``comparisons._update``)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks import CHECKS
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact


def _figures(text: str, article_id: str, day: int) -> tuple[Article, list[Fact]]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=f"Outlet {article_id}", body=text,
                      published=dt.date(2231, 5, day))
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return article, [f for f in frame_facts(article, facts) if f.kind == "figure"]


@pytest.mark.parametrize(
    ("earlier", "later", "status"),
    [
        ("Some 7,400 people were sleeping in emergency shelters in Brannock on Friday.",
         "The number of people in Brannock's emergency shelters has fallen to 5,100.", "compatible"),
        ("Some 7,400 people were sleeping in emergency shelters in Brannock on Friday.",
         "The number of people in Brannock's emergency shelters is 5,100.", "conflict"),
        ("Volunteers at Pelham Green counted 1,940 marchers on Monday.",
         "The march at Pelham Green had swelled to 2,610 marchers on Thursday.", "compatible"),
        ("Volunteers at Pelham Green counted 1,940 marchers on Monday.",
         "Volunteers at Pelham Green counted 2,610 marchers on Thursday.", "conflict"),
    ],
)
def test_a_count_told_as_moved_to_its_figure_is_an_update(earlier: str, later: str, status: str) -> None:
    slot = [_figures(earlier, "a1", 10), _figures(later, "a2", 14)]
    assert all(len(figures) == 1 for _, figures in slot), slot
    assert [p.status for p in CHECKS["figure-agreement"].run(slot).pairs] == [status]
