"""Which of a slot's two exact figures with two digits swapped is the slip, so that hedges of the other read against it.

"212 sailings" in one report and "221" in another are one figure mistyped, a conflict the pair rules find. A third
report's "more than 200" holds both, so read alone against "221" it is only vaguer, and the slip passes. The slot tells
which of the two is the figure the story has: the one more of its outlets give, an outlet with a hedge or a bound
counting for the one of the two its own number lies nearer ("more than 200" for 212, "nearly 12,000" for 11,842). A
hedge of that figure is then a conflict with the slip too, as the figure itself is. A tie names no slip: two outlets,
one figure each, say nothing of which one typed wrongly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from consistency.model import Article, Fact, Quantity
from consistency.values import digits_swapped, quantity_relation, stated_number


def _exact(q: Quantity) -> bool:
    return q.low is not None and q.low == q.high and not q.approximate and not q.vague and not q.qualifier


def slipped_figures(slot: Sequence[tuple[Article, Sequence[Fact]]]) -> dict[str, float]:
    """The id of each exact figure that is a slip of another the slot's outlets give more often -> that figure."""
    exact: dict[tuple[str | None, float], set[str]] = defaultdict(set)  # (unit, value) -> outlets giving it exactly
    hedged: list[tuple[str, Quantity]] = []  # (outlet, figure) of each hedge or bound
    for article, facts in slot:
        for f in facts:
            q = f.value
            if not isinstance(q, Quantity) or q.low is None and q.high is None:
                continue
            if _exact(q):
                exact[(q.unit, float(q.low))].add(article.outlet)  # type: ignore[arg-type]
            elif not q.vague:
                hedged.append((article.outlet, q))
    slips: dict[tuple[str | None, float], float] = {}
    values = sorted(exact, key=lambda k: (k[0] or "", k[1]))
    for i, (unit, x) in enumerate(values):
        for unit_y, y in values[i + 1 :]:
            if unit_y != unit or not digits_swapped(x, y):
                continue
            both = exact[(unit, x)] & exact[(unit, y)]
            support = {x: len(exact[(unit, x)] - both), y: len(exact[(unit, y)] - both)}
            giving = exact[(unit, x)] | exact[(unit, y)]
            for outlet, q in hedged:
                said = stated_number(q)
                if outlet in giving or q.unit != unit or said is None or abs(said - x) == abs(said - y):
                    continue
                nearer = x if abs(said - x) < abs(said - y) else y
                if quantity_relation(q, Quantity(nearer, nearer, unit)) != "disjoint":
                    support[nearer] += 1
            if support[x] != support[y]:
                slip, figure = (x, y) if support[x] < support[y] else (y, x)
                slips[(unit, slip)] = figure
    found: dict[str, float] = {}
    for _article, facts in slot:
        for f in facts:
            q = f.value
            if isinstance(q, Quantity) and _exact(q) and (q.unit, q.low) in slips:
                found[f.id] = slips[(q.unit, float(q.low))]  # type: ignore[arg-type]
    return found
