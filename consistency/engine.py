"""Runs the stages in order and collects per-file problems instead of stopping at the first.

ingest -> clean -> extract -> group -> align -> evaluate. Nothing here reads the
clock or writes files; the CLI does the writing, the reporters the formatting.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from consistency import __version__, corpus_facts, stage_clock
from consistency.align import AlignOptions
from consistency.bylines import is_byline_stamp
from consistency.cache import DEFAULT_MAX_AGE_DAYS, Cache, article_key, source_digest
from consistency.checks import CHECKS, Outcome
from consistency.clean import clean_article
from consistency.copies import CopyOptions, find_copies
from consistency.corpus import Extracted, cache_salt, extract_corpus
from consistency.corpus_facts import facts_key
from consistency.corpus_results import (
    cached,
    cached_meanwhile,
    corpus_key,
    draft_neighbourhood,
    mark_inputs_used,
    signatures_cached,
    store_words,
    text_features_cached,
)
from consistency.draft import judge_drafts
from consistency.event_results import event_key, event_results, gather_events, rules_digest, unpack_events
from consistency.extract import ExtractionContext, extractors
from consistency.extract.figures import refers_back
from consistency.frames import frame_facts
from consistency.group import (
    GroupingOptions,
    Recollected,
    TextFeatures,
    group_articles,
    recollected_words,
    shared_recollection,
    text_features,
)
from consistency.interning import Interner
from consistency.memory import give_back
from consistency.model import (
    Alignment,
    Article,
    CleanText,
    Event,
    Fact,
    Finding,
    Problem,
    Provenance,
    RuleInfo,
    RunResult,
)
from consistency.parallel import Mapper, ProcessMapper
from consistency.pieces import HUGE_CHARS, Piece, shifted, spans
from consistency.provenance import SINGLE_ORIGIN_INFO, provenance_findings, trace_provenance
from consistency.rulepack import Example, Rule, load_packs
from consistency.spool import Spool
from consistency.stages import load_stages, stages_digest
from consistency.text import split_sentences
from consistency.vocabulary import active_folder, load_vocabulary
from consistency.window import select_window

Progress = Callable[[str, int, int], None]  # (stage, done, total)
SMALL_CORPUS = 32  # fewer items (articles, events) than this are handled in this process whatever ``jobs`` says
# Facts of one event aligned and judged at most. Alignment costs more than linear time in an event's
# facts; real events hold hundreds (the largest of 3,000 ECB+ articles: 1,711), a 20 MB article's
# event about 180,000 (minutes of work for slots of one voice that nothing is compared with).
# Provenance reads the same facts.
MAX_EVENT_FACTS = 10_000
# Slots, findings and their pairs held as objects at most (``_spooled``); beyond, they are pickled in
# chunks. 10,000 ECB+-sized articles come to about 500,000 (some 150 MB as objects), 100,000 to ten
# times that, which took 1.5 GB of the 5 GB the report's moment held. At 1,000,000 a 10,000-article
# audit held its 150 MB as objects through the report, the run's largest moment with the event
# stage; spooled, each pass of a report over them unpickles them again (a second or two there).
SPOOL_WEIGHT = 100_000


@dataclass(frozen=True)
class RunOptions:
    rule_paths: tuple[str, ...] = ()
    grouping: GroupingOptions = field(default_factory=GroupingOptions)
    check_grouping: GroupingOptions = field(default_factory=lambda: GroupingOptions(threshold=0.08))
    align: AlignOptions = field(default_factory=AlignOptions)
    copies: CopyOptions = field(default_factory=CopyOptions)
    max_bytes: int = 20_000_000
    max_event_facts: int = MAX_EVENT_FACTS  # facts of one event aligned at most (``capped``); 0: no cap
    vocabulary: str | None = None  # folder of measures/happenings/sources YAML; None: the shipped one
    since: dt.date | None = None  # audit window: keep articles published on or after this day
    until: dt.date | None = None  # and on or before this day; undated articles are left out, and named
    jobs: int = 1  # worker processes for extraction (the CLI defaults to the machine's cores)
    cache_dir: str | None = None  # the content cache of extraction results; None: no cache
    cache_max_age: float | None = DEFAULT_MAX_AGE_DAYS  # days an unused cache entry is kept; None: for ever
    mapper: Mapper | None = field(default=None, compare=False)  # runs per-article work (a Dask cluster); None: jobs


def extract_facts(article: Article, cleaned: CleanText | None = None, *, id_prefix: str = "") -> tuple[list[Fact], CleanText]:
    """Clean (unless given) and extract every kind of fact from one article.

    Spans that touch removed boilerplate are dropped, so every fact satisfies
    ``article.body[fact.start:fact.end] == fact.text``.
    """
    cleaned = cleaned or clean_article(article)
    text = cleaned.text
    sentences = _Sentences(split_sentences(text))
    context = ExtractionContext(
        published=article.published,
        published_precision=article.published_precision,
        language=article.language,
        sentences=sentences,
        outlet=article.outlet,
    )
    found: list[tuple[int, int, str, object]] = []
    for kind, extractor in extractors().items():
        for ex in extractor(text, context):
            if 0 <= ex.start < ex.end <= len(text) and text[ex.start : ex.end] == article.body[ex.start : ex.end]:
                if kind == "date" and is_byline_stamp(text, ex.start, ex.end):
                    continue  # the page's stamp, like the bylines cleaning blanks: no fact of the story
                if kind == "figure" and refers_back(text, ex):
                    continue  # "the three judges": named before, no count to compare across outlets
                found.append((ex.start, ex.end, kind, ex.value))
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    facts = []
    # The facts of one sentence share one string of it: a worker pickles it once, not once per fact.
    sentence_texts: dict[tuple[int, int], str] = {}
    for number, (start, end, kind, value) in enumerate(found, start=1):
        s_start, s_end = _sentence_of(sentences, start, end)
        sentence = sentence_texts.get((s_start, s_end))
        if sentence is None:
            sentence = sentence_texts[(s_start, s_end)] = article.body[s_start:s_end]
        facts.append(
            Fact(
                id=f"{id_prefix}f{number}",
                article_id=article.id,
                kind=kind,  # type: ignore[arg-type]
                text=article.body[start:end],
                start=start,
                end=end,
                sentence=sentence,
                sentence_start=s_start,
                sentence_end=s_end,
                value=value,  # type: ignore[arg-type]
            )
        )
    return facts, cleaned


def extract_article(
    article: Article | Piece, vocabulary: str | None = None, grouping: GroupingOptions | None = None
) -> Extracted | Problem | tuple[Fact, ...]:
    """The per-article stages (clean, extract, infer the title, frame), run in a worker or here;
    given a piece of a huge article (cleaned and titled already), that piece's facts. With
    ``grouping``, also the recollections grouping reads of the article (``recollected_words``):
    the worker has its text and facts, and grouping then runs in this process alone.

    An extractor bug becomes a Problem for this article: it must not lose the rest of the corpus.
    """
    with active_folder(vocabulary):  # (what framing reads with no folder in hand comes from the run's folder too)
        return _extract_article(article, vocabulary, grouping)


def _extract_article(
    article: Article | Piece, vocabulary: str | None, grouping: GroupingOptions | None
) -> Extracted | Problem | tuple[Fact, ...]:
    if isinstance(article, Piece):
        return _extract_piece(article, vocabulary)
    try:
        article_facts, cleaned = extract_facts(article)
        article = infer_title(article, cleaned)
        article_facts = frame_facts(article, article_facts, load_vocabulary(vocabulary))
        recollected = recollected_words(article, grouping_text(cleaned.text), article_facts, grouping) \
            if grouping is not None and grouping.recollected_words else None
    except Exception as exc:  # noqa: BLE001
        return Problem(article.path, f"internal error while extracting facts ({type(exc).__name__}: {exc}); please report it")
    return Extracted(article, tuple(article_facts), cleaned.text, cleaned.removed, recollected=recollected)


def _extract_piece(piece: Piece, vocabulary: str | None) -> tuple[Fact, ...] | Problem:
    article = piece.article
    try:
        found, _ = extract_facts(article, CleanText(piece.text))
        return shifted(frame_facts(article, found, load_vocabulary(vocabulary)), piece.offset)
    except Exception as exc:  # noqa: BLE001
        return Problem(article.path, f"internal error while extracting facts at character {piece.offset:,} "
                                     f"({type(exc).__name__}: {exc}); please report it")


def prepare_huge(article: Article) -> tuple[Article, CleanText] | Problem:
    """A huge article cleaned and titled whole, before its pieces are extracted (``corpus``)."""
    try:
        cleaned = clean_article(article)
        return infer_title(article, cleaned), cleaned
    except Exception as exc:  # noqa: BLE001
        return Problem(article.path, f"internal error while cleaning ({type(exc).__name__}: {exc}); please report it")


def clean_features(task: tuple[Article, str], options: GroupingOptions) -> TextFeatures:
    """An article's grouping features without extracting it: cleaned and titled as extraction
    cleans and titles it, so they equal the features grouping reads after extraction."""
    article = task[0]
    cleaned = clean_article(article)
    return text_features(infer_title(article, cleaned), grouping_text(cleaned.text), options)


def grouping_text(text: str) -> str:
    """What grouping and copy finding read of a text: all of it, but only the first stretch (about a
    million characters, cut after a paragraph) of a huge one. Headline and lead decide an event;
    the words of a 20 MB file would cost grouping as much as the extraction of all its facts."""
    return text if len(text) <= HUGE_CHARS else text[: spans(text, HUGE_CHARS)[0][1]]


def _numbered(facts: list[Fact], first: int) -> list[Fact]:
    """The facts renamed ``f{first}``, ``f{first + 1}``, ... in place.

    They are fresh objects of this run (from a worker, the cache or this process's extraction, which
    has already stored its copy in the cache), held by nothing else: a copy of each, as
    ``dataclasses.replace`` makes, would hold every fact of the corpus twice for a moment, 400 MB
    at 100,000 articles that the C heap then keeps.
    """
    put = object.__setattr__
    for n, fact in enumerate(facts, start=first):
        put(fact, "id", f"f{n}")
    return facts


def _facts_by_article(facts: Sequence[Fact]) -> dict[str, list[tuple[int, int]]]:
    """Where each article's facts lie in ``facts``: runs of positions (start, stop). An article's
    facts arrive together, so it has one run; a pair of numbers per article, not one per fact (a
    tuple for each of 1.7 million facts at 100,000 articles, kept to the end of the run)."""
    runs: dict[str, list[tuple[int, int]]] = {}
    start, current = 0, None
    for n, fact in enumerate(facts):
        if fact.article_id != current:
            if current is not None:
                runs.setdefault(current, []).append((start, n))
            start, current = n, fact.article_id
    if current is not None:
        runs.setdefault(current, []).append((start, len(facts)))
    return runs


def _event_facts(event: Event, facts: Sequence[Fact], facts_of: dict[str, list[tuple[int, int]]]) -> list[Fact]:
    """The event's facts in run order: alignment reads only these, not every fact of the corpus."""
    runs = sorted(run for aid in dict.fromkeys(event.article_ids) for run in facts_of.get(aid, ()))
    return [fact for start, stop in runs for fact in facts[start:stop]]


