"""Baselines: the findings a repository has accepted, recorded by fingerprint, so that a run reports
only what is new.

``consistency baseline PATH... --output .consistency-baseline.json`` writes one; ``--baseline FILE``
leaves the findings it holds out of the report and says how many were left out and how many recorded
findings are gone (fixed, or changed into a new finding). Fingerprints name the rule, the claim and
each outlet's value, never paths or offsets, so a baseline survives file moves and unrelated edits.
The file is sorted JSON, one entry per finding, readable in a code review.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import InputError
from consistency.model import BaselineSummary, RunResult

BASELINE_VERSION = 1


@dataclass(frozen=True)
class Baseline:
    path: str
    fingerprints: Counter[str]  # fingerprint -> how many findings of a run it stands for


def baseline_document(result: RunResult, tool_version: str = "") -> str:
    """The baseline file for the findings of ``result`` (suppressed ones are not findings)."""
    outlets = {a.id: a.outlet for a in result.articles}
    article_of = {f.id: f.article_id for f in result.facts}
    entries = [
        {
            "fingerprint": finding.fingerprint,
            "rule": finding.rule,
            "severity": finding.severity,
            "slot": finding.slot,
            "message": finding.message,
            "outlets": sorted({outlets.get(article_of.get(fid, ""), "") for fid in finding.fact_ids} - {""}),
        }
        for finding in result.findings
    ]
    entries.sort(key=lambda e: (str(e["fingerprint"]), str(e["rule"]), str(e["message"])))
    document = {"baseline_version": BASELINE_VERSION, "tool": {"name": "consistency", "version": tool_version}, "findings": entries}
    return json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; anything but a baseline this version wrote is an InputError."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(name, "baseline file not found; write one with 'consistency baseline PATH... --output FILE'") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(name, f"cannot read the baseline: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(name, f"not a baseline: invalid JSON ({error.msg})", line=error.lineno) from None
    if not isinstance(data, dict) or "findings" not in data or not isinstance(data["findings"], list):
        raise InputError(name, "not a baseline: expected an object with a 'findings' list")
    version = data.get("baseline_version")
    if version != BASELINE_VERSION:
        raise InputError(name, f"baseline version {version!r} is not supported (expected {BASELINE_VERSION}); record it again")
    prints: Counter[str] = Counter()
    for number, entry in enumerate(data["findings"], start=1):
        fingerprint = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(fingerprint, str) or not fingerprint:
            raise InputError(name, f"not a baseline: finding {number} has no 'fingerprint'")
        prints[fingerprint] += 1
    return Baseline(name, prints)


def apply_baseline(result: RunResult, baseline: Baseline) -> RunResult:
    """Leave out the findings the baseline holds; count them and the recorded ones no run finding matches.

    A fingerprint recorded n times stands for n findings: a third finding with it is new.
    """
    left = Counter(baseline.fingerprints)
    kept = []
    baselined = 0
    for finding in result.findings:
        if left[finding.fingerprint] > 0:
            left[finding.fingerprint] -= 1
            baselined += 1
        else:
            kept.append(finding)
    # A suppressed finding is still there: its baseline entry is not gone.
    for suppressed in result.suppressed:
        if left[suppressed.finding.fingerprint] > 0:
            left[suppressed.finding.fingerprint] -= 1
    gone = sorted(left.elements())
    summary = BaselineSummary(baseline.path, baselined=baselined, gone=len(gone), gone_fingerprints=tuple(gone))
    return dataclasses.replace(result, findings=tuple(kept), baseline=summary)
