"""RunResult -> SARIF 2.1.0, the log format code-scanning views read.

One run; the driver lists every rule the run applied with its summary (shortDescription) and
rationale (fullDescription, help). One result per finding: its rule, level, message, and a location
for every fact (file, and line and column where the article's text is its file's text), the fact's
outlet and value as the location's message. The fingerprint goes into ``partialFingerprints`` so
that code-scanning services track a finding across commits as our baselines do. Findings silenced
inline are results with an ``inSource`` suppression and its justification; with ``--baseline`` every
reported result is ``baselineState: new``. Validated against the OASIS schema in the tests.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from consistency.model import Fact, Finding, RunResult
from consistency.report.locations import Locator, finding_facts, outlier_first
from consistency.report.options import ReportOptions
from consistency.report.view import Lookup, format_value

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_FINGERPRINT_KEY = "consistency/v1"


def render(result: RunResult, options: ReportOptions | None = None) -> str:
    """The SARIF log for ``result`` as indented JSON, ending in a newline."""
    return json.dumps(document(result, options), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def document(result: RunResult, options: ReportOptions | None = None) -> dict[str, object]:
    options = options or ReportOptions()
    lookup = Lookup.of(result)
    locator = Locator(lookup.articles)
    rules = _rules(result)
    index = {rule["id"]: n for n, rule in enumerate(rules)}
    results = [_result(f, index, lookup, locator, baseline=result.baseline is not None) for f in result.findings]
    for item in result.suppressed:
        entry = _result(item.finding, index, lookup, locator, baseline=False)
        article = lookup.articles.get(item.article_id)
        where = article.path if article else item.article_id
        suffix = f":{item.line}" if item.line else ""
        entry["suppressions"] = [{"kind": "inSource", "justification": f"{item.reason} ({where}{suffix})"}]
        results.append(entry)
    run: dict[str, object] = {
        "tool": {
            "driver": {
                "name": options.tool_name,
                "version": options.tool_version,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if result.baseline is not None:
        run["properties"] = {
            "baseline": result.baseline.path,
            "baselined": result.baseline.baselined,
            "baselinedGone": result.baseline.gone,
        }
    if result.problems:
        run["invocations"] = [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    {
                        "level": "warning",
                        "message": {"text": f"skipped: {p.message}"},
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(p.path)}}}],
                    }
                    for p in result.problems
                ],
            }
        ]
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _rules(result: RunResult) -> list[dict[str, object]]:
    """The run's rules; a finding of a rule the result does not describe still gets an entry."""
    rules: list[dict[str, object]] = []
    seen: set[str] = set()
    for rule in result.rules:
        if rule.id in seen:
            continue
        seen.add(rule.id)
        rationale = " ".join(rule.rationale.split()) or rule.summary
        rules.append(
            {
                "id": rule.id,
                "name": _pascal(rule.id),
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rationale},
                "help": {
                    "text": f"{rule.summary} {rationale} Run 'consistency rules explain {rule.id}' for examples.",
                },
                "defaultConfiguration": {"level": _LEVELS[rule.severity]},
                "properties": {"kind": rule.kind, "severity": rule.severity},
            }
        )
    for finding in [*result.findings, *(s.finding for s in result.suppressed)]:
        if finding.rule not in seen:
            seen.add(finding.rule)
            rules.append(
                {
                    "id": finding.rule,
                    "shortDescription": {"text": finding.rule},
                    "defaultConfiguration": {"level": _LEVELS[finding.severity]},
                }
            )
    return rules


def _result(
    finding: Finding, index: dict[object, int], lookup: Lookup, locator: Locator, *, baseline: bool
) -> dict[str, object]:
    facts = outlier_first(finding, finding_facts(finding, lookup.facts))
    event = lookup.events.get(finding.event_id)
    entry: dict[str, object] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message + (f" ({finding.detail})" if finding.detail and finding.detail not in finding.message else "")},
        "locations": [_location(fact, lookup, locator) for fact in facts],
        "partialFingerprints": {_FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "status": finding.status,
            "cause": finding.cause,
            "event": event.label if event else finding.event_id,
            "eventId": finding.event_id,
            "slot": finding.slot,
            "kind": finding.kind,
        },
    }
    if finding.drafts:  # check mode: how each draft's statement stands against the sources
        entry["properties"]["drafts"] = [  # type: ignore[index]
            {"articleId": d.article_id, "factId": d.fact_id, "verdict": d.verdict, "message": d.message}
            for d in finding.drafts
        ]
    if baseline:
        entry["baselineState"] = "new"
    return entry


def _location(fact: Fact, lookup: Lookup, locator: Locator) -> dict[str, object]:
    article = lookup.articles.get(fact.article_id)
    physical: dict[str, object] = {"artifactLocation": {"uri": _uri(article.path if article else fact.article_id)}}
    position = locator.position(fact)
    if position is not None:
        physical["region"] = {
            "startLine": position.line,
            "startColumn": position.column,
            "endLine": position.end_line,
            "endColumn": position.end_column,
            "snippet": {"text": fact.text},
        }
    return {
        "physicalLocation": physical,
        "message": {"text": f"{lookup.label(fact.article_id)}: \"{fact.text}\" = {format_value(fact.value)}"},
    }


def _uri(path: str) -> str:
    """A relative URI reference for a path as the user gave it (spaces and '#' percent-encoded)."""
    return quote(path.replace("\\", "/"), safe="/:@!$&'()*+,;=-._~")


def _pascal(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.replace("_", "-").split("-") if part)
