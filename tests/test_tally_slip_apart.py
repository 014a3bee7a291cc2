"""Two exact figures whose written digits are the other's with two neighbours swapped are a copy gone wrong, not a
tally read at two moments (``comparisons._exact_figures_a_slip_apart``, asked before the update readings): two reports
of one day may differ because a count grew between them, but a count that grew lands on exactly the other's digits
swapped rarely. The same digits a power of ten apart stay a toll of one day read early and late. Invented: Storm
Jostavel's power cuts in Hubrecton county."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.slot_findings import pair_statuses, run_one_event


def _homes(count: str) -> str:
    return (
        f"BRELLOWAY - Storm Jostavel left {count} homes without power across Hubrecton county on Tuesday, "
        "the grid operator said."
    )


def _status(first: str, second: str) -> str:
    statuses = pair_statuses(run_one_event({"a": _homes(first), "b": _homes(second)}, dt.date(2061, 3, 8)), "figure")
    return statuses[(f"a:{first}", f"b:{second}")]


def test_a_zero_swapped_between_two_reports_of_one_day_is_a_conflict() -> None:
    assert _status("5,300", "5,030") == "conflict"


@pytest.mark.parametrize(("first", "second"), [("5,300", "6,100"), ("3", "30"), ("53", "530")])
def test_a_count_that_may_have_grown_stays_an_update(first: str, second: str) -> None:
    assert _status(first, second) == "compatible"
