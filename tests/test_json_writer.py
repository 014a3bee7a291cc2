"""The JSON report is written in pieces, by orjson where it is installed: the same bytes as ``json.dumps``."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from consistency.report import json_report
from consistency.report.json_report import _float, number, pieces


def _reference(doc: dict[str, object]) -> str:
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _document(items: int) -> dict[str, object]:
    """A document like a run's: long lists of small records, nested values, text in several scripts."""
    return {
        "schema_version": "1.4",
        "facts": [
            {"id": f"f{n}", "text": f"Velmora \"{n}\" – Brask\n\tȘtiri 😀 \u2028", "start": n, "value": {
                "low": number(n * 1.5), "high": number(1e20 * n), "tiny": number(n * 3e-7),
                "rate": _float(n / 7), "unit": None, "vague": n % 2 == 0}, "frame": None,
             "ids": [f"f{k}" for k in range(n % 4)], "empty": {}}
            for n in range(items)
        ],
        "events": [],
        "summary": {"facts": items, "zero": 0.0, "negative": -2.5},
        "scorecard": [{"agree": _float(0.00004), "conflict": _float(1 / 3)}],
        "huge": 2**70,
        "keys": {"3": "three", "b": [[], [{}]]},
    }


@pytest.mark.parametrize("items", [0, 1, json_report._CHUNK, json_report._CHUNK * 2 + 3])
def test_pieces_give_the_bytes_of_json_dumps(items: int) -> None:
    doc = _document(items)
    assert "".join(pieces(doc)) == _reference(doc)


def test_pieces_without_orjson_give_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _document(json_report._CHUNK + 5)
    monkeypatch.setattr(json_report, "orjson", None)
    assert "".join(pieces(doc)) == _reference(doc)


def test_floats_python_spells_with_an_exponent_are_marked() -> None:
    for value in (1e16, 1.68e53, 5e-05, -2.5e-9):
        marked = _float(value)
        assert marked == value and type(marked) is not float
        assert "".join(pieces({"x": [marked]})) == _reference({"x": [value]})
    for value in (0.5, 1234.5, 0.0001, 123456789012345.6):
        assert type(_float(value)) is float


def test_a_non_finite_float_is_refused_as_standard_json_refuses_it() -> None:
    with pytest.raises(ValueError):
        "".join(pieces({"x": [_float(math.nan)]}))


def test_a_document_with_non_string_keys_falls_back_to_standard_json() -> None:
    doc: dict[str, object] = {"x": [{1: "one", 2: "two"}] * 3}
    assert "".join(pieces(doc)) == json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("fast", [True, False])
def test_write_to_a_file_gives_the_text_of_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool) -> None:
    from consistency.files import write_atomic
    from consistency.report import ReportOptions
    from tests.report_fixtures import summit_result

    if not fast:
        monkeypatch.setattr(json_report, "orjson", None)
    result, options = summit_result(), ReportOptions(tool_version="0.0.0-test")
    out = tmp_path / "report.json"
    write_atomic(out, lambda handle: json_report.write(result, options, handle))
    assert out.read_bytes() == json_report.render(result, options).encode("utf-8")
    assert json.loads(out.read_text(encoding="utf-8"))["facts"]


def test_heavy_items_are_encoded_in_smaller_chunks_with_the_same_bytes() -> None:
    from consistency.report.json_report import _WEIGHT_PER_CHUNK, _Lazy

    # Records of a hundred "pairs" each beside light ones: a chunk stops at the weight budget.
    records = [{"n": n, "pairs": list(range(100 if n % 3 == 0 else 1))} for n in range(json_report._CHUNK * 2)]
    lazy = _Lazy(records, dict, weight=lambda r: len(r["pairs"]))
    parts = list(lazy.chunks())
    assert [r for part in parts for r in part] == records
    assert all(sum(len(r["pairs"]) for r in part) < _WEIGHT_PER_CHUNK + 100 for part in parts)  # type: ignore[index, arg-type]
    assert len(parts) > 2  # twice _CHUNK light items alone would have made two
    assert "".join(pieces({"findings": lazy})) == _reference({"findings": records})
    assert [len(part) for part in _Lazy(records, dict).chunks()] == [json_report._CHUNK, len(records) - json_report._CHUNK]


