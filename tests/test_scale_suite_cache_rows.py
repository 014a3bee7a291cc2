"""The scale suite's warm-cache rows: measured only against the source the cold run had."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.suites import scale


@pytest.fixture
def timed_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-article corpus, and runs that take 5 s of wall time and 4 s of CPU each."""
    folder = tmp_path / "corpus"
    (folder / "c0").mkdir(parents=True)
    (folder / "c0" / "zymbel.txt").write_text("Zymbel Hall shut its doors on Monday.\n", encoding="utf-8")
    monkeypatch.setattr(scale, "measured", lambda command, pycache=None: scale.Measured(5.0, 0, 0, 4.0))
    return folder


def test_warm_rows_are_measured_when_the_source_is_the_cold_runs(timed_runs: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scale, "tool_digest", lambda: "digest-a")
    rows = scale._cache_rows(timed_runs, 1, 100.0, tmp_path, cold_cpu=80.0, cold_digest="digest-a")
    values = {row.key: row.value for row in rows}
    assert values["scale.cache.warm_fraction"] == pytest.approx(0.05)
    assert values["scale.cache.precommit_cpu_fraction"] == pytest.approx(0.05)


def test_warm_rows_are_not_measured_after_the_source_changed(timed_runs: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A commit landing in the checkout during a long cold run makes every entry miss: the warm run is
    a second cold run, not a measure of the cache (a 100k run's 0.95x)."""
    monkeypatch.setattr(scale, "tool_digest", lambda: "digest-b")
    rows = scale._cache_rows(timed_runs, 1, 100.0, tmp_path, cold_cpu=80.0, cold_digest="digest-a")
    assert {row.key for row in rows} >= {"scale.cache.warm_fraction", "scale.cache.precommit_fraction"}
    assert all(row.value is None for row in rows)
    assert all("source changed" in row.shown() for row in rows)


def test_tool_digest_follows_the_source_the_cache_keys_hold() -> None:
    from consistency.cache import source_digest

    assert scale.tool_digest() == source_digest()
