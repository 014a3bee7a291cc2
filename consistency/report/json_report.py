"""RunResult -> the versioned JSON document described in docs/json-schema.md.

The output is a public contract for scripts: sorted keys, the order of RunResult kept,
numbers written the same way every time. Changing or removing a field bumps
SCHEMA_VERSION; adding one does not.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO, TypeVar

from consistency.model import (
    Alignment,
    Article,
    Attribution,
    BaselineSummary,
    DateValue,
    Event,
    Fact,
    Finding,
    Frame,
    HistoryEntry,
    OutletScore,
    Problem,
    Provenance,
    Quantity,
    Removal,
    RunResult,
    Suppressed,
    Value,
)
from consistency.report.options import ReportOptions
from consistency.report.scorecard import OutletTally, outlet_scores
from consistency.report.view import FindingCounts, summary_counts

orjson: Any
try:  # the optional extra "fast" (pip install "consistency[fast]"): the same bytes, written in C
    orjson = importlib.import_module("orjson")  # by name: type-checks the same with the extra or without
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None

SCHEMA_VERSION = "1.4"
_CHUNK = 256  # items of a long list encoded per call: one call's text stays small, calls stay few

# Above 2**53 a float no longer holds every integer, so larger integral values keep the
# float form rather than pretend to a precision they do not have.
_EXACT_INT_LIMIT = 2.0**53


def render(result: RunResult, options: ReportOptions | None = None) -> str:
    """The JSON document for ``result``, indented (or on one line: ``compact_json``), ending in a newline."""
    return "".join(pieces(document(result, options), compact=bool(options and options.compact_json)))


def write(result: RunResult, options: ReportOptions | None, handle: TextIO, *, scorecard: bool = False) -> None:
    """The text of ``render``, written in pieces: a large run never holds the document as one string.
    With orjson, to the file's bytes directly (its UTF-8 is the file's: no decoding and encoding again).

    ``scorecard``: an audit without one gets its outlet scorecard (``outlet_scores``), counted on the
    pass that writes the slots and the findings (its key comes after theirs): the bytes of ``render``
    given the result with its scorecard, without a pass of the scorecard's own over them."""
    doc = document(result, options, lazy=True, scorecard=scorecard)
    compact = bool(options and options.compact_json)
    buffer = getattr(handle, "buffer", None)
    if orjson is None or buffer is None or (getattr(handle, "encoding", "") or "").lower().replace("-", "") != "utf8":
        for piece in pieces(doc, compact=compact):
            handle.write(piece)
        return
    handle.flush()
    if compact:
        for data in _pieces(doc, _dumps_compact_bytes, _COMPACT_BYTES, _cut_compact):
            buffer.write(data)
        return
    for data in _pieces(doc, _dumps_bytes, _BYTES, _cut_bytes):
        buffer.write(data)


def pieces(doc: dict[str, object], *, compact: bool = False) -> Iterator[str]:
    """The text of ``json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)``
    and a newline, in pieces of a few hundred list items each.

    Standard json indents in pure Python (its C encoder has no indent): a large run spent longer
    writing its report than reading its caches. With orjson installed, each piece is encoded in C
    with the same bytes: the same indent, key order, escapes and spelling of numbers, except floats
    that Python spells with an exponent (``1e+20``; orjson writes ``1e20``). ``document`` marks those
    (``_Spelled``), orjson refuses them, and the piece holding one falls back to standard json, as do
    pieces orjson cannot encode at all (integers beyond 64 bits, keys that are not strings).

    ``compact``: the same document with ``separators=(",", ":")`` and no indent, on one line: a third of
    an indented audit's bytes are the indentation's spaces (docs/json-size.md).
    """
    if compact:
        return _pieces(doc, _dumps_compact, _COMPACT_TEXT, _cut_compact)
    return _pieces(doc, _dumps, _TEXT, _cut_text)


_Piece = TypeVar("_Piece", str, bytes)


def _cut_text(text: str) -> str:
    return text[6:-6]


def _cut_bytes(data: bytes) -> memoryview:
    """The bytes' middle without a copy of it: a chunk is about a megabyte, a 10,000-article audit's
    JSON some 400 MB, each byte of it copied once more per copy."""
    return memoryview(data)[6:-6]
