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
import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from consistency import align, figure_holders, quotes, roles, slot_pairs, text, values
from consistency.align import AlignOptions, align_event
from consistency.cache import Cache, CorruptEntry, with_fields
from consistency.checks import comparisons
from consistency.evaluate import evaluate
from consistency.extract._attribution_names import normalize_source
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
from consistency.spool import from_bytes, to_bytes
from consistency.vocabulary import active_folder

NAMESPACE = "events"
# The only types an event's entry may hold besides the model's values (never a class the file names).
_TYPES: dict[str, type] = {cls.__name__: cls for cls in (Alignment, Finding, ValueGroup, PairVerdict, DraftVerdict)}

Task = tuple[Event, dict[str, Article], list[Fact]]
Results = tuple[list[Alignment], list[Finding]]


def event_results(
    task: Task, *, options: AlignOptions, rules: Sequence[Rule], vocabulary: str | None = None
) -> Results:
    """One event's slots (numbered from s1, the run renumbers them) and their findings: a worker's task.

    Each slot's findings come from its own facts only, so judging the events one by one gives the
    findings a single pass over every slot of the run gives, in the same order. ``vocabulary``: the run's
    folder, which alignment and the checks read too (a worker process is told it with each task).
    """
    event, articles, facts = task
    with active_folder(vocabulary):
        alignments = align_event(event, articles, facts, options)
        findings = evaluate(rules, alignments, {f.id: f for f in facts}, articles, {event.id: event})
    return alignments, findings


def rules_digest(rules: Sequence[Rule]) -> str:
    """The rule pack's content as the run loaded it (ids, checks, parameters, messages, severities),
    its files named without their folder: the shipped pack lies wherever the tool is installed, and
    a checkout or a CI machine elsewhere must read the same entries (a folder in the key missed every
    event's entry there, the event stage computed again whole)."""
    placed = [dataclasses.replace(rule, path=os.path.basename(rule.path)) for rule in rules]
    return hashlib.sha256(repr(placed).encode("utf-8")).hexdigest()


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


def packed(task: Task, *, stage: Callable[[Task], Results]) -> tuple[int, bytes]:
    """``stage`` on one event, its results pickled: its number of slots and the bytes (a worker's task).

    An event's results stay pickled until every event is done (``gather_events``): a few times
    smaller than the objects (at 10,000 articles 37 MB against about 150 MB, most of it pair
    verdicts), so the main process does not grow with them while the workers run. The pickle is
    compressed too (zlib's fastest level): pair verdicts repeat their statuses, causes and fact ids,
    and the bytes shrink about four times more for a few milliseconds of a worker's time an event.
    """
    results = stage(task)
    forget_event_caches()
    return len(results[0]), to_bytes(results)


def forget_event_caches() -> None:
    """Empty the caches that alignment and the checks fill with one event's sentences and facts.

    Their entries serve the pairs of one event (two articles of different events share no sentence), but
    they held the sentences and facts of thousands of events done: replayed in one spawned worker, the
    10,000-article corpus's events left it at 133 MB after its 58 chunks of events, at 60 to 75 MB with
    these emptied after each event (an event stage's worker peaked at 100 to 120 MB, beside the main
    process's 380, the run's largest moment). Emptied, a cache computes again what it is asked: the
    results are the same.
    """
    for cached in _EVENT_CACHES:
        cached.cache_clear()
    comparisons._personal_of.clear()  # (held by fact, not an lru_cache: a fact is not hashable)
    comparisons._reported_of.clear()  # (held by article and fact)
    comparisons._scope_of.clear()  # (held by fact)


# (Each a functools.lru_cache of a sentence, a fact, an article's body, a name or a word of an event's texts.
# The figure holders' four, by sentence, were the largest a worker still held after replaying the 1,000-article
# corpus's events: about 4.6 of its 5 MiB of cached readings, three of them full at 4,096 sentences.)
_EVENT_CACHES = (
    figure_holders._written_holder, figure_holders._capitalised_in, figure_holders._lower_in,
    figure_holders._folded_words,
    align._ages_in, align._counted_head, slot_pairs._sentence_words, slot_pairs._beside, quotes._quotations,
    quotes.same_quotation, quotes._stems, comparisons._says_revised, comparisons._bearing_at, comparisons._per_year,
    comparisons._told_running, comparisons._named_in_full, roles._roles_in, values.source_key, values._source_keys,
    values.untitled_key, values.date_interval, values._parse_iso, values._names_no_day, text._cached_words,
    text._cached_content_words, text.stem, normalize_source,
)


@dataclasses.dataclass(frozen=True)
class Gathered:
    """One event's results as the event stage left them: read from the cache (numbered), or
    computed and still pickled, with what numbering and storing them needs."""

    task: Task
    key: str | None
    before: int  # the slots of the events before this one
    results: Results | None  # numbered; None while ``pickled``
    pickled: bytes = b""


def gather_events(
    tasks: Iterable[tuple[Task, str | None]],
    stage: Callable[[Task], Results],
    mapper: Mapper,
    cache: Cache | None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Gathered]:
    """``stage`` over every event (in ``mapper``); a task whose key (second item; None: no caching)
    the cache holds is read, not computed. ``unpack_events`` then numbers and stores them."""
    tasks = list(tasks)
    found: list[Any] = []
    for (_event, _articles, _facts), key in tasks:
        found.append(cache.get(key, namespace=NAMESPACE, types=_TYPES) if cache is not None and key is not None else None)
    hits = [payload is not None for payload in found]
    computed = mapper(functools.partial(packed, stage=stage),
                      (task for (task, _key), hit in zip(tasks, hits, strict=True) if not hit))
    gathered: list[Gathered] = []
    slots = 0
    for done, ((task, key), payload) in enumerate(zip(tasks, found, strict=True), start=1):
        event, _articles, facts = task
        results = load(payload, event, facts, slots) if payload is not None else None
        if results is not None:
            gathered.append(Gathered(task, None, slots, results))  # read back: nothing to store
            slots += len(results[0])
        else:
            count, pickled = next(computed) if payload is None else packed(task, stage=stage)
            gathered.append(Gathered(task, key, slots, None, pickled))
            slots += count
        if progress:
            progress(done, len(tasks))
    return gathered


