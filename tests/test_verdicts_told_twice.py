"""One figure told two ways that arithmetic joins: the others beside the one they are counted against
("beating 63 other players" and "a field of 64"), and a change told as its step and as the level it leaves
("dropped by 64 percent" and "dropped to 36 percent"; "list price plus 15 percent" and "115% of the list price"; the
latter's two figures rarely share a slot, so only the former is tried here).
Neither is a conflict (consistency/checks/comparisons.py, ``_with_the_rest``, ``_by_and_to``); nor is a count
over a run of days against one day's (``_over_a_longer_run``: a scope).

The articles are invented: a draughts open and a cheese fair in Hobnick, and a reservoir at Twyford Gap.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article


def figure_verdicts(first: str, second: str) -> list[tuple[str, str | None, list[str]]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Hobnick Wire", body=first, published=dt.datetime(2063, 7, 2, 9, 0)),
        Article(id="b", path="b.md", outlet="Draughts Monthly", body=second, published=dt.datetime(2063, 7, 2, 17, 0)),
    ])
    text = {f.id: f.text for f in result.facts}
    return [(fi.status, fi.cause, sorted(text[i] for i in fi.fact_ids)) for fi in result.findings if fi.kind == "figure"]


@pytest.mark.parametrize(("others", "status"), [("63", "compatible"), ("61", "conflict")])
def test_the_others_and_the_winner_make_the_field(others: str, status: str) -> None:
    found = figure_verdicts(
        "Sigve Brauck won the Hobnick draughts open on Sunday, a field of 64 players.",
        f"Sigve Brauck won the Hobnick draughts open on Sunday, beating {others} other players.",
    )
    assert [(s, c) for s, c, _ in found][0][0] == status
    if status == "compatible":
        assert found[0][1] == "arithmetic"


def test_the_rivals_and_the_winner_make_the_field() -> None:
    found = figure_verdicts(
        "Sigve Brauck won the Hobnick draughts open on Sunday, a field of 64 players.",
        "Sigve Brauck won the Hobnick draughts open on Sunday, beating 63 rival players.",
    )
    assert [(s, c) for s, c, _ in found][0] == ("compatible", "arithmetic")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Water in the Twyford Gap reservoir fell by 64 percent over the summer, the water board said.",
         "Water in the Twyford Gap reservoir fell to 36 percent of its usual level over the summer, the water board said."),
        ("Water in the Twyford Gap reservoir dropped by nearly 60 percent in August, the water board said.",
         "Water in the Twyford Gap reservoir dropped to 41 percent of its usual level in August, the water board said."),
    ],
)
def test_a_change_told_as_its_step_and_as_its_level_agrees(first: str, second: str) -> None:
    assert [(s, c) for s, c, _ in figure_verdicts(first, second)] == [("compatible", "arithmetic")]


def test_a_step_and_a_level_that_do_not_add_up_conflict() -> None:
    found = figure_verdicts(
        "Water in the Twyford Gap reservoir fell by 64 percent over the summer, the water board said.",
        "Water in the Twyford Gap reservoir fell to 50 percent of its usual level over the summer, the water board said.",
    )
    assert found[0][0] == "conflict"


@pytest.mark.parametrize(
    ("run", "status"),
    [
        ("The Hobnick cheese fair drew 52,000 visitors over its three days, the council said.", "compatible"),
        # a run of days told far from the figure is no scope of it
        ("The Hobnick cheese fair drew 52,000 visitors to the square and the quay over its three days, the council said.", "conflict"),
    ],
)
def test_a_count_over_a_run_of_days_holds_a_days_count(run: str, status: str) -> None:
    day = "Stewards counted 18,400 visitors at the Hobnick cheese fair by the time the gates closed, the council said."
    assert figure_verdicts(run, day)[0][0] == status
