"""Date extraction and normalization: TempEval-3, Recognizers-Text DateTime, Event StoryLine, MEANTIME.

Every date extractor call gets the document's creation time (or the case's reference date)
as the publication date. TempEval, StoryLine and MEANTIME score all TIMEX3 types, as the official
scorer does, against the TimeML view (``consistency.extract.timexes``: dates and times plus
durations, sets and the vague references); value accuracy is on relaxed-matched spans.
Recognizers-Text reads the TimeML view with ranges kept whole (its cases tag durations, sets and times
of day beside dates) and open ranges with their word ("before 2018"); a resolution is right when its
calendar value or its TimeML value is one of the gold's alternatives (``benchmarks.values.same_recognizers``);
its resolution accuracy row stays on dates alone. Where the two schemes write the same thing
differently the scorer maps one onto the other, each mapping in one function here: an open range by its
bound (``_same_open``), a set's clock time (``_same_set``), a vague count (``_same_vague``: X in TimeML,
3 there), and a leading "the" that TimeML takes in and Recognizers-Text leaves out (``_without_article``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Row, context, extractor, parse_when, progress
from benchmarks.loaders import Doc, Span
from benchmarks.loaders.ecbplus import cached_ecbplus, storyline_docs
from benchmarks.loaders.meantime import load_meantime
from benchmarks.loaders.own import OwnText, load_own
from benchmarks.loaders.recognizers import load_model
from benchmarks.loaders.timeml import load_tempeval
from benchmarks.metrics import PRF, Accuracy, match_spans, span_prf, value_scores
from benchmarks.values import same_recognizers, same_recognizers_date, same_timeml

QUICK_TBAQ = 40  # documents of TBAQ (in name order) in quick mode


def _timeml_extractor(references: bool = True, sets: bool = True) -> Callable[..., list[Any]]:
    """Every TIMEX3 type (consistency.extract.timexes), as (start, end, TimeML value) items; the date
    extractor alone (DATE and TIME) when that module is not there."""
    try:
        from consistency.extract.timexes import find_timexes
    except ImportError:
        return extractor("date")
    return lambda text, ctx: find_timexes(text, ctx, sets=sets, references=references)


def _value_of(found: Any) -> Any:
    """What ``same_timeml`` compares: a TIMEX3's value with its UTC instant when it has one, else the value."""
    date = getattr(found, "date", None)
    moment = getattr(date, "instant", None)
    return (found.value, moment) if moment else found.value


def score_docs(
    docs: list[Doc], labels: set[str] | None = None, references: bool = True, sets: bool = True
) -> tuple[PRF, PRF, PRF, Accuracy]:
    """strict spans, relaxed spans, values (F1), value accuracy on matched spans, over ``docs``.
    ``references``/``sets``: whether the corpus tags "now", "recently" (TimeML does; ECB+ and MEANTIME
    do not) and repetitions ("every week": this ECB+ release has none)."""
    extract = _timeml_extractor(references, sets)
    strict = relaxed = values = PRF(0, 0, 0)
    accuracy = Accuracy(0, 0)
    for doc in progress(docs, "dates", len(docs)):
        gold = [s for s in doc.spans if labels is None or s.label in labels]
        found = extract(doc.text, context(parse_when(doc.dct, utc=True)))
        limit = int(doc.meta.get("annotated_end", len(doc.text)))  # MEANTIME tags only its first sentences
        found = [e for e in found if e.start < limit]
        gold_pairs = [((s.start, s.end), s.value) for s in gold]
        ours = [((e.start, e.end), _value_of(e)) for e in found]
        strict += span_prf([g for g, _ in gold_pairs], [o for o, _ in ours], "strict")
        spans, vals, acc = value_scores(gold_pairs, ours, same_timeml, "relaxed")
        relaxed += spans
        values += vals
        accuracy += acc
    return strict, relaxed, values, accuracy


