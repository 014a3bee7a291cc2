"""Linkage's compact tables (``_Rows``, ``_Links``, the swept heap) give the merges of plain tables.

A block's scored pairs are read as rows of arrays, the sums between live groups are held as lists with
dead entries left in place, and the heap is swept of entries of merged groups: none of it may change
which groups merge, in which order, or the doubles the means are read from.
"""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest

import consistency.group as group_module
from consistency.group import GroupingOptions, Pairs, _average_linkage, _Links, _LocalPairs, _neighbours

LEVELS = [0.1, 0.2, 0.25, 0.25, 0.5, 0.75]  # repeated similarities: ties broken by the groups' ids


def _scored(n: int, density: float, seed: int) -> dict[tuple[int, int], float]:
    rng = random.Random(seed)
    return {
        (a, b): rng.choice(LEVELS) if rng.random() < 0.5 else round(rng.uniform(0.01, 0.95), 3)
        for a in range(n) for b in range(a + 1, n) if rng.random() < density
    }


def _block(pairs: dict[tuple[int, int], float], articles: list[int], n: int) -> _LocalPairs:
    """``pairs`` (in the block's numbering) as a block of a corpus of ``n`` articles."""
    ordered = sorted(pairs.items())
    corpus_pairs = Pairs(
        n,
        np.array([articles[a] * n + articles[b] for (a, b), _ in ordered], dtype=np.int64),
        np.array([sim for _, sim in ordered], dtype=np.float64),
    )
    return _LocalPairs(articles, corpus_pairs)


