"""An event's cached slots and findings are read back under another run's numbering, not recomputed."""

from __future__ import annotations

import dataclasses
from typing import Any

from consistency.cache import dumps, loads
from consistency.engine import RunOptions, run
from consistency.event_results import _TYPES, load, store
from consistency.model import Event, Fact
from tests.conftest import EXAMPLES


class _Captured:
    """A cache that keeps what ``store`` puts, as the bytes a file would hold."""

    def __init__(self) -> None:
        self.data = b""

    def put(self, key: str, payload: Any, namespace: str = "v1") -> None:
        self.data = dumps(payload)


def _judged_event() -> tuple[Event, list[Fact], Any]:
    result = run([EXAMPLES], RunOptions(jobs=1))
    for event in result.events:
        findings = [f for f in result.findings if f.event_id == event.id and f.pairs]
        if findings:
            members = set(event.article_ids)
            facts = [f for f in result.facts if f.article_id in members]
            slots = [a for a in result.alignments if a.event_id == event.id]
            return event, facts, (slots, [f for f in result.findings if f.event_id == event.id and f.alignment_id])
    raise AssertionError("the examples have no event with pair verdicts")


def test_an_entry_numbered_otherwise_is_read_back_renamed() -> None:
    event, facts, (slots, findings) = _judged_event()
    before = int(slots[0].id[1:]) - 1
    cache = _Captured()
    store(cache, "key", event, facts, (slots, findings), before)  # type: ignore[arg-type]
    # The same event in a run that numbered everything otherwise (facts, slots, the event itself).
    renamed = [dataclasses.replace(f, id=f"g{n}") for n, f in enumerate(facts, start=100)]
    new_ids = dict(zip((f.id for f in facts), (f.id for f in renamed), strict=True))
    other = dataclasses.replace(event, id="e77")
    back = load(loads(cache.data, _TYPES), other, renamed, before + 40)
    assert back is not None, "a renumbered entry must be renamed, not thrown away and recomputed"
    got_slots, got_findings = back
    assert [a.id for a in got_slots] == [f"s{before + 41 + n}" for n in range(len(slots))]
    assert [a.fact_ids for a in got_slots] == [tuple(new_ids[i] for i in a.fact_ids) for a in slots]
    assert all(f.event_id == "e77" for f in got_findings)
    pairs = [p.fact_ids for f in got_findings for p in f.pairs]
    assert pairs and pairs == [tuple(new_ids[i] for i in p.fact_ids) for f in findings for p in f.pairs]
    assert [g.fact_ids for f in got_findings for g in f.groups] == [
        tuple(new_ids[i] for i in g.fact_ids) for f in findings for g in f.groups
    ]
