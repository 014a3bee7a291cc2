"""Figures: Recognizers-Text Number/Currency/Dimension, quantulum3 fixtures, MEANTIME VALUE spans.

Spans are matched strictly (the specs give exact offsets). Value accuracy is on matched spans;
unit accuracy on matched spans whose gold has a unit (bare numbers have none). Both corpora write a
minor currency unit without its currency ("50 cents": 50 "Cent"), we the amount in the major unit
(0.50 USD): their value is scaled to compare. quantulum3 writes a range as its midpoint and an
uncertainty ("8 to 16": 12 +- 4): a range of ours is right when its two ends are those.

Each Recognizers model finds one kind and its cases annotate only that kind: the Currency model's
cases tag amounts of money and nothing else, the Dimension model's measures with a unit (not money,
not percentages, and not what Recognizers-Text gives models of their own: durations go to its
DateTime model, ages to its Age model, temperatures to its Temperature model, ordinals to its Ordinal model).
So only our figures of that kind are scored against them (the Number model takes
every figure). MEANTIME's VALUE tags and our extractors.yaml tag no ordinal ("the third time"): our ordinals
(unit ``ordinal``) are left out of those two, as our durations and ages are. Their spans, and quantulum3's surfaces, also leave a hedge out ("about $14 million"
is tagged "$14 million"): ours are compared from after the hedge as written (``Quantity.qualifier``).

The Number model tags the number alone inside an amount or a measure ("$20" is tagged "20", "3 years"
"3"): our figure with a unit is compared by its number (``_number_part``), its value as the number.

A case is right as a whole when our figures of its kind are exactly its spans (no more, no fewer) and
every one has the gold's value, and its unit where the gold names one: the "span and value right
together" rows, per model and over the three models' cases. Some cases tag what issue #9 says is not
a figure (an IP address, a date, a phone number, a model name): ``benchmarks.not_figures`` sets them aside
from the gold text alone, and a second row counts the rest, saying how many were set aside and why.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from benchmarks.common import Row, context, extractor, parse_when, progress
from benchmarks.loaders.meantime import load_meantime
from benchmarks.loaders.own import OwnFigure, OwnText, load_own
from benchmarks.loaders.quantulum import load_quantulum
from benchmarks.loaders.recognizers import load_model
from benchmarks.metrics import PRF, Accuracy, match_spans, span_prf, value_scores
from benchmarks.not_figures import category_of_case
from benchmarks.values import MINOR_UNITS, UNIT_NAMES, same_number, same_unit
from consistency.extract._ordinals import ORDINAL
from consistency.model import Quantity
from consistency.values import is_money

_NAMES = {"number": "Recognizers Number", "currency": "Recognizers Currency", "dimension": "Recognizers Dimension"}
_NOT_DIMENSIONS = frozenset({"percent", "percentage point"})
_OWN_MODELS = frozenset({"time", "age", "temperature", "magnitude"})  # dimensions Recognizers reads elsewhere


def _dimension_of(unit: str) -> str:
    from consistency.extract._figure_tables import UNITS

    return UNITS[unit][0] if unit in UNITS else ""


def _gold_number(value: float, unit: str) -> float:
    """The gold value in the major unit when the gold names a minor one ("50 cents" is 0.50)."""
    return value * MINOR_UNITS.get(unit.strip().lower(), 1.0)


def _same_range(value: float, uncertainty: float, ours: Any) -> bool:
    """A quantulum3 range (midpoint and half-width) against one of ours (both ends)."""
    if not isinstance(ours, Quantity) or ours.low is None or ours.high is None or not uncertainty:
        return False
    return math.isclose(ours.low, value - uncertainty, rel_tol=1e-6, abs_tol=1e-9) and math.isclose(
        ours.high, value + uncertainty, rel_tol=1e-6, abs_tol=1e-9
    )


def _is_currency(value: Quantity) -> bool:
    """Money: an ISO code, or a currency the text names without its country ("francs", "pesos"), which the
    extractor keeps as the name."""
    from consistency.extract._figure_tables import CURRENCY_WORDS

    return is_money(value) or (value.unit is not None and value.unit in set(CURRENCY_WORDS.values()))


def _of_kind(value: Any, which: str) -> bool:
    """Whether our figure is of the kind a Recognizers model finds (see the module docstring)."""
    if which == "number" or not isinstance(value, Quantity):
        return True
    money = _is_currency(value)
    if which == "currency":
        return money
    return (
        value.unit is not None
        and not money
        and value.unit not in _NOT_DIMENSIONS
        and _dimension_of(value.unit) not in _OWN_MODELS
        and value.unit != ORDINAL  # Recognizers has an Ordinal model of its own
    )


def _written(value: Any) -> Any:
    """The number as written: "more than 10.5 miles" is 10.5 (its bound), as the corpora resolve it."""
    if isinstance(value, Quantity) and (value.low is None) != (value.high is None):
        bound = value.low if value.low is not None else value.high
        return replace(value, low=bound, high=bound)
    return value


def _unhedged(text: str, start: int, end: int, value: Any) -> tuple[int, int]:
    """The span from after a leading hedge ("about", "more than") as written; the span itself otherwise."""
    hedge = getattr(value, "qualifier", None)
    if hedge and text[start:end].lower().startswith(hedge):
        start += len(hedge)
        while start < end and text[start].isspace():
            start += 1
    return start, end


_NUMBER_TOKEN = re.compile(r"\d[\d.,]*(?:MM|bn|[kKmMbB])?(?![A-Za-z])|\d[\d.,]*|[A-Za-z]+")


def _number_words() -> frozenset[str]:
    from consistency.extract._figure_tables import ONES, SCALES, TEENS, TENS

    return frozenset([*ONES, *TEENS, *TENS, *SCALES, "hundred", "dozen", "and"])


def _number_part(text: str, start: int, end: int, value: Any) -> tuple[int, int]:
    """The number inside an amount or a measure ("$20" -> "20", "3 hundred and 21 yuan" -> "3 hundred and 21",
    "3 years" -> "3"): Recognizers' Number model tags the number alone, where ours is the whole figure."""
    if not isinstance(value, Quantity) or value.unit is None:
        return start, end
    words = _number_words()
    numeric = [m for m in _NUMBER_TOKEN.finditer(text, start, end) if m.group(0)[0].isdigit() or (
        m.group(0).lower() in words)]
    while numeric and numeric[-1].group(0).lower() == "and":
        numeric.pop()
    if not numeric or numeric[0].group(0).lower() == "and":
        return start, end
    return numeric[0].start(), numeric[-1].end()