def capped(facts: Sequence[Fact], cap: int) -> list[Fact]:
    """At most ``cap`` of an event's facts, in run order: every article keeps its first facts (its
    lead first, as news is written), and no article gets more than the others can leave it, so a
    huge article beside short ones never crowds them out. ``cap`` 0: all of them."""
    if not cap or len(facts) <= cap:
        return list(facts)
    counts: dict[str, int] = {}
    for fact in facts:
        counts[fact.article_id] = counts.get(fact.article_id, 0) + 1
    low, high = 0, max(counts.values())  # the largest share per article that fits the cap
    while low < high:
        mid = (low + high + 1) // 2
        if sum(min(c, mid) for c in counts.values()) <= cap:
            low = mid
        else:
            high = mid - 1
    taken: dict[str, int] = {}
    kept = []
    for fact in facts:
        if taken.get(fact.article_id, 0) < low:
            taken[fact.article_id] = taken.get(fact.article_id, 0) + 1
            kept.append(fact)
    return kept


def _sentence_of(sentences: _Sentences, start: int, end: int) -> tuple[int, int]:
    """The sentence (or run of sentences) covering the span; the span itself between sentences."""
    i = bisect.bisect_right(sentences.ends, start)  # first sentence ending after the span starts
    if i == len(sentences) or sentences[i][0] >= end:
        return start, end
    j = i
    while j + 1 < len(sentences) and sentences[j + 1][0] < end:
        j += 1
    return sentences[i][0], sentences[j][1]


