"""Living with known findings: baselines (new findings only) and inline suppressions (with a reason)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from consistency.baseline import Baseline, apply_baseline, load_baseline
from consistency.cli import main
from consistency.errors import InputError
from consistency.model import Article
from consistency.suppressions import apply_suppressions, parse_suppressions

try:  # tests/ is a package in some layouts and a plain folder on sys.path in others
    from tests.report_fixtures import FINDINGS, summit_result
except ImportError:
    from report_fixtures import FINDINGS, summit_result

FRONT = "---\noutlet: {outlet}\npublished: 2025-05-02\n---\n"
DOCKS = {
    "velmora-times/strike.md": FRONT.format(outlet="Velmora Times")
    + "Dock workers in Velmora began a strike on Friday. About 1,200 dock workers walked out, the union said.\n",
    "halvik-herald/strike.md": FRONT.format(outlet="Halvik Herald")
    + "Some 1,200 dock workers in Velmora walked out on Friday in a strike over pay, the union said.\n",
    "brask-daily/strike.md": FRONT.format(outlet="Brask Daily")
    + "In Velmora, 2,100 dock workers walked out on Friday, the union said, in a strike over pay.\n",
}
IGNORE = "<!-- consistency: ignore figure-conflict the union corrected the count to 2,100 on Saturday -->\n"


def _audit(*args: str) -> tuple[int, dict]:
    out_file = Path(args[-1])
    code = main(["audit", *args[:-1], "--format", "json", "--output", str(out_file), "--quiet"])
    return code, json.loads(out_file.read_text(encoding="utf-8")) if out_file.exists() else {}


# --- inline suppressions ----------------------------------------------------------------------------


def _article(body: str, body_line: int = 1) -> Article:
    return Article(id="a", path="desk/velmora.md", outlet="Velmora Times", body=body, body_line=body_line)


def test_a_directive_names_its_rule_reason_and_file_line() -> None:
    body = "Dock workers walked out.\n\n" + IGNORE + "More text.\n"
    (found,) = parse_suppressions(_article(body, body_line=5), ["figure-conflict", "date-conflict"])
    assert found.rule == "figure-conflict"
    assert found.reason == "the union corrected the count to 2,100 on Saturday"
    assert found.line == 7  # the body starts on line 5; the directive is its third line


@pytest.mark.parametrize(
    ("directive", "problem"),
    [
        ("<!-- consistency: ignore figure-conflict -->", "gives no reason"),
        ("<!-- consistency: ignore figure-conflcit a typo in the id -->", "did you mean 'figure-conflict'"),
        ("<!-- consistency: silence figure-conflict because -->", "unknown action 'silence'"),
        ("<!-- consistency: ignore -->", "needs a rule id and a reason"),
        ("<!-- consistency: ignore figure-conflict never closed", "no closing '-->'"),
    ],
)
def test_a_malformed_directive_is_an_error_at_its_line(directive: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_suppressions(_article("First line.\n" + directive + "\n", body_line=4), ["figure-conflict"])
    assert problem in caught.value.one_line()
    assert caught.value.one_line().startswith("desk/velmora.md:5: ")


def test_a_suppression_silences_its_rule_for_its_article_only() -> None:
    # FINDINGS[0] (date-conflict) involves a1 and a2; FINDINGS[5] (single-source) only a1.
    result = summit_result()
    times = next(a for a in result.articles if a.id == "a2")
    silenced = dataclasses.replace(times, body=times.body + "\n" + "<!-- consistency: ignore date-conflict checked with the ministry -->")
    meridian = next(a for a in result.articles if a.id == "a3")
    other_rule = dataclasses.replace(meridian, body=meridian.body + "\n<!-- consistency: ignore single-source the Herald alone -->")
    result = dataclasses.replace(
        result, articles=tuple({"a2": silenced, "a3": other_rule}.get(a.id, a) for a in result.articles)
    )
    after = apply_suppressions(result, [f.rule for f in FINDINGS])
    assert [s.finding.rule for s in after.suppressed] == ["date-conflict"]
    assert after.suppressed[0].article_id == "a2" and after.suppressed[0].reason == "checked with the ministry"
    # single-source is suppressed in a3, but its finding is about a1's fact only: still reported
    assert "single-source" in [f.rule for f in after.findings]
    assert len(after.findings) == len(FINDINGS) - 1


def test_cli_suppression_with_a_reason_silences_one_rule_for_one_article(corpus, tmp_path: Path) -> None:
    files = dict(DOCKS)
    files["brask-daily/strike.md"] = files["brask-daily/strike.md"].replace("---\nIn Velmora", "---\n" + IGNORE + "In Velmora")
    root = corpus(files)
    code, doc = _audit(str(root), str(tmp_path / "out.json"))
    assert code == 0
    assert [f["rule"] for f in doc["findings"] if f["status"] == "conflict"] == []
    (item,) = doc["suppressed"]
    assert item["finding"]["rule"] == "figure-conflict"
    assert item["reason"] == "the union corrected the count to 2,100 on Saturday"
    assert item["line"] == 5  # after four lines of front matter
    assert any(f["rule"] != "figure-conflict" for f in doc["findings"])  # other rules still report
    # the directive's own figures and dates never become facts
    brask = next(a["id"] for a in doc["articles"] if a["outlet"] == "Brask Daily")
    assert all("corrected" not in f["sentence"] for f in doc["facts"] if f["article_id"] == brask)


def test_terminal_lists_suppressions_with_their_reason(corpus, capsys: pytest.CaptureFixture[str]) -> None:
    files = dict(DOCKS)
    files["brask-daily/strike.md"] = files["brask-daily/strike.md"].replace("---\nIn Velmora", "---\n" + IGNORE + "In Velmora")
    root = corpus(files)
    capsys.readouterr()
    assert main(["audit", str(root), "--quiet", "--no-color"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 suppressed inline" in out
    assert "Suppressed inline (1) figure-conflict · " in out
    assert "the union corrected the count to 2,100 on Saturday (" in out and "brask-daily/strike.md:5)" in out


def test_cli_suppression_without_a_reason_exits_2(corpus, capsys: pytest.CaptureFixture[str]) -> None:
    files = dict(DOCKS)
    files["brask-daily/strike.md"] += "<!-- consistency: ignore figure-conflict -->\n"
    root = corpus(files)
    capsys.readouterr()
    assert main(["audit", str(root), "--quiet"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "brask-daily/strike.md:6: " in captured.err and "gives no reason" in captured.err


# --- baselines ------------------------------------------------------------------------------------------


def test_baseline_then_audit_reports_nothing_new(corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(DOCKS)
    base = tmp_path / ".consistency-baseline.json"
    assert main(["baseline", str(root), "--output", str(base), "--quiet"]) == 0
    recorded = json.loads(base.read_text(encoding="utf-8"))
    assert recorded["baseline_version"] == 1
    assert "figure-conflict" in [e["rule"] for e in recorded["findings"]]
    assert main(["audit", str(root), "--quiet"]) == 1  # without the baseline the conflict fails the run
    code, doc = _audit(str(root), "--baseline", str(base), str(tmp_path / "out.json"))
    assert code == 0 and doc["findings"] == []
    assert doc["baseline"]["baselined"] == len(recorded["findings"]) and doc["baseline"]["gone"] == 0
    capsys.readouterr()
    main(["audit", str(root), "--baseline", str(base)])
    summary = " ".join(capsys.readouterr().out.split())  # the terminal report wraps long paths
    assert f"{len(recorded['findings'])} baselined in {base}, 0 baselined findings gone" in summary


def test_baseline_is_byte_identical_across_runs(corpus, tmp_path: Path) -> None:
    root = corpus(DOCKS)
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    assert main(["baseline", str(root), "-o", str(first), "--quiet"]) == 0
    assert main(["baseline", str(root), "-o", str(second), "--quiet"]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_baseline_survives_file_moves_and_unrelated_edits(corpus, tmp_path: Path) -> None:
    root = corpus(DOCKS)
    base = tmp_path / "base.json"
    assert main(["baseline", str(root), "-o", str(base), "--quiet"]) == 0
    moved = tmp_path / "archive" / "2025"
    shutil.copytree(root, moved / "may")
    shutil.rmtree(root)
    renamed = moved / "may" / "velmora-times" / "strike.md"
    text = renamed.read_text(encoding="utf-8")
    renamed.unlink()
    (renamed.parent / "2025-05-02-dock-strike.md").write_text(
        text.replace("---\nDock", "---\nUpdated with a photo caption.\n\nDock"), encoding="utf-8"
    )
    code, doc = _audit(str(moved), "--baseline", str(base), str(tmp_path / "out.json"))
    assert (code, doc["findings"], doc["baseline"]["gone"]) == (0, [], 0)


def test_a_new_conflicting_article_is_reported_and_the_old_finding_counted_gone(corpus, tmp_path: Path) -> None:
    root = corpus(DOCKS)
    base = tmp_path / "base.json"
    assert main(["baseline", str(root), "-o", str(base), "--quiet"]) == 0
    (root / "norland-post").mkdir()
    (root / "norland-post" / "strike.md").write_text(
        FRONT.format(outlet="Norland Post")
        + "In Velmora, 3,400 dock workers walked out on Friday in a strike over pay, the union said.\n",
        encoding="utf-8",
    )
    code, doc = _audit(str(root), "--baseline", str(base), str(tmp_path / "out.json"))
    assert code == 1
    conflicts = [f for f in doc["findings"] if f["rule"] == "figure-conflict"]
    assert len(conflicts) == 1
    assert doc["baseline"]["gone"] >= 1  # the three-outlet conflict is now a four-outlet one


def test_a_fingerprint_recorded_once_stands_for_one_finding() -> None:
    result = summit_result()
    doubled = dataclasses.replace(result, findings=(FINDINGS[0], FINDINGS[0], FINDINGS[1]))
    after = apply_baseline(doubled, Baseline("b.json", __import__("collections").Counter({FINDINGS[0].fingerprint: 1, "ffff": 1})))
    assert [f.rule for f in after.findings] == ["date-conflict", "figure-tolerance"]
    assert after.baseline is not None
    assert (after.baseline.baselined, after.baseline.gone, after.baseline.gone_fingerprints) == (1, 1, ("ffff",))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "baseline file not found"),
        ("{not json", "invalid JSON"),
        ('{"baseline_version": 1, "findings": [{"rule": "x"}]}', "finding 1 has no 'fingerprint'"),
        ('{"baseline_version": 9, "findings": []}', "version 9 is not supported"),
        ("[]", "expected an object with a 'findings' list"),
    ],
)
def test_a_bad_baseline_file_is_a_one_line_error(tmp_path: Path, content: str | None, problem: str) -> None:
    path = tmp_path / "base.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    assert problem in caught.value.one_line() and caught.value.one_line().startswith(str(path))


def test_cli_bad_baseline_exits_2_before_writing(corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(DOCKS)
    out = tmp_path / "out.json"
    assert main(["audit", str(root), "--baseline", str(tmp_path / "missing.json"), "--format", "json", "-o", str(out), "--quiet"]) == 2
    assert not out.exists()
    assert "missing.json: baseline file not found" in capsys.readouterr().err