@dataclass
class CasesRight:
    """Cases right as a whole over all cases, over the cases #9 counts as figures, and the set-aside tally."""

    all: Accuracy = field(default_factory=lambda: Accuracy(0, 0))
    figures: Accuracy = field(default_factory=lambda: Accuracy(0, 0))
    set_aside: Counter[str] = field(default_factory=Counter)

    def add(self, right: bool, category: str | None) -> None:
        self.all += Accuracy(int(right), 1)
        if category is None:
            self.figures += Accuracy(int(right), 1)
        else:
            self.set_aside[category] += 1

    def __iadd__(self, other: CasesRight) -> CasesRight:
        self.all += other.all
        self.figures += other.figures
        self.set_aside += other.set_aside
        return self

    def note(self) -> str:
        """How many cases were set aside and why ("7 set aside: address 1, date 1, ...")."""
        if not self.set_aside:
            return "none set aside"
        parts = ", ".join(f"{name} {n}" for name, n in sorted(self.set_aside.items()))
        return f"{sum(self.set_aside.values())} set aside as not figures (#9): {parts}"


_GLUED_NUMBER = re.compile(r"\.?\d[\d.,]*(?=[A-Za-z])")


def _glued_unit(text: str, start: int, end: int, value: Any) -> bool:
    """A measure whose number is glued to its unit's letters ("180ml", "29km", "1m"): Recognizers' Number
    model tags no number there (its cases say so: "1m isn't a number"), only glued scales ("10k", "1.2b"),
    which are not units of ours."""
    if not isinstance(value, Quantity) or value.unit is None:
        return False
    glued = _GLUED_NUMBER.match(text, start)
    return glued is not None and glued.end() < end


_PER_TIME_NAMES = {"second": "s", "millisecond": "ms", "minute": "min", "hour": "h"}