class _CountedPasses(tuple):  # type: ignore[type-arg]
    """A run's findings that count the passes made over them (each pass over a spool unpickles them all)."""

    passes = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).passes += 1
        return super().__iter__()


@pytest.mark.parametrize("mode", ["audit", "check"])
def test_write_reads_the_findings_once_for_them_and_the_summary(tmp_path: Path, mode: str) -> None:
    """The summary's counts come from the pass that writes the findings, not from a pass of their own."""
    import dataclasses

    from consistency.files import write_atomic
    from consistency.report import ReportOptions
    from tests.report_fixtures import summit_result

    plain = summit_result()
    plain = dataclasses.replace(plain, mode=mode, draft_ids=plain.draft_ids or (plain.articles[0].id,)) \
        if mode == "check" else plain
    assert plain.findings
    options = ReportOptions(tool_version="0.0.0-test")
    result = dataclasses.replace(plain, findings=_CountedPasses(plain.findings))
    out = tmp_path / "report.json"
    _CountedPasses.passes = 0
    write_atomic(out, lambda handle: json_report.write(result, options, handle))
    assert _CountedPasses.passes == 1
    assert out.read_bytes() == json_report.render(plain, options).encode("utf-8")
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["summary"]["findings"]["total"] == len(plain.findings) > 0


@pytest.mark.parametrize("fast", [True, False])
def test_write_counts_the_scorecard_on_its_one_pass_with_the_bytes_of_render(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool) -> None:
    """An audit written without its scorecard gets it counted on the pass that writes the slots and the
    findings: the bytes of ``render`` given the scorecard ``outlet_scores`` makes, and one pass each."""
    import dataclasses

    from consistency.files import write_atomic
    from consistency.report import ReportOptions
    from consistency.report.scorecard import outlet_scores
    from tests.report_fixtures import summit_result

    if not fast:
        monkeypatch.setattr(json_report, "orjson", None)
    plain = dataclasses.replace(summit_result(), scorecard=())
    assert plain.mode == "audit" and plain.findings and plain.alignments
    scored = dataclasses.replace(plain, scorecard=outlet_scores(plain))
    assert scored.scorecard
    options = ReportOptions(tool_version="0.0.0-test")

    class Slots(_CountedPasses):
        passes = 0

    result = dataclasses.replace(plain, findings=_CountedPasses(plain.findings), alignments=Slots(plain.alignments))
    out = tmp_path / "report.json"
    _CountedPasses.passes = 0
    write_atomic(out, lambda handle: json_report.write(result, options, handle, scorecard=True))
    assert (_CountedPasses.passes, Slots.passes) == (1, 1)
    assert out.read_bytes() == json_report.render(scored, options).encode("utf-8")
    assert json.loads(out.read_text(encoding="utf-8"))["scorecard"]
    # Without ``scorecard`` nothing is counted: the document is the result's, scorecard or none.
    write_atomic(out, lambda handle: json_report.write(plain, options, handle))
    assert out.read_bytes() == json_report.render(plain, options).encode("utf-8")
    assert "scorecard" not in json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("items", [0, 1, json_report._CHUNK * 2 + 3])
def test_compact_pieces_give_the_bytes_of_compact_json_dumps(items: int, fast: bool,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    if not fast:
        monkeypatch.setattr(json_report, "orjson", None)
    doc = _document(items)
    text = "".join(pieces(doc, compact=True))
    assert text == json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"
    assert text.count("\n") == 1


@pytest.mark.parametrize("fast", [True, False])
def test_compact_json_is_the_same_document_on_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        fast: bool) -> None:
    from consistency.files import write_atomic
    from consistency.report import ReportOptions
    from tests.report_fixtures import summit_result

    if not fast:
        monkeypatch.setattr(json_report, "orjson", None)
    result = summit_result()
    indented, compact = ReportOptions(tool_version="0.0.0-test"), ReportOptions(tool_version="0.0.0-test", compact_json=True)
    out = tmp_path / "report.json"
    write_atomic(out, lambda handle: json_report.write(result, compact, handle))
    written = out.read_text(encoding="utf-8")
    assert written == json_report.render(result, compact)
    assert written.count("\n") == 1 and written.endswith("}\n")
    assert json.loads(written) == json.loads(json_report.render(result, indented))
    assert len(written) < len(json_report.render(result, indented)) * 0.8