class _Sentences(tuple):  # type: ignore[type-arg]
    """Sentence spans with their ends kept for bisect, built once per article."""

    ends: list[int]

    def __new__(cls, spans: Sequence[tuple[int, int]]) -> _Sentences:
        self = super().__new__(cls, spans)
        self.ends = [e for _, e in spans]
        return self


def infer_title(article: Article, cleaned: CleanText) -> Article:
    """A pasted page's first kept line is its headline when it looks like one."""
    if article.title:
        return article
    for line in cleaned.text.split("\n"):
        line = line.strip()
        if line:
            if len(line) <= 160 and not line.endswith((".", ":", ";")):
                return dataclasses.replace(article, title=line, provenance=(*article.provenance, ("title", "first line")))
            break
    return article


def run_articles(
    articles: Sequence[Article],
    options: RunOptions | None = None,
    *,
    rules: Sequence[Rule] | None = None,
    drafts: Iterable[str] = (),
    problems: Sequence[Problem] = (),
    progress: Progress | None = None,
) -> RunResult:
    """The whole pipeline on articles already read. ``drafts`` (article ids) switches to check mode.

    One pool of workers serves the stages that run per article, started on the first batch large
    enough to need it, unless the caller gives one already started (``run`` starts it before reading
    a large corpus: a pool forked from a process holding the corpus would start as large as it); the
    event stage gets fresh, spawned workers. A handful of items is quicker here than in a pool
    (workers cost a fork and pickling).
    """
    options = options or RunOptions()
    local = ProcessMapper(options.jobs, few=SMALL_CORPUS) if options.mapper is None else None
    # One cache for the run; its entries are written by a thread while the run goes on.
    cache = Cache(options.cache_dir, background=True) if options.cache_dir else None
    try:
        return _run_articles(articles, options, options.mapper or local, cache, rules=rules,  # type: ignore[arg-type]
                             drafts=drafts, problems=problems, progress=progress)
    finally:
        if local is not None:
            local.close()
        if cache is not None:
            cache.flush()


