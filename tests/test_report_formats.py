"""Machine formats: SARIF (valid against the OASIS schema), GitHub workflow commands and JUnit XML
(golden files), CSV (a row per finding and fact), all pointing at file lines and columns."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consistency.cli import main
from consistency.model import BaselineSummary, RuleInfo, Suppressed
from consistency.report import REPORTERS, ReportOptions
from consistency.report.locations import Locator

try:  # tests/ is a package in some layouts and a plain folder on sys.path in others
    from tests.report_fixtures import FACTS, FINDINGS, HERALD, assert_golden, summit_result
except ImportError:
    from report_fixtures import FACTS, FINDINGS, HERALD, assert_golden, summit_result

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
OPTIONS = ReportOptions(tool_version="0.0.0-test")
RULES = (
    RuleInfo("date-conflict", "error", "date", "Outlets give different dates for the same thing.",
             "A summit on one day in one report and another day in the next cannot both be right."),
    RuleInfo("figure-tolerance", "warning", "figure", "Figures differ within a tolerance."),
    RuleInfo("figure-agreement", "info", "figure", "Outlets agree on a figure."),
    RuleInfo("source-agreement", "info", "attribution", "Outlets credit the same source."),
    RuleInfo("source-chain", "warning", "attribution", "One outlet names the source's own source."),
    RuleInfo("single-source", "info", "date", "Only one outlet states it."),
)
HERALD_FILE_TEXT = "---\noutlet: Northwind Herald\n---\n" + HERALD.body  # the body starts on line 4


def _result(**changes: object):  # type: ignore[no-untyped-def]
    """The summit fixture as read from files: the Herald's body after three lines of front matter."""
    herald = dataclasses.replace(HERALD, body_line=4)
    base = summit_result(rules=RULES)
    articles = tuple(herald if a.id == HERALD.id else a for a in base.articles)
    return dataclasses.replace(base, articles=articles, **changes)


def _accepted():  # type: ignore[no-untyped-def]
    """One finding suppressed inline, a baseline that held one more and misses one."""
    base = _result()
    suppressed = Suppressed(FINDINGS[4], "a1", "the Gazette confirmed its sources to our desk", line=9)
    findings = tuple(f for f in base.findings if f is not FINDINGS[4] and f is not FINDINGS[2])
    return dataclasses.replace(
        base,
        findings=findings,
        suppressed=(suppressed,),
        baseline=BaselineSummary(".consistency-baseline.json", baselined=1, gone=1, gone_fingerprints=("00aa11bb22cc33dd",)),
    )


# --- positions -------------------------------------------------------------------------------------


def test_positions_are_file_lines_and_columns() -> None:
    result = _result()
    locator = Locator({a.id: a for a in result.articles})
    fact = next(f for f in FACTS if f.id == "f1")  # "May 12" on the Herald's first body line
    position = locator.position(fact)
    assert position is not None
    lines = HERALD_FILE_TEXT.split("\n")
    assert lines[position.line - 1][position.column - 1 : position.end_column - 1] == "May 12"
    assert position.line == 4 and position.end_line == 4
    later = next(f for f in FACTS if f.id == "f7")  # "About 300 delegates", a later paragraph
    spot = locator.position(later)
    assert spot is not None and lines[spot.line - 1][spot.column - 1 : spot.end_column - 1] == "About 300 delegates"


def test_html_and_feed_articles_get_no_made_up_line() -> None:
    result = _result()
    page = dataclasses.replace(result.articles[1], path="corpus/times-summit.html")
    locator = Locator({page.id: page})
    assert locator.position(next(f for f in FACTS if f.article_id == page.id)) is None


# --- SARIF -------------------------------------------------------------------------------------------


def _sarif(result) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(REPORTERS["sarif"](result, OPTIONS))