def _cut_compact(data: _Piece) -> Any:
    """A compact chunk's items: "[[a,b]]" without the two characters either side."""
    return data[2:-2] if isinstance(data, str) else memoryview(data)[2:-2]


_TEXT = ("{}\n", "{\n  ", ",\n  ", ": ", "\n", "\n  ", "[\n", ",\n", "\n  ]", "\n}\n")
_BYTES = tuple(s.encode() for s in _TEXT)
# (Compact values hold no line break, so "\n" to replace by a deeper one never occurs in them.)
_COMPACT_TEXT = ("{}\n", "{", ",", ":", "\n", "\n", "[", ",", "]", "}\n")
_COMPACT_BYTES = tuple(s.encode() for s in _COMPACT_TEXT)


def _pieces(doc: dict[str, object], dumps: Callable[[object], _Piece], lit: tuple[_Piece, ...],
            cut: Callable[[_Piece], Any]) -> Iterator[Any]:
    """``pieces`` as text or as UTF-8 (``lit``: its literals in that form, ``dumps`` writes values so,
    ``cut`` takes the items out of a chunk written as ``[[items]]``: six characters off either end)."""
    empty, first, comma_key, colon, newline, deeper, opening, comma, closing, end = lit
    if not doc:
        yield empty
        return
    for n, key in enumerate(sorted(doc)):
        yield (first if n == 0 else comma_key) + dumps(key) + colon
        value = doc[key]
        if isinstance(value, _Deferred):
            value = value.make()
        if isinstance(value, _Lazy) and not value:
            value = []
        if not (isinstance(value, list | _Lazy) and value):
            yield dumps(value).replace(newline, deeper)
            continue
        # A long list (facts, findings) in chunks, each written inside a list of its own, "[\n  [\n    a,\n
        # b\n  ]\n]": its items come indented as the document's list items are, and without the six
        # characters either side they are spliced after one another (no copy indented again by hand).
        parts = value.chunks() if isinstance(value, _Lazy) else (value[s : s + _CHUNK] for s in range(0, len(value), _CHUNK))
        for n, part in enumerate(parts):
            yield opening if n == 0 else comma
            yield cut(dumps([part]))
        yield closing
    yield end


def _encoded(value: object, compact: bool) -> bytes:
    """One value as ``json.dumps`` with the document's options writes it (see ``pieces``), as UTF-8: indented
    with 2 spaces, or ``compact`` with ``separators=(",", ":")``."""
    if orjson is not None:
        try:
            option = orjson.OPT_SORT_KEYS if compact else orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
            return orjson.dumps(value, option=option)  # type: ignore[no-any-return]
        except TypeError:  # orjson.JSONEncodeError is one: this value is standard json's to write
            pass
    layout: dict[str, Any] = {"separators": (",", ":")} if compact else {"indent": 2}
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False, **layout).encode("utf-8")


def _dumps(value: object) -> str:
    return _encoded(value, False).decode("utf-8")


def _dumps_bytes(value: object) -> bytes:
    return _encoded(value, False)


def _dumps_compact(value: object) -> str:
    return _encoded(value, True).decode("utf-8")


def _dumps_compact_bytes(value: object) -> bytes:
    return _encoded(value, True)


class _Spelled(float):
    """A float that Python's json spells its own way (an exponent, or nan/inf, which it refuses):
    orjson refuses a float subclass, so a piece holding one is written by standard json."""


def _float(value: float) -> float:
    """``value``, marked when orjson would spell it otherwise than standard json (see ``pieces``)."""
    if type(value) is float and (not math.isfinite(value) or "e" in repr(value)):
        return _Spelled(value)
    return value


_WEIGHT_PER_CHUNK = 4096  # items' weights per chunk (a pair of a finding weighs one): about a megabyte of JSON