def _run_articles(
    articles: Sequence[Article],
    options: RunOptions,
    mapper: Mapper,
    cache: Cache | None,
    *,
    rules: Sequence[Rule] | None,
    drafts: Iterable[str],
    problems: Sequence[Problem],
    progress: Progress | None,
) -> RunResult:
    window = None
    if options.since or options.until:
        articles, window = select_window(articles, options.since, options.until)
    rules = list(rules) if rules is not None else load_packs(list(options.rule_paths) or None)
    draft_set = set(drafts)
    draft_ids = tuple(a.id for a in articles if a.id in draft_set)
    vocabulary = load_vocabulary(options.vocabulary)
    problems = list(problems)
    kept: list[Article] = []
    facts: list[Fact] = []
    texts: dict[str, str] = {}
    removed: list[tuple[str, tuple]] = []
    keys: dict[str, str] = {}  # article id -> its extraction cache key
    # (each kept article's recollections, when its worker read them: ``recollected_words``)
    recollected: list[Recollected | None] = []
    salt = cache_salt(Path(vocabulary.folder), cache=cache) if cache is not None else ""
    grouping = options.check_grouping if draft_ids else options.grouping
    if options.vocabulary and grouping.vocabulary is None:  # the stage ladders come from the same folder
        grouping = dataclasses.replace(grouping, vocabulary=options.vocabulary)
    stage = functools.partial(extract_article, vocabulary=options.vocabulary, grouping=grouping)
    if draft_ids:  # a check reads, extracts and groups only the sources its drafts' blocking keys reach
        articles = draft_neighbourhood(articles, draft_ids, grouping, cache, mapper, salt,
                                       functools.partial(clean_features, options=grouping))
    # An audit of an unchanged corpus reads its whole extraction back in one entry, numbered and shared
    # (``corpus_facts``); any other run extracts per article, through the per-article entries.
    article_keys = [article_key(a, salt) for a in articles] if cache is not None else None
    whole = None
    whole_key = facts_key(articles, article_keys, salt) if cache is not None and article_keys is not None \
        and not draft_ids else None
    if cache is not None and whole_key is not None and article_keys is not None:
        whole = corpus_facts.read(cache, whole_key, articles, article_keys)
    extracted = whole if whole is not None else extract_corpus(
        articles, stage, mapper, cache=cache, salt=salt, prepare=prepare_huge, keys=article_keys)  # type: ignore[arg-type]
    # Equal sentences, values and frames of the corpus's facts held once (the entry's are shared already).
    shared = Interner() if whole is None else None
    records: list[corpus_facts.Record] = []  # what the whole-corpus entry keeps of each article
    for done, result in enumerate(extracted, start=1):
        if isinstance(result, Problem):
            problems.append(result)
            whole_key = None  # a problem is met again on the next run, never read back
            continue
        kept.append(result.article)
        if shared is None:  # numbered and shared already
            facts.extend(result.facts)
        else:
            # Ids are numbered across the run so that a fact id names one fact in the whole report.
            facts.extend(_numbered(shared.facts(result.facts), len(facts) + 1))
            records.append(corpus_facts.record(result))
        # Most articles lose nothing to cleaning: keep one string, not the body and an equal copy.
        texts[result.article.id] = grouping_text(result.article.body if result.text == result.article.body else result.text)
        removed.append((result.article.id, result.removed))
        keys[result.article.id] = result.key
        recollected.append(shared_recollection(result.recollected))
        if progress:
            progress("extract", done, len(articles))
    del shared
    if cache is not None and whole is None and whole_key is not None:
        corpus_facts.store(cache, whole_key, records, facts)  # pickled straight into its file
    del records
    give_back()  # the pickles the facts came in
    stage_clock.lap("extract")
    # Copies and events depend on the whole corpus: with a cache, an unchanged corpus (the same
    # articles, in the same order, under the same options and tool) reads them back.
    corpus = corpus_key([(a.id, keys.get(a.id, "")) for a in kept],
                        f"{salt}\0{options.copies!r}\0{grouping!r}\0{stages_digest(grouping.vocabulary)}") \
        if cache is not None else None

    def copies_and_events() -> tuple[tuple[tuple[str, str], ...], tuple[Event, ...], tuple[tuple[str, int], ...]]:
        # The per-article halves of finding copies and of grouping, in workers and through the cache
        # (one changed article of a large corpus computes one article's, nothing else).
        signatures = signatures_cached(kept, texts, keys, options.copies, cache, mapper)
        # Wire copies are marked before grouping, so every later stage can count them as one voice.
        # A draft is never one: what it changed in the wire story it copies is what a check is for.
        sources = [n for n, a in enumerate(kept) if a.id not in draft_set]
        copy_of = find_copies([kept[n] for n in sources], texts, options.copies, [signatures[n] for n in sources])
        del signatures  # about 9 KB an article, gone before grouping's features and pairs are made
        give_back()
        stage_clock.lap("copies")
        features = text_features_cached(kept, texts, keys, grouping, cache, mapper)
        stage_clock.lap("group features (workers)")
        if cache is not None and not draft_set:  # what a pre-commit check against this corpus reads first
            store_words(kept, keys, grouping, features, cache)
        if isinstance(mapper, ProcessMapper):
            # Grouping runs here alone, and this process then holds the corpus: the workers go now
            # (about 100 MB each at 10,000 articles, idle through grouping), and the event stage
            # starts its own, fresh ones.
            mapper.renew()
        marked = [dataclasses.replace(a, copy_of=copy_of[a.id]) if a.id in copy_of else a for a in kept]
        stats: dict[str, int] = {}
        found = group_articles(marked, texts, grouping, facts=facts, stats=stats, features=features, release=True,
                               recollected=recollected)
        return tuple(sorted(copy_of.items())), tuple(found), tuple(sorted(stats.items()))

    computed: list[bool] = []

    def computing() -> tuple[tuple[tuple[str, str], ...], tuple[Event, ...], tuple[tuple[str, int], ...]]:
        computed.append(True)
        return copies_and_events()

    copy_pairs, grouped, stats = cached(cache, corpus, computing, functools.partial(_fits_corpus, kept))
    stage_clock.lap("group: cached/return")
    texts.clear()  # the cleaned texts that differ from their bodies: read by copies and grouping only
    recollected.clear()  # (read back with the events: grouping never read them)
    give_back()  # grouping's tables, about 100 MB at 10,000 articles, before the workers' event stage
    if cache is not None and not computed:  # read back: what it was built from stays in the cache with it
        mark_inputs_used(kept, keys, grouping, options.copies, cache)
    copy_of = dict(copy_pairs)
    if copy_of:
        kept = [dataclasses.replace(a, copy_of=copy_of[a.id]) if a.id in copy_of else a for a in kept]
    events = list(grouped)
    grouping_stats = dict(stats)
    if draft_ids:
        events = [e for e in events if set(e.article_ids) & set(draft_ids)]
        in_events = {aid for e in events for aid in e.article_ids}
        kept = [a for a in kept if a.id in in_events]
        facts = [f for f in facts if f.article_id in in_events]
        removed = [r for r in removed if r[0] in in_events]
        events = [dataclasses.replace(e, id=f"e{n}") for n, e in enumerate(events, start=1)]
    by_id = {a.id: a for a in kept}
    facts_of = _facts_by_article(facts)
    # Each event's slots and findings depend on its own articles only: with a cache, an event whose
    # articles, options, rules and tool are unchanged reuses them (``event_results``).
    event_salt = f"{salt}\0{options.align!r}\0{options.max_event_facts}\0{rules_digest(rules)}"
    # A huge event is aligned on part of its facts (``capped``); the event says how many were left out.
    aligned: dict[str, list[Fact]] = {}
    unaligned: dict[str, int] = {}
    for e in events:
        own_facts = _event_facts(e, facts, facts_of)
        aligned[e.id] = capped(own_facts, options.max_event_facts)
        unaligned[e.id] = len(own_facts) - len(aligned[e.id])
    del facts_of
    events = [dataclasses.replace(e, unaligned=unaligned[e.id]) if unaligned[e.id] else e for e in events]
    traceable = facts
    if any(unaligned.values()):
        kept_ids = {f.id for kept_facts in aligned.values() for f in kept_facts}
        traceable = [f for f in facts if f.id in kept_ids]

    def task(event: Event) -> tuple[tuple[Event, dict[str, Article], list[Fact]], str | None]:
        members = {a: by_id[a] for a in event.article_ids if a in by_id}
        own = [by_id[a] for a in event.article_ids if a in by_id]
        key = None
        if cache is not None and all(keys.get(a.id) for a in own):
            key = event_key(event, own, [keys[a.id] for a in own], event_salt)
        return (event, members, aligned.pop(event.id)), key

    def traced() -> tuple[Provenance, ...]:
        return tuple(trace_provenance(events, by_id, traceable, vocabulary))

    # Provenance reads every event's sources at once (one name for one source across the corpus), not
    # the events' slots: when the workers align the events, this process traces it meanwhile (it only
    # waits on them then), rather than alone once they are done.
    provenance_key = corpus_key([("drafts", json.dumps(draft_ids)), ("facts per event", str(options.max_event_facts))],
                                corpus) if corpus is not None else None
    in_workers = not isinstance(mapper, ProcessMapper) or (mapper.jobs > 1 and len(events) >= mapper.few)
    tracing = (cached_meanwhile if in_workers else _at_once)(
        cache, provenance_key, traced, functools.partial(_fits_events, events))
    # Events are aligned and judged independently (in workers for a large run); slot ids are
    # numbered in event order, exactly as one loop over the events numbers them.
    stage_of_event = functools.partial(event_results, options=options.align, rules=rules, vocabulary=options.vocabulary)
    gathered = gather_events((task(e) for e in events), stage_of_event, mapper, cache,
                             functools.partial(progress, "align") if progress else None)
    stage_clock.lap("event facts + align (workers)")
    provenance = list(tracing())
    stage_clock.lap("provenance wait")
    if isinstance(mapper, ProcessMapper):
        # The workers' last stage is done: what they hold (about 90 to 120 MB each at 10,000 articles)
        # is given back before this process sorts and the CLI writes the report, the run's largest
        # moment. A later use would start a new pool.
        mapper.close()
    give_back()
    alignments: Sequence[Alignment]
    findings: Sequence[Finding]
    if draft_ids:
        alignments, findings = _judged_drafts(unpack_events(gathered, cache), facts, by_id, events, draft_ids)
    else:
        # A run that read every event's results back from the cache held them all as objects at once
        # already (``gather_events``): pickled into a spool, each pass of a report would unpickle them
        # again (at 10,000 articles the spool's pickling and the JSON writer's unpickling took about a
        # sixth of a warm run), and no peak would be lower than the one the run has reached.
        read_back = all(entry.results is not None for entry in gathered)
        alignments, findings = _spooled(unpack_events(gathered, cache), events, provenance_findings(provenance, facts),
                                        limit=None if read_back else SPOOL_WEIGHT)
    if cache is not None:  # what this run read is marked used; entries unused for long are removed
        cache.finish(options.cache_max_age)
    stage_clock.lap("findings spooled")
    return RunResult(
        articles=tuple(kept),
        events=tuple(events),
        facts=tuple(facts),
        alignments=alignments,
        findings=findings,
        problems=tuple(problems),
        removed=tuple(removed),
        mode="check" if draft_ids else "audit",
        draft_ids=draft_ids,
        rule_pack=", ".join(options.rule_paths) or "default",
        rules=(*(RuleInfo(r.id, r.severity, r.kind, r.summary, r.rationale) for r in rules), SINGLE_ORIGIN_INFO),  # type: ignore[arg-type]
        provenance=tuple(provenance),
        window=window,
        grouping_stats=tuple(sorted(grouping_stats.items())),
        meta={"version": __version__},
    )


