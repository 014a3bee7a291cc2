"""A block's scored pairs as each article's partners (``_LocalPairs.neighbours``, made with numpy) are the
very tables filling them pair by pair in order gives: the same articles in the same order, each with the
same partners in the same order and the same similarities (linkage sums them in that order)."""

from __future__ import annotations

import random
from collections import defaultdict

import numpy as np
import pytest

from consistency.group import Pairs, _LocalPairs, _neighbours


def _filled(pairs: _LocalPairs) -> dict[int, dict[int, float]]:
    near: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), sim in pairs.items():
        near[a][b] = sim
        near[b][a] = sim
    return near


def _as_lists(near: dict[int, dict[int, float]]) -> list[tuple[int, list[tuple[int, float]]]]:
    return [(article, list(partners.items())) for article, partners in near.items()]


@pytest.mark.parametrize("seed", range(8))
def test_neighbours_are_the_pair_by_pair_tables(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.choice([2, 5, 40, 300])
    articles = sorted(rng.sample(range(n * 3), n))  # a block's articles in the corpus's numbering
    wanted = rng.randint(0, n * (n - 1) // 2)
    found = {tuple(sorted(rng.sample(articles, 2))) for _ in range(wanted)} if n > 1 else set()
    codes = sorted(a * (n * 3) + b for a, b in found)
    pairs = Pairs(n * 3, np.asarray(codes, dtype=np.int64), np.asarray([rng.random() for _ in codes]))
    local = _LocalPairs(articles, pairs)
    assert _as_lists(local.neighbours()) == _as_lists(_filled(local))
    assert _as_lists(_neighbours(dict(local.items()))) == _as_lists(_filled(local))


def test_no_pairs_no_neighbours() -> None:
    empty = _LocalPairs([0, 1], Pairs(2, np.empty(0, dtype=np.int64), np.empty(0)))
    assert not empty.neighbours()
