"""A ceiling ("up to 8,600 jobs", "as many as 8,600") is the top of what its speaker expects, not any figure beneath
it: another outlet's figure at seven tenths of it or under is a second estimate, a conflict, while one near the top of it
("6,900 jobs") is the figure under its ceiling."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def _statuses(second: str) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event({
        "a": "TARVUN - Shutting the Welkow steelworks in Tarvun could cost up to 8,600 jobs across the valley, "
             "the regional employers' council said on Tuesday.",
        "b": f"Shutting the Welkow steelworks in Tarvun will cost {second} across the valley, the employers' "
             "council said on Tuesday.",
    }, dt.datetime(2231, 3, 6, 18)), "figure")


def test_a_figure_far_under_a_ceiling_is_a_second_estimate() -> None:
    statuses = _statuses("about 2,400 jobs")
    assert statuses[("a:up to 8,600", "b:about 2,400")] == "conflict"


def test_a_figure_near_its_ceiling_stays_under_it() -> None:
    statuses = _statuses("6,900 jobs")
    assert statuses[("a:up to 8,600", "b:6,900")] == "compatible"


def test_a_figure_at_two_thirds_of_its_ceiling_is_a_second_estimate() -> None:
    # (5,734 is two thirds of 8,600 rounded up to the job: a cut-off at two thirds let it pass)
    statuses = _statuses("5,734 jobs")
    assert statuses[("a:up to 8,600", "b:5,734")] == "conflict"


def test_a_figure_just_over_seven_tenths_of_its_ceiling_stays_under_it() -> None:
    statuses = _statuses("6,100 jobs")
    assert statuses[("a:up to 8,600", "b:6,100")] == "compatible"
