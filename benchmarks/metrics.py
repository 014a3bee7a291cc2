"""Scoring functions, pure and in plain Python: span P/R/F1 (strict and relaxed), accuracy, B-cubed,
pairwise F1 and the adjusted Rand index.

Every score carries its counts so the table can show what a number rests on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
Item = TypeVar("Item", bound=Hashable)


@dataclass(frozen=True)
class PRF:
    """Counts of true positives, false positives and false negatives, and the scores they give.

    Precision (recall) of an empty system (gold) set is 0.0 by convention here, except that
    both empty gives 1.0 everywhere: nothing to find and nothing found is perfect.
    """

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def counts(self) -> str:
        return f"tp={self.tp} fp={self.fp} fn={self.fn}"

    def counts_with_rates(self) -> str:
        """The counts led by precision and recall, for rows whose F1 alone would hide which side fails."""
        return f"P={self.precision:.3f} R={self.recall:.3f}; {self.counts()}"


@dataclass(frozen=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def counts(self) -> str:
        return f"{self.correct}/{self.total}"


@dataclass(frozen=True)
class Scores:
    """Averaged precision/recall/F1 (B-cubed) over ``n`` items."""

    precision: float
    recall: float
    n: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


Interval = tuple[int, int]


def overlap(a: Interval, b: Interval) -> int:
    """Characters shared by two half-open intervals (0 when they only touch)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: Sequence[Interval], system: Sequence[Interval], mode: str = "strict") -> list[tuple[int, int]]:
    """One-to-one matching of gold to system spans: ``(gold index, system index)`` pairs.

    ``strict``: identical offsets. ``relaxed``: any overlap, larger overlaps matched first
    (ties broken by position), so each span is used at most once.
    """
    if mode == "strict":
        where: dict[Interval, list[int]] = {}
        for j, span in enumerate(system):
            where.setdefault((span[0], span[1]), []).append(j)
        pairs: list[tuple[int, int]] = []
        for i, span in enumerate(gold):
            candidates = where.get((span[0], span[1]))
            if candidates:
                pairs.append((i, candidates.pop(0)))
        return pairs
    if mode != "relaxed":
        raise ValueError(f"unknown matching mode {mode!r}")
    order = sorted(
        ((overlap(g, s), i, j) for i, g in enumerate(gold) for j, s in enumerate(system) if overlap(g, s) > 0),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, i, j in order:
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def span_prf(gold: Sequence[Interval], system: Sequence[Interval], mode: str = "strict") -> PRF:
    tp = len(match_spans(gold, system, mode))
    return PRF(tp, len(system) - tp, len(gold) - tp)


def value_scores(
    gold: Sequence[tuple[Interval, T]],
    system: Sequence[tuple[Interval, T]],
    same: Callable[[T, T], bool],
    mode: str = "relaxed",
) -> tuple[PRF, PRF, Accuracy]:
    """Span P/R/F1, value P/R/F1 (a hit needs the span matched and the value right) and value
    accuracy on the matched spans, as TempEval-3 scores normalization."""
    pairs = match_spans([g for g, _ in gold], [s for s, _ in system], mode)
    right = sum(1 for i, j in pairs if same(gold[i][1], system[j][1]))
    spans = PRF(len(pairs), len(system) - len(pairs), len(gold) - len(pairs))
    values = PRF(right, len(system) - right, len(gold) - right)
    return spans, values, Accuracy(right, len(pairs))


def _clusters(labels: Mapping[Item, Hashable]) -> dict[Hashable, set[Item]]:
    out: dict[Hashable, set[Item]] = {}
    for item, label in labels.items():
        out.setdefault(label, set()).add(item)
    return out


def _check_same_items(gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]) -> None:
    if set(gold) != set(predicted):
        raise ValueError("gold and predicted clusterings must label the same items")


def bcubed(gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]) -> Scores:
    """B-cubed precision and recall (Bagga and Baldwin 1998), averaged over items."""
    _check_same_items(gold, predicted)
    if not gold:
        return Scores(1.0, 1.0, 0)
    gold_clusters = _clusters(gold)
    pred_clusters = _clusters(predicted)
    p_sum = r_sum = 0.0
    for item in gold:
        g = gold_clusters[gold[item]]
        p = pred_clusters[predicted[item]]
        shared = len(g & p)
        p_sum += shared / len(p)
        r_sum += shared / len(g)
    return Scores(p_sum / len(gold), r_sum / len(gold), len(gold))


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _contingency(gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]) -> Counter[tuple[Hashable, Hashable]]:
    return Counter((gold[item], predicted[item]) for item in gold)


def pairwise(gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]) -> PRF:
    """Pairs of items put together: tp in both, fp only predicted, fn only gold."""
    _check_same_items(gold, predicted)
    together_both = sum(_pairs(n) for n in _contingency(gold, predicted).values())
    together_pred = sum(_pairs(n) for n in Counter(predicted.values()).values())
    together_gold = sum(_pairs(n) for n in Counter(gold.values()).values())
    return PRF(together_both, together_pred - together_both, together_gold - together_both)


def adjusted_rand_index(gold: Mapping[Item, Hashable], predicted: Mapping[Item, Hashable]) -> float:
    """Hubert and Arabie's ARI: 1 for identical partitions, about 0 for chance agreement.

    When both partitions are trivial in the same way (all singletons or one cluster) the
    expected index equals its maximum; we return 1.0 then, as scikit-learn does.
    """
    _check_same_items(gold, predicted)
    n = len(gold)
    if n < 2:
        return 1.0
    index = sum(_pairs(c) for c in _contingency(gold, predicted).values())
    sum_gold = sum(_pairs(c) for c in Counter(gold.values()).values())
    sum_pred = sum(_pairs(c) for c in Counter(predicted.values()).values())
    expected = sum_gold * sum_pred / _pairs(n)
    maximum = (sum_gold + sum_pred) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def link_prf(gold_links: set[frozenset[Hashable]], system_links: set[frozenset[Hashable]]) -> PRF:
    """Pairwise link precision/recall/F1 between two sets of unordered pairs."""
    tp = len(gold_links & system_links)
    return PRF(tp, len(system_links) - tp, len(gold_links) - tp)


def links_of(groups: Mapping[Hashable, Sequence[Hashable]] | Sequence[Sequence[Hashable]]) -> set[frozenset[Hashable]]:
    """All unordered pairs of distinct members within each group."""
    values = groups.values() if isinstance(groups, Mapping) else groups
    links: set[frozenset[Hashable]] = set()
    for members in values:
        unique = list(dict.fromkeys(members))
        for a in range(len(unique)):
            for b in range(a + 1, len(unique)):
                links.add(frozenset((unique[a], unique[b])))
    return links