class _Lazy:
    """A long list of the document (facts, findings) made a chunk at a time as it is written: the
    whole document as Python data took more memory than the run's results (a 10k-article run's JSON
    is hundreds of megabytes).

    A chunk holds ``_CHUNK`` items, or fewer when their ``weight`` adds up to ``_WEIGHT_PER_CHUNK``: a
    finding of a slot of a hundred outlets holds thousands of pairs, and 256 such findings, encoded,
    indented and spliced, took 57 MB at once at the end of a 10,000-article run.
    """

    def __init__(self, items: Sequence[Any], convert: Callable[[Any], object],
                 weight: Callable[[Any], int] | None = None) -> None:
        self.items = items
        self.convert = convert
        self.weight = weight

    def __len__(self) -> int:
        return len(self.items)

    def chunks(self) -> Iterator[list[object]]:
        """The items converted, a chunk at a time, in one pass over them (an audit's findings are a
        spool: read in order, each of its own chunks is unpickled once)."""
        chunk: list[object] = []
        total = 0
        for item in self.items:
            total += 1 if self.weight is None else max(1, self.weight(item))
            chunk.append(self.convert(item))
            if len(chunk) >= _CHUNK or total >= _WEIGHT_PER_CHUNK:
                yield chunk
                chunk, total = [], 0
        if chunk:
            yield chunk


class _Deferred:
    """A value of the document made when ``pieces`` comes to its key (in key order), not before: what
    the keys before it counted on their way (``document``'s summary) is complete by then."""

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


def _finding_weight(finding: Finding) -> int:
    return 1 + len(finding.pairs) + len(finding.groups) + len(finding.drafts)


def _provenance_weight(provenance: Provenance) -> int:
    return 1 + len(provenance.origins) + sum(1 + len(o.credits) for o in provenance.outlets)


def document(result: RunResult, options: ReportOptions | None = None, *, lazy: bool = False,
             scorecard: bool = False) -> dict[str, object]:
    """The JSON document as plain Python data (dicts, lists, str, int, float, bool, None); ``lazy``
    leaves its long lists to be made a chunk at a time by ``pieces`` (for ``write`` only), and with
    ``scorecard`` counts an audit's missing scorecard on its way (``write``)."""
    options = options or ReportOptions()
    removed = dict(result.removed)
    drafts = set(result.draft_ids)
    check = result.mode == "check"

    def each(items: Sequence[Any], convert: Callable[[Any], object], weight: Callable[[Any], int] | None = None) -> object:
        return _Lazy(items, convert, weight) if lazy else [convert(item) for item in items]

    # Written lazily, the findings are counted for the summary as they are converted (the summary's key
    # comes after theirs): a large audit's findings are unpickled for each pass over them (``Spool``).
    counted = FindingCounts()

    def finding(f: Finding) -> object:
        counted.add(f)
        return _finding(f, check)

    def summary() -> object:
        complete = counted.total == len(result.findings)  # else (never, in key order) a pass of its own
        return summary_counts(result, counted if complete else None)

    sections = audit_sections(result)
    alignment: Callable[[Alignment], object] = _alignment
    if lazy and scorecard and result.mode == "audit" and not result.scorecard and result.articles:
        # The slots and the findings are counted for the scorecard as they are converted (its key comes
        # after theirs); an audit with articles has a line per outlet, so the key is there as ``render``'s.
        tally = OutletTally(result)

        def alignment(a: Alignment) -> object:
            tally.slot(a)
            return _alignment(a)

        def finding(f: Finding) -> object:
            counted.add(f)
            tally.finding(f)
            return _finding(f, check)

        def scores() -> object:
            made = tally.scores() if tally.complete() else outlet_scores(result)  # else (never) a pass of its own
            return _scorecard(made)

        sections["scorecard"] = _Deferred(scores)

    return {
        **sections,
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": options.tool_name, "version": options.tool_version},
        "mode": result.mode,
        "rule_pack": result.rule_pack,
        "summary": _Deferred(summary) if lazy else summary_counts(result),
        "articles": each(result.articles, lambda a: _article(a, a.id in drafts, removed.get(a.id, ()))),
        "events": [_event(e) for e in result.events],
        "facts": each(result.facts, _Facts()),
        "alignments": each(result.alignments, alignment),
        "findings": each(result.findings, finding if lazy else lambda f: _finding(f, check), _finding_weight),
        "problems": [_problem(p) for p in result.problems],
        "provenance": each(result.provenance, _provenance, _provenance_weight),
        "suppressed": [_suppressed(s) for s in result.suppressed],
        "baseline": _baseline(result.baseline),
    }


