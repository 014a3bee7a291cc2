"""Speed: whole-pipeline throughput and peak memory on the ECB+ texts, and each extractor side by
side with the peers (dateparser's ``search_dates``, datefinder, quantulum3) on the same texts in
the same run. Peers are imported lazily; a missing one is reported, not fatal.

Peak memory is measured with ``tracemalloc`` in a second pipeline pass (tracing slows the run,
so throughput comes from the untraced pass): it counts Python allocations, not the process RSS.

Throughputs are wall-clock rates. The speed ratios divide CPU-time rates of this one process instead
(ours and the peer's, each run in it): other work on a shared machine then slows neither side, and a
ratio measured while other jobs run is the one measured alone. The gated ratios (ours against
``search_dates``) take turns (``_interleaved``): ours and the peer each run on an eighth of the texts, then
the next eighth, so a machine whose speed drifts through the run (the peer's own rate moved from 32 to
24 articles/s between two runs of this suite) slows both sides alike instead of the one measured last. Each extractor gets its own ratio to
``search_dates``, beside the one of all three together (issue 9 asks that one to be 20x).

All three together are timed as the engine runs them (``consistency.engine.extract_facts``): each article's
sentences split once into the context all three read, and the three extractors one after the other on
that article, so that what one prepares for a text (its sentences, its lowered copy and the places of its
words: ``consistency.extract._date_prefilter.text_anchors``) serves the next. The sum of the three timed
apart, each preparing its texts alone, is reported beside it.

Beside it, the same calls in batches (``_timed_batches``): each extractor over 32 articles before the next
starts. It costs less CPU than one article at a time, the three's code and tables then staying in the
processor's caches; the engine does not run them so yet, and the gated ratio is the engine's order.

The ratio of all three together says whether the extractors' modules ran as the pure-Python install has
them or compiled by the optional mypyc build (``tools/compile_hot.py``), and which were compiled.
"""

from __future__ import annotations

import datetime as dt
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Row, Unavailable, context, extractor, need, parse_when, progress
from benchmarks.loaders.ecbplus import cached_ecbplus
from benchmarks.suites.events import article_of

QUICK_ARTICLES = 60
FALLBACK_BASE = dt.datetime(2013, 1, 1)  # peers need a "now"; ECB files have no date of their own


def _timed(texts: list[tuple[str, Any]], fn: Callable[[str, Any], object], what: str) -> tuple[float, float, int]:
    """Wall seconds and CPU seconds (this process) to run ``fn`` over all texts, and how many texts
    raised (counted, not fatal)."""
    errors = 0
    start, cpu = time.perf_counter(), time.process_time()
    for text, published in progress(texts, what, len(texts)):
        try:
            fn(text, published)
        except Exception:  # noqa: BLE001 - a peer failing on one text is a datum, not a crash
            errors += 1
    return time.perf_counter() - start, time.process_time() - cpu, errors


ROUNDS = 8  # turns of the interleaved measurement: each side runs on every ROUNDS-th text, then the next


def _interleaved(texts: list[tuple[str, Any]], sides: dict[str, Callable[[str, Any], object]],
                 what: str) -> dict[str, tuple[float, float, int]]:
    """``_timed`` for several sides that take turns: each runs over every ``ROUNDS``-th text from one offset,
    then each over the next offset's, so all see the same texts under the same machine, and a drift in the
    machine's speed during the run weighs on every side alike. Per side: wall seconds, CPU seconds, errors."""
    totals = dict.fromkeys(sides, (0.0, 0.0, 0))
    for offset in range(ROUNDS):
        part = texts[offset::ROUNDS]
        for name, fn in sides.items():
            wall, cpu, errors = _timed(part, fn, f"{what} ({name}, turn {offset + 1}/{ROUNDS})")
            before = totals[name]
            totals[name] = (before[0] + wall, before[1] + cpu, before[2] + errors)
    return totals


def _in_context(extract: Callable[..., object]) -> Callable[[str, Any], object]:
    """An extractor called as a peer is: on a text and its publication date."""
    return lambda text, published: extract(text, context(published))


def _together(extracts: list[Callable[..., object]]) -> Callable[[str, Any], object]:
    """Every extractor on one article, as the engine runs them: one context with the sentences split once."""
    from consistency.extract import ExtractionContext
    from consistency.text import split_sentences

    def run(text: str, published: Any) -> object:
        shared = ExtractionContext(published=published, sentences=tuple(split_sentences(text)))
        return [extract(text, shared) for extract in extracts]

    return run


BATCH = 32  # articles per batch in the batched measurement


