"""Two outlets that each put a ceiling on one figure ("up to 1,500 euros", "up to 5,100 euros") name two maxima of
it: the bounds overlap, but the most it reaches is one figure, so ceilings further apart than a hedge reaches
conflict, while ceilings a rounding apart, and bounds that only fence it ("fewer than"), stay compatible."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def _statuses(second: str, third: str) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event({
        "a": "WRENSHAW - Owners who scrap an old diesel car will get up to 1,500 euros per car from the Wrenshaw "
             "council under a scheme announced on Monday, the council said.",
        "b": f"Wrenshaw's scrappage scheme, unveiled on Monday, pays drivers {second} for an old diesel car, the "
             "council said in its announcement.",
        "c": f"Diesel owners in Wrenshaw can claim {third} when they scrap an old car, under the council's new "
             "scheme announced on Monday.",
    }, dt.datetime(2052, 6, 4, 18)), "figure")


def test_two_ceilings_far_apart_conflict_and_two_a_rounding_apart_do_not() -> None:
    statuses = _statuses("up to 5,100 euros", "as much as 1,550 euros")
    assert statuses[("a:up to 1,500 euros", "b:up to 5,100 euros")] == "conflict"
    assert statuses[("a:up to 1,500 euros", "c:as much as 1,550 euros")] != "conflict"


def test_a_bound_that_only_fences_the_figure_names_no_maximum() -> None:
    statuses = _statuses("less than 5,100 euros", "up to 1,500 euros")
    assert statuses[("a:up to 1,500 euros", "b:less than 5,100 euros")] != "conflict"
