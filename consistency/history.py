"""The audit history: each run's findings and scorecard, appended to an SQLite file (``--history``).

A weekly audit is read against last week's: which conflicts are new, which were resolved, which
persist, and how each outlet's share of conflicts moves. Findings are recognised across runs by
their fingerprint (rule, claim and each outlet's value; never paths or ids). SQLite is the standard
library's embedded database: one file, nothing to install, and a transaction makes each append
all-or-nothing. A run is labelled by its day (the audit window's end, or today); recording a label
again replaces that run, so re-running a week does not count it twice.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path

from consistency.errors import InputError
from consistency.model import Finding, HistoryDiff, HistoryEntry, OutletScore, RunResult, TrendPoint

SCHEMA_VERSION = "1"
TRACKED_STATUSES = ("conflict",)  # what "new", "resolved" and "persisting" are about

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, articles INTEGER NOT NULL,
    findings INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS findings (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, status TEXT NOT NULL, slot TEXT NOT NULL,
    event TEXT NOT NULL, message TEXT NOT NULL, PRIMARY KEY (run_id, fingerprint, rule));
CREATE TABLE IF NOT EXISTS outlets (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    outlet TEXT NOT NULL, articles INTEGER NOT NULL, facts INTEGER NOT NULL, slots_shared INTEGER NOT NULL,
    pairs INTEGER NOT NULL, agree REAL NOT NULL, compatible REAL NOT NULL, conflict REAL NOT NULL,
    outlier INTEGER NOT NULL, only_source INTEGER NOT NULL, PRIMARY KEY (run_id, outlet));
"""


@contextmanager
def _open(path: Path, create: bool) -> Iterator[sqlite3.Connection]:
    if not create and not path.exists():
        yield sqlite3.connect(":memory:")
        return
    try:
        with closing(sqlite3.connect(path)) as db:
            db.execute("PRAGMA foreign_keys = ON")
            _check_schema(db, path, create)
            yield db
    except sqlite3.DatabaseError as error:
        raise InputError(str(path), f"not a consistency history database ({error})") from None


def _check_schema(db: sqlite3.Connection, path: Path, create: bool) -> None:
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "meta" not in tables:
        raise InputError(str(path), "not a consistency history database (an SQLite file with other tables)")
    if "meta" in tables:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise InputError(str(path), f"history schema {row[0] if row else '?'} is not the supported {SCHEMA_VERSION}")
    elif create:
        with db:
            db.executescript(_SCHEMA)
            db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def compare(path: Path, label: str, result: RunResult, scores: Sequence[OutletScore]) -> HistoryDiff:
    """This run against the latest recorded run before ``label``; reads the file, never writes it."""
    current = {(f.fingerprint, f.rule): f for f in result.findings if f.status in TRACKED_STATUSES}
    event_label = {e.id: e.label for e in result.events}
    with _open(path, create=False) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "runs" not in tables:
            return HistoryDiff(str(path), label, None, new=tuple(_entry(f, event_label, label) for f in current.values()),
                               trend=_points(label, scores))
        previous = db.execute("SELECT id, label FROM runs WHERE label < ? ORDER BY label DESC LIMIT 1", (label,)).fetchone()
        before: dict[tuple[str, str], HistoryEntry] = {}
        if previous:
            placeholders = ",".join("?" * len(TRACKED_STATUSES))
            for row in db.execute(
                f"SELECT fingerprint, rule, severity, status, slot, event, message FROM findings "  # noqa: S608 - fixed placeholders
                f"WHERE run_id = ? AND status IN ({placeholders})",
                (previous[0], *TRACKED_STATUSES),
            ):
                fingerprint, rule, severity, status, slot, event, message = row
                before[(fingerprint, rule)] = HistoryEntry(fingerprint, rule, severity, status, slot, event, message, previous[1])
        first_seen = {
            (fp, rule): first
            for fp, rule, first in db.execute(
                "SELECT f.fingerprint, f.rule, MIN(r.label) FROM findings f JOIN runs r ON r.id = f.run_id "
                "WHERE r.label < ? GROUP BY f.fingerprint, f.rule",
                (label,),
            )
        }
        trend = [
            TrendPoint(outlet, run, conflict, outlier, shared)
            for outlet, run, conflict, outlier, shared in db.execute(
                "SELECT o.outlet, r.label, o.conflict, o.outlier, o.slots_shared FROM outlets o JOIN runs r ON r.id = o.run_id "
                "WHERE r.label < ? ORDER BY r.label, o.outlet",
                (label,),
            )
        ]
    new = tuple(_entry(f, event_label, label) for key, f in current.items() if key not in before)
    persisting = tuple(
        _entry(f, event_label, first_seen.get(key, label)) for key, f in current.items() if key in before
    )
    resolved = tuple(
        dataclasses.replace(entry, first_seen=first_seen.get(key, entry.first_seen))
        for key, entry in before.items()
        if key not in current
    )
    return HistoryDiff(
        path=str(path),
        run=label,
        previous=previous[1] if previous else None,
        new=new,
        resolved=resolved,
        persisting=persisting,
        trend=(*trend, *_points(label, scores)),
    )


def record(path: Path, label: str, result: RunResult, scores: Sequence[OutletScore]) -> None:
    """Append this run (replacing an earlier record with the same label) in one transaction."""
    event_label = {e.id: e.label for e in result.events}
    with _open(path, create=True) as db, db:
        db.execute("DELETE FROM runs WHERE label = ?", (label,))
        run_id = db.execute(
            "INSERT INTO runs (label, articles, findings) VALUES (?, ?, ?)", (label, len(result.articles), len(result.findings))
        ).lastrowid
        db.executemany(
            "INSERT OR IGNORE INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (run_id, f.fingerprint, f.rule, f.severity, f.status, f.slot, event_label.get(f.event_id, f.event_id), f.message)
                for f in result.findings
            ],
        )
        db.executemany(
            "INSERT INTO outlets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (run_id, s.outlet, s.articles, s.facts, s.slots_shared, s.pairs, s.agree, s.compatible, s.conflict,
                 s.outlier, s.only_source)
                for s in scores
            ],
        )


def _entry(finding: Finding, event_label: dict[str, str], first_seen: str) -> HistoryEntry:
    return HistoryEntry(
        fingerprint=finding.fingerprint,
        rule=finding.rule,
        severity=finding.severity,
        status=finding.status,
        slot=finding.slot,
        event=event_label.get(finding.event_id, finding.event_id),
        message=finding.message,
        first_seen=first_seen,
    )


def _points(label: str, scores: Sequence[OutletScore]) -> tuple[TrendPoint, ...]:
    return tuple(TrendPoint(s.outlet, label, s.conflict, s.outlier, s.slots_shared) for s in sorted(scores, key=lambda s: s.outlet))
