"""RunResult -> JUnit XML, the format CI systems show in their test tabs.

A testsuite per event; a testcase per finding, failing when its severity is at or above
``--fail-on`` (so the test tab fails exactly when the exit code does), passing otherwise. Findings
silenced by an inline suppression are skipped testcases carrying the reason. The failure text lists
every fact with its outlet, file position and sentence. Built with ElementTree, which escapes
article text; output is deterministic (no timestamps, no host names).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from consistency.model import SEVERITIES, Event, Finding, RunResult, Suppressed
from consistency.report.locations import Locator, finding_facts
from consistency.report.options import ReportOptions
from consistency.report.view import Lookup, format_value

# Characters XML 1.0 does not allow anywhere, even escaped (tab, LF and CR are allowed).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(result: RunResult, options: ReportOptions | None = None) -> str:
    """The JUnit XML document for ``result``, ending in a newline."""
    options = options or ReportOptions()
    lookup = Lookup.of(result)
    locator = Locator(lookup.articles)
    suppressed: dict[str, list[Suppressed]] = {}
    for item in result.suppressed:
        suppressed.setdefault(item.finding.event_id, []).append(item)
    root = ET.Element("testsuites", {"name": options.tool_name})
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    events: list[Event] = list(result.events)
    known = {e.id for e in events}
    orphans = sorted({f.event_id for f in result.findings if f.event_id not in known})
    events += [Event(eid, eid, ()) for eid in orphans]
    for event in events:
        findings = lookup.findings_by_event.get(event.id, ())
        silenced = suppressed.get(event.id, [])
        suite = ET.SubElement(root, "testsuite", {"name": f"{event.label} [{event.id}]"})
        if result.baseline is not None:  # properties come first in a testsuite
            properties = ET.SubElement(suite, "properties")
            for name, value in (
                ("baseline", result.baseline.path),
                ("baselined", str(result.baseline.baselined)),
                ("baselined_gone", str(result.baseline.gone)),
            ):
                ET.SubElement(properties, "property", {"name": name, "value": value})
        failures = 0
        for finding in findings:
            case = _testcase(suite, finding, event)
            if _fails(finding, options.fail_on):
                failures += 1
                failure = ET.SubElement(case, "failure", {"type": finding.rule, "message": f"{finding.severity}: {finding.message}"})
                failure.text = _evidence(finding, lookup, locator)
        for item in silenced:
            case = _testcase(suite, item.finding, event)
            ET.SubElement(case, "skipped", {"message": f"suppressed in {lookup.articles[item.article_id].path if item.article_id in lookup.articles else item.article_id}: {item.reason}"})
        counts = {"tests": len(findings) + len(silenced), "failures": failures, "skipped": len(silenced)}
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failures"]))
        suite.set("errors", "0")
        suite.set("skipped", str(counts["skipped"]))
        for key in totals:
            totals[key] += counts[key]
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failures"]))
    root.set("errors", "0")
    root.set("skipped", str(totals["skipped"]))
    ET.indent(root, space="  ")
    # ElementTree escapes markup but writes control characters as they are, which XML 1.0 forbids.
    text = _NOT_XML.sub("\ufffd", ET.tostring(root, encoding="unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n"


def _fails(finding: Finding, fail_on: str) -> bool:
    return fail_on in SEVERITIES and SEVERITIES.index(finding.severity) >= SEVERITIES.index(fail_on)


def _testcase(suite: ET.Element, finding: Finding, event: Event) -> ET.Element:
    return ET.SubElement(
        suite,
        "testcase",
        {
            "classname": f"consistency.{finding.kind}.{finding.rule}",
            "name": f"{finding.slot} [{finding.status}, {finding.fingerprint}]",
        },
    )


def _evidence(finding: Finding, lookup: Lookup, locator: Locator) -> str:
    lines = [finding.message]
    if finding.detail:
        lines.append(f"differs: {finding.detail}")
    for fact in finding_facts(finding, lookup.facts):
        article = lookup.articles.get(fact.article_id)
        where = article.path if article is not None else fact.article_id
        position = locator.position(fact)
        if position is not None:
            where += f":{position.line}:{position.column}"
        lines.append(f"{lookup.label(fact.article_id)} ({where}): \"{fact.text}\" = {format_value(fact.value)}")
        lines.append(f"    {' '.join(fact.sentence.split())}")
    return "\n".join(lines)
