"""Energy and voltage figures: units in joules and volts, and one measure for each (rules/vocabulary).

The articles are invented: a fusion reactor's record pulse, and a lineman's accident on a power line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import extract_facts, run_articles
from consistency.model import Article, Quantity

DAY = dt.date(2041, 3, 6)


def figures(text: str) -> list[tuple[str, str | None, float | None]]:
    article = Article(id="a", path="a.txt", outlet="a", body=text, published=DAY)
    facts, _ = extract_facts(article)
    return [(f.text, f.value.unit, f.value.low) for f in facts if isinstance(f.value, Quantity)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pulse released 84 MJ of energy.", ("84 MJ", "MJ", 84.0)),
        ("It delivered 48 megajoules.", ("48 megajoules", "MJ", 48.0)),
        ("A charge of 2.5 gigajoules was stored.", ("2.5 gigajoules", "GJ", 2.5)),
        ("He touched a 10-kilovolt line.", ("10-kilovolt", "kV", 10.0)),
        ("He touched an 11,000-volt power line.", ("11,000-volt", "V", 11000.0)),
        ("The 400 kV cable was cut.", ("400 kV", "kV", 400.0)),
    ],
)
def test_joules_and_volts_are_units(text: str, expected: tuple[str, str, float]) -> None:
    assert figures(text) == [expected]


def _one_event(bodies: list[str]):  # type: ignore[no-untyped-def]
    result = run_articles([
        Article(id=f"e{n}.txt", path=f"e{n}.txt", outlet=f"Outlet {n}", body=body, published=DAY)
        for n, body in enumerate(bodies)
    ])
    assert len(result.events) == 1
    return result


@pytest.mark.parametrize(
    ("bodies", "odd", "slot"),
    [
        pytest.param(
            ["The Harnow fusion reactor held its plasma for six minutes on Tuesday, with a total energy output "
             "of 84 MJ, the institute said.",
             "The Harnow fusion reactor set a record on Tuesday: the plasma released 84 megajoules in six minutes.",
             "Harnow's fusion reactor held a plasma for six minutes on Tuesday and delivered 48 megajoules."],
            "48 megajoules", ["48 megajoules", "84 MJ", "84 megajoules"], id="energy",
        ),
        pytest.param(
            ["A lineman in Orsk was badly burned on Tuesday when he touched an 11,000-volt line, the utility said.",
             "A utility worker in Orsk suffered burns on Tuesday after touching a 10-kilovolt line."],
            "10-kilovolt", ["10-kilovolt", "11,000-volt"], id="voltage",
        ),
    ],
)
def test_energy_and_voltage_in_other_units_are_one_claim(bodies: list[str], odd: str, slot: list[str]) -> None:
    result = _one_event(bodies)
    text = {f.id: f.text for f in result.facts}
    (finding,) = [fi for fi in result.findings if fi.kind == "figure" and odd in {text[i] for i in fi.fact_ids}]
    assert sorted(text[i] for i in finding.fact_ids) == slot
    assert finding.status == "conflict"
