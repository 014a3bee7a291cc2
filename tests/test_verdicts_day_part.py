"""A part of the day told with no day ("in mid-morning", "that evening") bounds a clock time another
outlet gives: inside its hours it is a vaguer account of one moment, far outside them a conflict. Before,
such a fact was never compared, and the slot's verdict stood for it (consistency/checks/comparisons.py,
``_judge_bare_part``). A season, valued by its months, still holds the weeks up to its solstice or equinox
(``_in_the_season``).

The articles are invented: a fire at a Zofflebury bakery.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article, Finding, RunResult


def run(first: str, second: str) -> RunResult:
    return run_articles([
        Article(id="a", path="a.md", outlet="Zofflebury Wire", body=first, published=dt.datetime(2061, 5, 9, 18, 0)),
        Article(id="b", path="b.md", outlet="Yelkwater Gazette", body=second, published=dt.datetime(2061, 5, 10, 7, 0)),
    ])


def date_findings(first: str, second: str) -> list[Finding]:
    return [f for f in run(first, second).findings if f.kind == "date"]


def pair_between(findings: list[Finding], texts: dict[str, str], first: str, second: str) -> tuple[str, str]:
    for finding in findings:
        for pair in finding.pairs or ():
            if {texts[i] for i in pair.fact_ids} == {first, second}:
                return pair.status, pair.cause
    raise AssertionError(f"no verdict between {first!r} and {second!r}")


def verdict(first: str, second: str, clock: str, part: str) -> tuple[str, str]:
    result = run(first, second)
    texts = {f.id: f.text for f in result.facts}
    return pair_between([f for f in result.findings if f.kind == "date"], texts, clock, part)


WIRE = "Fire broke out at a Zofflebury bakery at 10:20 a.m. on Wednesday, firefighters said."


def test_a_clock_inside_the_part_of_the_day_is_a_vaguer_account() -> None:
    gazette = "Fire tore through the Zofflebury bakery in mid-morning, firefighters said, and the ovens were lost."
    assert verdict(WIRE, gazette, "10:20 a.m. on Wednesday", "mid-morning") == ("compatible", "precision")


def test_a_clock_far_outside_the_part_of_the_day_conflicts() -> None:
    gazette = "Fire tore through the Zofflebury bakery late in the evening, firefighters said, and the ovens were lost."
    assert verdict(WIRE, gazette, "10:20 a.m. on Wednesday", "late in the evening")[0] == "conflict"


@pytest.mark.parametrize("wire", [
    "Fire broke out at a Zofflebury bakery on Wednesday, firefighters said.",  # a day only: nothing to weigh
    "Fire broke out at a Zofflebury bakery at 1420 GMT, firefighters said.",  # another zone's clock
])
def test_a_part_of_the_day_never_contradicts_a_day_or_another_zone(wire: str) -> None:
    gazette = "Fire tore through the Zofflebury bakery late in the evening, firefighters said, and the ovens were lost."
    assert all(f.status != "conflict" for f in date_findings(wire, gazette))


@pytest.mark.parametrize(("month", "status"), [("December", "compatible"), ("February", "conflict")])
def test_a_season_reaches_its_solstice(month: str, status: str) -> None:
    """A season is valued by its months; "autumn" still holds the three weeks of December before the solstice."""
    found = date_findings(
        f"The Zofflebury bakery closed in {month}, the council said.",
        "The Zofflebury bakery closed last autumn, the council said.",
    )
    assert [f.status for f in found] == [status]
