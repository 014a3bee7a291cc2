"""A hedge whose reach holds both a figure most outlets give and one outlet's copy of it with two digits swapped rounds
the figure that stood, not the slip (``comparisons._mistyped_in_the_story``, read for overlapping figures too): "about
600" beside two outlets' "612" and one outlet's "621" is compatible with the first and in conflict with the second. A
bound ("more than 600") is met by any figure past it, the slip too. Invented: the Vessmere library's lost books."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def _books(count: str) -> str:
    return f"VESSMERE - The Vessmere public library has written off {count} books lost in the basement flood, its director said on Monday."


def test_a_hedge_holding_a_figure_and_its_swapped_copy_conflicts_with_the_copy_only() -> None:
    statuses = pair_statuses(run_one_event({
        "a": _books("612"), "b": _books("612"), "c": _books("621"), "d": _books("about 600"),
    }, dt.datetime(2061, 9, 12, 18)), "figure")
    assert statuses[("c:621", "d:about 600")] == "conflict"
    assert statuses[("a:612", "d:about 600")] != "conflict"


def test_a_bound_is_met_by_the_swapped_copy_too() -> None:
    statuses = pair_statuses(run_one_event({
        "a": _books("612"), "b": _books("612"), "c": _books("621"), "d": _books("more than 600"),
    }, dt.datetime(2061, 9, 12, 18)), "figure")
    assert statuses[("c:621", "d:more than 600")] != "conflict"
