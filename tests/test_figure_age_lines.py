"""Bounds that draw a line rather than estimate a figure: "younger than 16" is "under 16" said another way; a
permission denied ("no group will be allowed more than 30") makes "more than" a ceiling; and two lines drawn at
different ages for one class of people ("pupils under 14", "pupils under 16") disagree, where two estimates
bounded the same way would not (consistency/checks/comparisons.py, ``_thresholds_apart``). Every sentence and
name is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures
from consistency.model import Quantity
from tests.slot_findings import pair_statuses, run_one_event

CTX = ExtractionContext()
DAY = dt.datetime(2063, 11, 2, 12)


def _figures(text: str) -> list[tuple[str, Quantity]]:
    return [(text[e.start : e.end], e.value) for e in extract_figures(text, CTX)]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Skaters younger than 12 must wear helmets.", "younger than 12", None, 12.0),
        ("Drivers older than 75 must retake the test.", "older than 75", 75.0, None),
        ("No ferry will be allowed more than 400 passengers next summer.", "more than 400", None, 400.0),
        ("Stallholders may not charge more than 3 dolvins a cup.", "more than 3 dolvins", None, 3.0),
        ("More than 400 passengers were allowed on board.", "More than 400", 400.0, None),  # (no denial)
    ],
)
def test_bounds_of_lines(text: str, span: str, low: float | None, high: float | None) -> None:
    found = [(s, q) for s, q in _figures(text) if span in s or s in span]
    assert found, _figures(text)
    _s, q = found[0]
    assert (q.low, q.high) == (low, high)


_LEADS = (
    "# Helmets made compulsory on Tigudodit slopes\n\nThe Tigudodit sports ministry on Monday made helmets compulsory "
    "on its ski slopes from December. ",
    "# Tigudodit orders helmets for young skiers\n\nYoung skiers in Tigudodit will have to wear helmets from December "
    "under a rule announced on Monday. ",
)


def _statuses(first: str, second: str) -> set[str]:
    articles = {
        "a": f"{_LEADS[0]}{first} must wear one, the ministry said. Resorts will check at the lifts.",
        "b": f"{_LEADS[1]}{second} must wear one, the ministry said. Resorts will check at the lifts.",
    }
    return set(pair_statuses(run_one_event(articles, DAY), "figure").values())


def test_under_and_younger_than_one_age_agree() -> None:
    assert _statuses("Skiers under 16", "Skiers younger than 16") == {"agree"}


def test_two_age_lines_for_one_class_conflict() -> None:
    assert _statuses("Skiers under 14", "Skiers under 16") == {"conflict"}


def test_a_modal_may_after_a_count_is_no_month() -> None:
    assert [s for s, _q in _figures("Under the rule, no more than four may busk on a pavement.")] == ["no more than four"]
    assert not [s for s, q in _figures("The vote is on 4 May.") if q.low == 4]
