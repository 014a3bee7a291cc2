"""Agreement checks for dates, figures and sources: one value per outlet, compared pairwise.

Each article is represented in a slot by its most precise fact (an article that
says "April" in its headline and "April 10" in its text means April 10). Then:
all pairs equal -> agree; some pair disjoint -> conflict; otherwise one value is
vaguer or coarser and contains the other -> compatible. An article whose value
cannot be placed (an unresolved weekday) does not count; fewer than two articles
left -> unverified.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from consistency.checks.base import Check, Outcome, Param, SlotFacts
from consistency.model import Attribution, DateValue, Fact, Quantity
from consistency.values import (
    GRANULARITY_RANK,
    Relation,
    attribution_relation,
    date_relation,
    quantity_interval,
    quantity_relation,
    source_key,
)


def _compare_slot(
    slot: SlotFacts,
    usable: Callable[[Fact], bool],
    precision: Callable[[Fact], tuple[object, ...]],
    relate: Callable[[Fact, Fact], Relation],
    describe: Callable[[Fact], str],
) -> Outcome:
    chosen: list[tuple[str, Fact]] = []
    for article, facts in slot:
        candidates = [f for f in facts if usable(f)]
        if candidates:
            chosen.append((article.outlet, min(candidates, key=lambda f: (*precision(f), f.start))))
    representatives = tuple(f.id for _, f in chosen)
    listing = " · ".join(f"{outlet}: {describe(f)}" for outlet, f in chosen)
    if len(chosen) < 2:
        return Outcome("unverified", listing or "no value could be placed", representatives)
    relations = [relate(a, b) for i, (_, a) in enumerate(chosen) for _, b in chosen[i + 1 :]]
    if "disjoint" in relations:
        return Outcome("conflict", listing, representatives)
    if all(r == "equal" for r in relations):
        return Outcome("agree", listing, representatives)
    if all(r == "incomparable" for r in relations):
        return Outcome("unverified", listing, representatives)
    return Outcome("compatible", listing, representatives)


# --- dates -----------------------------------------------------------------------------------------


def _date_usable(f: Fact) -> bool:
    return isinstance(f.value, DateValue) and f.value.start is not None


def _date_precision(f: Fact) -> tuple[object, ...]:
    value = f.value
    assert isinstance(value, DateValue)
    return (not value.resolved, GRANULARITY_RANK.get(value.granularity, 9))


def _describe_date(f: Fact) -> str:
    value = f.value
    assert isinstance(value, DateValue)
    if value.start == value.end:
        norm = value.start
    else:
        norm = f"{value.start}..{value.end}"
    return f"“{f.text}” ({norm})"


def _compare_dates(slot: SlotFacts, params: Mapping[str, object]) -> Outcome:
    tolerance = int(params["tolerance_days"])  # type: ignore[call-overload]

    def relate(a: Fact, b: Fact) -> Relation:
        assert isinstance(a.value, DateValue) and isinstance(b.value, DateValue)
        rel = date_relation(a.value, b.value)
        if rel == "disjoint" and tolerance and _days_apart(a.value, b.value) <= tolerance:
            return "overlap"
        if rel in ("contains", "within") and not params["yearless_compatible"]:
            if a.value.start and b.value.start and (a.value.start.startswith("--") or b.value.start.startswith("--")):
                return "disjoint"
        return rel

    return _compare_slot(slot, _date_usable, _date_precision, relate, _describe_date)


def _days_apart(a: DateValue, b: DateValue) -> int:
    from consistency.values import date_interval

    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return 10**9
    gap = max(ib[0] - ia[1], ia[0] - ib[1], 0)
    return math.ceil(gap / 1440)


DATE_AGREEMENT = Check(
    name="date-agreement",
    kind="date",
    summary="Compare the dates outlets give for one thing: same day, one coarser than the other, or different.",
    params={
        "tolerance_days": Param(int, 0, "days two dates may lie apart and still not conflict"),
        "yearless_compatible": Param(
            bool, True, "a date given without a year is compatible with a dated one of the same month and day"
        ),
    },
    compare=_compare_dates,
)


# --- figures ---------------------------------------------------------------------------------------


def _figure_usable(f: Fact) -> bool:
    return isinstance(f.value, Quantity) and (f.value.low is not None or f.value.high is not None)


def _figure_precision(f: Fact) -> tuple[object, ...]:
    value = f.value
    assert isinstance(value, Quantity)
    low, high = quantity_interval(value)
    width = high - low if math.isfinite(high - low) else math.inf
    return (value.vague, value.approximate, width)


def _describe_figure(f: Fact) -> str:
    value = f.value
    assert isinstance(value, Quantity)
    unit = f" {value.unit}" if value.unit else ""
    if value.low is not None and value.low == value.high:
        norm = f"{_number(value.low)}{unit}"
    else:
        low = "…" if value.low is None else _number(value.low)
        high = "…" if value.high is None else _number(value.high)
        norm = f"{low}–{high}{unit}"
    if value.approximate:
        norm = "≈" + norm
    return f"“{f.text}” ({norm})"


def _number(x: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:g} {word}"
    return f"{x:,.10g}"


def _compare_figures(slot: SlotFacts, params: Mapping[str, object]) -> Outcome:
    approx = float(params["approx_tolerance"])  # type: ignore[arg-type]
    tolerance = float(params["tolerance"])  # type: ignore[arg-type]

    def relate(a: Fact, b: Fact) -> Relation:
        assert isinstance(a.value, Quantity) and isinstance(b.value, Quantity)
        rel = quantity_relation(a.value, b.value, approx_tolerance=approx)
        if rel == "disjoint" and tolerance:
            la, ha = quantity_interval(a.value, approx_tolerance=approx)
            lb, hb = quantity_interval(b.value, approx_tolerance=approx)
            scale = max(abs(x) for x in (la, ha, lb, hb) if math.isfinite(x))
            if max(lb - ha, la - hb) <= tolerance * scale:
                return "overlap"
        return rel

    return _compare_slot(slot, _figure_usable, _figure_precision, relate, _describe_figure)


FIGURE_AGREEMENT = Check(
    name="figure-agreement",
    kind="figure",
    summary="Compare the figures outlets give for one thing, with hedges and vague amounts as ranges.",
    params={
        "approx_tolerance": Param(float, 0.1, "how far a hedged figure ('about $8 billion') reaches, as a fraction"),
        "tolerance": Param(float, 0.0, "relative difference between two exact figures that is still not a conflict"),
    },
    compare=_compare_figures,
)


# --- sources ---------------------------------------------------------------------------------------


def _source_usable(f: Fact) -> bool:
    return isinstance(f.value, Attribution)


def _source_precision(f: Fact) -> tuple[object, ...]:
    value = f.value
    assert isinstance(value, Attribution)
    return (not value.named, -len(value.chain))


def _describe_source(f: Fact) -> str:
    value = f.value
    assert isinstance(value, Attribution)
    return " ← ".join(value.chain) if value.chain else value.source


def _compare_sources(slot: SlotFacts, params: Mapping[str, object]) -> Outcome:
    def relate(a: Fact, b: Fact) -> Relation:
        assert isinstance(a.value, Attribution) and isinstance(b.value, Attribution)
        rel = attribution_relation(a.value, b.value)
        if rel == "disjoint" and params["unnamed_compatible"] and not (a.value.named and b.value.named):
            return "overlap"
        return rel

    return _compare_slot(slot, _source_usable, _source_precision, relate, _describe_source)


SOURCE_AGREEMENT = Check(
    name="source-agreement",
    kind="attribution",
    summary="Compare whom outlets credit for one claim: the same source, a shared source down the chain, or others.",
    params={
        "unnamed_compatible": Param(
            bool, True, "an unnamed source ('officials', 'media') is compatible with any named one"
        ),
    },
    compare=_compare_sources,
)


def keys_of(facts: Sequence[Fact]) -> list[str]:
    """Normalized values, for fingerprints: stable across runs and line moves."""
    out = []
    for f in facts:
        v = f.value
        if isinstance(v, DateValue):
            out.append(f"{v.start}..{v.end}")
        elif isinstance(v, Quantity):
            out.append(f"{v.low}..{v.high} {v.unit}")
        elif isinstance(v, Attribution):
            out.append(source_key(v.source))
    return sorted(out)