def _same_unit(gold: str, ours: Any, weight: bool = False) -> bool:
    """``same_unit``, and a speed the gold names as a length per a time ("Meter per millisecond" is m/ms)."""
    if same_unit(gold, ours, weight):
        return True
    length, per, time = gold.strip().lower().partition(" per ")
    return bool(per) and time in _PER_TIME_NAMES and isinstance(ours, Quantity) and (
        ours.unit == f"{UNIT_NAMES.get(length, length)}/{_PER_TIME_NAMES[time]}")


def recognizers_rows(data: Path, which: str) -> tuple[list[Row], CasesRight]:
    """The model's rows, and how many of its cases were right as a whole (span, value and unit), over all
    cases and over those whose gold #9 counts as figures (``benchmarks.not_figures``)."""
    extract = extractor("figure")
    cases = load_model(data, which)
    spans = PRF(0, 0, 0)
    values = units = Accuracy(0, 0)
    tally = CasesRight()
    for case in progress(cases, f"recognizers {which}", len(cases)):
        found = [e for e in extract(case.input, context(parse_when(case.reference))) if _of_kind(e.value, which)]
        if which == "number":
            found = [e for e in found if not _glued_unit(case.input, e.start, e.end, e.value)]
        gold = [(r.start, r.end) for r in case.results]
        ours = [_unhedged(case.input, e.start, e.end, e.value) for e in found]
        if which == "number":
            ours = [_number_part(case.input, s, t, e.value) for (s, t), e in zip(ours, found, strict=True)]
        pairs = match_spans(gold, ours, "strict")
        spans += PRF(len(pairs), len(found) - len(pairs), len(gold) - len(pairs))
        right = len(pairs) == len(gold) == len(found)
        for i, j in pairs:
            resolution = case.results[i].resolution
            try:
                number = float(str(resolution.get("value", "")).replace(",", ""))
            except ValueError:
                number = None
            if number is not None:
                number = _gold_number(number, str(resolution.get("unit") or ""))
            value_right = number is not None and same_number(number, _written(found[j].value))
            values += Accuracy(int(value_right), 1)
            right = right and value_right
            if resolution.get("unit"):
                weight = resolution.get("subtype") == "Weight"
                # the ISO code when the case gives one ("Costa Rican colón" is CRC), else the unit's name
                unit = resolution.get("isoCurrency") or resolution["unit"]
                unit_right = _same_unit(unit, found[j].value, weight)
                units += Accuracy(int(unit_right), 1)
                right = right and unit_right
        tally.add(right, category_of_case(case.input, gold))
    whole = tally.all
    label = _NAMES[which]
    rows = [
        Row("figures", f"figures.{which}.span_f1", f"{label}: span F1", spans.f1, spans.counts()),
        Row("figures", f"figures.{which}.value_accuracy", f"{label}: value accuracy (matched)", values.value,
            values.counts()),
    ]
    if which != "number":
        rows.append(Row("figures", f"figures.{which}.unit_accuracy", f"{label}: unit accuracy (matched)",
                        units.value, units.counts()))
    rows.append(Row("figures", f"figures.{which}.cases_right", f"{label}: cases with span and value right together",
                    whole.value, whole.counts()))
    if tally.set_aside:
        rows.append(Row("figures", f"figures.{which}.figure_cases_right",
                        f"{label}: cases #9 counts as figures, span and value right together", tally.figures.value,
                        f"{tally.figures.counts()}; {tally.note()}"))
    return rows, tally


def quantulum_rows(data: Path) -> list[Row]:
    extract = extractor("figure")
    cases = load_quantulum(data)
    spans = PRF(0, 0, 0)
    values = units = Accuracy(0, 0)
    missing = 0
    for case in progress(cases, "quantulum3", len(cases)):
        found = extract(case.text, context(None))
        located = [q for q in case.quantities if q.start >= 0]
        missing += len(case.quantities) - len(located)
        ours = [_unhedged(case.text, e.start, e.end, e.value) for e in found]  # surfaces leave hedges out
        pairs = match_spans([(q.start, q.end) for q in located], ours, "strict")
        spans += PRF(len(pairs), len(found) - len(pairs), len(located) - len(pairs))
        for i, j in pairs:
            gold = located[i]
            right = same_number(_gold_number(gold.value, gold.unit), _written(found[j].value)) or _same_range(
                gold.value, gold.uncertainty, found[j].value
            )
            values += Accuracy(int(right), 1)
            if located[i].unit and located[i].unit != "dimensionless":
                units += Accuracy(int(same_unit(located[i].unit, found[j].value)), 1)
    note = f" ({missing} surfaces not found verbatim, left out)" if missing else ""
    return [
        Row("figures", "figures.quantulum.span_f1", "quantulum3 fixtures: span F1", spans.f1, spans.counts() + note),
        Row("figures", "figures.quantulum.value_accuracy", "quantulum3 fixtures: value accuracy (matched)",
            values.value, values.counts()),
        Row("figures", "figures.quantulum.unit_accuracy", "quantulum3 fixtures: unit accuracy (matched)",
            units.value, units.counts()),
        *_quantulum_itself(cases),
    ]


