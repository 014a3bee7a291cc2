"""Per event: its slots and their findings, computed in any mapper and reused through the content cache.

Grouping needs the whole corpus, but once the events are known each one is aligned and judged on
its own articles and facts only. So an event's results are a pure function of what it holds: the
event itself (label, keywords, evidence), its articles (their content, as the extraction cache keys
it, their ids, paths and wire-copy marks), the alignment options, the rule pack and the tool. The
key hashes exactly that, so an event whose inputs did not change between two runs reuses its slots
and findings, whatever happened to the rest of the corpus.

Ids are numbered per run (fact ``f123``, slot ``s45``, event ``e6``), so an entry stores them
relative to the event: a fact by its position among the event's facts, a slot by its position among
the event's slots, the event not at all. An entry is checked against the event it is read for (every
position in range, only the model's own types); a corrupt or foreign one is recomputed, never trusted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from consistency.align import AlignOptions, align_event
from consistency.cache import Cache, CorruptEntry, decode, encode
from consistency.evaluate import evaluate
from consistency.model import (
    Alignment,
    Article,
    DraftVerdict,
    Event,
    EventEvidence,
    Fact,
    Finding,
    PairVerdict,
    ValueGroup,
)
from consistency.parallel import Mapper
from consistency.rulepack import Rule

NAMESPACE = "events"
# The only types an event's entry may hold besides the model's values (never a class the file names).
_TYPES: dict[str, type] = {cls.__name__: cls for cls in (Alignment, Finding, ValueGroup, PairVerdict, DraftVerdict)}

Task = tuple[Event, dict[str, Article], list[Fact]]
Results = tuple[list[Alignment], list[Finding]]


def event_results(task: Task, *, options: AlignOptions, rules: Sequence[Rule]) -> Results:
    """One event's slots (numbered from s1, the run renumbers them) and their findings: a worker's task.

    Each slot's findings come from its own facts only, so judging the events one by one gives the
    findings a single pass over every slot of the run gives, in the same order.
    """
    event, articles, facts = task
    alignments = align_event(event, articles, facts, options)
    findings = evaluate(rules, alignments, {f.id: f for f in facts}, articles, {event.id: event})
    return alignments, findings


def rules_digest(rules: Sequence[Rule]) -> str:
    """The rule pack's content as the run loaded it (ids, checks, parameters, messages, severities)."""
    return hashlib.sha256(repr(list(rules)).encode("utf-8")).hexdigest()


def event_key(event: Event, articles: Sequence[Article], article_keys: Sequence[str], salt: str) -> str:
    """Everything an event's results depend on; ``article_keys`` are the articles' extraction keys
    (content, extraction options and tool), ``salt`` holds the alignment options and the rule pack."""
    described = {
        "label": event.label,
        "article_ids": list(event.article_ids),
        "keywords": list(event.keywords),
        "evidence": [list(getattr(event.evidence, f.name)) for f in dataclasses.fields(EventEvidence)],
        "articles": [
            [a.id, a.title, a.copy_of, key] for a, key in zip(articles, article_keys, strict=True)
        ],
    }
    text = json.dumps(described, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"event\0{salt}\0{text}".encode()).hexdigest()


def run_events(
    tasks: Iterable[tuple[Task, str | None]],
    stage: Callable[[Task], Results],
    mapper: Mapper,
    cache: Cache | None,
) -> Iterator[Results]:
    """``stage`` over every event in order, slots numbered across the events (s1, s2, ... in event
    order); a task whose key (second item; None: no caching) the cache holds is read, not computed.
    Computed results are stored."""
    tasks = list(tasks)
    found: list[Any] = []
    for (_event, _articles, _facts), key in tasks:
        found.append(cache.get(key, namespace=NAMESPACE) if cache is not None and key is not None else None)
    hits = [payload is not None for payload in found]
    computed = mapper(stage, (task for (task, _key), hit in zip(tasks, hits, strict=True) if not hit))
    slots = 0
    for ((event, _articles, facts), key), payload in zip(tasks, found, strict=True):
        results = load(payload, event, facts, slots) if payload is not None else None
        if results is None:
            results = next(computed) if payload is None else stage((event, _articles, facts))
            if cache is not None and key is not None:
                store(cache, key, facts, results)
            results = _numbered(results, slots)
        slots += len(results[0])
        yield results


