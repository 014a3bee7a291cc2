"""Limits that keep an HTML report openable: a browser chokes on hundreds of thousands of rows.

The JSON report always holds everything; the page shows what a reader acts on first: the events
with conflicts, then the others up to a limit; in each event the most urgent slots up to a limit;
a few facts per article in one slot. Each cut is said on the page, with how much was left out.
Limits are ``ReportOptions`` fields (the CLI's ``--html-max-*`` options); 0 means no limit.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from consistency.model import Alignment, Event, Finding, RunResult

T = TypeVar("T")

_URGENCY = {"conflict": 0, "compatible": 1, "agree": 2, "unverified": 3}


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def pick_events(result: RunResult, limit: int) -> tuple[list[Event], str]:
    """The events to show, those with a conflict first (each group in run order), and a note on the rest."""
    events = list(result.events)
    if not limit or len(events) <= limit:
        return events, ""
    conflicted = {f.event_id for f in result.findings if f.status == "conflict"}
    ordered = [e for e in events if e.id in conflicted] + [e for e in events if e.id not in conflicted]
    kept = {e.id for e in ordered[:limit]}
    left = len(events) - len(kept)
    note = (f"Showing {limit:,} of {len(events):,} events (those with conflicts first); "
            f"{_plural(left, 'event')} left out here are all in the JSON report (--format json).")
    return [e for e in events if e.id in kept], note


def pick_alignments(
    alignments: Sequence[Alignment], findings_by_alignment: Mapping[str, Sequence[Finding]], limit: int
) -> tuple[list[Alignment], int]:
    """The event's most urgent slots (conflicts first), in their own order, and how many were left out."""
    if not limit or len(alignments) <= limit:
        return list(alignments), 0

    def urgency(item: tuple[int, Alignment]) -> tuple[int, int]:
        ranks = [_URGENCY.get(f.status, 4) for f in findings_by_alignment.get(item[1].id, ())]
        return (min(ranks, default=5), item[0])

    kept = {n for n, _ in sorted(enumerate(alignments), key=urgency)[:limit]}
    return [a for n, a in enumerate(alignments) if n in kept], len(alignments) - len(kept)


def trim_event(view: T, *, omitted_rows: int, max_facts: int, max_unchecked: int) -> T:
    """Cap the facts of one article in one slot, and the unchecked list; note every cut on the event."""
    notes = []
    if omitted_rows:
        notes.append(f"{_plural(omitted_rows, 'slot')} of this event not shown")
    v: Any = view
    rows = v.rows
    cut_facts = 0
    if max_facts:
        new_rows = []
        for row in rows:
            cells = tuple(cell[:max_facts] for cell in row.cells)
            dropped = sum(len(cell) - len(kept) for cell, kept in zip(row.cells, cells, strict=True))
            if dropped:
                cut_facts += dropped
                row = dataclasses.replace(row, cells=cells)
            new_rows.append(row)
        rows = tuple(new_rows)
    if cut_facts:
        notes.append(f"{_plural(cut_facts, 'fact')} beyond {max_facts} per article in a slot not shown")
    unchecked = v.unchecked
    total = max(len(unchecked), getattr(v, "unchecked_total", 0))  # the view may list only the first already
    if max_unchecked and total > max_unchecked:
        notes.append(f"{_plural(total - max_unchecked, 'unchecked fact')} not listed")
        unchecked = unchecked[:max_unchecked]
    if not notes:
        return view
    note = "; ".join(notes) + ". The JSON report (--format json) has them all."
    return dataclasses.replace(v, rows=rows, unchecked=unchecked, limits_note=note)  # type: ignore[no-any-return]


def cap_list(items: Sequence[T], limit: int, what: str) -> tuple[tuple[T, ...], str]:
    """The first ``limit`` items and a note on the rest (``what`` names them in the plural)."""
    if not limit or len(items) <= limit:
        return tuple(items), ""
    return tuple(items[:limit]), f"{len(items) - limit:,} more {what} are in the JSON report (--format json)."


def _facts_per_article(result: RunResult) -> Counter[str]:
    return Counter(fact.article_id for fact in result.facts)


def huge_events(result: RunResult) -> list[str]:
    """One warning per event whose facts were not all aligned (the run's ``max_event_facts``)."""
    if not any(e.unaligned for e in result.events):
        return []
    counts = _facts_per_article(result)
    return [
        f"event {e.id} ({e.label}): {e.unaligned:,} of its {sum(counts.get(a, 0) for a in e.article_ids):,} facts "
        "were too many to align and judge (--max-event-facts); they are listed in the JSON report, in no slot"
        for e in result.events
        if e.unaligned
    ]


def huge_articles(result: RunResult, huge_chars: int) -> list[str]:
    """One warning per article longer than ``huge_chars``: read whole, but most of it is not shown."""
    if not huge_chars or not any(len(a.body) > huge_chars for a in result.articles):
        return []
    counts = _facts_per_article(result)
    return [
        f"{a.path}: a huge article ({len(a.body) / 1e6:.1f} million characters, {counts.get(a.id, 0):,} facts): "
        "read whole; this page shows only part of its facts"
        for a in result.articles
        if len(a.body) > huge_chars
    ]
