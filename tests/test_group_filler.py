"""``_filler``'s ``start``: joining on from a kept reading gives what joining every report from the first gives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from consistency.group import _filler, _held


class _Toy:
    """Two tables a join combines in an order-sensitive way (a sequence, a sum), and one no report reads."""

    def __init__(self) -> None:
        self.order: dict[int, Any] = {}
        self.total: dict[int, Any] = {}
        self.unread: dict[int, Any] = {}
        self.tables = (self.order, self.total, self.unread)
        self.own: list[dict[int, Any]] = [{i: (f"r{i}",) for i in range(6)}, {i: i + 1 for i in range(6)}, {}]
        self.fill: Callable[..., None] = _filler(self.tables, self.own, self.join, {}, 99)

    def join(self, target: int, a: int, b: int, keep: bool = False) -> None:
        self.order[target] = self.order[a] + self.order[b]  # a new value each time, as the real joins make
        self.total[target] = self.total[a] + self.total[b]


def test_start_continues_the_same_fold() -> None:
    toy = _Toy()
    toy.fill(10, [0, 1, 2, 3, 4])
    toy.fill(11, [0, 1])
    kept = _held(toy.tables, toy.own, 11)
    toy.fill(11, [2, 3, 4], kept)
    assert (toy.order[11], toy.total[11]) == (toy.order[10], toy.total[10]) == (("r0", "r1", "r2", "r3", "r4"), 15)
    assert kept[2] is None and 11 not in toy.unread  # a table no report reads is neither kept nor written


def test_kept_reading_is_not_changed_by_later_joins() -> None:
    toy = _Toy()
    toy.fill(11, [0, 1, 2])
    kept = _held(toy.tables, toy.own, 11)
    toy.fill(11, [4, 5], kept)
    assert toy.order[11] == ("r0", "r1", "r2", "r4", "r5")
    toy.fill(11, [3], kept)  # the same kept reading again: still the first three reports only
    assert toy.order[11] == ("r0", "r1", "r2", "r3")
    toy.fill(11, [], kept)
    assert (toy.order[11], toy.total[11]) == (("r0", "r1", "r2"), 6)
