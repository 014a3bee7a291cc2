"""A figure that moved between the first reports and a follow-up days later, told with no word of change in the
figure's own sentence: the readings that see the move in pairs of reports carry it to a further earlier report of the
same figure (``comparisons._carry_updates``), when more reports of that figure were read as the move than against it.

The figures and days are invented.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from consistency.checks import comparisons
from consistency.model import Quantity


def _side(value: Quantity, outlet: str) -> SimpleNamespace:
    return SimpleNamespace(fact=SimpleNamespace(value=value), article=SimpleNamespace(outlet=outlet))


def _anchor(figures: list[float], days: list[int], said: dict[tuple[int, int], tuple[str, str]]) -> int | None:
    """``_update_anchor`` for side 1's pair with the last side, ``said`` the pairs' (status, cause) (the rest
    conflict)."""
    sides = [_side(Quantity(x, x), f"outlet {n}") for n, x in enumerate(figures)]
    stays = len(sides) - 1

    def verdict(i: int, j: int) -> tuple[str, str, str]:
        status, cause = said.get((min(i, j), max(i, j)), ("conflict", "unexplained"))
        return status, cause, ""

    when = [dt.date(2071, 3, 3) + dt.timedelta(days=d) for d in days]
    return comparisons._update_anchor(sides, 1, stays, verdict, when)  # type: ignore[arg-type]


_SAME = ("agree", "equal")
_UPDATE = ("compatible", "update")
# Three first reports of 350 (outlets 0, 1 and 2), then 420 in a later report: outlets 0 and 2 were read as moved.
_READ = {(0, 1): _SAME, (0, 2): _SAME, (1, 2): _SAME, (0, 3): _UPDATE, (2, 3): _UPDATE}


def test_an_update_read_for_most_reports_of_a_figure_is_carried_to_another() -> None:
    assert _anchor([350, 350, 350, 420], [0, 1, 1, 9], _READ) == 0


def test_one_report_read_as_moved_against_one_judged_a_conflict_carries_nothing() -> None:
    assert _anchor([350, 350, 420], [0, 1, 9], {(0, 1): _SAME, (0, 2): _UPDATE}) is None


def test_no_update_is_carried_when_more_reports_of_the_figure_were_judged_a_conflict() -> None:
    said = {(0, 1): _SAME, (0, 2): _SAME, (1, 2): _SAME, (0, 3): _UPDATE}
    assert _anchor([14, 14, 14, 15], [0, 1, 1, 4], said) is None


def test_no_update_is_carried_from_anchors_of_the_next_day() -> None:
    assert _anchor([350, 350, 350, 420], [0, 7, 0, 8], _READ) == 0
    assert _anchor([350, 350, 350, 420], [7, 6, 7, 8], _READ) is None


def test_no_update_is_carried_to_a_figure_with_a_slips_shape() -> None:
    # 23 then 32: the digits swapped, whatever the other reports' pairs were read as
    said = {(0, 1): ("compatible", "precision"), (0, 2): _SAME, (1, 2): ("compatible", "precision"), (0, 3): _UPDATE,
            (2, 3): _UPDATE}
    assert _anchor([20, 23, 20, 32], [0, 0, 0, 5], said) is None


def test_no_update_is_carried_to_a_report_of_the_same_day() -> None:
    assert _anchor([350, 350, 350, 420], [0, 9, 0, 9], _READ) is None
