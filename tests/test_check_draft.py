"""`check` judges the draft against its sources; the sources' own disagreements are context only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.cli import main


def _article(outlet: str, text: str, published: str | None = "2025-06-03") -> str:
    head = f"---\noutlet: {outlet}\n" + (f"published: {published}\n" if published else "") + "---\n"
    return head + text + "\n"


# Four sources on one earthquake: three give magnitude 6.9, Velmora Times gives 5.9.
QUAKE_SOURCES = {
    "src/velmora.md": _article("Velmora Times", "A magnitude 5.9 earthquake struck Halvik on Monday, the seismic survey said."),
    "src/herald.md": _article("Halvik Herald", "The earthquake that struck Halvik on Monday had a magnitude of 6.9, the seismic survey said."),
    "src/brask.md": _article("Brask Daily", "A 6.9-magnitude earthquake struck Halvik on Monday, the seismic survey said."),
    "src/dravik.md": _article("Dravik Post", "A magnitude 6.9 earthquake hit Halvik on Monday, according to the seismic survey."),
}
GOOD_DRAFT = _article("Our Desk", "A magnitude 6.9 earthquake struck Halvik on Monday, the seismic survey said.", None)
BAD_DRAFT = GOOD_DRAFT.replace("6.9", "5.9")


def _check(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _magnitude(data: dict) -> dict:  # type: ignore[type-arg]
    [finding] = [f for f in data["findings"] if f["slot"].startswith("magnitude")]
    return finding


def test_a_draft_agreeing_with_the_majority_passes_and_names_the_outlier_source(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({**QUAKE_SOURCES, "draft.md": GOOD_DRAFT})
    code, out, err = _check(capsys, root / "draft.md", "--against", root / "src")
    assert (code, err) == (0, "")
    assert "Velmora Times" in out and "outlier is a source" in out
    code, out, _ = _check(capsys, root / "draft.md", "--against", root / "src", "--format", "json")
    assert code == 0
    magnitude = _magnitude(json.loads(out))
    assert magnitude["status"] == "conflict" and magnitude["severity"] == "info"  # the sources' conflict: context
    [verdict] = magnitude["drafts"]
    assert verdict["verdict"] == "agrees"
    facts = {f["id"]: f for f in json.loads(out)["facts"]}
    outlets = {a["id"]: a["outlet"] for a in json.loads(out)["articles"]}
    assert {outlets[facts[i]["article_id"]] for i in verdict["contradicting"]} == {"Velmora Times"}
    assert {outlets[facts[i]["article_id"]] for i in verdict["supporting"]} == {"Halvik Herald", "Brask Daily", "Dravik Post"}
    assert json.loads(out)["summary"]["draft_verdicts"]["conflicts"] == 0


def test_a_contradicting_draft_fails_and_names_the_sources_against_it(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({**QUAKE_SOURCES, "draft.md": BAD_DRAFT})
    code, out, _ = _check(capsys, root / "draft.md", "--against", root / "src")
    assert code == 1
    line = " ".join(out.split())
    against = line.split("is contradicted by ", 1)[1].split(" (", 1)[0]
    assert set(against.split(", ")) == {"Halvik Herald", "Brask Daily", "Dravik Post"}
    assert "Velmora Times supports it" in line
    code, out, _ = _check(capsys, root / "draft.md", "--against", root / "src", "--format", "json")
    magnitude = _magnitude(json.loads(out))
    assert magnitude["severity"] == "error" and [d["verdict"] for d in magnitude["drafts"]] == ["conflicts"]


def test_sources_before_the_draft_keep_the_draft(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({**QUAKE_SOURCES, "draft.md": BAD_DRAFT})
    code, out, _ = _check(capsys, "--against", root / "src", root / "draft.md", "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["mode"] == "check"
    assert [a["path"] for a in data["articles"] if a.get("draft")] == [str(root / "draft.md")]
    with pytest.raises(SystemExit) as stop:  # a usage error, like any other argparse one
        _check(capsys, "--against", root / "src")
    assert stop.value.code == 2 and "DRAFT" in capsys.readouterr()[1]


FLOOD_SOURCES = {
    "src/velmora.md": _article("Velmora Times", "Floods in Brask forced the evacuation of more than 1,500 people on Tuesday, "
                               "officials said. The storm killed 12 people."),
    "src/herald.md": _article("Halvik Herald", "More than 1,500 people were evacuated from Brask on Tuesday as floods rose, "
                              "officials said. The storm killed 12 people."),
    "src/dravik.md": _article("Dravik Post", "The death toll from the Brask floods rose to 19, officials said on Thursday, "
                              "after more than 1,500 people were evacuated on Tuesday.", "2025-06-05"),
}


def test_stale_over_precise_and_unsupported(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    draft = _article("Our Desk", "Floods in Brask forced 1,512 people from their homes on Tuesday, officials said. "
                     "The storm killed 12 people. Rescuers used 14 boats.", None)
    root = corpus({**FLOOD_SOURCES, "draft.md": draft})
    code, out, _ = _check(capsys, root / "draft.md", "--against", root / "src", "--format", "json")
    data = json.loads(out)
    [toll] = [f for f in data["findings"] if f["drafts"] and f["slot"].startswith("death toll")]
    assert toll["drafts"][0]["verdict"] == "stale" and toll["severity"] == "warning"
    facts = {f["id"]: f for f in data["facts"]}
    assert [facts[i]["text"] for i in toll["drafts"][0]["newer"]] == ["19"]
    assert "Dravik Post published later" in toll["message"]
    evacuated = [f for f in data["findings"] if f["drafts"] and f["drafts"][0]["verdict"] == "over_precise"]
    assert [facts[f["drafts"][0]["fact_id"]]["text"] for f in evacuated] == ["1,512"]
    unsupported = [f for f in data["findings"] if f["drafts"] and f["drafts"][0]["verdict"] == "unsupported"]
    assert [facts[f["drafts"][0]["fact_id"]]["text"] for f in unsupported] == ["14"]
    assert all(f["severity"] == "info" for f in unsupported)
    assert code == 0  # warnings only: below the default --fail-on error
    assert _check(capsys, root / "draft.md", "--against", root / "src", "--fail-on", "warning")[0] == 1


def test_audit_findings_carry_no_draft_verdicts(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    root: Path = corpus(QUAKE_SOURCES)
    code = main(["audit", str(root), "--format", "json"])
    data = json.loads(capsys.readouterr()[0])
    assert code == 1 and all("drafts" not in f for f in data["findings"])
    assert "draft_verdicts" not in data["summary"]


def test_terminal_puts_the_draft_sentence_first(capsys, corpus) -> None:  # type: ignore[no-untyped-def]
    root = corpus({**QUAKE_SOURCES, "draft.md": BAD_DRAFT})
    _, out, _ = _check(capsys, root / "draft.md", "--against", root / "src")
    assert "draft: 1 conflicts" in out
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.strip().startswith("CONFLICTS") and "magnitude" in line)
    assert lines[head + 1].strip().startswith("draft (Our Desk): A [magnitude 5.9] earthquake")
    following = " ".join(lines[head + 2 : head + 6])
    assert following.index("contradicted by:") < following.index("supported by: Velmora Times")


def test_html_puts_the_draft_first_then_sources_against_and_for_it(capsys, corpus, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = corpus({**QUAKE_SOURCES, "draft.md": BAD_DRAFT})
    target = tmp_path / "check.html"
    assert _check(capsys, root / "draft.md", "--against", root / "src", "--html", target)[0] == 1
    html = target.read_text(encoding="utf-8")
    section = html[html.index('<div class="draft-check">') : html.index('<div class="table-wrap">')]
    first = section[section.index('<li class="draft-item verdict-conflicts">') :]
    own, against, support = (first.index(marker) for marker in ("Our Desk (draft)", "Contradicted by", "Supported by"))
    assert own < against < support
    between = first[against:support]
    assert all(name in between for name in ("Brask Daily", "Dravik Post", "Halvik Herald")) and "Velmora" not in between
    assert 'class="badge conflict">1 conflicts' in html  # the draft's verdicts in the summary
