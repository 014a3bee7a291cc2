"""The ecbplus-facts scoring (benchmarks/suites/claims.py) on a hand-built report and hand-built gold."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Unavailable
from benchmarks.loaders.ecbplus_facts import (
    GoldFact,
    GoldPair,
    GoldValue,
    check_spans,
    load_ecbplus_facts,
    reference,
)
from benchmarks.suites.claims import (
    NO_FACT,
    NO_FINDING,
    front_matter,
    grouping_prf,
    label_hits,
    rows,
    score,
)

DATA = Path(__file__).parent / "fixtures" / "bench" / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def fact(
    id: str,
    kind: str,
    about: str,
    spans: dict[str, tuple[int, int]],
    pairs: list[tuple[str, str, str, str | None]],
) -> GoldFact:
    values = {doc: GoldValue(doc, start, end, "x") for doc, (start, end) in spans.items()}
    labels = [p[2] for p in pairs]
    label = "conflict" if "conflict" in labels else "compatible" if "compatible" in labels else "agree"
    return GoldFact(
        id, "e1", kind, about, label, values, tuple(GoldPair(a, b, lab, cause) for a, b, lab, cause in pairs)
    )


def tool_fact(id: str, article: str, kind: str, start: int, end: int) -> dict[str, Any]:
    return {"id": id, "article_id": article, "kind": kind, "start": start, "end": end, "text": id}


def finding(
    status: str, fact_ids: list[str], slot: str = "slot", pairs: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"status": status, "fact_ids": fact_ids, "slot": slot, "rule": f"r-{status}"}
    if pairs is not None:
        out["pairs"] = pairs
    return out


# Gold: a death toll stated by three articles, a date only the tool finds on one side, a source
# the tool finds on both sides but never compares.
GOLD = [
    fact(
        "F1",
        "figure",
        "death toll",
        {"a.md": (10, 12), "b.md": (20, 22), "c.md": (5, 7)},
        [
            ("a.md", "b.md", "agree", None),
            ("a.md", "c.md", "conflict", "error"),
            ("b.md", "c.md", "compatible", "update"),
        ],
    ),
    fact(
        "F2",
        "date",
        "day of the vote",
        {"a.md": (30, 35), "b.md": (40, 45)},
        [("a.md", "b.md", "agree", None)],
    ),
    fact(
        "F3",
        "attribution",
        "source of the claim",
        {"a.md": (50, 60), "b.md": (60, 70)},
        [("a.md", "b.md", "compatible", "naming")],
    ),
]
REPORT: dict[str, Any] = {
    "facts": [
        tool_fact("fa", "a.md", "figure", 10, 12),
        # fb overlaps the gold span by one character: still a candidate.
        tool_fact("fb", "b.md", "figure", 19, 21),
        tool_fact("fc", "c.md", "figure", 5, 7),
        tool_fact("fc-date", "c.md", "date", 5, 7),  # another kind: never a candidate of a figure
        tool_fact("fa2", "a.md", "date", 30, 35),
        tool_fact("fa3", "a.md", "attribution", 50, 55),
        tool_fact("fb3", "b.md", "attribution", 62, 66),
        tool_fact("fx", "a.md", "figure", 100, 105),  # on nothing annotated
        tool_fact("fy", "b.md", "figure", 100, 105),
    ],
    "findings": [
        finding(
            "conflict",
            ["fa", "fb", "fc"],
            "death toll",
            pairs=[
                {"fact_ids": ["fa", "fb"], "status": "agree", "cause": None},
                {"fact_ids": ["fc", "fa"], "status": "conflict", "cause": "error"},
                # no entry for fb-fc: the finding's status is read
            ],
        ),
        finding("unverified", ["fa3"], "police spokesman"),
        finding("conflict", ["fx", "fy"], "runs scored"),  # touches no annotated pair: not judged
        finding("conflict", ["fa", "fb"], "toll"),  # covers only an agree pair: a wrong conflict
    ],
    "alignments": [
        {"id": "s1", "slot": "death toll", "fact_ids": ["fa", "fb", "fc"]},
        {"id": "s3", "slot": "spokesman said", "fact_ids": ["fa3", "fb3"]},
    ],
    "events": [{"id": "e1", "article_ids": ["a.md", "b.md"]}],
}


def verdicts(scored: Any) -> dict[tuple[str, str, str], tuple[str, str | None]]:
    return {(r.fact.id, r.pair.a, r.pair.b): (r.verdict, r.cause) for r in scored.readings}


def test_verdicts_from_pairs_entries_from_status_and_uncovered_kinds() -> None:
    got = verdicts(score(GOLD, REPORT))
    assert got[("F1", "a.md", "b.md")] == ("agree", None)  # the finding's pairs entry, not its status
    # The entry is found whatever the order of its fact_ids.
    assert got[("F1", "a.md", "c.md")] == ("conflict", "error")
    assert got[("F1", "b.md", "c.md")] == ("conflict", None)  # no entry: the finding's status
    assert got[("F2", "a.md", "b.md")] == (NO_FACT, None)  # no candidate in b.md
    assert got[("F3", "a.md", "b.md")] == (NO_FINDING, None)  # candidates on both sides, no common finding


def test_rows_coverage_recall_precision_accuracy_cause() -> None:
    values = {row.key: row for row in rows(score(GOLD, REPORT))}
    assert values["claims.all.coverage"].value == pytest.approx(3 / 5)
    assert "1 no-fact, 1 no-finding" in values["claims.all.coverage"].counts
    assert values["claims.all.macro_coverage"].value == pytest.approx((1 + 0 + 0) / 3)
    assert values["claims.all.conflict_recall"].value == 1.0
    # Three conflict findings; the one on unannotated facts is not judged, the one on an agree pair is wrong.
    assert values["claims.all.conflict_precision"].value == pytest.approx(1 / 2)
    assert values["claims.all.conflict_precision"].counts.startswith("1/2 ")
    assert values["claims.all.status_accuracy"].value == pytest.approx(2 / 3)
    assert values["claims.all.cause_accuracy"].value == 1.0  # only a-c has a cause on both sides
    assert values["claims.figure.coverage"].value == 1.0 and values["claims.date.coverage"].value == 0.0
    assert values["claims.cause.compatible_update.status_accuracy"].value == 0.0
    assert values["claims.cause.conflict_error.coverage"].value == 1.0
    assert values["claims.date.status_accuracy"].value is None  # nothing judged
    assert values["claims.all.label_hit_rate"].value == pytest.approx(1 / 3)


def test_slot_label_from_finding_else_alignment_else_none() -> None:
    scored = score(GOLD, REPORT)
    assert scored.labels == {"F1": "death toll", "F2": None, "F3": "spokesman said"}
    assert scored.hits == {"F1": True, "F2": False, "F3": False}


def test_no_pairs_list_falls_back_to_status_and_best_overlap_wins() -> None:
    gold = [fact("F", "figure", "number injured", {"a": (0, 4), "b": (0, 4)}, [("a", "b", "agree", None)])]
    report = {
        "facts": [
            tool_fact("wide", "a", "figure", 0, 4),
            tool_fact("narrow", "a", "figure", 3, 8),
            tool_fact("b1", "b", "figure", 0, 4),
        ],
        "findings": [
            finding("unverified", ["narrow", "b1"]),
            finding("compatible", ["narrow", "b1"]),
            finding("agree", ["wide", "b1"]),
        ],
    }
    # The third finding holds the candidate overlapping most: it is read, with its status.
    assert verdicts(score(gold, report))[("F", "a", "b")] == ("agree", None)
    report["findings"] = report["findings"][:2]
    # Tied overlap: a finding that is not unverified first, though it comes later.
    assert verdicts(score(gold, report))[("F", "a", "b")] == ("compatible", None)


def test_pairs_entry_of_the_best_overlapping_candidates_first() -> None:
    gold = [fact("F", "date", "day of the quake", {"a": (0, 6), "b": (0, 6)}, [("a", "b", "agree", None)])]
    report = {
        "facts": [
            tool_fact("a-best", "a", "date", 0, 6),
            tool_fact("a-part", "a", "date", 4, 10),
            tool_fact("b1", "b", "date", 0, 6),
        ],
        "findings": [
            finding(
                "conflict",
                ["a-part", "a-best", "b1"],
                pairs=[
                    {"fact_ids": ["a-part", "b1"], "status": "conflict", "cause": "error"},
                    {"fact_ids": ["b1", "a-best"], "status": "agree", "cause": None},
                ],
            )
        ],
    }
    reading = score(gold, report).readings[0]
    assert (reading.verdict, reading.chosen) == ("agree", ("a-best", "b1"))


def test_placement_shifts_gold_offsets_into_the_body() -> None:
    gold = [
        fact("F", "figure", "death toll", {"doc1": (0, 2), "doc2": (0, 2)}, [("doc1", "doc2", "agree", None)])
    ]
    report = {
        "facts": [tool_fact("f1", "x.md", "figure", 5, 7), tool_fact("f2", "y.md", "figure", 0, 2)],
        "findings": [finding("agree", ["f1", "f2"])],
    }
    assert verdicts(score(gold, report))[("F", "doc1", "doc2")][0] == NO_FACT
    placed = score(gold, report, {"doc1": ("x.md", 5), "doc2": ("y.md", 0)})
    assert verdicts(placed)[("F", "doc1", "doc2")][0] == "agree"


def test_grouping_counts_articles_in_no_event_as_singletons() -> None:
    gold = {"a.md": "g1", "b.md": "g1", "c.md": "g1", "d.md": "g2"}
    prf = grouping_prf(gold, REPORT)
    assert (prf.tp, prf.fp, prf.fn) == (1, 0, 2)


@pytest.mark.parametrize(
    ("label", "about", "kind", "hit"),
    [
        ("toll rises quake", "death toll", "figure", True),
        ("dead counted", "number killed", "figure", True),  # a synonym of the family
        ("aged man", "suspect's age", "figure", True),
        ("agency said", "suspect's age", "figure", False),  # a short term must be the whole word
        ("struck morning", "clock time of the quake", "date", False),
        ("times struck", "clock time of the quake", "date", True),
        ("according police", "source of the report", "attribution", True),
        ("quake struck", "day of the quake", "date", True),  # a content word of ``about``
        ("north northeast", "epicentre distance from the town", "figure", False),
        ("miles north", "epicentre distance from the town", "figure", True),
    ],
)
def test_label_hit_rule(label: str, about: str, kind: str, hit: bool) -> None:
    assert label_hits(label, about, kind) is hit


def test_front_matter_leaves_out_null_fields() -> None:
    assert front_matter(None, None, None) == "---\n---\n"
    assert front_matter("http://example.org/a", "example.org", None) == (
        "---\nurl: http://example.org/a\noutlet: example.org\n---\n"
    )


class _SpacedCorpus:
    """A stand-in for the reference rendering: tokens joined by one space, URL sentence dropped."""

    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def render_natural(self, doc: str) -> tuple[str, dict[int, tuple[int, int]], str | None]:
        import xml.etree.ElementTree as ET

        tokens = [
            (int(t.get("t_id", "0")), int(t.get("sentence", "0")), t.text or "")
            for t in ET.parse(self.root / doc.split("_")[0] / doc).getroot().iter("token")
        ]
        url = "".join(t for _, s, t in tokens if s == 0) if "ecbplus" in doc else None
        tokens = [t for t in tokens if not (url and t[1] == 0)]
        text, offsets, prev = "", {}, None
        for tid, sent, token in tokens:
            if prev is not None:
                text += " " if sent == prev else "\n"
            offsets[tid] = (len(text), len(text) + len(token))
            text += token
            prev = sent
        return text, offsets, url


def test_loader_needs_the_reference_rendering() -> None:
    with pytest.raises(Unavailable):
        reference(DATA)  # the fixture folder has no validate.py


def test_loader_reads_articles_values_and_pairs_with_any_renderer() -> None:
    facts = load_ecbplus_facts(DATA, renderer=SimpleNamespace(Corpus=_SpacedCorpus))  # type: ignore[arg-type]
    assert list(facts.docs) == ["7_1ecb.xml", "7_1ecbplus.xml", "7_2ecbplus.xml"]
    second = facts.docs["7_2ecbplus.xml"]
    assert (second.event, second.url, second.outlet, second.published) == (
        "t7_ecbplus",
        "http://example.net/ferry",
        "example.net",
        None,
    )
    assert facts.docs["7_1ecbplus.xml"].published == "2020-03-02"
    clock = next(f for f in facts.facts if f.id == "t7p-F2")
    value = clock.values["7_2ecbplus.xml"]
    assert second.text[value.start : value.end] == "4 : 45" == value.surface
    assert clock.pairs[0].label == "conflict" and clock.pairs[0].cause == "unexplained"
    assert check_spans(facts) == []


@pytest.mark.skipif(
    not (SHARED / "ecbplus-facts" / "validate.py").is_file(),
    reason="the set's reference rendering (shared/data/ecbplus-facts/validate.py) is not here",
)
def test_loader_with_the_reference_rendering() -> None:
    facts = load_ecbplus_facts(DATA, renderer=reference(SHARED))
    second = facts.docs["7_2ecbplus.xml"]
    assert (
        second.text == "A ferry went down Monday, police said.\nIt had sailed at 4:45 with 1,200 passengers."
    )
    value = next(f for f in facts.facts if f.id == "t7p-F2").values["7_2ecbplus.xml"]
    assert second.text[value.start : value.end] == "4:45"
    assert check_spans(facts) == []


def test_a_pair_of_clocks_is_read_by_its_day_when_gold_dates_the_day() -> None:
    def gold(normalized: str) -> list[GoldFact]:
        values = {doc: GoldValue(doc, 0, 6, "x", normalized) for doc in ("a", "b")}
        return [GoldFact("F", "e1", "date", "day of the burst", "agree", values, (GoldPair("a", "b", "agree"),))]

    report = {
        "facts": [tool_fact("a1", "a", "date", 0, 6), tool_fact("b1", "b", "date", 0, 6)],
        "findings": [
            finding("conflict", ["a1", "b1"], pairs=[
                {"fact_ids": ["a1", "b1"], "status": "conflict", "cause": "unexplained", "day": "agree"},
            ]),
        ],
    }
    assert score(gold("2047-03-05"), report).readings[0].verdict == "agree"
    assert score(gold("04:40"), report).readings[0].verdict == "conflict"  # gold times the clock
