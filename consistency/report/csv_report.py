"""RunResult -> CSV: one row per finding and fact, for a spreadsheet or a pandas ``read_csv``.

A finding with three facts gives three rows that share the finding's columns; a finding without
facts gives one row with the fact columns empty. Suppressed findings follow, with the reason in
``suppressed``; in check mode a draft's statement carries its verdict in ``draft_verdict``. Line and column are file positions where the article's text is its file's text
(Markdown, plain text), empty otherwise. Cells that a spreadsheet would run as a formula are
prefixed with an apostrophe, since article text is not under our control.
"""

from __future__ import annotations

import csv
import io

from consistency.model import Fact, Finding, RunResult
from consistency.report.locations import Locator, finding_facts
from consistency.report.options import ReportOptions
from consistency.report.view import Lookup, format_value

COLUMNS = (
    "fingerprint",
    "rule",
    "severity",
    "status",
    "cause",
    "event_id",
    "event",
    "kind",
    "slot",
    "message",
    "detail",
    "fact_id",
    "article_id",
    "outlet",
    "path",
    "line",
    "column",
    "text",
    "value",
    "sentence",
    "suppressed",
    "draft_verdict",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render(result: RunResult, options: ReportOptions | None = None) -> str:
    """The CSV text for ``result``: a header row, then the rows; lines end in LF."""
    lookup = Lookup.of(result)
    locator = Locator(lookup.articles)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for finding in result.findings:
        for row in _rows(finding, "", lookup, locator):
            writer.writerow([_cell(value) for value in row])
    for item in result.suppressed:
        for row in _rows(item.finding, item.reason, lookup, locator):
            writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def _rows(finding: Finding, suppressed: str, lookup: Lookup, locator: Locator) -> list[list[object]]:
    event = lookup.events.get(finding.event_id)
    shared = [
        finding.fingerprint,
        finding.rule,
        finding.severity,
        finding.status,
        finding.cause,
        finding.event_id,
        event.label if event else "",
        finding.kind,
        finding.slot,
        finding.message,
        finding.detail,
    ]
    facts = finding_facts(finding, lookup.facts)
    if not facts:
        return [[*shared, *([""] * 9), suppressed, ""]]
    verdicts = {d.fact_id: d.verdict for d in finding.drafts}  # check mode: the draft's statements
    return [[*shared, *_fact_cells(fact, lookup, locator), suppressed, verdicts.get(fact.id, "")] for fact in facts]


def _fact_cells(fact: Fact, lookup: Lookup, locator: Locator) -> list[object]:
    article = lookup.articles.get(fact.article_id)
    position = locator.position(fact)
    return [
        fact.id,
        fact.article_id,
        lookup.label(fact.article_id),
        article.path if article else "",
        position.line if position else "",
        position.column if position else "",
        fact.text,
        format_value(fact.value),
        " ".join(fact.sentence.split()),
    ]


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