def _reference_linkage(n: int, pairs: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Plain UPGMA: the live pair of highest mean merges (ties: the lower ids), a new group gets the next
    id, and its sum with a third group is its two parts' sums added."""
    link = dict(pairs)
    size = dict.fromkeys(range(n), 1)
    members = {i: [i] for i in range(n)}
    next_id = n
    while True:
        best = min(((-s / (size[i] * size[j]), i, j) for (i, j), s in link.items()), default=None)
        if best is None or -best[0] < threshold:
            break
        _, a, b = best
        merged, next_id = next_id, next_id + 1
        size[merged] = size.pop(a) + size.pop(b)
        members[merged] = members.pop(a) + members.pop(b)
        total: dict[int, float] = {}
        for (i, j), s in list(link.items()):
            if i in (a, b) or j in (a, b):
                del link[(i, j)]
                other = j if i in (a, b) else i
                if other not in (a, b):
                    total[other] = total.get(other, 0.0) + s
        for other, s in total.items():
            link[(other, merged)] = s
    return list(members.values())


PLAIN = dataclasses.replace(GroupingOptions(), reassign=False, cohesion=0.0)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_linkage_merges_as_plain_upgma(seed: int) -> None:
    n = 40
    pairs = _scored(n, 0.3, seed)
    undated: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    expected = _reference_linkage(n, pairs, PLAIN.threshold)
    assert len(expected) < n - 5  # (groups do merge)
    assert _average_linkage(n, pairs, undated, PLAIN) == expected
    articles = list(range(3, 3 + 2 * n, 2))  # the same pairs as a block of a larger corpus
    assert _average_linkage(n, _block(pairs, articles, 3 + 2 * n), undated, PLAIN) == expected


@pytest.mark.parametrize("floor", [1, 10**9])
@pytest.mark.parametrize("seed", [5, 6])
def test_sweeping_the_heap_changes_no_merge(monkeypatch: pytest.MonkeyPatch, floor: int, seed: int) -> None:
    n = 50
    pairs = _scored(n, 0.4, seed)
    undated: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    expected = _reference_linkage(n, pairs, PLAIN.threshold)
    monkeypatch.setattr(group_module, "_HEAP_FLOOR", floor)  # swept after every merge, or never
    assert _average_linkage(n, pairs, undated, PLAIN) == expected


@pytest.mark.parametrize("seed", [7, 8, 9])
def test_a_block_links_as_its_pairs_given_as_a_mapping(seed: int) -> None:
    """With dates, happenings and the second look on: the block's rows and lists give the clusters the
    tables of a mapping give."""
    rng = random.Random(seed)
    n = 45
    pairs = _scored(n, 0.3, seed)
    day = 738_000
    dates = [[(day + rng.randrange(40), day + rng.randrange(40, 45))] if rng.random() < 0.7 else [] for _ in range(n)]
    happenings = [([], set(), frozenset()) if not d else (d, set(), frozenset({d[0][0] % 7})) for d in dates]
    options = GroupingOptions(threshold=0.15)
    articles = sorted(rng.sample(range(200), n))
    expected = _average_linkage(n, pairs, dates, options, happenings)
    assert _average_linkage(n, _block(pairs, articles, 200), dates, options, happenings) == expected


@pytest.mark.parametrize("seed", [10, 11])
def test_rows_read_as_the_neighbour_tables(seed: int) -> None:
    n = 30
    pairs = _scored(n, 0.35, seed)
    del_some = [k for k in pairs if k[0] == 4 or k[1] == 4]  # an article with no pair at all
    for k in del_some:
        del pairs[k]
    block = _block(pairs, list(range(0, 2 * n, 2)), 2 * n)
    rows, tables = block.rows(), _neighbours(pairs)
    assert set(rows) == set(tables) and len(rows) == len(tables)
    for article in tables:
        assert list(rows[article].items()) == list(tables[article].items())  # keys in the same order
        assert list(rows.get(article, {}).items()) == list(tables.get(article, {}).items())
    assert rows.get(4, "none") == "none" and rows[4] == {}
    assert rows.get(n + 5, "none") == "none" and rows[n + 5] == {}
    assert dict(_neighbours(block)) == {a: rows[a] for a in rows}


@pytest.mark.parametrize("seed", [12, 13, 14])
def test_links_follow_a_table_of_sums_through_merges(seed: int) -> None:
    """Random merges of live groups, linked or not: each gives the sum between the two and their summed
    sums with every live group that a dict of dicts gives, whatever entries were swept meanwhile."""
    rng = random.Random(seed)
    n = 60
    pairs = _scored(n, 0.6, seed)  # dense: groups gather dead entries enough to be swept
    tables = _neighbours(pairs)
    links = _Links(_neighbours(pairs))
    swept: list[int] = []
    sweep = links._sweep

    def counted(group: int) -> None:
        swept.append(group)
        sweep(group)

    links._sweep = counted  # type: ignore[method-assign]
    expected = {a: dict(t) for a, t in tables.items()}
    live = dict.fromkeys(range(n), 1)
    next_id = n
    while len(live) > 3:
        a, b = rng.sample(sorted(live), 2)
        between, total = links.merged(a, b)
        assert between == expected.get(a, {}).get(b, 0.0)
        reference: dict[int, float] = {}
        for old in (a, b):
            for other, s in expected.pop(old, {}).items():
                if other not in (a, b):
                    reference[other] = reference.get(other, 0.0) + s
                    del expected[other][old]
        assert total == reference
        del live[a], live[b]
        live[next_id] = 1
        links.add(next_id, total)
        expected[next_id] = dict(reference)
        for other, s in reference.items():
            expected[other][next_id] = s
        next_id += 1
    assert swept  # (dead entries were dropped on the way)
    for group, partners in links.partners.items():
        held = {p: s for p, s in zip(partners, links.sums[group], strict=True) if p in live}
        assert held == expected.get(group, {})


def _plain_pairs_of(pairs: Pairs, keep: list[bool], floor: float,
                    over: dict[int, dict[int, float]]) -> dict[int, dict[int, float]]:
    """The kept pairs as a dict of dicts, filled pair by pair in order, then updated with ``over``."""
    out: dict[int, dict[int, float]] = {}
    for code, sim in zip(pairs.codes.tolist(), pairs.sims.tolist(), strict=True):
        a, b = divmod(code, pairs.n)
        if sim < floor:
            continue
        if keep[a]:
            out.setdefault(a, {})[b] = sim
        if keep[b]:
            out.setdefault(b, {})[a] = sim
    for a, partners in over.items():
        out.setdefault(a, {}).update(partners)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_partners_read_as_plain_tables(seed: int) -> None:
    """The pairs kept for the last looks at lone reports (``_Partners``, rows of arrays) read as the dict of
    dicts they replace: the same partners, in the same order, a later likeness replacing an earlier one."""
    rng = random.Random(seed)
    n = rng.randint(5, 50)
    scored = _scored(n, 0.2, seed)
    ordered = sorted(scored.items())
    pairs = Pairs(n, np.array([a * n + b for (a, b), _ in ordered], dtype=np.int64),
                  np.array([sim for _, sim in ordered], dtype=np.float64))
    keep = [rng.random() < 0.5 for _ in range(n)]
    over: dict[int, dict[int, float]] = {}
    for a in (k for k in range(n) if keep[k] and rng.random() < 0.3):
        over[a] = {rng.randrange(n): round(rng.uniform(0.3, 0.9), 3) for _ in range(rng.randint(1, 3))}
    expected = _plain_pairs_of(pairs, keep, 0.3, over)
    found = group_module._pairs_of(pairs, keep, 0.3, over)
    assert isinstance(found, group_module._Partners)
    assert sorted(found) == sorted(expected) and len(found) == len(expected)
    for article in range(-1, n + 1):
        assert list(found.get(article, {}).items()) == list(expected.get(article, {}).items())


def test_sorted_words_hold_what_the_set_holds() -> None:
    """A report's words outside its look-backs, held sorted (``_SortedWords``), answer ``in`` as the set did,
    alone and inside a group's ``Written``."""
    from consistency.protagonists import Written

    rng = random.Random(7)
    vocabulary = [f"w{k}" for k in range(300)] + ["38", "hours", "x", ""]
    for _ in range(50):
        words = frozenset(rng.sample(vocabulary, rng.randint(0, 40)))
        held = group_module._SortedWords.of(words)
        other = frozenset(rng.sample(vocabulary, 5))
        for word in [*vocabulary, "zz", "a"]:
            assert (word in held) == (word in words)
            assert (word in Written(held, other)) == (word in words or word in other)
        assert bool(held) == bool(words)
