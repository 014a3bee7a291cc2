"""Linkage's first entries come from sorted arrays in the very order a heap of them pops."""

from __future__ import annotations

import heapq
import random

import numpy as np
import pytest

from consistency.group import Pairs, _first_entries, _LocalPairs


def _scored(count: int, seed: int) -> dict[tuple[int, int], float]:
    rng = random.Random(seed)
    levels = [0.05, 0.1, 0.25, 0.25, 0.5, 0.75]  # repeated similarities: ties broken by the articles
    pairs: dict[tuple[int, int], float] = {}
    while len(pairs) < count:
        a, b = sorted(rng.sample(range(60), 2))
        pairs[(a, b)] = rng.choice(levels) if rng.random() < 0.5 else rng.random()
    return pairs


def _heap_order(pairs: dict[tuple[int, int], float], below: float, most: float) -> list[tuple]:
    heap = [(-sim * most, a, b, (a, b, sim)) for (a, b), sim in pairs.items() if sim >= below]
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_entries_of_a_mapping_come_in_heap_order(seed: int) -> None:
    pairs = _scored(400, seed)
    assert list(_first_entries(pairs, 0.2, 1.7)) == _heap_order(pairs, 0.2, 1.7)


def test_entries_of_a_block_come_in_heap_order_in_its_numbering() -> None:
    pairs = _scored(300, 7)
    articles = list(range(0, 120, 2))  # the block's articles in the corpus's numbering
    n = 120
    ordered = sorted(pairs.items())
    corpus_pairs = Pairs(
        n,
        np.array([articles[a] * n + articles[b] for (a, b), _ in ordered], dtype=np.int64),
        np.array([sim for _, sim in ordered], dtype=np.float64),
    )
    assert list(_first_entries(_LocalPairs(articles, corpus_pairs), 0.1, 2.5)) == _heap_order(pairs, 0.1, 2.5)


def test_no_pair_scoring_enough_gives_no_entry() -> None:
    assert list(_first_entries({(0, 1): 0.01}, 0.2, 1.5)) == []
