"""The weekly audit: a publication window, a per-outlet scorecard, and a history of runs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from consistency.cli import main


def _article(outlet: str, published: str | None, text: str) -> str:
    return f"---\noutlet: {outlet}\n" + (f"published: {published}\n" if published else "") + f"---\n{text}\n"


QUAKE = {
    "Velmora Times": "A magnitude 5.9 earthquake struck Halvik on Monday, the seismic survey said.",
    "Halvik Herald": "The earthquake that struck Halvik on Monday had a magnitude of 6.9, the seismic survey said.",
    "Brask Daily": "A 6.9-magnitude earthquake struck Halvik on Monday, the seismic survey said.",
    "Dravik Post": "A magnitude 6.9 earthquake hit Halvik on Monday, according to the seismic survey.",
}
STRIKE = {
    "Brask Daily": "Dock workers in Norland began a 48-hour strike at the container port on Tuesday, the union said.",
    "Halvik Herald": "Norland dock workers started a 72-hour strike at the container port on Tuesday, the union said.",
    "Dravik Post": "A 48-hour strike by dock workers closed the container port in Norland on Tuesday, the union said.",
}
BRIDGE = {
    "Brask Daily": "The new bridge over the Vell river in Dravik, which cost $40 million, opened on Wednesday, the city said.",
    "Halvik Herald": "Dravik opened its new bridge over the Vell river on Wednesday; it cost $400 million, the city said.",
    "Velmora Times": "The new Vell river bridge in Dravik, which cost $40 million, opened on Wednesday, the city said.",
}


def _week_one() -> dict[str, str]:
    files = {f"{o}/quake.md": _article(o, "2025-06-03", t) for o, t in QUAKE.items()}
    files |= {f"{o}/strike.md": _article(o, "2025-06-04", t) for o, t in STRIKE.items()}
    files["undated/note.md"] = _article("Norland Notes", None, "The port of Norland was quiet on Tuesday, the union said.")
    files["old/ferry.md"] = _article("Brask Daily", "2025-05-01", "A ferry docked in Norland on Tuesday.")
    return files


def _week_two() -> dict[str, str]:
    # the quake's outlier persists, the strike's length is now agreed, and the bridge's cost is new
    files = {f"{o}/quake.md": _article(o, "2025-06-10", t) for o, t in QUAKE.items()}
    files |= {f"{o}/strike.md": _article(o, "2025-06-11", t.replace("72-hour", "48-hour")) for o, t in STRIKE.items()}
    files |= {f"{o}/bridge.md": _article(o, "2025-06-12", t) for o, t in BRIDGE.items()}
    return files


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _audit(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    code = main(["audit", *map(str, args), "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}, err


def test_the_window_keeps_the_week_and_names_what_it_left_out(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _write(tmp_path / "w1", _week_one())
    code, data, err = _audit(capsys, root, "--since", "2025-06-02", "--until", "2025-06-08")
    window = data["window"]
    assert (window["since"], window["until"], window["kept"]) == ("2025-06-02", "2025-06-08", 7)
    reasons = {Path(e["path"]).parent.name: e["reason"] for e in window["excluded"]}
    assert reasons == {"undated": "no publication date", "old": "published 2025-05-01, before 2025-06-02"}
    assert all("Norland Notes" != a["outlet"] for a in data["articles"])
    assert "1 undated" in err and code == 1
    code, _, err = _audit(capsys, root, "--since", "2025-07-01")
    assert code == 2 and "no article was published in the window" in err
    with pytest.raises(SystemExit):
        main(["audit", str(root), "--since", "last week"])
    assert "is not a date" in capsys.readouterr()[1]
    code = main(["audit", str(root), "--since", "2025-06-09", "--until", "2025-06-02"])
    assert code == 2 and "is after --until" in capsys.readouterr()[1]


def test_two_runs_of_history_show_new_resolved_and_persisting(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    history = tmp_path / "audit-history.sqlite"
    one = _write(tmp_path / "w1", _week_one())
    two = _write(tmp_path / "w2", _week_two())
    _, first, _ = _audit(capsys, one, "--since", "2025-06-02", "--until", "2025-06-08", "--history", history)
    assert first["history"]["previous"] is None and first["history"]["run"] == "2025-06-08"
    assert {e["slot"].split(" (")[0] for e in first["history"]["new"]} == {"magnitude", "duration"}
    _, second, _ = _audit(capsys, two, "--since", "2025-06-09", "--until", "2025-06-15", "--history", history)
    h = second["history"]
    assert (h["run"], h["previous"]) == ("2025-06-15", "2025-06-08")
    assert [e["slot"].split(" (")[0] for e in h["new"]] == ["cost"]
    assert [e["slot"].split(" (")[0] for e in h["resolved"]] == ["duration"]
    assert [(e["slot"].split(" (")[0], e["first_seen"]) for e in h["persisting"]] == [("magnitude", "2025-06-08")]
    trend = {(t["outlet"], t["run"]): t for t in h["trend"]}
    assert trend[("Halvik Herald", "2025-06-08")]["conflict"] > trend[("Halvik Herald", "2025-06-15")]["conflict"]
    assert {run for _, run in trend} == {"2025-06-08", "2025-06-15"}
    # the file holds both runs; running a week again replaces it instead of counting it twice
    _audit(capsys, two, "--since", "2025-06-09", "--until", "2025-06-15", "--history", history)
    with sqlite3.connect(history) as db:
        assert [r[0] for r in db.execute("SELECT label FROM runs ORDER BY label")] == ["2025-06-08", "2025-06-15"]


def test_a_history_file_that_is_not_one_is_an_input_error(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _write(tmp_path / "w2", _week_two())
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database\n", encoding="utf-8")
    code, _, err = _audit(capsys, root, "--history", bogus)
    assert code == 2 and err.startswith(f"{bogus}: not a consistency history database")
    assert bogus.read_text(encoding="utf-8") == "not a database\n"


def test_the_scorecard_is_in_the_json_of_an_audit(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = _write(tmp_path / "w2", _week_two())
    _, data, _ = _audit(capsys, root)
    rows = {r["outlet"]: r for r in data["scorecard"]}
    assert set(rows) == {"Velmora Times", "Halvik Herald", "Brask Daily", "Dravik Post"}
    assert rows["Velmora Times"]["outlier"] == 1 and rows["Halvik Herald"]["outlier"] == 1
    assert rows["Dravik Post"]["articles"] == 2
    for row in rows.values():
        assert abs(row["agree"] + row["compatible"] + row["conflict"] - 1.0) < 1e-3


def _keys(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node).union(*(_keys(child) for child in node.values()))
    if isinstance(node, list):
        return set().union(*(_keys(child) for child in node))
    return set()


def test_every_audit_and_check_field_is_documented(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re

    documented = set(re.findall(r"`([a-z_]+)`", (Path(__file__).resolve().parents[1] / "docs" / "json-schema.md").read_text(encoding="utf-8")))
    history = tmp_path / "h.sqlite"
    one = _write(tmp_path / "w1", _week_one())
    two = _write(tmp_path / "w2", _week_two())
    _audit(capsys, one, "--since", "2025-06-02", "--until", "2025-06-08", "--history", history)
    _, audit, _ = _audit(capsys, two, "--since", "2025-06-09", "--until", "2025-06-15", "--history", history)
    main(["check", str(two / "Velmora Times" / "quake.md"), "--against", str(two), "--format", "json"])
    check = json.loads(capsys.readouterr()[0])
    assert {"scorecard", "window", "history"} <= set(audit) and check["summary"]["draft_verdicts"]
    missing = (_keys(audit) | _keys(check)) - documented
    assert not missing, f"fields missing from docs/json-schema.md: {sorted(missing)}"


def test_the_terminal_summary_says_what_changed_since_last_run(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    history = tmp_path / "h.sqlite"
    one = _write(tmp_path / "w1", _week_one())
    two = _write(tmp_path / "w2", _week_two())
    main(["audit", str(one), "--since", "2025-06-02", "--until", "2025-06-08", "--history", str(history)])
    first = capsys.readouterr()[0]
    assert "window 2025-06-02..2025-06-08: 7 kept, 2 left out (1 undated)" in first
    assert f"first run in {history}: 2 new, 0 resolved, 0 persisting conflicts" in " ".join(first.split())
    main(["audit", str(two), "--since", "2025-06-09", "--until", "2025-06-15", "--history", str(history)])
    assert "since 2025-06-08: 1 new, 1 resolved, 1 persisting conflicts" in capsys.readouterr()[0]