def number(value: float | int | None) -> float | int | None:
    """Integral values as integers (8e9 -> 8000000000), others unchanged; NaN/inf -> None.

    ``json`` would print 1e16 as ``1e+16`` and 8e9 as ``8000000000.0``; writing integral
    values as integers keeps figures readable and identical whichever way they were computed.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if not math.isfinite(value):
        return None
    if value.is_integer() and abs(value) < _EXACT_INT_LIMIT:
        return int(value)
    return _float(value)


def _timestamp(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _article(article: Article, draft: bool, removed: tuple[Removal, ...]) -> dict[str, object]:
    return {
        "id": article.id,
        "path": article.path,
        "outlet": article.outlet,
        "published": _timestamp(article.published),
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "provenance": dict(article.provenance),
        "published_precision": article.published_precision or ("time" if isinstance(article.published, dt.datetime) else "day" if article.published else None),
        "draft": draft,
        "copy_of": article.copy_of,
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason} for r in removed],
    }


def _event(event: Event) -> dict[str, object]:
    return {
        "id": event.id,
        "label": event.label,
        "article_ids": list(event.article_ids),
        "keywords": list(event.keywords),
        "evidence": {
            "names": list(event.evidence.names),
            "dates": list(event.evidence.dates),
            "terms": list(event.evidence.terms),
            "figures": list(event.evidence.figures),
        },
        "unaligned_facts": event.unaligned,
    }


def fact_value(value: Value) -> dict[str, object]:
    """A fact value as JSON; which fields appear depends on the fact's kind."""
    if isinstance(value, DateValue):
        return {
            "start": value.start,
            "end": value.end,
            "granularity": value.granularity,
            "resolved": value.resolved,
            "relative": value.relative,
            "timex": value.timex,
            "zone": value.zone,
            "instant": value.instant,
        }
    if isinstance(value, Quantity):
        return {
            "low": number(value.low),
            "high": number(value.high),
            "unit": value.unit,
            "approximate": value.approximate,
            "qualifier": value.qualifier,
            "vague": value.vague,
            "counted": value.counted,
        }
    if isinstance(value, Attribution):
        return {
            "source": value.source,
            "chain": list(value.chain),
            "cue": value.cue,
            "named": value.named,
            "channel": value.channel,
        }
    raise TypeError(f"unknown fact value type: {type(value).__name__}")


class _Facts:
    """Facts as JSON, each value and frame converted once: a run's facts share them (``interning``:
    170,000 facts of 10,000 articles hold a few tens of thousands), and the objects live as long as
    the run's facts, so one met again is the very one converted before."""

    def __init__(self) -> None:
        self._converted: dict[int, tuple[object, dict[str, object] | None]] = {}

    def _once(self, obj: Any, convert: Callable[[Any], dict[str, object] | None]) -> dict[str, object] | None:
        seen = self._converted.get(id(obj))
        if seen is None or seen[0] is not obj:
            seen = self._converted[id(obj)] = (obj, convert(obj))
        return seen[1]

    def __call__(self, fact: Fact) -> dict[str, object]:
        return {
            "id": fact.id,
            "article_id": fact.article_id,
            "kind": fact.kind,
            "text": fact.text,
            "start": fact.start,
            "end": fact.end,
            "sentence": fact.sentence,
            "sentence_start": fact.sentence_start,
            "sentence_end": fact.sentence_end,
            "value": self._once(fact.value, fact_value),
            "frame": self._once(fact.frame, _frame),
        }


def _frame(frame: Frame | None) -> dict[str, object] | None:
    if frame is None:
        return None
    return {
        "key": frame.key,
        "name": frame.name,
        "measure": frame.measure,
        "role": frame.role,
        "source": frame.source,
        "tally": frame.tally,
        "known": frame.known,
        "cue": frame.cue,
        "rounding": frame.rounding,
        "growth_per_year": number(frame.growth_per_year),
        "repeats": frame.repeats,
        "source_kind": frame.source_kind,
    }


def _alignment(alignment: Alignment) -> dict[str, object]:
    return {
        "id": alignment.id,
        "event_id": alignment.event_id,
        "kind": alignment.kind,
        "slot": alignment.slot,
        "fact_ids": list(alignment.fact_ids),
        "keywords": list(alignment.keywords),
    }