def _at_once(cache: Cache | None, key: str | None, compute: Callable[[], Any],
             check: Callable[[Any], bool]) -> Callable[[], Any]:
    """``cached`` now, for a run whose events are aligned in this process (nothing to overlap)."""
    value = cached(cache, key, compute, check)
    return lambda: value


def _fits_corpus(articles: Sequence[Article], value: object) -> bool:
    """A cached (copies, events, stats) triple that belongs to these articles: each in one event."""
    if not (isinstance(value, tuple) and len(value) == 3):
        return False
    copies, events, stats = value
    ids = {a.id for a in articles}
    return (
        all(isinstance(p, tuple) and len(p) == 2 and p[0] in ids and p[1] in ids for p in copies)
        and all(isinstance(e, Event) for e in events)
        and sorted(aid for e in events for aid in e.article_ids) == sorted(ids)
        and all(isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) and isinstance(p[1], int) for p in stats)
    )


def _fits_events(events: Sequence[Event], value: object) -> bool:
    """Cached provenance that belongs to these events: one per event, in order."""
    return (
        isinstance(value, tuple)
        and all(isinstance(p, Provenance) for p in value)
        and [p.event_id for p in value] == [e.id for e in events]
    )


def _spooled(
    results: Iterable[tuple[list[Alignment], list[Finding]]],
    events: Sequence[Event],
    origin_notes: Sequence[Finding],
    limit: int | None = SPOOL_WEIGHT,
) -> tuple[Sequence[Alignment], Sequence[Finding]]:
    """An audit's slots and findings, each event's findings in reading order and its note on its
    origins after them: what ``sort_findings`` over the whole run and a stable sort by event give,
    one event at a time (``results`` come one per event, in order).

    Held as objects (tuples) up to ``limit`` items of weight (a slot, a finding, each of its pairs,
    value groups and draft verdicts), and pickled as they come beyond it (``Spool``): every pass of
    a report over a spool unpickles it again, which a run of ordinary size need not pay; ``limit``
    None: held as objects whatever their weight."""
    notes: dict[str, list[Finding]] = {}
    for note in origin_notes:
        notes.setdefault(note.event_id, []).append(note)
    alignments: list[Alignment] | Spool[Alignment] = []
    findings: list[Finding] | Spool[Finding] = []
    weight = 0
    for event, (found, judged) in zip(events, results, strict=True):
        alignments.extend(found)
        findings.extend(sort_findings(judged, found, [event.id]))
        findings.extend(notes.pop(event.id, ()))
        weight += len(found) + sum(1 + len(f.pairs) + len(f.groups) + len(f.drafts) for f in judged)
        if limit is not None and weight > limit and isinstance(findings, list):
            alignments, findings = Spool(alignments), Spool(findings)
    if isinstance(alignments, Spool) and isinstance(findings, Spool):
        return alignments.sealed(), findings.sealed()
    return tuple(alignments), tuple(findings)


