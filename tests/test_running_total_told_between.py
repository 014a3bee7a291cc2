"""A count that another outlet, between two reports, gives as counted over a span still open ("officers have since
stopped 512 cars") is a running total: a later report that gives that figure with no such words of its own ("officers
stopped 512 cars") tells the total as it stood, so against the first report's lower reading it is an update, not a
conflict (consistency/checks/comparisons.py, ``_running_total_told_between``). A figure no outlet between told so is
still judged on its own words, and so is a first figure that is a typing slip of a figure an outlet gave before it.

The articles are invented: a checkpoint order in the Nubrecht docks.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

FIRST = "Police in Nubrecht stopped 306 cars at checkpoints around the docks on Sunday, police said."
BETWEEN = "Police in Nubrecht have since stopped 512 cars at checkpoints around the docks, police said on Monday."
LATER = "Police in Nubrecht stopped 512 cars at checkpoints around the docks, police figures showed on Friday."


def pair_verdict(bodies: list[tuple[str, dt.datetime]], first: str, second: str) -> tuple[str, str] | None:
    """The verdict on the pair of the first article's figure and the last one's."""
    articles = [
        Article(id=f"a{i}", path=f"a{i}.md", outlet=f"Outlet {i}", body=body, published=day)
        for i, (body, day) in enumerate(bodies)
    ]
    result = run_articles(articles)
    told = {f.id: (f.article_id, f.text) for f in result.facts}
    ends = {("a0", first), (f"a{len(bodies) - 1}", second)}
    for finding in result.findings:
        for pair in finding.pairs if finding.kind == "figure" else ():
            if {told[i] for i in pair.fact_ids} == ends:
                return pair.status, pair.cause
    return None


SUNDAY, MONDAY, FRIDAY = dt.datetime(2062, 5, 3, 12), dt.datetime(2062, 5, 4, 12), dt.datetime(2062, 5, 8, 12)


def test_a_later_figure_an_outlet_between_told_as_a_running_total_is_an_update() -> None:
    found = pair_verdict([(FIRST, SUNDAY), (BETWEEN, MONDAY), (LATER, FRIDAY)], "306", "512")
    assert found == ("compatible", "update")


def test_with_no_running_total_told_between_the_later_figure_conflicts() -> None:
    plain = "Police in Nubrecht stopped 512 cars at checkpoints around the docks, police said on Monday."
    found = pair_verdict([(FIRST, SUNDAY), (plain, MONDAY), (LATER, FRIDAY)], "306", "512")
    assert found is not None and found[0] == "conflict"


def test_a_first_figure_that_is_a_slip_of_an_earlier_report_stays_in_conflict() -> None:
    # "360" is the "306" an outlet gave an hour before with two digits swapped: a copy gone wrong, no reading
    first = "Police in Nubrecht stopped 306 cars at checkpoints around the docks on Sunday, police said."
    slipped = "Police in Nubrecht stopped 360 cars at checkpoints around the docks on Sunday, police said."
    found = pair_verdict(
        [(slipped, SUNDAY + dt.timedelta(hours=1)), (first, SUNDAY), (BETWEEN, MONDAY), (LATER, FRIDAY)], "360", "512"
    )
    assert found is not None and found[0] == "conflict"