def test_sarif_is_valid_against_the_oasis_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    for result in (_result(), _accepted(), summit_result()):
        errors = sorted(validator.iter_errors(_sarif(result)), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_schema_check_catches_an_invalid_log() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")
    log = _sarif(_result())
    log["runs"][0]["results"][0]["level"] = "fatal"  # not a SARIF level
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert list(validator.iter_errors(log))


def test_sarif_has_one_result_per_finding_with_every_fact_located() -> None:
    result = _result()
    log = _sarif(result)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    results = run["results"]
    assert [r["ruleId"] for r in results] == [f.rule for f in result.findings]
    rules = run["tool"]["driver"]["rules"]
    conflict = rules[results[0]["ruleIndex"]]
    assert conflict["id"] == "date-conflict"
    assert conflict["shortDescription"]["text"] == RULES[0].summary
    assert RULES[0].rationale in conflict["help"]["text"]
    first = results[0]
    assert first["level"] == "error" and first["partialFingerprints"] == {"consistency/v1": FINDINGS[0].fingerprint}
    located = {loc["physicalLocation"]["artifactLocation"]["uri"]: loc["physicalLocation"]["region"] for loc in first["locations"]}
    assert set(located) == {"corpus/herald-summit.md", "corpus/times-summit.txt"}
    herald = located["corpus/herald-summit.md"]
    assert (herald["startLine"], herald["startColumn"]) == (4, HERALD.body.index("May 12") + 1)
    assert herald["snippet"]["text"] == "May 12"
    for item, finding in zip(results, result.findings, strict=True):
        assert len(item["locations"]) == len(finding.fact_ids)


def test_sarif_marks_suppressed_and_new_findings() -> None:
    run = _sarif(_accepted())["runs"][0]
    silenced = [r for r in run["results"] if "suppressions" in r]
    assert len(silenced) == 1
    assert silenced[0]["suppressions"][0]["kind"] == "inSource"
    assert "the Gazette confirmed its sources" in silenced[0]["suppressions"][0]["justification"]
    assert all(r["baselineState"] == "new" for r in run["results"] if "suppressions" not in r)
    assert run["properties"]["baselined"] == 1 and run["properties"]["baselinedGone"] == 1


# --- GitHub and JUnit: golden files --------------------------------------------------------------------


def test_github_matches_golden_file() -> None:
    assert_golden("summit.github.txt", REPORTERS["github"](_accepted(), OPTIONS))


def test_github_commands_point_at_the_outlier_with_escaped_values() -> None:
    out = REPORTERS["github"](_result(), OPTIONS)
    commands = [line for line in out.splitlines() if line.startswith("::")]
    # warnings and errors only by default: the conflict and the two compatible differences
    assert [c.split(" ", 1)[0] for c in commands] == ["::error", "::warning", "::warning"]
    assert commands[0].startswith("::error file=corpus/herald-summit.md,line=4,col=")
    assert "\n" not in commands[0] and "%0A" in commands[0]  # the evidence lines are escaped
    assert "title=date-conflict (conflict)%3A summit date" in commands[0]
    with_info = REPORTERS["github"](_result(), dataclasses.replace(OPTIONS, fail_on="info"))
    assert sum(1 for line in with_info.splitlines() if line.startswith("::notice")) == 3


def test_in_check_mode_annotations_sit_on_the_draft() -> None:
    from consistency.model import DraftVerdict

    finding = dataclasses.replace(
        FINDINGS[0], drafts=(DraftVerdict("a2", "f2", "conflicts", contradicting=("f1",), message="the draft says May 13"),)
    )
    result = _result(findings=(finding,), mode="check", draft_ids=("a2",))
    command = REPORTERS["github"](result, OPTIONS).splitlines()[0]
    assert command.startswith("::error file=corpus/times-summit.txt,line=1,")
    sarif = _sarif(result)["runs"][0]["results"][0]
    assert sarif["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/times-summit.txt"
    assert sarif["properties"]["drafts"][0]["verdict"] == "conflicts"
    rows = list(csv.DictReader(io.StringIO(REPORTERS["csv"](result, OPTIONS))))
    assert {r["fact_id"]: r["draft_verdict"] for r in rows} == {"f1": "", "f2": "conflicts"}


def test_junit_matches_golden_file() -> None:
    assert_golden("summit.junit.xml", REPORTERS["junit"](_accepted(), OPTIONS))


@pytest.mark.parametrize(("fail_on", "failures"), [("error", 1), ("warning", 3), ("info", 6), ("never", 0)])
def test_junit_fails_a_testcase_per_finding_at_or_above_fail_on(fail_on: str, failures: int) -> None:
    xml = REPORTERS["junit"](_result(), dataclasses.replace(OPTIONS, fail_on=fail_on))
    root = ET.fromstring(xml)
    suites = root.findall("testsuite")
    assert len(suites) == 1 and suites[0].get("name", "").endswith("[e1]")
    cases = suites[0].findall("testcase")
    assert len(cases) == len(FINDINGS)
    assert sum(1 for c in cases if c.find("failure") is not None) == failures
    assert root.get("failures") == str(failures)


def test_junit_stays_well_formed_with_control_characters_in_article_text() -> None:
    result = _result()
    fact = dataclasses.replace(FACTS[0], sentence="Leaders meet\x01 on May 12\x00.")
    facts = tuple(fact if f.id == fact.id else f for f in result.facts)
    root = ET.fromstring(REPORTERS["junit"](dataclasses.replace(result, facts=facts), OPTIONS))
    assert "Leaders meet\ufffd on May 12\ufffd." in (root.find("testsuite/testcase/failure").text or "")  # type: ignore[union-attr]


def test_html_names_what_was_accepted_and_left_out() -> None:
    page = REPORTERS["html"](_accepted(), OPTIONS)
    assert "Accepted, not shown (2)" in page
    assert "1 finding recorded in .consistency-baseline.json is not shown; 1 recorded finding is gone" in page
    assert "suppressed in corpus/herald-summit.md:9: the Gazette confirmed its sources to our desk" in page
    assert "Accepted, not shown" not in REPORTERS["html"](_result(), OPTIONS)


# --- CSV ------------------------------------------------------------------------------------------


def test_csv_has_a_row_per_finding_and_fact() -> None:
    result = _accepted()
    rows = list(csv.DictReader(io.StringIO(REPORTERS["csv"](result, OPTIONS))))
    expected = sum(len(f.fact_ids) for f in result.findings) + sum(len(s.finding.fact_ids) for s in result.suppressed)
    assert len(rows) == expected
    may = next(r for r in rows if r["fact_id"] == "f1")
    assert (may["rule"], may["path"], may["line"], may["text"]) == ("date-conflict", "corpus/herald-summit.md", "4", "May 12")
    assert HERALD_FILE_TEXT.split("\n")[3][int(may["column"]) - 1 :].startswith("May 12")
    silenced = [r for r in rows if r["suppressed"]]
    assert silenced and {r["rule"] for r in silenced} == {"source-chain"}


def test_csv_defuses_cells_a_spreadsheet_would_run() -> None:
    finding = dataclasses.replace(FINDINGS[0], message="=HYPERLINK(\"http://x.invalid\")")
    rows = list(csv.reader(io.StringIO(REPORTERS["csv"](_result(findings=(finding,)), OPTIONS))))
    assert rows[1][9].startswith("'=")


# --- through the command line ---------------------------------------------------------------------------


def test_cli_writes_each_format(corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus({
        "velmora-times/strike.md": "---\noutlet: Velmora Times\npublished: 2025-05-02\n---\n"
        "# Dock strike in Velmora\n\nAbout 1,200 dock workers walked out on Friday, the union said.\n",
        "brask-daily/strike.md": "---\noutlet: Brask Daily\npublished: 2025-05-02\n---\n"
        "# Velmora dockers strike\n\nIn Velmora, 2,100 dock workers walked out on Friday, the union said.\n",
    })
    for fmt in ("sarif", "github", "junit", "csv"):
        out = tmp_path / f"report.{fmt}"
        code = main(["audit", str(root), "--format", fmt, "--output", str(out), "--quiet"])
        assert code in (0, 1) and out.read_text(encoding="utf-8").strip()
    log = json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))
    regions = [
        loc["physicalLocation"].get("region")
        for result in log["runs"][0]["results"]
        for loc in result["locations"]
    ]
    assert regions and all(region and region["startLine"] >= 5 for region in regions)  # after front matter and title
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")
    assert not list(jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).iter_errors(log))
    junit = ET.fromstring((tmp_path / "report.junit").read_text(encoding="utf-8"))
    assert junit.get("failures") == "1"  # the dock-worker count, an error
    rows = list(csv.DictReader(io.StringIO((tmp_path / "report.csv").read_text(encoding="utf-8"))))
    assert {r["outlet"] for r in rows if r["rule"] == "figure-conflict"} == {"Velmora Times", "Brask Daily"}
    capsys.readouterr()
