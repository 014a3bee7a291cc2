"""The debugging stage clock writes nothing unless asked, and one line per lap when asked."""

from __future__ import annotations

import pytest

from consistency import stage_clock


def test_silent_by_default(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(stage_clock.ENV, raising=False)
    stage_clock.lap("extract")
    stage_clock.note("largest block", 40)
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_a_lap_per_line_when_asked(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(stage_clock.ENV, "1")
    stage_clock.lap("extract")
    stage_clock.lap("group: linkage")
    stage_clock.note("largest block", 40)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split()[1] for line in lines[:2]] == ["extract", "group:"]
    assert all(" wall " in line and " cpu(main) " in line and " cpu(all) " in line and "MiB" in line for line in lines[:2])
    assert lines[2] == "stage-note largest block: 40"