def _quantulum_itself(cases: list[Any]) -> list[Row]:
    """quantulum3's own parser on its own fixtures, scored the same way (spans strict, its value and
    uncertainty against the gold's, its unit name against the gold's): the score beside ours. Not gated."""
    import warnings

    try:
        with warnings.catch_warnings():  # it warns at import when its optional classifier is missing
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return [Row("figures", "figures.quantulum.peer_span_f1", "quantulum3 itself on its fixtures", None,
                    note="quantulum3 not installed (the 'bench' extra)", gated=False)]
    spans = PRF(0, 0, 0)
    values = units = Accuracy(0, 0)
    for case in progress(cases, "quantulum3 itself", len(cases)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = parser.parse(case.text)
            except Exception:  # noqa: BLE001 - a peer failing on one text is a datum, not a crash
                found = []
        located = [q for q in case.quantities if q.start >= 0]
        pairs = match_spans([(q.start, q.end) for q in located], [tuple(q.span) for q in found], "strict")
        spans += PRF(len(pairs), len(found) - len(pairs), len(located) - len(pairs))
        for i, j in pairs:
            gold, theirs = located[i], found[j]
            right = math.isclose(float(theirs.value), gold.value, rel_tol=1e-6, abs_tol=1e-12) and math.isclose(
                float(getattr(theirs, "uncertainty", None) or 0.0), gold.uncertainty, rel_tol=1e-6, abs_tol=1e-12
            )
            values += Accuracy(int(right), 1)
            if gold.unit and gold.unit != "dimensionless":
                units += Accuracy(int(theirs.unit.name == gold.unit), 1)
    label = "quantulum3 itself on its fixtures"
    return [
        Row("figures", "figures.quantulum.peer_span_f1", f"{label}: span F1", spans.f1, spans.counts(), gated=False),
        Row("figures", "figures.quantulum.peer_value_accuracy", f"{label}: value accuracy (matched)", values.value,
            values.counts(), gated=False),
        Row("figures", "figures.quantulum.peer_unit_accuracy", f"{label}: unit accuracy (matched)", units.value,
            units.counts(), gated=False),
    ]


_TIME_UNITS = frozenset({"s", "min", "h", "day", "week", "month", "year", "years old", "months old", "weeks old",
                         "days old"})
# Neither MEANTIME's VALUE tags nor our extractors.yaml (written while the extractor skipped ordinals) tag an
# ordinal ("the third time", "the second-largest bank"): ours are left out of both, as durations are.
_UNTAGGED_UNITS = _TIME_UNITS | {ORDINAL}


_DASH = re.compile(r"\s?[-–—]\s?")


def _dash_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two figures joined by a dash alone (a vote's tally "52-35", a score "3-1": two claims for us, the
    winning and the losing side's) as the one span MEANTIME tags for them."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and _DASH.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def meantime_rows(data: Path) -> list[Row]:
    extract = extractor("figure")
    strict = relaxed = PRF(0, 0, 0)
    docs = load_meantime(data)
    for doc in progress(docs, "meantime figures", len(docs)):
        gold = [(s.start, s.end) for s in doc.spans if s.label.startswith("VALUE:")]
        limit = int(doc.meta.get("annotated_end", len(doc.text)))  # values are tagged in the first sentences only
        # MEANTIME tags durations and ages as TIMEX3, not VALUE: our figures with a time unit are left out.
        found = [
            (e.start, e.end)
            for e in extract(doc.text, context(parse_when(doc.dct)))
            if e.start < limit and getattr(e.value, "unit", None) not in _UNTAGGED_UNITS
        ]
        found = _dash_joined(doc.text, found)
        strict += span_prf(gold, found, "strict")
        relaxed += span_prf(gold, found, "relaxed")
    return [
        Row("figures", "figures.meantime.span_f1", "MEANTIME money/quantity/percent: span F1 (strict)", strict.f1,
            strict.counts()),
        Row("figures", "figures.meantime.relaxed_f1", "MEANTIME money/quantity/percent: span F1 (relaxed)",
            relaxed.f1, relaxed.counts()),
    ]


def _own_number(gold: OwnFigure, ours: Any) -> bool:
    """The number as written ("more than 140" is 140, as ``_written`` reads ours), or a range's two ends."""
    if gold.low == gold.high:
        return same_number(gold.low, _written(ours))
    return _same_range((gold.low + gold.high) / 2, (gold.high - gold.low) / 2, ours)


def _own_unit(gold: OwnFigure, ours: Any) -> bool:
    """The unit (``same_unit``: a code or a name), or none on both sides for a count."""
    if gold.unit is None:
        return isinstance(ours, Quantity) and ours.unit is None
    return same_unit(gold.unit, ours)


def own_rows(texts: list[OwnText] | None = None) -> list[Row]:
    """Our invented texts (``benchmarks/own/extractors.yaml``): every figure with its hedge in its span,
    a count as its number alone; our figures with a time unit are left out, as for MEANTIME (durations
    and ages are dates there). Values are judged on relaxed-matched spans, as TempEval-3 judges dates."""
    extract = extractor("figure")
    texts = load_own() if texts is None else texts
    strict = PRF(0, 0, 0)
    relaxed, both = PRF(0, 0, 0), PRF(0, 0, 0)
    numbers = units = right = Accuracy(0, 0)
    for text in progress(texts, "own figures", len(texts)):
        found = [e for e in extract(text.text, context(parse_when(text.published)))
                 if getattr(e.value, "unit", None) not in _UNTAGGED_UNITS]
        gold = [((f.start, f.end), f) for f in text.figures]
        ours = [((e.start, e.end), e.value) for e in found]
        strict += span_prf([g for g, _ in gold], [o for o, _ in ours], "strict")
        spans, values, number_accuracy = value_scores(gold, ours, _own_number)
        _, _, unit_accuracy = value_scores(gold, ours, _own_unit)
        _, values, both_accuracy = value_scores(gold, ours, lambda g, o: _own_number(g, o) and _own_unit(g, o))
        relaxed += spans
        both += values
        numbers += number_accuracy
        units += unit_accuracy
        right += both_accuracy
    scope = f" ({len(texts)} texts)"
    return [
        Row("figures", "figures.own.strict_f1", "own invented set: strict span F1" + scope, strict.f1,
            strict.counts_with_rates()),
        Row("figures", "figures.own.relaxed_f1", "own invented set: relaxed span F1" + scope, relaxed.f1,
            relaxed.counts_with_rates()),
        Row("figures", "figures.own.value_accuracy", "own invented set: number accuracy (matched)" + scope,
            numbers.value, numbers.counts()),
        Row("figures", "figures.own.unit_accuracy", "own invented set: unit accuracy (matched)" + scope,
            units.value, units.counts()),
        Row("figures", "figures.own.value_unit_accuracy",
            "own invented set: number and unit right together (matched)" + scope, right.value, right.counts()),
        Row("figures", "figures.own.value_f1", "own invented set: value F1 (span, number and unit)" + scope,
            both.f1, both.counts_with_rates()),
    ]


def run(data: Path, quick: bool) -> list[Row]:
    rows: list[Row] = []
    cases = CasesRight()
    for which in ("number", "currency", "dimension"):
        model_rows, right = recognizers_rows(data, which)
        rows += model_rows
        cases += right
    rows.append(Row("figures", "figures.recognizers.cases_right",
                    "Recognizers Number+Currency+Dimension: cases with span and value right together", cases.all.value,
                    cases.all.counts()))
    rows.append(Row("figures", "figures.recognizers.figure_cases_right",
                    "Recognizers Number+Currency+Dimension: cases #9 counts as figures, span and value right together",
                    cases.figures.value, f"{cases.figures.counts()}; {cases.note()}"))
    rows += quantulum_rows(data)
    rows += meantime_rows(data)
    rows += own_rows()
    return rows