def _finding(finding: Finding, check: bool = False) -> dict[str, object]:
    out: dict[str, object] = {
        "rule": finding.rule,
        "severity": finding.severity,
        "status": finding.status,
        "event_id": finding.event_id,
        "kind": finding.kind,
        "slot": finding.slot,
        "alignment_id": finding.alignment_id,
        "fact_ids": list(finding.fact_ids),
        "message": finding.message,
        "detail": finding.detail,
        "fingerprint": finding.fingerprint,
        "cause": finding.cause,
        "groups": [
            {"value": g.value, "fact_ids": list(g.fact_ids), "article_ids": list(g.article_ids)} for g in finding.groups
        ],
        "pairs": [
            {"fact_ids": list(p.fact_ids), "status": p.status, "cause": p.cause, "detail": p.detail,
             "representative": p.representative, **({"day": p.day} if p.day is not None else {})}
            for p in finding.pairs
        ],
    }
    if check:  # check mode: how each draft stands against the sources
        out["drafts"] = [
            {"article_id": d.article_id, "fact_id": d.fact_id, "verdict": d.verdict, "message": d.message,
             "supporting": list(d.supporting), "contradicting": list(d.contradicting), "newer": list(d.newer)}
            for d in finding.drafts
        ]
    return out


def _suppressed(item: Suppressed) -> dict[str, object]:
    return {"finding": _finding(item.finding), "article_id": item.article_id, "reason": item.reason, "line": item.line}


def _baseline(summary: BaselineSummary | None) -> dict[str, object] | None:
    if summary is None:
        return None
    return {
        "path": summary.path,
        "baselined": summary.baselined,
        "gone": summary.gone,
        "gone_fingerprints": list(summary.gone_fingerprints),
    }


def audit_sections(result: RunResult) -> dict[str, object]:
    """The weekly audit's parts, present only when the run has them: scorecard, window, history."""
    out: dict[str, object] = {}
    if result.scorecard:
        out["scorecard"] = _scorecard(result.scorecard)
    if result.window is not None:
        w = result.window
        out["window"] = {
            "since": w.since.isoformat() if w.since else None,
            "until": w.until.isoformat() if w.until else None,
            "kept": w.kept,
            "excluded": [{"path": path, "reason": reason} for path, reason in w.excluded],
        }
    if result.history is not None:
        h = result.history

        def entries(items: tuple[HistoryEntry, ...]) -> list[dict[str, object]]:
            return [
                {"fingerprint": e.fingerprint, "rule": e.rule, "severity": e.severity, "status": e.status,
                 "slot": e.slot, "event": e.event, "message": e.message, "first_seen": e.first_seen}
                for e in items
            ]

        out["history"] = {
            "path": h.path,
            "run": h.run,
            "previous": h.previous,
            "new": entries(h.new),
            "resolved": entries(h.resolved),
            "persisting": entries(h.persisting),
            "trend": [
                {"outlet": t.outlet, "run": t.run, "conflict": _float(t.conflict), "outlier": t.outlier,
                 "slots_shared": t.slots_shared}
                for t in h.trend
            ],
        }
    return out


def _scorecard(scores: Sequence[OutletScore]) -> list[dict[str, object]]:
    return [
        {"outlet": s.outlet, "articles": s.articles, "facts": s.facts, "slots_shared": s.slots_shared,
         "pairs": s.pairs, "agree": _float(s.agree), "compatible": _float(s.compatible),
         "conflict": _float(s.conflict),
         "outlier": s.outlier, "only_source": s.only_source}
        for s in scores
    ]


def _problem(problem: Problem) -> dict[str, object]:
    return {"path": problem.path, "message": problem.message}


def _provenance(p: Provenance) -> dict[str, object]:
    return {
        "event_id": p.event_id,
        "articles": p.articles,
        "independent_articles": p.independent_articles,
        "independent_origins": len(p.origins),
        "single_origin": p.single_origin,
        "origins": [
            {"name": o.name, "named": o.named, "kind": o.kind, "article_ids": list(o.article_ids)} for o in p.origins
        ],
        "outlets": [
            {
                "article_id": o.article_id,
                "outlet": o.outlet,
                "copy_of": o.copy_of,
                "origins": list(o.origins),
                "credits": [
                    {"chain": list(c.chain), "fact_ids": list(c.fact_ids), "named": c.named} for c in o.credits
                ],
            }
            for o in p.outlets
        ],
    }
