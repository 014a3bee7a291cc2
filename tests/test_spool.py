"""The spool an audit's slots and findings are held in: a tuple in every way a report reads one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from consistency import cache
from consistency import spool as spool_module
from consistency.engine import _spooled, sort_findings
from consistency.model import Alignment, DraftVerdict, Finding, PairVerdict, ValueGroup
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
    # No limit (every event read back from the cache, all held as objects already): objects, same order.
    unlimited = _spooled(((slots[e.id], judged[e.id]) for e in events), events, notes, limit=None)  # type: ignore[arg-type]
    assert isinstance(unlimited[1], tuple) and unlimited == held
    everything = sort_findings([f for e in ("e1", "e2", "e3") for f in judged[e]], [a for e in slots for a in slots[e]],
                               ["e1", "e2", "e3"])
    rank = {"e1": 0, "e2": 1, "e3": 2}
    assert list(findings) == sorted([*everything, *notes], key=lambda f: rank[f.event_id])
    assert [f.rule for f in findings][:4] == ["a", "a", "b", "origin"]  # the conflicts first, the note last
    assert list(alignments) == [a for e in slots for a in slots[e]]


def _judged(event: str, slot: str) -> Finding:
    """A finding as the event stage gives one: value groups, pair verdicts and a draft's verdict."""
    pairs = (PairVerdict(("f1", "f2"), "conflict", "unexplained", "3 vs 4"),
             PairVerdict(("f1", "f3"), "agree", "equal", representative=False))
    return dataclasses.replace(
        _finding(event, slot, "conflict", "error", "figure-conflict"),
        fact_ids=("f1", "f2", "f3"), detail="3 vs 4", cause="unexplained",
        groups=(ValueGroup("3", ("f1",), ("a1",)), ValueGroup("4", ("f2", "f3"), ("a2", "a3"))),
        pairs=pairs, drafts=(DraftVerdict("a1", "f1", "conflicts", contradicting=("f2",)),),
    )


def test_results_read_back_from_their_bytes_as_the_same_objects() -> None:
    """An event's results and a spool's chunks go through ``to_bytes`` (the cache's form, written as runs):
    what comes back is equal, of the same classes, lists and tuples where they were."""
    one = [_slot("e1", "s1")]  # one slot: no run
    results = (one + [_slot("e1", "s2")], [_judged("e1", "s1"), _judged("e1", "s2")])
    back = spool_module.from_bytes(spool_module.to_bytes(results))
    assert back == results and type(back) is tuple and all(type(part) is list for part in back)
    assert spool_module.from_bytes(spool_module.to_bytes(one)) == one
    pairs = back[1][0].pairs
    assert type(pairs) is tuple and all(type(p) is PairVerdict for p in pairs) and pairs[1].representative is False
    assert back[1][1].drafts[0].contradicting == ("f2",) and type(back[1][1].groups[0]) is ValueGroup
    spool = Spool([_judged("e1", f"s{n}") for n in range(9)]).sealed()
    assert list(spool) == [_judged("e1", f"s{n}") for n in range(9)]


def test_a_runs_own_bytes_may_name_other_classes_a_cache_entry_may_not() -> None:
    """The spool reads what the run itself wrote, whatever it holds; the cache never trusts a file's
    bytes for a class beyond the model's values."""
    value = {"when": dt.date(2024, 4, 10), "n": range(3), "slot": _slot("e1", "s1")}
    assert spool_module.from_bytes(spool_module.to_bytes(value)) == value
    with pytest.raises(cache.CorruptEntry):
        cache.loads(cache.dumps(value))


def test_reading_results_back_builds_pair_verdicts_without_a_call_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """A report's pass over an audit's findings reads hundreds of thousands of pair verdicts back: they
    are built a run at a time (``cache.dumps``' form), not each through its class's ``__init__``."""
    data = spool_module.to_bytes([_judged("e1", f"s{n}") for n in range(20)])
    calls: list[int] = []
    made = PairVerdict.__init__

    def counted(self: PairVerdict, *args: object, **kwargs: object) -> None:
        calls.append(1)
        made(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PairVerdict, "__init__", counted)
    back = spool_module.from_bytes(data)
    assert [len(f.pairs) for f in back] == [2] * 20 and calls == []