def _tempeval_rows(name: str, label: str, docs: list[Doc]) -> list[Row]:
    strict, relaxed, values, accuracy = score_docs(docs)
    prefix = f"dates.{name}"
    return [
        Row("dates", f"{prefix}.strict_f1", f"{label}: strict span F1", strict.f1, strict.counts()),
        Row("dates", f"{prefix}.relaxed_f1", f"{label}: relaxed span F1", relaxed.f1, relaxed.counts()),
        Row("dates", f"{prefix}.value_accuracy", f"{label}: value accuracy (matched)", accuracy.value, accuracy.counts()),
        Row("dates", f"{prefix}.value_f1", f"{label}: value F1", values.f1, values.counts()),
    ]


_DATED_TYPES = frozenset({"date", "daterange", "datetime", "datetimerange"})


def _is_dated(resolution: dict) -> bool:
    return any(alt.get("type") in _DATED_TYPES for alt in resolution.get("values", []))


def _recognizers_extractor() -> Callable[..., list[Any]]:
    """The TimeML view with ranges kept whole (Recognizers-Text tags "April 10-12" as one daterange, and
    finds durations, sets and "now" too) and open ranges with their word ("before 2018" is one daterange
    with an end and no start); the date extractor alone when that module is not there."""
    try:
        from consistency.extract.timexes import find_timexes
    except ImportError:
        return extractor("date")
    return lambda text, ctx: find_timexes(text, ctx, ranges=True, modifiers=True)


# Recognizers-Text's open ranges ("Mod") by the side they leave open, and ours (TimeML ``mod``).
_GOLD_BEFORE = frozenset({"before", "before-end"})
_GOLD_AFTER = frozenset({"after", "since", "after-start"})
_OUR_SIDE = {"BEFORE": "before", "ON_OR_BEFORE": "before", "AFTER": "after", "ON_OR_AFTER": "after"}


def _next_day(iso: str) -> str:
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=1)).isoformat()


def _same_open(gold: dict[str, Any], found: Any) -> bool | None:
    """An open range ("before 2018", "since August", "as early as 7:00 am") against ours: None when
    neither is one (the usual comparison decides). Right when both leave the same side open and the
    gold's bound is where our date puts it: "before X" ends where X starts; "by/before the end of X"
    ends after X; "since X", "after the beginning of X" start where X starts; "after X" starts after X
    (Recognizers-Text starts "after January 1" on January 1 itself: for a day, that too). A time of day
    alone compares its clock."""
    alts = [a for a in gold.get("values", []) if a.get("Mod") in _GOLD_BEFORE | _GOLD_AFTER]
    side = _OUR_SIDE.get(getattr(found, "mod", None) or "")
    if not alts and side is None:
        return None
    date = getattr(found, "date", None)
    if not alts or side is None or date is None or not date.start or not date.end:
        return False
    for alt in alts:
        mod = alt["Mod"]
        if (mod in _GOLD_BEFORE) != (side == "before"):
            continue
        if alt.get("type") == "timerange":  # a clock alone: "before 2.30pm", "as early as 7:00 am"
            clock = date.start[11:16] if "T" in date.start else ""
            bound = str(alt.get("end") if side == "before" else alt.get("start") or "")[:5]
            if clock and bound == clock:
                return True
            continue
        if mod == "before":
            right = alt.get("end") == date.start[:10]
        elif mod == "before-end":
            right = alt.get("end") == _next_day(date.end)
        elif mod == "after":
            right = alt.get("start") == _next_day(date.end) or (
                date.granularity == "day" and alt.get("start") == date.start[:10])
        else:  # since, after-start
            right = alt.get("start") == date.start[:10]
        if right:
            return True
    return False


def _same_date(gold: dict[str, Any], found: Any) -> bool:
    """The calendar value alone (the resolution accuracy row), an open range by its bound."""
    open_range = _same_open(gold, found)
    return same_recognizers_date(gold, _date_of(found)) if open_range is None else open_range


_SET_CLOCK = re.compile(r"(?P<day>XXXX-WXX-\d|XXXX-XX-XX)?T(?P<h>\d\d)(?::(?P<m>\d\d))?")


