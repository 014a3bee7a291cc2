"""Two outlets that each put a ceiling on one figure ("up to 1,500 euros", "up to 5,100 euros") name two maxima of
it: the bounds overlap, but the most it reaches is one figure, so ceilings further apart than a hedge reaches
conflict, while ceilings a rounding apart, and bounds that only fence it ("fewer than"), stay compatible."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def _figure_statuses(a: str, b: str, c: str) -> dict[tuple[str, ...], str]:
    """The figure pair statuses of one event of three reports, all published on one June evening."""
    return pair_statuses(run_one_event({"a": a, "b": b, "c": c}, dt.datetime(2052, 6, 4, 18)), "figure")


def _statuses(second: str, third: str) -> dict[tuple[str, ...], str]:
    return _figure_statuses(
        "WRENSHAW - Owners who scrap an old diesel car will get up to 1,500 euros per car from the Wrenshaw "
        "council under a scheme announced on Monday, the council said.",
        f"Wrenshaw's scrappage scheme, unveiled on Monday, pays drivers {second} for an old diesel car, the "
        "council said in its announcement.",
        f"Diesel owners in Wrenshaw can claim {third} when they scrap an old car, under the council's new "
        "scheme announced on Monday.",
    )


def test_two_ceilings_far_apart_conflict_and_two_a_rounding_apart_do_not() -> None:
    statuses = _statuses("up to 5,100 euros", "as much as 1,550 euros")
    assert statuses[("a:up to 1,500 euros", "b:up to 5,100 euros")] == "conflict"
    assert statuses[("a:up to 1,500 euros", "c:as much as 1,550 euros")] != "conflict"


def test_a_bound_that_only_fences_the_figure_names_no_maximum() -> None:
    statuses = _statuses("less than 5,100 euros", "up to 1,500 euros")
    assert statuses[("a:up to 1,500 euros", "b:less than 5,100 euros")] != "conflict"


# Two fences of one line ("under", "less than", "fewer than", "below", "within") are two lines as two ceilings are two
# maxima: a rule's limit told as "under 8 kilograms" by one outlet and "less than 12 kilograms" by another is two
# limits. Invented: the Ivrington ferry's rule for pets carried free.


def _fences(second: str, third: str) -> dict[tuple[str, ...], str]:
    return _figure_statuses(
        "IVRINGTON - Pets weighing under 8 kilograms may travel free on the Ivrington island ferry from June, "
        "the ferry company said on Monday.",
        f"The Ivrington ferry will carry pets of {second} free of charge from June, its operator announced on "
        "Monday.",
        f"Dogs and cats of {third} will ride the Ivrington ferry at no charge from June, the company said on "
        "Monday.",
    )


def test_two_fences_far_apart_conflict_and_two_of_one_line_do_not() -> None:
    statuses = _fences("less than 12 kilograms", "below 8 kilograms")
    assert statuses[("a:under 8 kilograms", "b:less than 12 kilograms")] == "conflict"
    assert statuses[("a:under 8 kilograms", "c:below 8 kilograms")] != "conflict"
