"""A later, higher count is an update when it grew; not when its own sentence weighs it against another party's
count ("much higher than the water board's own estimate"): then the two counts stand side by side, a difference of
sources. A count weighed against an earlier one of its own ("much higher than first estimated") is still an update."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def _statuses(later: str) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event({
        "a": "YOXLEY - Some 310 residents of Yoxley were taken ill after drinking tap water contaminated by a burst "
             "sewer, the Zembar water board said on Monday.",
        "b": f"The number of Yoxley residents taken ill after drinking contaminated tap water reached 520, {later}.",
    }, {"a": dt.datetime(2231, 5, 7, 9), "b": dt.datetime(2231, 5, 9, 17)}), "figure")


def test_a_later_count_weighed_against_another_partys_is_a_second_count() -> None:
    statuses = _statuses("the town's doctors said on Wednesday, much higher than the water board's own estimate")
    assert statuses[("a:Some 310", "b:520")] == "conflict"


def test_a_later_count_weighed_against_its_first_report_is_an_update() -> None:
    statuses = _statuses("the town's doctors said on Wednesday, much higher than first estimated")
    assert statuses[("a:Some 310", "b:520")] == "compatible"


def test_a_later_count_told_well_above_another_partys_is_a_second_count() -> None:
    statuses = _statuses("the town's doctors said on Wednesday, well above the water board's own count")
    assert statuses[("a:Some 310", "b:520")] == "conflict"


def test_a_later_count_told_well_above_a_level_of_no_party_is_still_an_update() -> None:
    statuses = _statuses("the town's doctors said on Wednesday, well above the level of any outbreak before")
    assert statuses[("a:Some 310", "b:520")] == "compatible"


def test_a_revised_figure_weighed_against_another_partys_is_no_revision_of_it() -> None:
    statuses = pair_statuses(run_one_event({
        "a": "YOXLEY - Repairs to the burst sewer will cost 4.5 million marks, the Yoxley Builders' Guild said on Monday, "
             "well above the water board's figure.",
        "b": "The Zembar water board has raised its estimate of the sewer repairs to 3.2 million marks.",
    }, {"a": dt.datetime(2231, 5, 7, 9), "b": dt.datetime(2231, 5, 9, 17)}), "figure")
    assert "conflict" in statuses.values()
