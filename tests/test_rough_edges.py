"""Report rough edges of the workflows issue, each pinned by a test."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from consistency.cli import main
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article
from tests.conftest import EXAMPLES

GOOD = "---\noutlet: Velmora Times\npublished: 2025-06-03\n---\nA magnitude 6.9 earthquake struck Halvik on Monday.\n"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():  # type: ignore[no-untyped-def]
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_reports_honour_the_umask_also_when_replacing(capsys, tmp_path: Path, umask_022) -> None:  # type: ignore[no-untyped-def]
    html, out = tmp_path / "report.html", tmp_path / "report.json"
    main(["audit", str(EXAMPLES), "--html", str(html), "--format", "json", "--output", str(out), "--fail-on", "never"])
    assert _mode(html) == _mode(out) == 0o644
    html.chmod(0o600)
    main(["audit", str(EXAMPLES), "--html", str(html), "--fail-on", "never"])
    assert _mode(html) == 0o644
    os.umask(0o077)
    main(["audit", str(EXAMPLES), "--html", str(html), "--fail-on", "never"])
    assert _mode(html) == 0o600
    capsys.readouterr()


def test_input_errors_are_path_line_problem(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"bad.md": "---\noutlet: Brask Daily\npublished: someday soon\n---\nText.\n"})
    assert main(["audit", str(root / "bad.md")]) == 2
    err = capsys.readouterr()[1]
    assert err.startswith(f"{root / 'bad.md'}:3: ") and not err.startswith("consistency:")
    assert len(err.strip().splitlines()) == 1


def test_strict_names_every_bad_file(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({"good.md": GOOD, "empty.md": "", "binary.md": b"\x00\x01\x02\xff" * 20, "bad.md": "---\npublished: [\n---\nText.\n"})
    code = main(["audit", str(root), "--strict"])
    err = capsys.readouterr()[1]
    assert code == 2
    named = {line.split(":", 1)[0] for line in err.strip().splitlines()}
    assert named == {str(root / n) for n in ("empty.md", "binary.md", "bad.md")}
    # without --strict the run goes on and each skipped file is one path: problem line
    assert main(["audit", str(root), "--fail-on", "never"]) == 0
    skipped = [line for line in capsys.readouterr()[1].splitlines() if line.endswith("(skipped)")]
    assert len(skipped) == 3 and all(line.startswith(str(root)) for line in skipped)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The two countries signed the deal in Velmora on Monday.", []),
        ("Officials said these two men were later released.", []),
        ("Officials said these three men were later released.", ["three"]),
        ("The storm killed two people in Brask.", ["two"]),
        ("Two people were hurt, and the 12 miners were rescued.", ["Two", "12"]),
    ],
)
def test_the_two_countries_is_not_a_figure(text: str, figures: list[str]) -> None:
    facts, _ = extract_facts(Article(id="a", path="a.md", outlet="Velmora Times", body=text, published=dt.date(2025, 6, 3)))
    assert [f.text for f in facts if f.kind == "figure"] == figures


@pytest.mark.parametrize(
    "byline",
    [
        "June 3, 2025 6:40 AM",
        "By Marta Vellacourt | June 3, 2025 6:40 AM",
        "Marta Vellacourt, June 3, 2025, 6:40 a.m.",
        "Published: 03 June 2025 06:40",
        "Velmora Times | 3 June 2025, 06:40",
        "Updated June 3, 2025 at 6:40 a.m. EDT",
    ],
)
def test_byline_times_are_treated_alike(byline: str) -> None:
    """Whatever its shape, a byline's time is the page's stamp: never a fact to compare."""
    body = f"{byline}\n\nA magnitude 6.9 earthquake struck Halvik on Monday, the seismic survey said.\n"
    article = Article(id="a", path="a.md", outlet="Velmora Times", body=body, published=dt.date(2025, 6, 3))
    facts = frame_facts(article, extract_facts(article)[0])
    story = [f.text for f in facts if f.kind == "date" and f.frame is not None and f.frame.measure != "publication"]
    assert story == ["Monday"]  # the byline's time is never a date of the story, whatever the byline's shape
    assert all(f.frame is not None and f.frame.repeats for f in facts if f.kind == "date" and f.text != "Monday")


def test_a_dated_sentence_near_the_top_is_still_a_fact() -> None:
    body = "# Quake Hits Halvik On Monday\n\nOn June 3, 2025 at 6:40 a.m. a magnitude 6.9 earthquake struck Halvik.\n"
    facts, _ = extract_facts(Article(id="a", path="a.md", outlet="Velmora Times", body=body, published=dt.date(2025, 6, 3)))
    assert [f.text for f in facts if f.kind == "date"] == ["Monday", "June 3, 2025 at 6:40 a.m."]
