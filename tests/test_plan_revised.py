"""A report days after the first ones that sets its plan against the one first announced ("three more than the council
announced on March 3") tells the plan at a later stage, amended since: its figures and days still ahead that differ
from the ones the story stood at are the amended plan, an update, though their own sentences name no change
(``moved_figures.tells_plan_revised``, ``comparisons._plan_revised_later``, ``comparisons._day_of_a_revised_plan``).
Two reports of one day, a later report that names no revision, or a figure only one earlier outlet gave stay a
conflict.

The articles are invented: a bicycle-hire scheme at Yaxburrow.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks.moved_figures import tells_plan_revised
from consistency.engine import run_articles
from consistency.model import Article

FIRST = (
    "Yaxburrow will open 60 bicycle-hire docks from July 1, the city council announced on Monday. "
    "A day pass will cost 4 crowns."
)
SECOND = (
    "The council announced on Monday that Yaxburrow's 60 bicycle-hire docks will open from July 1. "
    "Riders will pay 4 crowns for a day pass."
)
REVISED = "Yaxburrow's bicycle-hire scheme will cover 48 docks, fewer than the city council announced on March 3."
PLAIN = "Yaxburrow's bicycle-hire scheme will cover 48 docks, the city council said."
START = " The scheme starts from July 15."


def verdicts(later: str, *, days: int = 9, kind: str = "figure", second: str = SECOND) -> list[tuple[str, str | None]]:
    early = dt.datetime(2064, 3, 3, 9, 0)
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=FIRST, title="Yaxburrow bike docks", published=early),
        Article(id="b", path="b.md", outlet="Daily Crier", body=second, title="Bike hire for Yaxburrow",
                published=early + dt.timedelta(hours=5)),
        Article(id="c", path="c.md", outlet="Evening Post", body=later, title="Yaxburrow bike scheme",
                published=early + dt.timedelta(days=days)),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == kind and fi.status != "unverified"]


def test_a_figure_of_a_report_that_tells_its_plan_amended_is_an_update() -> None:
    assert ("compatible", "update") in verdicts(REVISED)
    assert not any(status == "conflict" for status, _ in verdicts(REVISED))


def test_a_later_report_that_names_no_revision_stays_a_conflict() -> None:
    assert any(status == "conflict" for status, _ in verdicts(PLAIN))


def test_a_revision_told_the_next_day_is_another_account_of_one_plan() -> None:
    assert any(status == "conflict" for status, _ in verdicts(REVISED, days=1))


def test_a_first_figure_one_outlet_alone_gave_may_be_its_slip() -> None:
    second = "The council announced on Monday that Yaxburrow will get bicycle-hire docks from July 1."
    assert any(status == "conflict" for status, _ in verdicts(REVISED, second=second))


def test_a_day_still_ahead_in_a_report_that_tells_its_plan_amended_is_an_update() -> None:
    assert ("compatible", "update") in verdicts(REVISED + START, kind="date")


def test_a_later_day_with_no_revision_told_stays_a_conflict() -> None:
    assert any(status == "conflict" for status, _ in verdicts(PLAIN + START, kind="date"))


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("72 docks, twelve more than the city council announced on March 3", True),
        ("a day pass of 3 crowns, down from the price the council first set", True),
        ("opening an hour later than the operator had proposed", True),
        ("a fortnight after the date the council announced on March 3", True),
        ("a day pass of 3 crowns, the fare the council announced", False),
        ("more than 300 riders signed up, the council announced", False),  # a bound on a count, not a plan compared
        ("the council announced 72 docks on Monday", False),
        ("the docks will open sooner than riders expected", False),
        ("the docks open a week later than planned", False),  # a schedule's own slip: no first plan's teller named
    ],
)
def test_tells_plan_revised_reads_a_plan_set_against_the_one_first_told(body: str, told: bool) -> None:
    assert tells_plan_revised(body) is told



# A report that tells a part of its plan as still standing ("still starts", "stays at") or dates the plan's first
# telling knows the first reports, and tells the plan as it now stands: its figures that differ are the plan amended.
STANDING = "Yaxburrow's bicycle-hire scheme will cover 48 docks, the city council said. The scheme still starts from July 1."
KEPT = "Yaxburrow's bicycle-hire scheme will cover 48 docks, the city council said. The day pass stays at 4 crowns."


@pytest.mark.parametrize("later", [STANDING, KEPT])
def test_a_figure_of_a_report_that_tells_part_of_its_plan_standing_is_an_update(later: str) -> None:
    assert ("compatible", "update") in verdicts(later)
    assert not any(status == "conflict" for status, _ in verdicts(later))


def test_a_plan_told_standing_the_next_day_is_another_account_of_one_plan() -> None:
    assert any(status == "conflict" for status, _ in verdicts(STANDING, days=1))


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("The levy still takes effect on June 3, the council said.", True),
        ("The day pass stays at 4 crowns.", True),
        ("Fines of 50 crowns are unchanged.", True),
        ("The scheme, first announced on March 3, covers the old town.", True),
        ("Riders still hope the docks will open in May.", False),
        ("The levy takes effect on May 1, the council said.", False),
    ],
)
def test_tells_plan_revised_reads_a_part_of_the_plan_told_standing(body: str, told: bool) -> None:
    assert tells_plan_revised(body) is told


CEILING_FIRST = "Yaxburrow will pay riders up to 300 crowns for a new bicycle, the city council announced on Monday."
CEILING_SECOND = "Riders in Yaxburrow can claim up to 300 crowns towards a bicycle, the council announced on Monday."
CEILING_RAISED = "Riders can claim up to 360 crowns towards a bicycle, the council said. The scheme still starts on July 1."
CEILING_PLAIN = "Riders can claim up to 360 crowns towards a bicycle, the council said."


def ceiling_verdicts(later: str) -> list[tuple[str, str | None]]:
    early = dt.datetime(2064, 3, 3, 9, 0)
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=CEILING_FIRST, title="Bike grants", published=early),
        Article(id="b", path="b.md", outlet="Daily Crier", body=CEILING_SECOND, title="Bike grants for Yaxburrow",
                published=early + dt.timedelta(hours=5)),
        Article(id="c", path="c.md", outlet="Evening Post", body=later, title="Yaxburrow bike grants",
                published=early + dt.timedelta(days=9)),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == "figure" and fi.status != "unverified"]


def test_a_ceiling_raised_in_a_report_that_tells_its_plan_at_a_later_stage_is_an_update() -> None:
    assert ("compatible", "update") in ceiling_verdicts(CEILING_RAISED)
    assert not any(status == "conflict" for status, _ in ceiling_verdicts(CEILING_RAISED))


def test_a_ceiling_raised_with_no_later_stage_told_stays_a_conflict() -> None:
    assert any(status == "conflict" for status, _ in ceiling_verdicts(CEILING_PLAIN))


def test_a_hedged_first_figure_rounding_what_other_outlets_gave_stood_before() -> None:
    # ("nearly 60 docks" rounds the 58 two other outlets gave: the first reports stood at one figure)
    first = FIRST.replace("60 bicycle-hire docks", "nearly 60 bicycle-hire docks")
    second = SECOND.replace("60 bicycle-hire docks", "58 bicycle-hire docks")
    early = dt.datetime(2064, 3, 3, 9, 0)
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, title="Yaxburrow bike docks", published=early),
        Article(id="b", path="b.md", outlet="Daily Crier", body=second, title="Bike hire for Yaxburrow",
                published=early + dt.timedelta(hours=5)),
        Article(id="d", path="d.md", outlet="City Radio", body=second, title="Bike docks coming",
                published=early + dt.timedelta(hours=7)),
        Article(id="c", path="c.md", outlet="Evening Post", body=REVISED, title="Yaxburrow bike scheme",
                published=early + dt.timedelta(days=9)),
    ])
    figures = [fi for fi in result.findings if fi.kind == "figure" and fi.status != "unverified"]
    assert figures and not any(fi.status == "conflict" for fi in figures)
