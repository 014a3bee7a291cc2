"""Linkage reads a pair's mean only when the pair comes to the top of its heap, pushed at the most its
mean can be (``_most_raised``). That gives the merges of reading every mean when it is pushed only while
no mean exceeds its bound: these tests watch the heap and fail when one does, or when ties stop being
broken by the groups' ids."""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
from collections.abc import Iterator
from typing import Any

import pytest

import consistency.group as group_module
from consistency.group import GroupingOptions, _average_linkage, _least_mergeable, _most_raised
from tests.test_group import ELECTION_R1, ELECTION_R2, group, quake_corpus, two_stages


class _WatchedHeap:
    """``heapq`` as linkage uses it, checking that each mean read replaces a bound at least as high. The
    scored pairs' first entries come from ``group._first_entries`` (``watch`` follows them too)."""

    def __init__(self) -> None:
        self.last: tuple[Any, ...] | None = None
        self.read = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(heapq, name)  # the rest of the module, as it is

    def watch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(group_module, "heapq", self)
        first_entries = group_module._first_entries

        def taken(*args: Any) -> Iterator[tuple[Any, ...]]:
            for entry in first_entries(*args):
                self.last = entry  # (linkage takes the next one only once it has used this one)
                yield entry

        monkeypatch.setattr(group_module, "_first_entries", taken)

    def heappop(self, heap: list[tuple[Any, ...]]) -> tuple[Any, ...]:
        self.last = heapq.heappop(heap)
        return self.last

    def heappush(self, heap: list[tuple[Any, ...]], entry: tuple[Any, ...]) -> None:
        if entry[3] is None:  # a mean read: it replaces the bound popped just before it
            assert self.last is not None and self.last[3] is not None
            assert entry[1:3] == self.last[1:3]
            assert -entry[0] <= -self.last[0], f"mean {-entry[0]} above its bound {-self.last[0]}"
            self.read += 1
        heapq.heappush(heap, entry)


CORPORA = {
    "quakes": lambda: quake_corpus(),
    "quakes, one undated": lambda: quake_corpus(undated_2024=True),
    "two rounds": lambda: two_stages(ELECTION_R1, ELECTION_R2, dt.date(2030, 4, 7), dt.date(2030, 4, 21)),
}
OPTIONS = {
    "default": GroupingOptions(),
    # Factors that raise a mean instead of lowering it: the bound must grow with them.
    "raising": GroupingOptions(near_bonus=0.5, apart_factor=1.4, figures_apart_factor=1.3, weekday_factor=1.2),
    "low threshold": GroupingOptions(threshold=0.05),
}


@pytest.mark.parametrize("options", OPTIONS.values(), ids=OPTIONS.keys())
@pytest.mark.parametrize("corpus", CORPORA.values(), ids=CORPORA.keys())
def test_no_mean_read_exceeds_its_bound(monkeypatch: pytest.MonkeyPatch, corpus: Any, options: GroupingOptions) -> None:
    watched = _WatchedHeap()
    watched.watch(monkeypatch)
    group(corpus(), options)
    assert watched.read  # means were read (and checked)


def test_the_bound_is_the_one_blocking_rests_on() -> None:
    for options in OPTIONS.values():
        assert _least_mergeable(options) == options.threshold / _most_raised(options)
        assert _most_raised(options) >= 1.0


def test_equal_means_merge_in_the_order_of_the_groups_ids() -> None:
    # Undated reports: (0, 1) and (1, 2) tie. The lower ids merge first, as when every mean was read on
    # push; then (2, 3) outweighs the pair's mean with 2 (0.26 > 0.25). Merging (1, 2) first would have
    # drawn 0 in instead and left 3 alone.
    options = dataclasses.replace(GroupingOptions(), reassign=False, cohesion=0.0)
    pairs = {(0, 1): 0.5, (1, 2): 0.5, (2, 3): 0.26}
    groups = _average_linkage(4, pairs, [[] for _ in range(4)], options)
    assert sorted(sorted(g) for g in groups) == [[0, 1], [2, 3]]


def test_the_watch_fails_on_a_mean_above_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # The watch itself can fail: with the bound taken as 1 while a near bonus raises means, it must.
    watched = _WatchedHeap()
    watched.watch(monkeypatch)
    monkeypatch.setattr(group_module, "_most_raised", lambda options: 1.0)
    with pytest.raises(AssertionError, match="above its bound"):
        group(quake_corpus(), GroupingOptions(near_bonus=0.5))
