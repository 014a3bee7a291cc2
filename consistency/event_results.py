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
    """``stage`` over every event in order; a task whose key (second item; None: no caching) the cache
    holds is read, not computed. Computed results are stored."""
    tasks = list(tasks)
    found: list[Results | None] = []
    for (event, _articles, facts), key in tasks:
        found.append(load(cache, key, event, facts) if cache is not None and key is not None else None)
    computed = mapper(stage, (task for (task, _key), hit in zip(tasks, found, strict=True) if hit is None))
    for ((_event, _articles, facts), key), hit in zip(tasks, found, strict=True):
        if hit is not None:
            yield hit
            continue
        results = next(computed)
        if cache is not None and key is not None:
            store(cache, key, facts, results)
        yield results


def store(cache: Cache, key: str, facts: Sequence[Fact], results: Results) -> None:
    alignments, findings = results
    fact_pos = {f.id: str(n) for n, f in enumerate(facts)}
    slot_pos = {a.id: str(n) for n, a in enumerate(alignments)}
    try:
        payload = {
            "alignments": encode([_renamed_alignment(a, fact_pos, "") for a in alignments], _TYPES),
            "findings": encode([_renamed_finding(f, fact_pos, slot_pos, "") for f in findings], _TYPES),
        }
    except (KeyError, TypeError):
        return  # a result naming a fact outside its event: not this module's to keep
    cache.put(key, payload, namespace=NAMESPACE)


def load(cache: Cache, key: str, event: Event, facts: Sequence[Fact]) -> Results | None:
    """The cached results renamed into this run (facts, event; slots numbered from s1), or None."""
    payload = cache.get(key, namespace=NAMESPACE)
    if payload is None:
        return None
    try:
        if not isinstance(payload, dict):
            raise CorruptEntry("payload is not a mapping")
        alignments = decode(payload["alignments"], _TYPES)
        findings = decode(payload["findings"], _TYPES)
        if not all(isinstance(a, Alignment) for a in alignments) or not all(isinstance(f, Finding) for f in findings):
            raise CorruptEntry("alignments or findings of the wrong type")
        fact_ids = {str(n): f.id for n, f in enumerate(facts)}
        slot_ids = {str(n): f"s{n + 1}" for n in range(len(alignments))}
        renamed = [_renamed_alignment(a, fact_ids, event.id) for a in alignments]
        placed = [fid for a in renamed for fid in a.fact_ids]
        if sorted(placed) != sorted(fact_ids.values()):
            raise CorruptEntry("slots do not hold the event's facts, each once")
        renamed = [dataclasses.replace(a, id=slot_ids[str(n)]) for n, a in enumerate(renamed)]
        return renamed, [_renamed_finding(f, fact_ids, slot_ids, event.id) for f in findings]
    except (CorruptEntry, KeyError, TypeError, ValueError, AttributeError):
        return None


def _ids(ids: Iterable[str], names: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(names[i] for i in ids)


def _renamed_alignment(alignment: Alignment, facts: Mapping[str, str], event_id: str) -> Alignment:
    return dataclasses.replace(alignment, event_id=event_id, fact_ids=_ids(alignment.fact_ids, facts))


def _renamed_finding(finding: Finding, facts: Mapping[str, str], slots: Mapping[str, str], event_id: str) -> Finding:
    def draft(v: DraftVerdict) -> DraftVerdict:
        return dataclasses.replace(v, fact_id=facts[v.fact_id], supporting=_ids(v.supporting, facts),
                                   contradicting=_ids(v.contradicting, facts), newer=_ids(v.newer, facts))

    return dataclasses.replace(
        finding,
        event_id=event_id,
        alignment_id=slots[finding.alignment_id],
        fact_ids=_ids(finding.fact_ids, facts),
        groups=tuple(dataclasses.replace(g, fact_ids=_ids(g.fact_ids, facts)) for g in finding.groups),
        pairs=tuple(dataclasses.replace(p, fact_ids=_ids(p.fact_ids, facts)) for p in finding.pairs),  # type: ignore[arg-type]
        drafts=tuple(draft(v) for v in finding.drafts),
    )