def _timed_batches(texts: list[tuple[str, Any]], extracts: list[Callable[..., object]]) -> tuple[float, float, int]:
    """Wall and CPU seconds, and errors, for every extractor over a batch of ``BATCH`` articles before the next
    extractor starts (the sentences of the batch split once, first). The same calls as ``_together`` in
    another order: each extractor's code and tables stay in the processor's caches through a batch, where
    one article at a time has the three evict each other (the engine reads one article at a time)."""
    from consistency.extract import ExtractionContext
    from consistency.text import split_sentences

    errors = 0
    start, cpu = time.perf_counter(), time.process_time()
    for first in range(0, len(texts), BATCH):
        batch = texts[first : first + BATCH]
        shared = [ExtractionContext(published=published, sentences=tuple(split_sentences(text))) for text, published in batch]
        for extract in extracts:
            for (text, _published), context_of_text in zip(batch, shared, strict=True):
                try:
                    extract(text, context_of_text)
                except Exception:  # noqa: BLE001 - counted, as in _timed
                    errors += 1
    return time.perf_counter() - start, time.process_time() - cpu, errors


def _peers() -> dict[str, Callable[[str, Any], object] | str]:
    peers: dict[str, Callable[[str, Any], object] | str] = {}
    try:
        from dateparser.search import search_dates

        def dateparser_search(text: str, published: Any) -> object:
            base = published if isinstance(published, dt.datetime) else (
                dt.datetime.combine(published, dt.time()) if published else FALLBACK_BASE)
            return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

        peers["dateparser.search_dates"] = dateparser_search
    except ImportError:
        peers["dateparser.search_dates"] = "not installed"
    try:
        import datefinder

        def datefinder_find(text: str, published: Any) -> object:
            base = published if isinstance(published, dt.datetime) else (
                dt.datetime.combine(published, dt.time()) if published else FALLBACK_BASE)
            return list(datefinder.find_dates(text, base_date=base))

        peers["datefinder"] = datefinder_find
    except ImportError:
        peers["datefinder"] = "not installed"
    try:
        from quantulum3 import parser as quantulum_parser

        peers["quantulum3"] = lambda text, published: quantulum_parser.parse(text)
    except ImportError:
        peers["quantulum3"] = "not installed"
    return peers


def _compiled() -> str:
    """Which of the extractors' modules run compiled (``tools/compile_hot.py``, an optional build): the
    ratios of a compiled run are not those of the pure-Python install, and the row says which it was."""
    import importlib

    names = ["consistency.text", "consistency.extract.dates", "consistency.extract.figures",
             "consistency.extract.implied_counts", "consistency.extract.attributions"]
    compiled = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if not str(getattr(module, "__file__", "")).endswith(".py"):
            compiled.append(name.rsplit(".", 1)[-1])
    return f"; compiled: {', '.join(compiled)}" if compiled else "; pure Python"


_PEER_OF = {"dateparser.search_dates": "date", "datefinder": "date", "quantulum3": "figure"}


