"""Fingerprints name what a finding says: stable across runs, file moves and unrelated edits."""

from __future__ import annotations

from pathlib import Path

from consistency.engine import run
from consistency.fingerprint import fingerprint

DOCKS = {
    "a.md": "---\noutlet: Velmora Times\npublished: 2025-05-02\n---\n"
    "Dock workers in Velmora began a strike on Friday. About 1,200 dock workers walked out, the union said.\n",
    "b.md": "---\noutlet: Halvik Herald\npublished: 2025-05-02\n---\n"
    "Some 1,200 dock workers in Velmora walked out on Friday in a strike over pay, the union said.\n",
    "c.md": "---\noutlet: Brask Daily\npublished: 2025-05-02\n---\n"
    "In Velmora, 2,100 dock workers walked out on Friday, the union said, in a strike over pay.\n",
}


def _prints(root: Path) -> dict[str, str]:
    result = run([root])
    return {f.rule + " " + f.slot: f.fingerprint for f in result.findings}


def test_order_case_and_repetition_do_not_matter() -> None:
    a = fingerprint("figure-conflict", "Number of dock workers", [("Velmora Times", "1200"), ("Brask Daily", "2100")])
    b = fingerprint("figure-conflict", "number of  dock workers", [("brask daily", "2100"), ("Velmora Times", "1200"), ("Velmora Times", "1200")])
    assert a == b and len(a) == 16
    assert a != fingerprint("figure-conflict", "number of dock workers", [("Velmora Times", "1200"), ("Brask Daily", "2000")])
    assert a != fingerprint("figure-agree", "number of dock workers", [("Velmora Times", "1200"), ("Brask Daily", "2100")])


def test_stable_across_file_moves_and_unrelated_edits(corpus, tmp_path: Path) -> None:
    first = _prints(corpus(DOCKS))
    assert any("conflict" in key for key in first)
    moved = tmp_path / "elsewhere" / "deeper"
    moved.mkdir(parents=True)
    for name, text in DOCKS.items():
        # other file names, and an unrelated paragraph added above the facts
        (moved / f"renamed-{name}").write_text(text.replace("---\nDock", "---\nA note from the desk.\n\nDock"), encoding="utf-8")
    assert _prints(moved) == first


def test_changes_when_a_value_changes(corpus) -> None:
    before = _prints(corpus(DOCKS))
    edited = dict(DOCKS, **{"c.md": DOCKS["c.md"].replace("2,100", "2,400")})
    after = _prints(corpus(edited))
    conflict = [k for k in before if "conflict" in k]
    assert conflict and all(before[k] != after.get(k) for k in conflict)