def _judged_drafts(
    results: Iterable[tuple[list[Alignment], list[Finding]]],
    facts: Sequence[Fact],
    by_id: dict[str, Article],
    events: Sequence[Event],
    draft_ids: tuple[str, ...],
) -> tuple[tuple[Alignment, ...], tuple[Finding, ...]]:
    """A check's slots that hold a draft's statement, and their findings judged for the drafts."""
    alignments: list[Alignment] = []
    findings: list[Finding] = []
    for found, judged in results:
        alignments.extend(found)
        findings.extend(judged)
    draft_facts = {f.id for f in facts if f.article_id in draft_ids}
    alignments = [a for a in alignments if draft_facts & set(a.fact_ids)]
    kept_slots = {a.id for a in alignments}
    findings = [f for f in findings if f.alignment_id in kept_slots]
    findings = sort_findings(findings, alignments, [e.id for e in events])
    # The draft is judged against the sources; their own disagreements are context.
    return tuple(alignments), tuple(judge_drafts(findings, {f.id: f for f in facts}, by_id, draft_ids))


def sort_findings(findings: Sequence[Finding], alignments: Sequence[Alignment], event_ids: Sequence[str]) -> list[Finding]:
    """Reading order: per event, conflicts first, then by severity, slot and rule (stable otherwise)."""
    severity_rank = {"error": 0, "warning": 1, "info": 2}
    status_rank = {"conflict": 0, "compatible": 1, "agree": 2, "unverified": 3}
    event_rank = {eid: n for n, eid in enumerate(event_ids)}
    slot_rank = {a.id: n for n, a in enumerate(alignments)}
    return sorted(
        findings,
        key=lambda f: (event_rank[f.event_id], status_rank[f.status], severity_rank[f.severity], slot_rank[f.alignment_id], f.rule),
    )


