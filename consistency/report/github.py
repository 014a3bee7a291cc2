"""RunResult -> GitHub Actions workflow commands, which the Actions runner shows as annotations on the
lines of the changed files.

One command per finding of severity ``warning`` or worse (``info`` too when ``--fail-on info``): an
``error``/``warning``/``notice`` placed on the fact that stands out (the smallest value group, the
likely outlier), its message naming what the other outlets say and where. Agreements are not worth
an annotation. A last plain line gives the counts, baselined and suppressed findings included.
"""

from __future__ import annotations

from consistency.model import SEVERITIES, Fact, Finding, RunResult
from consistency.report.locations import Locator, finding_facts, outlier_first
from consistency.report.options import ReportOptions
from consistency.report.view import Lookup, format_value

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(result: RunResult, options: ReportOptions | None = None) -> str:
    """The workflow commands for ``result``, one per line, ending in a newline."""
    options = options or ReportOptions()
    lookup = Lookup.of(result)
    locator = Locator(lookup.articles)
    lowest = _lowest_shown(options.fail_on)
    lines = [
        _command(finding, lookup, locator)
        for finding in result.findings
        if SEVERITIES.index(finding.severity) >= lowest
    ]
    lines.append(_summary(result, len(lines)))
    return "\n".join(lines) + "\n"


def _lowest_shown(fail_on: str) -> int:
    warning = SEVERITIES.index("warning")
    return min(warning, SEVERITIES.index(fail_on)) if fail_on in SEVERITIES else warning


def _command(finding: Finding, lookup: Lookup, locator: Locator) -> str:
    facts = outlier_first(finding, finding_facts(finding, lookup.facts))
    properties: list[tuple[str, str]] = []
    if facts:
        here = facts[0]
        article = lookup.articles.get(here.article_id)
        if article is not None:
            properties.append(("file", article.path))
        position = locator.position(here)
        if position is not None:
            properties += [
                ("line", str(position.line)),
                ("col", str(position.column)),
                ("endLine", str(position.end_line)),
                ("endColumn", str(position.end_column)),
            ]
    properties.append(("title", f"{finding.rule} ({finding.status}): {finding.slot}"))
    props = ",".join(f"{key}={_escape_property(value)}" for key, value in properties)
    message = finding.message
    if facts:
        message += "\n" + "\n".join(_statement(fact, lookup, locator, first=n == 0) for n, fact in enumerate(facts))
    return f"::{_COMMANDS[finding.severity]} {props}::{_escape_data(message)}"


def _statement(fact: Fact, lookup: Lookup, locator: Locator, *, first: bool) -> str:
    article = lookup.articles.get(fact.article_id)
    where = article.path if article is not None else fact.article_id
    position = locator.position(fact)
    if position is not None:
        where += f":{position.line}:{position.column}"
    marker = "here" if first else where
    return f"- {lookup.label(fact.article_id)} ({marker}): \"{fact.text}\" = {format_value(fact.value)}"


def _summary(result: RunResult, shown: int) -> str:
    parts = [f"consistency: {_count(len(result.findings), 'finding')}, {shown} annotated"]
    if result.baseline is not None:
        parts.append(f"{result.baseline.baselined} baselined, {_count(result.baseline.gone, 'baselined finding')} gone")
    if result.suppressed:
        parts.append(f"{len(result.suppressed)} suppressed inline")
    if result.problems:
        parts.append(f"{_count(len(result.problems), 'file')} skipped")
    return "; ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _escape_data(text: str) -> str:
    """A command's message: '%', CR and LF are escaped, as the Actions runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A property value: as data, plus ':' and ',' which would end the value."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
