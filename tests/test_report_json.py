"""The JSON report: schema fields, offsets that hold, deterministic numbers and order, documentation."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.model import Fact, Quantity, RunResult
from consistency.report import REPORTERS, ReportOptions
from consistency.report.json_report import SCHEMA_VERSION, number, render

try:  # tests/ is a package in some layouts and a plain folder on sys.path in others
    from tests.report_fixtures import FACTS, HERALD, MERIDIAN, TIMES, assert_golden, make_fact, summit_result
except ImportError:
    from report_fixtures import FACTS, HERALD, MERIDIAN, TIMES, assert_golden, make_fact, summit_result

DOC = Path(__file__).resolve().parents[1] / "docs" / "json-schema.md"
OPTIONS = ReportOptions(tool_version="0.0.0-test")  # the golden file must not change with each release
BODIES = {a.id: a.body for a in (HERALD, TIMES, MERIDIAN)}


def load(result: RunResult | None = None) -> dict:
    return json.loads(render(result or summit_result(), OPTIONS))


def test_matches_golden_file() -> None:
    assert_golden("summit.json", render(summit_result(), OPTIONS))


def test_registered_under_json() -> None:
    assert REPORTERS["json"] is render


def test_top_level_fields() -> None:
    doc = load()
    assert set(doc) == {
        "schema_version",
        "tool",
        "mode",
        "rule_pack",
        "summary",
        "articles",
        "events",
        "facts",
        "alignments",
        "findings",
        "problems",
        "suppressed",
        "baseline",
        "provenance",
    }
    assert doc["schema_version"] == SCHEMA_VERSION == "1.4"
    assert doc["tool"] == {"name": "consistency", "version": "0.0.0-test"}
    assert doc["mode"] == "audit"


def test_every_fact_span_indexes_the_article_body_and_its_sentence() -> None:
    facts = load()["facts"]
    assert len(facts) == len(FACTS)
    for fact in facts:
        assert BODIES[fact["article_id"]][fact["start"] : fact["end"]] == fact["text"]
        lo, hi = fact["start"] - fact["sentence_start"], fact["end"] - fact["sentence_start"]
        assert fact["sentence"][lo:hi] == fact["text"]
        assert BODIES[fact["article_id"]][fact["sentence_start"] : fact["sentence_end"]] == fact["sentence"]


def test_fact_values_by_kind() -> None:
    by_id = {f["id"]: f for f in load()["facts"]}
    assert by_id["f3"]["value"] == {
        "start": "--05-12",
        "end": "--05-12",
        "granularity": "day",
        "resolved": False,
        "relative": False,
        "timex": "XXXX-05-12",
        "zone": None,
        "instant": None,
    }
    assert by_id["f5"]["value"] == {
        "low": 4200000000,
        "high": 4200000000,
        "unit": "USD",
        "approximate": False,
        "qualifier": None,
        "vague": False,
        "counted": "energy pact",
    }
    assert by_id["f9"]["value"]["high"] is None
    assert by_id["f13"]["value"] == {
        "source": "Lisbon Gazette",
        "chain": ["Lisbon Gazette", "unnamed officials"],
        "cue": "citing",
        "named": True,
        "channel": None,
    }
    assert by_id["f13"]["frame"] == {
        "key": "attribution:figure:delegates:current",
        "name": "source of the number of delegates",
        "measure": "delegates",
        "role": "current",
        "source": "Lisbon Gazette",
        "tally": False,
        "known": True,
        "cue": "About 300 delegates",
        "rounding": False,
        "growth_per_year": None,
        "repeats": False,
        "source_kind": None,
    }
    assert by_id["f2"]["frame"] is None


def test_articles_carry_metadata_provenance_and_removed_spans() -> None:
    herald, times, meridian = load()["articles"]
    assert herald["published"] == "2031-03-11T06:40:00"
    assert times["published"] == "2031-03-12"
    assert meridian["published"] is None and meridian["title"] is None and meridian["url"] is None
    assert herald["provenance"]["published"] == "front matter"
    [removal] = herald["removed"]
    assert HERALD.body[removal["start"] : removal["end"]].startswith("Read also:")
    assert removal["reason"] == "read-also link"
    assert times["removed"] == []
    assert all(a["draft"] is False for a in (herald, times, meridian))


def test_check_mode_marks_drafts() -> None:
    doc = load(summit_result(mode="check", draft_ids=("a3",)))
    assert doc["mode"] == "check"
    assert [a["draft"] for a in doc["articles"]] == [False, False, True]
    assert doc["summary"]["drafts"] == 1


def test_summary_counts_every_kind_status_and_severity() -> None:
    summary = load()["summary"]
    assert summary["articles"] == 3 and summary["events"] == 1 and summary["problems"] == 1
    assert summary["facts"] == {"total": 15, "date": 4, "figure": 6, "attribution": 5}
    assert summary["findings"]["by_status"] == {"agree": 2, "conflict": 1, "compatible": 2, "unverified": 1}
    assert summary["findings"]["by_severity"] == {"info": 3, "warning": 2, "error": 1}


def test_empty_run_has_every_count_at_zero() -> None:
    doc = load(RunResult((), (), (), (), ()))
    assert doc["summary"]["findings"]["by_status"] == {
        "agree": 0,
        "conflict": 0,
        "compatible": 0,
        "unverified": 0,
    }
    assert doc["facts"] == [] and doc["problems"] == []


def test_findings_keep_run_order_and_all_fields() -> None:
    findings = load()["findings"]
    assert [f["alignment_id"] for f in findings] == ["al1", "al2", "al3", "al4", "al5", "al6"]
    assert set(findings[0]) == {
        "rule",
        "severity",
        "status",
        "event_id",
        "kind",
        "slot",
        "alignment_id",
        "fact_ids",
        "message",
        "detail",
        "fingerprint",
        "cause",
        "groups",
        "pairs",
    }
    assert findings[0]["fact_ids"] == ["f1", "f2"]
    assert findings[0]["cause"] == "unexplained"
    assert [g["article_ids"] for g in findings[0]["groups"]] == [["a1"], ["a2"]]
    assert findings[0]["pairs"] == [
        {"fact_ids": ["f1", "f2"], "status": "conflict", "cause": "unexplained",
         "detail": "the dates cannot both be right", "representative": True}
    ]
    assert findings[2]["groups"] == [] and findings[2]["pairs"] == []  # a 1.0-style finding keeps its shape


def test_output_is_sorted_indented_and_not_ascii_escaped() -> None:
    text = render(summit_result(), OPTIONS)
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "Arcadia–Borealis" in text  # the en dash is written as is, not as \u2013
    assert render(summit_result(), OPTIONS) == text


@pytest.mark.parametrize(
    ("given_number", "written"),
    [
        (8e9, "8000000000"),
        (8000000000, "8000000000"),
        (4.2e9, "4200000000"),
        (2.5, "2.5"),
        (-3.0, "-3"),
        (0.0, "0"),
        (1e20, "1e+20"),  # beyond exact float integers: kept as a float
        (None, "null"),
        (math.nan, "null"),
        (math.inf, "null"),
    ],
)
def test_numbers_are_written_one_way(given_number: float | None, written: str) -> None:
    assert json.dumps(number(given_number)) == written


def test_float_and_int_bounds_give_identical_json() -> None:
    def with_low(low: float) -> str:
        fact = make_fact("x", HERALD, "figure", "$4 billion", Quantity(low, low, unit="USD"))
        return render(summit_result(facts=(fact,)), OPTIONS)

    assert with_low(4e9) == with_low(4_000_000_000)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_number_is_always_valid_json_and_keeps_finite_values(x: float) -> None:
    written = json.dumps(number(x), allow_nan=False)
    if math.isfinite(x):
        assert float(json.loads(written)) == x
    else:
        assert written == "null"


@given(
    low=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    high=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    counted=st.one_of(st.none(), st.text(max_size=20)),
)
def test_any_quantity_renders_to_parsable_json(
    low: float | None, high: float | None, counted: str | None
) -> None:
    fact = Fact("x", "a1", "figure", "t", 0, 1, "t", 0, 1, Quantity(low, high, counted=counted))
    doc = json.loads(render(summit_result(facts=(fact,))))
    assert doc["facts"][0]["value"]["counted"] == counted


def _keys(node: object) -> set[str]:
    if isinstance(node, dict):
        found = set(node)
        for child in node.values():
            found |= _keys(child)
        return found
    if isinstance(node, list):
        return set().union(*(_keys(child) for child in node)) if node else set()
    return set()


def test_every_field_is_documented() -> None:
    documented = set(re.findall(r"`([a-z_]+)`", DOC.read_text(encoding="utf-8")))
    missing = _keys(load()) - documented
    assert not missing, f"fields missing from docs/json-schema.md: {sorted(missing)}"


def test_documented_schema_version_matches() -> None:
    assert f'"schema_version": "{SCHEMA_VERSION}"' in DOC.read_text(encoding="utf-8")


def test_documented_example_agrees_with_the_golden_output() -> None:
    example = json.loads(DOC.read_text(encoding="utf-8").split("```json", 1)[1].split("```", 1)[0])
    actual = load()
    example["tool"] = actual["tool"]  # the example shows a real version number
    for key, value in example.items():
        if isinstance(value, list):
            for item in value:
                assert item in actual[key], f"documented {key} item differs from the output: {item}"
        else:
            assert value == actual[key], key