def run(
    paths: Sequence[str | Path],
    options: RunOptions | None = None,
    *,
    against: Sequence[str | Path] = (),
    progress: Progress | None = None,
) -> RunResult:
    """Read the inputs and run the pipeline; ``against`` makes ``paths`` drafts checked against sources."""
    from consistency.ingest import common_root

    options = options or RunOptions()
    rules = load_packs(list(options.rule_paths) or None)  # rule errors surface before any reading
    load_vocabulary(options.vocabulary)  # and vocabulary errors too
    load_stages(options.vocabulary)
    # Drafts and sources share one root so that their ids never collide.
    root = common_root([*paths, *against]) if against else None
    local = None
    if options.mapper is None and options.jobs > 1 and _many_inputs([*paths, *against]):
        # The workers start before the corpus is read: forked later, each would begin with all of it.
        local = ProcessMapper(options.jobs, few=SMALL_CORPUS)
        local.start()
        options = dataclasses.replace(options, mapper=local)
    try:
        return _read_and_run(paths, options, rules, against, root, progress)
    finally:
        if local is not None:
            local.close()


BIG_INPUT = 1 << 20  # bytes: a feed or archive this large holds many articles


def _many_inputs(paths: Sequence[str | Path]) -> bool:
    """A folder, a large feed or many files: a run that may well need its workers (a few articles
    never start them, and a draft checked alone pays no fork)."""
    if len(paths) >= SMALL_CORPUS:
        return True
    for given in paths:
        path = Path(given)
        try:
            if str(given) != "-" and (path.is_dir() or path.stat().st_size > BIG_INPUT):
                return True
        except OSError:  # missing or unreadable: reading reports it
            continue
    return False


