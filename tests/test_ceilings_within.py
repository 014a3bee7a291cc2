"""A deadline or a radius told with "within" ("within 36 hours", "within 2 km") names its most as "up to" does: two
outlets' maxima further apart than a hedge reaches disagree, in one unit or two, while "within" against a single
nearer figure stays a bound that holds it, unless the figure lies far under it (another reach)."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def _statuses(first: str, second: str) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event({
        "a": f"YOXLEY - The Zembar ministry ordered the owners of the Yoxley chemical depot to empty its tanks "
             f"{first}, the ministry said on Tuesday.",
        "b": f"The owners of the Yoxley chemical depot must empty its tanks {second}, the Zembar ministry said in "
             "its order on Tuesday.",
    }, dt.datetime(2231, 4, 3, 18)), "figure")


def test_two_deadlines_far_apart_conflict() -> None:
    statuses = _statuses("within 36 hours", "within 96 hours")
    assert statuses[("a:within 36 hours", "b:within 96 hours")] == "conflict"


def test_a_deadline_against_a_nearer_figure_holds_it() -> None:
    statuses = _statuses("within 96 hours", "in 80 hours")
    assert statuses[("a:within 96 hours", "b:80 hours")] != "conflict"


def test_two_radii_in_two_units_far_apart_conflict() -> None:
    # (each outlet measured the reach its own way: 4 miles is about 6.4 km, not 12 km)
    statuses = _statuses("and clear every home within four miles", "and clear every home within 12 km")
    assert statuses[("a:within four miles", "b:within 12 km")] == "conflict"


def test_two_radii_in_two_units_alike_do_not_conflict() -> None:
    statuses = _statuses("and clear every home within five miles", "and clear every home within 8 km")
    assert statuses[("a:within five miles", "b:within 8 km")] != "conflict"


def test_a_deadline_against_a_figure_far_under_it_conflicts() -> None:
    statuses = _statuses("within 96 hours", "in 40 hours")
    assert statuses[("a:within 96 hours", "b:40 hours")] == "conflict"
