"""Split-half study of grouping's weights: do the weights ``GroupingOptions`` gives its pair signals
(names, figures, words, dates, weekdays, roles...) generalise from some look-alike sets to others?

    python -m benchmarks.fit_grouping --variants --part 0/2 > a.jsonl   # each weight moved alone (half of them)
    python -m benchmarks.fit_grouping --variants --part 1/2 > b.jsonl   # the other half, in a second process
    python -m benchmarks.fit_grouping --lookalikes name=value ... >> c.jsonl   # one setting (several weights moved)
    python -m benchmarks.fit_grouping --halves a.jsonl b.jsonl c.jsonl  # the split-half table
    python -m benchmarks.fit_grouping --ecb --data ../shared/data name=value ...   # ECB+ and dev for one setting

Every variant is one ``GroupingOptions`` with one or a few fields changed. For each, the invented look-alike
sets (``tests.lookalike_count.DEFAULT_SETS``) are counted (merged look-alikes and split events per set) and
written as one JSON line, so the halves can be judged afterwards without running anything again: a variant is
*fitted* on one half (the odd-numbered sets in ``DEFAULT_SETS`` order, or the even) when it lowers that half's
errors (merged plus split), and *held out* on the other. ``--ecb`` scores ECB+ (all documents, within
topic, look-alike topics) and the ecbplus-facts development set for the given setting, with the facts
extracted once and kept in ``--cache`` (outside the repository).

Nothing here changes the shipped weights: a setting that wins on both held-out halves and costs nothing on
ECB+ and dev is copied into ``GroupingOptions`` by hand, with its numbers.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import pickle
import sys
import time
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

# Each weight moved alone, down and up, around its shipped value.
MOVES: dict[str, tuple[float, ...]] = {
    "threshold": (0.15, 0.25, 0.3),
    "title_weight": (1.0, 3.0),
    "name_weight": (1.0, 2.5),
    "names_weight": (0.3, 1.0),
    "figures_weight": (0.2, 0.8),
    "lead_weight": (0.5, 2.0),
    "cohesion": (0.6, 0.9),
    "near_bonus": (0.0, 0.2),
    "far_factor": (0.15, 0.5),
    "weekday_factor": (0.5, 0.9),
    "figures_apart_factor": (0.4, 0.8),
    "undated_figures_factor": (0.15, 0.5),
    "what_factor": (0.1, 0.4),
    "what_floor": (0.02, 0.05),
    "who_factor": (0.1, 0.4),
    "lone_closest": (0.1, 0.2),
    "bridge_floor": (0.1, 0.2),
    "regroup_ratio": (0.05, 0.2),
    "repeat_ratio": (0.05, 0.2),
    "lead_sentences": (2, 4),
    "same_text": (0.8, 0.95),
}


def options_of(changes: dict[str, Any]) -> Any:
    from consistency.group import GroupingOptions

    return dataclasses.replace(GroupingOptions(), **changes)


def count_lookalikes(changes: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """Set -> (merged, split, combinations) under the changed options."""
    import importlib

    from tests.lookalike_count import DEFAULT_SETS, count

    options = options_of(changes)
    out: dict[str, tuple[int, int, int]] = {}
    for name in DEFAULT_SETS:
        module = importlib.import_module(name)
        merged = split = total = 0
        for label in sorted(k for k in vars(module) if k.endswith("KINDS")):
            m, t, s = count(getattr(module, label), module.BACKGROUND, options)
            merged += sum(m.values())
            split += sum(s.values())
            total += sum(t.values())
        out[name.rsplit("_", 1)[1]] = (merged, split, total)
    return out


def _prepared_ecb(data: Path, cache: Path) -> dict[str, Any]:
    if cache.exists():
        with cache.open("rb") as handle:
            loaded: dict[str, Any] = pickle.load(handle)
            return loaded
    from benchmarks.suites.events import _facts, _framed, article_of, select

    docs = select(data, quick=False)
    articles = [article_of(d) for d in docs]
    facts, texts = _facts(articles)
    prepared = {
        "gold": {d.name: d.gold_event for d in docs},
        "topic": {d.name: d.topic for d in docs},
        "articles": articles,
        "facts": _framed(articles, facts),
        "texts": texts,
    }
    from benchmarks.loaders.ecbplus_facts import load_ecbplus_facts
    from benchmarks.suites.events import parse_when
    from consistency.model import Article

    facts_set = load_ecbplus_facts(data)
    dev = []
    for name, doc in sorted(facts_set.docs.items()):
        published = parse_when(doc.published) if doc.published else None
        if isinstance(published, dt.datetime):
            published = published.replace(tzinfo=None)
        dev.append(Article(id=name, path=name, outlet=doc.outlet or f"unknown:{name}", body=doc.text,
                           url=doc.url, published=published))
    dev_facts, dev_texts = _facts(dev)
    prepared["dev"] = {
        "gold": {n: d.event for n, d in facts_set.docs.items()},
        "articles": dev,
        "facts": _framed(dev, dev_facts),
        "texts": dev_texts,
    }
    with cache.open("wb") as handle:
        pickle.dump(prepared, handle)
    return prepared


def _predict(part: dict[str, Any], options: Any) -> dict[str, Hashable]:
    from consistency.group import group_articles

    events = group_articles(part["articles"], part["texts"], options, facts=part["facts"])
    predicted: dict[str, Hashable] = {a.id: f"single:{a.id}" for a in part["articles"]}
    for event in events:
        for article_id in event.article_ids:
            predicted[article_id] = event.id
    return predicted


def score_ecb(changes: dict[str, Any], data: Path, cache: Path) -> dict[str, float]:
    """ECB+ all documents (B-cubed, pairwise), within topic (mean ARI), look-alike topics merged, dev pairwise."""
    from benchmarks.metrics import adjusted_rand_index, bcubed, pairwise
    from benchmarks.suites.events import merged_topics

    prepared = _prepared_ecb(data, cache)
    options = options_of(changes)
    gold, topic_of = prepared["gold"], prepared["topic"]
    predicted = _predict(prepared, options)
    topics = sorted(set(topic_of.values()), key=int)
    ari = 0.0
    for topic in topics:
        names = [n for n, t in topic_of.items() if t == topic]
        ari += adjusted_rand_index({n: gold[n] for n in names}, {n: predicted[n] for n in names})
    merged, _ = merged_topics(topic_of, gold, predicted)
    dev = prepared["dev"]
    dev_predicted = _predict(dev, options)
    return {
        "bcubed": round(bcubed(gold, predicted).f1, 4),
        "pairwise": round(pairwise(gold, predicted).f1, 4),
        "topic_ari": round(ari / len(topics), 4),
        "lookalike_topics": len(merged),
        "dev_pairwise": round(pairwise(dev["gold"], dev_predicted).f1, 4),
    }


def halves(lines: Sequence[str]) -> list[str]:
    """The split-half table of ``--variants`` output lines: for each setting, the change in merged and split
    combinations on the odd-numbered sets (A: the first, third, ... of ``DEFAULT_SETS``) and on the others (B),
    against the line with no change. A setting fitted on one half is worth keeping only if the other half gains."""
    from tests.lookalike_count import DEFAULT_SETS

    order = [name.rsplit("_", 1)[1] for name in DEFAULT_SETS]
    rows = [json.loads(line) for line in lines if line.strip()]
    base = next(r for r in rows if not r["changes"])

    def moved(row: dict[str, Any], half: list[str], which: int) -> int:
        return sum(row["sets"][s][which] - base["sets"][s][which] for s in half)

    out = [f"base: A merged {sum(base['sets'][s][0] for s in order[0::2])} split "
           f"{sum(base['sets'][s][1] for s in order[0::2])}; B merged {sum(base['sets'][s][0] for s in order[1::2])} "
           f"split {sum(base['sets'][s][1] for s in order[1::2])}"]
    table = []
    for row in rows:
        if row["changes"]:
            a = (moved(row, order[0::2], 0), moved(row, order[0::2], 1))
            b = (moved(row, order[1::2], 0), moved(row, order[1::2], 1))
            table.append((sum(a) + sum(b), f"{json.dumps(row['changes']):60s} A merged {a[0]:+4d} split {a[1]:+4d} | "
                                           f"B merged {b[0]:+4d} split {b[1]:+4d}"))
    return out + [text for _, text in sorted(table)]


def variants() -> list[dict[str, Any]]:
    return [{}] + [{name: value} for name, values in MOVES.items() for value in values]


def main(argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", action="store_true", help="count every single move on the look-alike sets")
    parser.add_argument("--part", default="0/1", help="run the variants k of every n (k/n), for two processes")
    parser.add_argument("--ecb", action="store_true", help="score ECB+ and dev for the given setting")
    parser.add_argument("--lookalikes", action="store_true", help="count the look-alike sets for the given setting")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/fit_grouping_ecb.pickle"))
    parser.add_argument("--halves", nargs="+", type=Path, help="the split-half table of --variants output files")
    parser.add_argument("setting", nargs="*", help="name=value changes to GroupingOptions")
    args = parser.parse_args(argv)
    changes = {k: json.loads(v) for k, v in (s.split("=", 1) for s in args.setting)}
    if args.halves:
        print("\n".join(halves([line for path in args.halves for line in path.read_text().splitlines()])))
    if args.variants:
        k, n = (int(x) for x in args.part.split("/"))
        for index, variant in enumerate(variants()):
            if index % n != k:
                continue
            start = time.time()
            counts = count_lookalikes(variant)
            print(json.dumps({"changes": variant, "sets": counts, "seconds": round(time.time() - start)}), flush=True)
    if args.lookalikes:
        print(json.dumps({"changes": changes, "sets": count_lookalikes(changes)}), flush=True)
    if args.ecb:
        print(json.dumps({"changes": changes, "ecb": score_ecb(changes, args.data, args.cache)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
