"""Two floors of one figure whose numbers are a typing slip apart ("more than 4,000 passengers" against "more than
40,000 passengers") conflict: both bounds hold any figure above the larger, but each tells where the figure starts.
Floors apart for another reason (a toll counted again days later, small floors a power of ten apart) stay
compatible. The articles are invented: a cruise terminal at Vobbersand.
"""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article

START = dt.datetime(2087, 9, 14, 8, 0)
# Each outlet tells the opening in its own words (reports worded alike are one story and its copies, never compared).
_LEADS = (
    "The new cruise terminal at Vobbersand opened on Sunday with a festival on the quay. ",
    "Crowds packed the quay on Sunday as Vobbersand's cruise terminal was declared open by the harbour master. ",
)


def _verdicts(*bodies: tuple[str, float]) -> list[tuple[str, str | None]]:
    """The figure pair verdicts of articles given as (body, days after the first report)."""
    outlets = ("Vobbersand Herald", "Quay Radio")
    articles = [
        Article(id=f"a{i}", path=f"a{i}.md", outlet=outlets[i], body=_LEADS[i] + body,
                published=START + dt.timedelta(days=days))
        for i, (body, days) in enumerate(bodies)
    ]
    return sorted(
        (p.status, p.cause)
        for fi in run_articles(articles).findings if fi.kind == "figure" and fi.status != "unverified"
        for p in fi.pairs if p.representative
    )


def test_floors_a_power_of_ten_apart_on_one_day_conflict() -> None:
    verdicts = _verdicts(
        ("The terminal will handle more than 40,000 passengers a season, the port said.", 0),
        ("Its owners expect more than 4,000 passengers to pass through each season.", 0.2),
    )
    assert verdicts == [("conflict", "error")]


def test_floors_with_two_digits_swapped_conflict() -> None:
    verdicts = _verdicts(
        ("The port will charge each line at least 14 vobs a passenger, it said.", 0),
        ("Cruise lines must pay the harbour at least 41 vobs for every passenger landed.", 0.3),
    )
    assert verdicts == [("conflict", "error")]


def test_floors_apart_by_no_slip_stay_compatible() -> None:
    verdicts = _verdicts(
        ("The terminal will handle more than 40,000 passengers a season, the port said.", 0),
        ("Its owners expect more than 35,000 passengers to pass through each season.", 0.2),
    )
    assert verdicts and all(status == "compatible" for status, _ in verdicts)


def test_small_floors_a_power_of_ten_apart_are_no_slip() -> None:
    verdicts = _verdicts(
        ("At least 3 cranes stood idle on the quay, the port said.", 0),
        ("Dockers counted at least 30 idle cranes along the quay.", 0.2),
    )
    assert verdicts and all(status == "compatible" for status, _ in verdicts)