def _read_and_run(
    paths: Sequence[str | Path],
    options: RunOptions,
    rules: Sequence[Rule],
    against: Sequence[str | Path],
    root: Path | None,
    progress: Progress | None,
) -> RunResult:
    from consistency.ingest import load_articles
    from consistency.parsed_cache import ParsedCache

    def reading(done: int) -> None:
        if progress:
            progress("read", done, 0)

    # Parsed text files come back from the content cache; its entries are written in the background.
    cache = Cache(options.cache_dir, background=True) if options.cache_dir else None
    parsed = ParsedCache(cache, source_digest(cache)) if cache is not None else None
    drafts: list[str] = []
    # The local workers, started before reading, parse the files (a cluster's may not see them).
    mapper = options.mapper if isinstance(options.mapper, ProcessMapper) and options.mapper.jobs > 1 else None
    stage_clock.lap("start")
    try:
        articles, problems = load_articles(list(paths), max_bytes=options.max_bytes, root=root, progress=reading,
                                           parsed=parsed, mapper=mapper)
        if against:
            drafts = [a.id for a in articles]
            sources, more = load_articles(list(against), max_bytes=options.max_bytes, root=root, progress=reading,
                                          parsed=parsed, mapper=mapper)
    finally:
        if cache is not None:
            cache.finish(None)  # written, and what was read marked used (the run prunes, once a day)
    if against:
        taken = set(drafts)
        for source in sources:
            if source.id in taken:  # the same file given on both sides counts once, as a draft
                continue
            articles.append(source)
        # A bad file given on both sides is one problem, as a good one is one article.
        problems = list(dict.fromkeys([*problems, *more]))
    stage_clock.lap("read")
    return run_articles(articles, options, rules=rules, drafts=drafts, problems=problems, progress=progress)


def run_example(rule: Rule, example: Example) -> Outcome:
    """Run one of a rule's YAML examples: its articles' facts of the rule's kind form one slot."""
    articles = [
        Article(id=f"example-{n}", path=f"<example {n}>", outlet=outlet, body=text, published=published)
        for n, (outlet, text, published) in enumerate(example.articles, start=1)
    ]
    slot = []
    for article in articles:
        facts, _ = extract_facts(article, id_prefix=f"{article.id}.")
        facts = frame_facts(article, facts)
        slot.append((article, [f for f in facts if f.kind == rule.kind]))
    return CHECKS[rule.check].run(slot, rule.params)
