"""The command line: exit codes, stdout and stderr together, and nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.cli import main
from tests.conftest import EXAMPLES

SUMMIT_A = """---
outlet: Harbor Post
published: 2024-03-11
---
President Biden and Prime Minister Kishida will meet in Washington on April 10, the newspaper Yomiuri reported.
"""
SUMMIT_B = SUMMIT_A.replace("Harbor Post", "Capital Wire").replace("April 10", "April 12")


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_audit_examples_text_summary_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "audit", EXAMPLES)
    assert code == 1  # the planted discrepancies are errors
    assert "conflict" in out and "Eastern Ledger" in out
    assert err == ""


def test_fail_on_never_and_info(capsys: pytest.CaptureFixture[str], corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"a.md": SUMMIT_A, "b.md": SUMMIT_A.replace("Harbor Post", "Capital Wire")})
    assert run_cli(capsys, "audit", root)[0] == 0  # they agree: only info findings
    assert run_cli(capsys, "audit", root, "--fail-on", "info")[0] == 1
    root2 = corpus({"c.md": SUMMIT_B})
    assert run_cli(capsys, "audit", root / "a.md", root2 / "c.md", "--fail-on", "never")[0] == 0


def test_json_to_stdout_and_to_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"a.md": SUMMIT_A, "b.md": SUMMIT_B})
    code, out, _ = run_cli(capsys, "audit", root, "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["schema_version"]
    assert {f["status"] for f in data["findings"] if f["kind"] == "date"} == {"conflict"}
    target = tmp_path / "out.json"
    code, out, _ = run_cli(capsys, "audit", root, "--format", "json", "--output", target)
    assert out == "" and json.loads(target.read_text(encoding="utf-8")) == data


def test_compact_json_is_the_same_document_on_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"a.md": SUMMIT_A, "b.md": SUMMIT_B})
    indented = run_cli(capsys, "audit", root, "--format", "json")[1]
    code, compact, _ = run_cli(capsys, "audit", root, "--format", "json", "--compact-json")
    assert code == 1 and compact.count("\n") == 1 and json.loads(compact) == json.loads(indented)
    target = tmp_path / "out.json"
    run_cli(capsys, "audit", root, "--format", "json", "--compact-json", "--output", target)
    assert target.read_text(encoding="utf-8") == compact


def test_html_report_is_written_and_self_contained(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, _, _ = run_cli(capsys, "audit", EXAMPLES, "--html", target)
    assert code == 1
    html = target.read_text(encoding="utf-8")
    assert "April 11" in html and "Eastern Ledger" in html
    assert "http://" not in html.split("<body", 1)[0] and "<link rel=\"stylesheet\"" not in html
    assert not list(tmp_path.glob(".*.tmp"))


def test_check_mode_compares_draft_with_sources(capsys: pytest.CaptureFixture[str], corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"draft/story.md": SUMMIT_B, "sources/wire.md": SUMMIT_A})
    code, out, _ = run_cli(capsys, "check", root / "draft", "--against", root / "sources", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["mode"] == "check"
    assert any(f["status"] == "conflict" and f["kind"] == "date" for f in data["findings"])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.md", b"\x00\x01\x02binary", "binary"),
        ("empty.md", "", "empty"),
        ("latin.md", "caf\xe9 on April 10".encode("latin-1"), "UTF-8"),
        ("broken.md", "---\noutlet: [unclosed\n---\nText on April 10.\n", "front matter"),
    ],
)
def test_bad_input_named_explicitly_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], corpus, tmp_path: Path, name: str, content: str | bytes, message: str  # type: ignore[no-untyped-def]
) -> None:
    root = corpus({name: content, "good.md": SUMMIT_A})
    report = tmp_path / "report.html"
    code, out, err = run_cli(capsys, "audit", root / name, root / "good.md", "--html", report)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(root / name) in lines[0] and message.lower() in lines[0].lower()
    assert "Traceback" not in err
    assert not report.exists()


def test_bad_file_in_a_folder_is_a_reported_problem(capsys: pytest.CaptureFixture[str], corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"binary.md": b"\x00\x00", "a.md": SUMMIT_A, "b.md": SUMMIT_A.replace("Harbor Post", "Capital Wire")})
    code, out, err = run_cli(capsys, "audit", root, "--format", "json")
    assert code == 0
    assert [p["path"].endswith("binary.md") for p in json.loads(out)["problems"]] == [True]
    assert "binary.md" in err
    code, _, err = run_cli(capsys, "audit", root, "--strict")
    assert code == 2 and "binary.md" in err


def test_bad_draft_inside_the_sources_folder_is_named_once(capsys: pytest.CaptureFixture[str], corpus) -> None:  # type: ignore[no-untyped-def]
    # A pre-commit check passes the changed file and the repository it sits in: one bad file, one line.
    root = corpus({"draft.md": b"Caf\xe9 owners met on Monday.\n", "a.md": SUMMIT_A, "b.md": SUMMIT_B})
    code, out, err = run_cli(capsys, "check", root / "draft.md", "--against", root)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "draft.md" in lines[0] and "UTF-8" in lines[0]


def test_unknown_rule_key_is_exit_2_with_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, corpus) -> None:  # type: ignore[no-untyped-def]
    rules = tmp_path / "rules.yaml"
    rules.write_text("id: x\nsummary: s\ncheck: date-agreement\nwhen: conflict\nseverity: error\nmesage: m\n", encoding="utf-8")
    root = corpus({"a.md": SUMMIT_A})
    report = tmp_path / "r.html"
    code, out, err = run_cli(capsys, "audit", root, "--rules", rules, "--html", report)
    assert code == 2 and out == "" and not report.exists()
    assert err.strip() == f"{rules}:6: unknown rule key 'mesage' (did you mean 'message'?)"


def test_missing_path_and_bad_output_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "audit", tmp_path / "nope")
    assert code == 2 and "nope" in err and len(err.strip().splitlines()) == 1
    code, _, err = run_cli(capsys, "audit", EXAMPLES, "--html", tmp_path / "missing" / "r.html")
    assert code == 2 and "does not exist" in err


def test_refuses_to_overwrite_an_input(capsys: pytest.CaptureFixture[str], corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"a.md": SUMMIT_A})
    before = (root / "a.md").read_bytes()
    code, _, err = run_cli(capsys, "audit", root / "a.md", "--format", "json", "--output", root / "a.md")
    assert code == 2 and "refusing" in err
    assert (root / "a.md").read_bytes() == before


def test_rules_list_explain_and_test(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "rules", "list")
    assert code == 0 and "date-conflict" in out and "figure-compatible" in out
    code, out, _ = run_cli(capsys, "rules", "explain", "date-conflict")
    assert code == 0 and "Why it matters" in out and "April 11" in out
    code, _, err = run_cli(capsys, "rules", "explain", "date-conflit")
    assert code == 2 and "did you mean 'date-conflict'" in err
    code, out, _ = run_cli(capsys, "rules", "test")
    assert code == 0 and out.strip().endswith("passed, 0 failed")


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys)
    assert code == 2 and "audit" in err


def test_progress_only_on_a_terminal_and_not_in_ci(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from consistency import cli

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("CI", raising=False)
    assert cli._interactive(Tty())
    monkeypatch.setenv("CI", "true")
    assert not cli._interactive(Tty())
    progress = cli._Progress(enabled=True)
    progress("extract", 50, 120)
    progress("read", 100, 0)
    progress.close()
    err = capsys.readouterr().err
    assert "extract: 50/120" in err and "read: 100 files" in err
    quiet = cli._Progress(enabled=False)
    quiet("extract", 50, 120)
    assert capsys.readouterr().err == ""
