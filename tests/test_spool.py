"""The spool an audit's slots and findings are held in: a tuple in every way a report reads one."""

from __future__ import annotations

import pickle

import pytest

from consistency import spool as spool_module
from consistency.engine import _spooled, sort_findings
from consistency.model import Alignment, Finding
from consistency.spool import Spool


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spool_module, "CHUNK_ITEMS", 4)


def test_a_spool_reads_as_the_tuple_of_its_items() -> None:
    items = [{"n": n} for n in range(11)]  # two full chunks and three items pending
    spool = Spool(items)
    assert len(spool) == 11 and list(spool) == items
    assert spool[0] == items[0] and spool[5] == items[5] and spool[-1] == items[-1] and spool[10] == items[10]
    assert spool[3:9] == tuple(items[3:9]) and spool[::3] == tuple(items[::3]) and spool[9:100] == tuple(items[9:])
    assert spool == tuple(items) and tuple(items) == spool and spool == items and spool != items[:-1]
    assert spool.sealed() == tuple(items) and list(spool) == items  # sealing keeps every item, in order
    with pytest.raises(IndexError):
        spool[11]
    with pytest.raises(IndexError):
        spool[-12]


def test_each_pass_over_a_spool_makes_fresh_objects() -> None:
    spool = Spool([["a"], ["b"], ["c"], ["d"], ["e"]]).sealed()
    first, second = list(spool), list(spool)
    assert first == second and all(a is not b for a, b in zip(first, second, strict=True))


def test_a_spool_pickles_as_its_bytes_and_reads_back_the_same() -> None:
    spool = Spool(range(10))
    again = pickle.loads(pickle.dumps(spool))
    assert isinstance(again, Spool) and list(again) == list(range(10)) and again == spool
    assert list(Spool()) == [] and len(Spool()) == 0 and not Spool()


def _finding(event: str, slot: str, status: str, severity: str, rule: str) -> Finding:
    return Finding(rule=rule, severity=severity, status=status, event_id=event, kind="figure",  # type: ignore[arg-type]
                   slot=slot, alignment_id=slot, fact_ids=(), message="", fingerprint=f"{event}{slot}{rule}")


def _slot(event: str, slot: str) -> Alignment:
    return Alignment(id=slot, event_id=event, kind="figure", slot=slot, fact_ids=())


def test_spooled_findings_come_in_the_order_of_one_sort_over_the_run() -> None:
    slots = {"e1": [_slot("e1", "s1"), _slot("e1", "s2")], "e2": [_slot("e2", "s3")], "e3": []}
    judged = {
        "e1": [_finding("e1", "s1", "agree", "info", "b"), _finding("e1", "s2", "conflict", "error", "a"),
               _finding("e1", "s1", "conflict", "warning", "a")],
        "e2": [_finding("e2", "s3", "unverified", "info", "c"), _finding("e2", "s3", "agree", "info", "a")],
        "e3": [],
    }
    notes = [_finding("e3", "provenance-e3", "unverified", "info", "origin"),
             _finding("e1", "provenance-e1", "unverified", "info", "origin")]
    events = [type("E", (), {"id": eid})() for eid in ("e1", "e2", "e3")]
    alignments, findings = _spooled(((slots[e.id], judged[e.id]) for e in events), events, notes, limit=3)  # type: ignore[arg-type]
    assert isinstance(findings, Spool) and isinstance(alignments, Spool)  # past the limit: pickled
    held = _spooled(((slots[e.id], judged[e.id]) for e in events), events, notes)  # type: ignore[arg-type]
    assert isinstance(held[1], tuple) and held == (tuple(alignments), tuple(findings))  # below it: objects, same order
    everything = sort_findings([f for e in ("e1", "e2", "e3") for f in judged[e]], [a for e in slots for a in slots[e]],
                               ["e1", "e2", "e3"])
    rank = {"e1": 0, "e2": 1, "e3": 2}
    assert list(findings) == sorted([*everything, *notes], key=lambda f: rank[f.event_id])
    assert [f.rule for f in findings][:4] == ["a", "a", "b", "origin"]  # the conflicts first, the note last
    assert list(alignments) == [a for e in slots for a in slots[e]]