def run(data: Path, quick: bool) -> list[Row]:
    docs = list(cached_ecbplus(str(data)))
    if quick:
        docs = docs[:: max(1, len(docs) // QUICK_ARTICLES)][:QUICK_ARTICLES]
    articles = [article_of(d) for d in docs]
    megabytes = sum(len(a.body.encode("utf-8")) for a in articles) / 1e6
    scope = f"{len(articles)} ECB+ articles, {megabytes:.2f} MB"
    rows: list[Row] = []

    run_articles = None
    try:
        run_articles = need(lambda: __import__("consistency.engine", fromlist=["run_articles"]).run_articles,
                            "consistency.engine.run_articles")
    except Unavailable as missing:
        rows.append(Row("speed", "speed.pipeline.articles_per_s", "pipeline throughput", None, note=str(missing),
                        gated=False))
    if run_articles is not None:
        start = time.perf_counter()
        run_articles(articles)
        seconds = time.perf_counter() - start
        tracemalloc.start()
        run_articles(articles)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows += [
            Row("speed", "speed.pipeline.articles_per_s", "pipeline: articles/s", len(articles) / seconds,
                f"{scope}, {seconds:.1f} s", "articles/s", gated=False),
            Row("speed", "speed.pipeline.mb_per_s", "pipeline: MB/s", megabytes / seconds, scope, "MB/s", gated=False),
            Row("speed", "speed.pipeline.peak_mib", "pipeline: peak memory (tracemalloc)", peak / 2**20, scope, "MiB",
                gated=False),
        ]

    texts = [(a.body, a.published) for a in articles]
    ours: dict[str, float] = {}  # kind -> articles per CPU second
    for kind in ("date", "figure", "attribution"):
        try:
            extract = extractor(kind)
        except Unavailable as missing:
            rows.append(Row("speed", f"speed.{kind}.articles_per_s", f"ours ({kind}): articles/s", None,
                            note=str(missing), gated=False))
            continue
        seconds, cpu, errors = _timed(texts, _in_context(extract), f"ours {kind}")
        ours[kind] = len(texts) / cpu
        rows.append(Row("speed", f"speed.{kind}.articles_per_s", f"ours ({kind}): articles/s", len(texts) / seconds,
                        f"{seconds:.2f} s, {cpu:.2f} s CPU" + (f", {errors} errors" if errors else ""), "articles/s",
                        gated=False))
    together: float | None = None  # all three on each article in turn: articles per CPU second
    batched: float | None = None  # each of the three over a batch of articles in turn
    if len(ours) == 3:
        seconds, cpu, errors = _timed(texts, _together([extractor(kind) for kind in ours]), "ours together")
        together = len(texts) / cpu
        rows.append(Row("speed", "speed.together.articles_per_s", "ours (all three, as the engine runs them): articles/s",
                        len(texts) / seconds, f"{seconds:.2f} s, {cpu:.2f} s CPU" + (f", {errors} errors" if errors else ""),
                        "articles/s", gated=False))
        seconds, cpu, errors = _timed_batches(texts, [extractor(kind) for kind in ours])
        batched = len(texts) / cpu
        rows.append(Row("speed", "speed.batched.articles_per_s", f"ours (all three, in batches of {BATCH} articles): articles/s",
                        len(texts) / seconds, f"{seconds:.2f} s, {cpu:.2f} s CPU" + (f", {errors} errors" if errors else ""),
                        "articles/s", gated=False))
    in_turns: dict[str, float] = {}  # kind -> articles per CPU second, taking turns with search_dates
    for name, peer in _peers().items():
        key = f"speed.peer.{name.split('.')[0]}"
        if isinstance(peer, str):
            rows.append(Row("speed", f"{key}.articles_per_s", f"{name}: articles/s", None, note=peer, gated=False))
            continue
        if name == "dateparser.search_dates" and ours:
            # The gated ratios: ours and the peer taking turns on the same texts (see the module's docstring).
            sides: dict[str, Callable[[str, Any], object]] = {"peer": peer}
            if "date" in ours:
                sides["date"] = _in_context(extractor("date"))
            if together is not None:
                sides["together"] = _together([extractor(kind) for kind in ours])
            turns = _interleaved(texts, sides, name)
            seconds, cpu, errors = turns["peer"]
            if "date" in turns:  # the gated ratio's own rate; the rows of ours keep their measurement apart
                in_turns["date"] = len(texts) / turns["date"][1]
            if "together" in turns:
                together = len(texts) / turns["together"][1]
        else:
            seconds, cpu, errors = _timed(texts, peer, name)
        rate = len(texts) / cpu
        rows.append(Row("speed", f"{key}.articles_per_s", f"{name}: articles/s", len(texts) / seconds,
                        f"{seconds:.2f} s, {cpu:.2f} s CPU" + (f", {errors} errors" if errors else ""), "articles/s",
                        gated=False))
        kind = _PEER_OF[name]
        if kind in ours:
            rows.append(Row("speed", f"{key}.ratio", f"ours ({kind}) vs {name}: speed ratio",
                            (in_turns if name == "dateparser.search_dates" else ours).get(kind, ours[kind]) / rate,
                            _TURNS_NOTE if name == "dateparser.search_dates" else _RATIO_NOTE, "x",
                            gated=name == "dateparser.search_dates"))
        if name == "dateparser.search_dates":
            for other in ("figure", "attribution"):
                if other in ours:
                    rows.append(Row("speed", f"{key}.ratio_{other}", f"ours ({other}) vs {name}: speed ratio",
                                    ours[other] / rate, _RATIO_NOTE, "x", gated=False))
        if name == "dateparser.search_dates" and together is not None:
            rows.append(Row("speed", f"{key}.ratio_all_extractors", f"ours (dates+figures+attributions) vs {name}: speed ratio",
                            together / rate,
                            f"{together:.1f} articles per CPU second for all three on each article in turn, taking turns with the peer"
                            f"{_compiled()}",
                            "x"))
            # The three timed apart, each preparing every text alone: their combined rate.
            apart = 1 / sum(1 / r for r in ours.values())
            if batched is not None:
                rows.append(Row("speed", f"{key}.ratio_all_extractors_batched",
                                f"ours (the three in batches of {BATCH} articles) vs {name}: speed ratio", batched / rate,
                                f"{batched:.1f} articles per CPU second", "x", gated=False))
            rows.append(Row("speed", f"{key}.ratio_all_extractors_apart", f"ours (the three timed apart, summed) vs {name}: speed ratio",
                            apart / rate, f"{apart:.1f} articles per CPU second", "x", gated=False))
    return rows


_RATIO_NOTE = "ours / peer, articles per CPU second of this process"
_TURNS_NOTE = "ours / peer, articles per CPU second of this process, the two taking turns on eighths of the texts"


__all__ = ["run", "parse_when"]
