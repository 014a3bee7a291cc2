"""Fit the weights that join figure or date slots holding one claim (``consistency.slot_pairs``), and say how they do
on sets they were not fitted on.

Run from the repository's root: ``python -m benchmarks.fit_slot_pairs [--data ../shared/data]``.

Each own claims set is run once with the join off; every pair of figure slots, and every pair of date slots, of one
event that ``slot_pairs.may_join`` allows (outlets that do not overlap, one unit, none of its guards) is a
candidate. A candidate is labelled from the annotation: one claim when
the two slots hold facts the annotation reads as values of one fact, two claims when all their annotated facts
belong to different facts, unlabelled when either slot holds no annotated fact. The model is a logistic
regression fitted on the own sets numbered up to ``--fit-upto`` (28 by default) and scored on the later ones and
on the development set (ecbplus-facts), which it never sees: precision and recall of "one claim" at several
thresholds, and how many annotated conflicts that had no finding a join would put in one slot. It prints the
constants to copy into ``consistency/slot_pairs.py``.
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from consistency import align, slot_pairs
from consistency.model import Fact


@dataclass
class Candidate:
    kind: str  # "figure" or "date"
    group: str  # "fit", "held out" or "dev"
    features: list[float]
    label: bool | None
    conflicts: int  # annotated conflict pairs with no finding whose two facts this join puts in one slot


def _set_number(name: str) -> int:
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else 1


def _captured(evaluate) -> tuple[object, list[tuple[str, list[list[Fact]]]]]:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, list[list[Fact]]]] = []
    original = align._join_alike_slots

    def capture(slots, options, kind):  # type: ignore[no-untyped-def]
        calls.append((kind, [list(slot) for slot, _ in slots]))
        return slots

    align._join_alike_slots = capture  # type: ignore[assignment]
    try:
        evaluation = evaluate()
    finally:
        align._join_alike_slots = original  # type: ignore[assignment]
    return evaluation, calls


def candidates(evaluate, group: str) -> list[Candidate]:  # type: ignore[no-untyped-def]
    from benchmarks.suites.claims import dump_lines

    evaluation, calls = _captured(evaluate)
    gold_of: dict[str, set[str]] = defaultdict(set)
    missed: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for line in dump_lines(evaluation):
        for side in ("tool_facts_a", "tool_facts_b"):
            for fid, _ in line[side]:
                gold_of[fid].add(line["fact"])
        if line["gold_label"] == "conflict" and line["verdict"] == "no-finding" and line["tool_facts_a"] and line["tool_facts_b"]:
            missed[line["fact"]].add((line["tool_facts_a"][0][0], line["tool_facts_b"][0][0]))
    found: list[Candidate] = []
    for kind, slots in calls:
        featured = slot_pairs.date_features if kind == "date" else slot_pairs.features
        read = {id(slot): slot_pairs.read(slot) for slot in slots}
        for a, b in itertools.combinations(slots, 2):
            if not slot_pairs.may_join(read[id(a)], read[id(b)]):
                continue
            ga = set().union(*(gold_of.get(f.id, set()) for f in a))
            gb = set().union(*(gold_of.get(f.id, set()) for f in b))
            label = None if not ga or not gb else bool(ga & gb)
            ids_a, ids_b = {f.id for f in a}, {f.id for f in b}
            exposed = sum(
                1 for g in ga & gb for x, y in missed[g] if (x in ids_a and y in ids_b) or (x in ids_b and y in ids_a)
            )
            found.append(Candidate(kind, group, featured(read[id(a)], read[id(b)], len(slots)), label, exposed))
    return found


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent (weights, then the intercept last)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        w -= rate * (xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0] / len(y))
    return w


def fit_one(
    x: np.ndarray, y: np.ndarray, weights: Sequence[float], intercept: float, index: int, l2: float = 0.0,
    steps: int = 50,
) -> np.ndarray:
    """The weight of one feature alone by Newton's method, the others and the intercept held as given: a feature
    added to a model that the rest of alignment is tuned around then moves only the pairs it reads. Unpenalised by
    default: one weight has nothing to trade against (``fit``'s penalty steadies many together), and few candidates
    carry a rare feature, so plain gradient descent would barely move it."""
    w = np.r_[np.asarray(weights, dtype=float), intercept]
    w[index] = 0.0
    xb = np.hstack([x, np.ones((len(x), 1))])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        gradient = xb[:, index] @ (p - y) + l2 * w[index]
        curvature = (xb[:, index] ** 2) @ (p * (1 - p)) + l2
        w[index] -= gradient / curvature
    return w


def report(
    kind: str, names: Sequence[str], prefix: str, pool: Sequence[Candidate], only: str | None = None
) -> None:
    """Fit one kind's model on the fitted sets (with ``only``, that feature's weight alone, the others as shipped)
    and print it with its scores on every group."""
    print(f"## {kind} slots")
    labelled = [c for c in pool if c.label is not None]
    x = np.array([c.features for c in labelled])
    y = np.array([float(bool(c.label)) for c in labelled])
    groups = np.array([c.group for c in labelled])
    exposed = np.array([c.conflicts for c in labelled])
    if only is not None and only in names:
        shipped = (slot_pairs.DATE_WEIGHTS, slot_pairs.DATE_INTERCEPT) if prefix else (
            slot_pairs.WEIGHTS, slot_pairs.INTERCEPT)
        w = fit_one(x[groups == "fit"], y[groups == "fit"], shipped[0], shipped[1], list(names).index(only))
    else:
        w = fit(x[groups == "fit"], y[groups == "fit"])
    print(f"{prefix}INTERCEPT =", round(float(w[-1]), 3))
    print(f"{prefix}WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in w[:-1]) + ")")
    for name, v in zip(names, w[:-1], strict=True):
        print(f"  {name:16s} {v:+.3f}")
    p = np.array([slot_pairs.probability(list(row), tuple(w[:-1]), float(w[-1])) for row in x])
    unlabelled = [c for c in pool if c.label is None]
    pu = np.array([slot_pairs.probability(c.features, tuple(w[:-1]), float(w[-1])) for c in unlabelled])
    gu = np.array([c.group for c in unlabelled])
    print("| candidates | threshold | joined | precision | recall | conflicts put in one slot | unlabelled joined |")
    print("|---|---|---|---|---|---|---|")
    for group in ("fit", "held out", "dev"):
        m = groups == group
        if not m.any():
            continue
        for t in (0.5, 0.7, 0.8, 0.9, 0.95):
            sel = m & (p >= t)
            precision = y[sel].mean() if sel.any() else math.nan
            recall = y[sel].sum() / max(1.0, y[m].sum())
            print(f"| {group} ({int(m.sum())}, {int(y[m].sum())} one claim) | {t} | {int(sel.sum())} | {precision:.3f} "
                  f"| {recall:.3f} | {int(exposed[sel & (y == 1)].sum())} of {int(exposed[m & (y == 1)].sum())} "
                  f"| {int(((gu == group) & (pu >= t)).sum())} of {int((gu == group).sum())} |")

def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks.suites.claims import OWN_SETS, evaluate, evaluate_own

    parser = argparse.ArgumentParser(prog="python -m benchmarks.fit_slot_pairs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--fit-upto", type=int, default=28, help="own sets numbered up to this are fitted on")
    parser.add_argument(
        "--fit-odd", action="store_true", help="fit on the odd-numbered own sets only and hold the even ones out"
    )
    parser.add_argument(
        "--only", metavar="FEATURE", help="fit this feature's weight alone, the other weights and intercept as shipped"
    )
    args = parser.parse_args(argv)
    pool: list[Candidate] = []
    for name, path, _ in OWN_SETS:
        number = _set_number(name)
        fitted = number % 2 == 1 if args.fit_odd else number <= args.fit_upto
        group = "fit" if fitted else "held out"
        pool += candidates(lambda path=path: evaluate_own(path), group)
        print(f"{name}: {len(pool)} candidates so far", file=sys.stderr)
    if (args.data / "ecbplus-facts").is_dir():
        pool += candidates(lambda: evaluate(args.data), "dev")
    for kind, names, prefix in (("figure", slot_pairs.FEATURES, ""), ("date", slot_pairs.DATE_FEATURES, "DATE_")):
        report(kind, names, prefix, [c for c in pool if c.kind == kind], args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