def _set_clock(value: str) -> tuple[str, str, str] | None:
    """ "XXXX-WXX-1T16:00" and "XXXX-WXX-1T16" -> ("XXXX-WXX-1", "16", "00"); a daily "XXXX-XX-XXT15:00" and
    Recognizers-Text's "T15" -> ("", "15", "00"): the same repeated clock time, as each writes it."""
    m = _SET_CLOCK.fullmatch(value)
    if m is None:
        return None
    day = m.group("day") or ""
    return ("" if day == "XXXX-XX-XX" else day), m.group("h"), m.group("m") or "00"


def _same_set(gold: dict[str, Any], found: Any) -> bool:
    """A set at a clock time: TimeML writes "XXXX-WXX-1T16:00" and a daily one "XXXX-XX-XXT15:00";
    Recognizers-Text writes "XXXX-WXX-1T16" and "T15" (no date part, no zero minutes)."""
    if getattr(found, "type", None) != "SET" or not isinstance(found.value, str):
        return False
    ours = _set_clock(found.value)
    return ours is not None and any(
        alt.get("type") == "set" and _set_clock(str(alt.get("timex") or "")) == ours for alt in gold.get("values", [])
    )


_VAGUE_DURATION = re.compile(r"P(T?)X([A-Z]+)")


def _same_vague(gold: dict[str, Any], found: Any) -> bool:
    """A duration of a vague count ("a few minutes", "several weeks"): TimeML writes its count X ("PTXM",
    "PXW"), Recognizers-Text resolves it as 3 ("PT3M", "P3W"); the unit must agree."""
    m = _VAGUE_DURATION.fullmatch(str(getattr(found, "value", "") or ""))
    if m is None or getattr(found, "type", None) != "DURATION":
        return False
    return any(
        alt.get("type") == "duration" and alt.get("timex") == f"P{m.group(1)}3{m.group(2)}"
        for alt in gold.get("values", [])
    )


def _same_case_result(gold: dict[str, Any], found: Any) -> bool:
    open_range = _same_open(gold, found)
    if open_range is not None:
        return open_range
    return same_recognizers(gold, found) or _same_set(gold, found) or _same_vague(gold, found)


def _date_of(found: Any) -> Any:
    """The calendar value of a TIMEX3 (or the date extractor's value itself)."""
    return getattr(found, "date", None) or getattr(found, "value", None)


def _without_article(text: str, start: int, end: int, gold: list[tuple[int, int]]) -> tuple[int, int]:
    """Our span, or our span from after its leading "the" when that is a gold span: TimeML takes the
    article in ("the next quarter", "the following week"), Recognizers-Text mostly leaves it out."""
    if text[start : start + 4].lower() == "the " and (start + 4, end) in gold:
        return start + 4, end
    return start, end