def unpack_events(gathered: list[Gathered], cache: Cache | None) -> Iterator[Results]:
    """Each event's slots (numbered s1, s2, ... in event order) and findings; computed ones are
    stored. Empties ``gathered`` as it goes, so each event's bytes go once its objects are made."""
    gathered.reverse()
    while gathered:
        entry = gathered.pop()
        if entry.results is not None:
            yield entry.results
            continue
        results = _numbered(from_bytes(entry.pickled), entry.before)
        if cache is not None and entry.key is not None:
            event, _articles, facts = entry.task
            store(cache, entry.key, event, facts, results, entry.before)
        yield results


def _numbered(results: Results, before: int) -> Results:
    """Slots numbered on from ``before`` (the slots of the events before this one)."""
    alignments, findings = results
    ids = {a.id: f"s{before + n}" for n, a in enumerate(alignments, start=1)}
    return ([with_fields(a, id=ids[a.id]) for a in alignments],
            [with_fields(f, alignment_id=ids[f.alignment_id]) for f in findings])


def store(cache: Cache, key: str, event: Event, facts: Sequence[Fact], results: Results, before: int = 0) -> None:
    """The results as this run numbered them, with the ids they were numbered under: the event's id,
    its facts' ids in order and the slots before its own. A run that numbers them alike (an unchanged
    corpus) reads them back as they are; another maps them (``load``)."""
    alignments, findings = results
    cache.put(key, {"alignments": list(alignments), "findings": list(findings), "event": event.id,
                    "facts": tuple(f.id for f in facts), "before": before}, namespace=NAMESPACE)


def load(payload: Any, event: Event, facts: Sequence[Fact], before: int = 0) -> Results | None:
    """A cached payload renamed into this run (its facts, its event, slots numbered on from
    ``before``), or None when it does not fit the event."""
    try:
        if not isinstance(payload, dict) or set(payload) != {"alignments", "findings", "event", "facts", "before"}:
            raise CorruptEntry("payload is not this kind of entry")
        stored, judged, was = payload["alignments"], payload["findings"], payload["facts"]
        if not isinstance(stored, list) or not isinstance(judged, list) or not isinstance(was, tuple):
            raise CorruptEntry("alignments, findings or facts are not lists")
        if not all(type(a) is Alignment for a in stored) or not all(type(f) is Finding for f in judged):
            raise CorruptEntry("alignments or findings of the wrong type")
        if len(was) != len(facts) or len(set(was)) != len(was):
            raise CorruptEntry("entry stored for another number of facts")
        fact_ids = tuple(f.id for f in facts)
        slot_ids = {a.id: f"s{before + n + 1}" for n, a in enumerate(stored)}
        if len(slot_ids) != len(stored):
            raise CorruptEntry("two slots of one id")
        if (was, payload["event"], payload["before"]) != (fact_ids, event.id, before) or any(
            old != new for old, new in slot_ids.items()
        ):  # numbered otherwise in this run: every id mapped in place (the objects are this entry's own)
            _rename_in_place([*stored, *judged], dict(zip(was, fact_ids, strict=True)), slot_ids, event.id)
            for alignment in stored:
                object.__setattr__(alignment, "id", slot_ids[alignment.id])
        placed = [fid for a in stored for fid in a.fact_ids]
        if sorted(placed) != sorted(fact_ids):
            raise CorruptEntry("slots do not hold the event's facts, each once")
        known, slots = set(fact_ids), set(slot_ids.values())
        if not all(f.event_id == event.id and f.alignment_id in slots and known.issuperset(f.fact_ids)
                   for f in judged) or not all(a.event_id == event.id for a in stored):
            raise CorruptEntry("findings naming another event, slot or fact")
        return stored, judged
    except (CorruptEntry, KeyError, TypeError, ValueError, AttributeError):
        return None


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in dataclasses.fields(cls))
    return names


# Where slots and findings name facts, slots and the event.
_FACT_LISTS = ("fact_ids", "supporting", "contradicting", "newer")
_NESTED = ("groups", "pairs", "drafts")


def _rename_in_place(values: Sequence[Any], facts: Mapping[str, str], slots: Mapping[str, str], event_id: str) -> None:
    """``_renamed`` without the copies, for objects an entry has just unpickled (no one else holds
    them). An object the entry holds twice (the pickle shares equal ones) is renamed once. Fields
    are set as ``__init__`` sets a frozen dataclass's, so slotted classes (``PairVerdict``) are
    renamed like the others."""
    seen: set[int] = set()
    put = object.__setattr__

    def item(value: Any) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        names = _field_names(type(value))
        for name in _FACT_LISTS:
            if name in names:
                put(value, name, tuple([facts[i] for i in getattr(value, name)]))
        if "fact_id" in names:
            put(value, "fact_id", facts[value.fact_id])
        if "event_id" in names:
            put(value, "event_id", event_id)
        if "alignment_id" in names:
            put(value, "alignment_id", slots[value.alignment_id])
        for name in _NESTED:
            if name in names:
                for nested in getattr(value, name):
                    item(nested)

    for value in values:
        item(value)
