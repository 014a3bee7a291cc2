"""Homes and households counted by outlets are one claim, and a count of homes that nothing happened to is
named by its noun, not as buildings damaged (rules/vocabulary/measures.yaml, the ``damaged`` entry's hints and
same nouns; consistency/frames.py names the slot).

The articles are invented: a water company fitting meters in the town of Orrendale.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article
from tests.slot_findings import finding_statuses, run_one_event

DAY = dt.date(2048, 3, 9)

METERS = {
    "a": "Orrendale Water began fitting smart meters on Monday. The programme covers 74,000 homes in the town "
         "and will take three years.",
    "b": "Smart meters are going into 47,000 households in Orrendale from Monday, the water company said, in a "
         "programme lasting three years.",
    "c": "Work started on Monday on Orrendale's meter programme: all 74,000 homes are to get one by the end of "
         "the decade.",
}


def test_homes_and_households_are_one_count() -> None:
    found = finding_statuses(run_one_event(METERS, DAY), "figure")
    assert found[("a:74,000", "b:47,000", "c:74,000")] == "conflict"


def test_a_count_of_homes_nothing_happened_to_is_named_by_its_noun() -> None:
    result = run_articles([Article(id="a", path="a.md", outlet="Outlet a", body=METERS["a"], published=DAY)])
    names = {f.text: f.frame.name for f in result.facts if f.frame is not None and f.kind == "figure"}
    assert names["74,000"] == "number of homes"
    damaged = run_articles([Article(
        id="d", path="d.md", outlet="Outlet d", published=DAY,
        body="Floods in Orrendale on Monday damaged 3,000 homes, the council said.",
    )])
    assert [f.frame.name for f in damaged.facts if f.text == "3,000" and f.frame] == ["buildings damaged (houses)"]