def recognizers_rows(data: Path) -> list[Row]:
    """A case is exactly right when our expressions are the gold's spans, no more, no fewer, and each
    resolves as the gold does: its calendar value (a date, a range, a date and time) or its TimeML value
    (a duration, a set, a part of a day, a time of day on its clock) is one of the gold's alternatives
    (``benchmarks.values.same_recognizers``)."""
    extract = _recognizers_extractor()
    cases = load_model(data, "datetime")
    exact_all = exact_supported = Accuracy(0, 0)
    spans = PRF(0, 0, 0)
    resolution = Accuracy(0, 0)
    for case in progress(cases, "recognizers datetime", len(cases)):
        found = extract(case.input, context(parse_when(case.reference)))
        gold = [(r.start, r.end) for r in case.results]
        ours = [_without_article(case.input, e.start, e.end, gold) for e in found]
        pairs = match_spans(gold, ours, "strict")
        right = sum(1 for i, j in pairs if _same_case_result(case.results[i].resolution, found[j]))
        dated_right = sum(1 for i, j in pairs if _same_date(case.results[i].resolution, found[j]))
        spans += PRF(len(pairs), len(ours) - len(pairs), len(gold) - len(pairs))
        # Resolution is judged where the gold is a date (a time of day alone, a duration or a set can
        # never equal a date value, so finding one must not count against the resolution figure).
        dated = sum(1 for i, _j in pairs if _is_dated(case.results[i].resolution))
        resolution += Accuracy(dated_right, dated)
        exact = len(pairs) == len(gold) == len(ours) and right == len(pairs)
        exact_all += Accuracy(int(exact), 1)
        if not case.not_supported:
            exact_supported += Accuracy(int(exact), 1)
    return [
        Row("dates", "dates.recognizers.exact", "Recognizers DateTime: exact span+resolution (cases)",
            exact_all.value, exact_all.counts()),
        Row("dates", "dates.recognizers.exact_all_ports", "Recognizers DateTime: exact, cases every port supports",
            exact_supported.value, exact_supported.counts()),
        Row("dates", "dates.recognizers.span_f1", "Recognizers DateTime: span F1", spans.f1, spans.counts()),
        Row("dates", "dates.recognizers.resolution_accuracy", "Recognizers DateTime: resolution accuracy (matched dates)",
            resolution.value, resolution.counts()),
    ]


def _relaxed_rows(
    name: str, label: str, docs: list[Doc], labels: set[str] | None = None, sets: bool = True
) -> list[Row]:
    _, relaxed, _, accuracy = score_docs(docs, labels, references=False, sets=sets)
    return [
        Row("dates", f"dates.{name}.relaxed_f1", f"{label}: relaxed span F1", relaxed.f1, relaxed.counts()),
        Row("dates", f"dates.{name}.value_accuracy", f"{label}: value accuracy (matched)", accuracy.value,
            accuracy.counts()),
    ]


def own_docs(texts: list[OwnText]) -> list[Doc]:
    """Our invented texts as documents: their dates are TIMEX3s of every type, resolved as TimeML does."""
    return [Doc(t.id, t.text, tuple(Span(d.start, d.end, d.type, d.value) for d in t.dates), t.published)
            for t in texts]


def own_rows(texts: list[OwnText] | None = None) -> list[Row]:
    """Our invented texts (``benchmarks/own/extractors.yaml``), scored as TempEval-3 is (``score_docs``):
    news we did not tune on, annotated before the extractor was run on it."""
    texts = load_own() if texts is None else texts
    strict, relaxed, values, accuracy = score_docs(own_docs(texts))
    scope = f" ({len(texts)} texts)"
    return [
        Row("dates", "dates.own.strict_f1", "own invented set: strict span F1" + scope, strict.f1,
            strict.counts_with_rates()),
        Row("dates", "dates.own.relaxed_f1", "own invented set: relaxed span F1" + scope, relaxed.f1,
            relaxed.counts_with_rates()),
        Row("dates", "dates.own.value_accuracy", "own invented set: value accuracy (matched)" + scope,
            accuracy.value, accuracy.counts()),
        Row("dates", "dates.own.value_f1", "own invented set: value F1" + scope, values.f1,
            values.counts_with_rates()),
    ]


def run(data: Path, quick: bool) -> list[Row]:
    rows = _tempeval_rows("te3_platinum", "TempEval-3 platinum", load_tempeval(data, "platinum"))
    tbaq = load_tempeval(data, "tbaq")
    rows += _tempeval_rows("tbaq", "TBAQ (tuning)" + (" [quick subset]" if quick else ""), tbaq[:QUICK_TBAQ] if quick else tbaq)
    rows += recognizers_rows(data)
    rows += _relaxed_rows("storyline", "Event StoryLine", storyline_docs(list(cached_ecbplus(str(data)))), sets=False)
    meantime = load_meantime(data)
    timex = {s.label for d in meantime for s in d.spans if s.label.startswith("TIMEX3:")}
    rows += _relaxed_rows("meantime", "MEANTIME", meantime, timex)
    rows += own_rows()
    return rows