def _numbered(results: Results, before: int) -> Results:
    """Slots numbered on from ``before`` (the slots of the events before this one)."""
    alignments, findings = results
    ids = {a.id: f"s{before + n}" for n, a in enumerate(alignments, start=1)}
    return ([dataclasses.replace(a, id=ids[a.id]) for a in alignments],
            [dataclasses.replace(f, alignment_id=ids[f.alignment_id]) for f in findings])


def store(cache: Cache, key: str, facts: Sequence[Fact], results: Results) -> None:
    """The results with fact and slot ids as positions in the event, and no event id."""
    alignments, findings = results
    fact_pos = {f.id: str(n) for n, f in enumerate(facts)}
    slot_pos = {a.id: str(n) for n, a in enumerate(alignments)}
    try:
        payload = {"alignments": encode(list(alignments), _TYPES), "findings": encode(list(findings), _TYPES)}
        _rename(payload, fact_pos, slot_pos, "")
    except (KeyError, TypeError):
        return  # a result naming a fact outside its event: not this module's to keep
    cache.put(key, payload, namespace=NAMESPACE)


def load(payload: Any, event: Event, facts: Sequence[Fact], before: int = 0) -> Results | None:
    """A cached payload renamed into this run (its facts, its event, slots numbered on from
    ``before``), or None when it does not fit the event."""
    try:
        if not isinstance(payload, dict) or set(payload) != {"alignments", "findings"}:
            raise CorruptEntry("payload is not this kind of entry")
        stored = payload["alignments"]
        fact_ids = {str(n): f.id for n, f in enumerate(facts)}
        slot_ids = {str(n): f"s{before + n + 1}" for n in range(len(stored))}
        _rename(payload, fact_ids, slot_ids, event.id)
        for n, data in enumerate(stored):
            data["id"] = slot_ids[str(n)]
        alignments = decode(stored, _TYPES)
        findings = decode(payload["findings"], _TYPES)
        if not all(isinstance(a, Alignment) for a in alignments) or not all(isinstance(f, Finding) for f in findings):
            raise CorruptEntry("alignments or findings of the wrong type")
        placed = [fid for a in alignments for fid in a.fact_ids]
        if sorted(placed) != sorted(fact_ids.values()):
            raise CorruptEntry("slots do not hold the event's facts, each once")
        return list(alignments), list(findings)
    except (CorruptEntry, KeyError, TypeError, ValueError, AttributeError):
        return None


# Where encoded slots and findings name facts, slots and the event (``_rename`` maps them in place).
_FACT_LISTS = frozenset({"fact_ids", "supporting", "contradicting", "newer"})
_NESTED = ("groups", "pairs", "drafts")


def _rename(payload: dict[str, Any], facts: Mapping[str, str], slots: Mapping[str, str], event_id: str) -> None:
    """Map the ids in encoded results (JSON data, changed in place): cheaper than rebuilding objects."""

    def item(data: dict[str, Any]) -> None:
        for name in _FACT_LISTS.intersection(data):
            data[name] = [facts[i] for i in data[name]]
        if "fact_id" in data:
            data["fact_id"] = facts[data["fact_id"]]
        if "event_id" in data:
            data["event_id"] = event_id
        if "alignment_id" in data:
            data["alignment_id"] = slots[data["alignment_id"]]
        for name in _NESTED:
            for nested in data.get(name, ()):
                item(nested)

    for data in (*payload["alignments"], *payload["findings"]):
        item(data)
