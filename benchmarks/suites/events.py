"""ECB+ events and alignment.

Grouping: all ECB+ documents (a fixed set of topics in quick mode) are grouped with no labels,
with their facts framed as the engine frames them (dates and figures are evidence), and scored
against the gold events (topic plus ``ecb``/``ecbplus`` half): B-cubed, pairwise F1
and ARI over everything, then the same inside each topic (macro-averaged), where the two halves
are two different real events of the same kind. A document without a creation time gets the
publication date its text or URL gives, read as ingest reads a text file (a byline stamp, a
dateline, the URL, the lede): 231 of the 725 such documents state one, as a user's copy would.

Look-alikes: inside each ECB+ topic the two halves are two real events of one kind (two quakes in
one region, two fires, two arrests); a topic counts as merged when even one predicted event holds
articles of both halves. The gated figure is the share of topics kept apart.

Development set: the ``ecbplus-facts`` articles (ECB+ topic halves, in their natural rendering with
outlet and publication date, as the claims suite writes them) are grouped on their own and scored
the same way.

Wire copies: the copies found among all ECB+ documents; the gated figure is the share of copies in
the same gold event as the article they copy (a copy of another event's story would be a false
copy).

Alignment: each gold event is aligned (so that grouping errors do not count here) and our date
facts are mapped to the gold time mentions they overlap in the fully annotated sentences.
A system link is two date facts of different articles in one slot, both in annotated
sentences; it is right when both map to gold mentions of one cross-document instance.
Locations and participants are not scored: our facts do not cover them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Hashable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from benchmarks.common import Row, Unavailable, need, parse_when, progress
from benchmarks.loaders.ecbplus import EcbDoc, cached_ecbplus
from benchmarks.metrics import PRF, adjusted_rand_index, bcubed, link_prf, pairwise

QUICK_TOPICS = frozenset({"1", "3", "5", "8", "12", "19", "22", "30", "36", "41"})


def article_of(doc: EcbDoc) -> Any:
    """An ECB+ document as an Article: outlet from the source URL (``ecb`` files have none)."""
    from consistency.metadata import find_publication_date
    from consistency.model import Article

    host = urlparse(doc.url).netloc.lower().removeprefix("www.") if doc.url else ""
    published = parse_when(doc.dct)
    precision = ""
    if published is None:
        # No document creation time: the date the text and URL give, read as ingest reads a text
        # file (a byline stamp, a dateline, the URL, the lede), as a user's copy would be read.
        found = find_publication_date(doc.cat.text, doc.url)
        if found is not None:
            published, precision = found.value, found.precision
    if isinstance(published, dt.datetime):
        published = published.replace(tzinfo=None)
    return Article(
        id=doc.name,
        path=f"{doc.name}.xml",
        outlet=host or f"unknown:{doc.name}",
        body=doc.cat.text,
        url=doc.url,
        published=published,
        published_precision=precision,
    )


def select(data: Path, quick: bool) -> list[EcbDoc]:
    docs = list(cached_ecbplus(str(data)))
    return [d for d in docs if d.topic in QUICK_TOPICS] if quick else docs


def _facts(articles: list[Any]) -> tuple[list[Any], dict[str, str]]:
    extract_facts = need(
        lambda: __import__("consistency.engine", fromlist=["extract_facts"]).extract_facts,
        "consistency.engine.extract_facts",
    )
    facts: list[Any] = []
    texts: dict[str, str] = {}
    for article in progress(articles, "facts", len(articles)):
        try:
            found, cleaned = extract_facts(article, id_prefix=f"{article.id}:")
        except ImportError as error:  # an extractor of the registry is missing
            raise Unavailable(f"fact extraction not available ({error})") from error
        facts.extend(found)
        texts[article.id] = cleaned.text
    return facts, texts


def _framed(articles: list[Any], facts: list[Any]) -> list[Any]:
    """The facts as the engine hands them to grouping: with their frames (what each one measures)."""
    frame_facts = need(
        lambda: __import__("consistency.frames", fromlist=["frame_facts"]).frame_facts,
        "consistency.frames.frame_facts",
    )
    by_article: dict[str, list[Any]] = defaultdict(list)
    for fact in facts:
        by_article[fact.article_id].append(fact)
    return [framed for a in articles for framed in frame_facts(a, by_article.get(a.id, []))]


def _predict(
    articles: list[Any], texts: dict[str, str], facts: list[Any] | None, stats: dict[str, int] | None = None
) -> tuple[dict[str, Hashable], int]:
    """Article id -> predicted event (singletons get their own), and the number of events."""
    group_articles = need(
        lambda: __import__("consistency.group", fromlist=["group_articles"]).group_articles,
        "consistency.group.group_articles",
    )
    events = group_articles(articles, texts, facts=facts, stats=stats)
    predicted: dict[str, Hashable] = {a.id: f"single:{a.id}" for a in articles}
    for event in events:
        for article_id in event.article_ids:
            predicted[article_id] = event.id
    return predicted, len(events)


def merged_topics(
    topic_of: dict[str, str], gold: dict[str, Hashable], predicted: dict[str, Hashable]
) -> tuple[list[str], int]:
    """(topics whose two gold events share a predicted event, in topic order; the number of topics
    that have two gold events). The merged topics are named in the row so a change shows where."""
    halves: dict[str, set[Hashable]] = defaultdict(set)
    spans: dict[tuple[str, Hashable], set[Hashable]] = defaultdict(set)
    for doc, topic in topic_of.items():
        halves[topic].add(gold[doc])
        spans[(topic, predicted[doc])].add(gold[doc])
    two = {t for t, h in halves.items() if len(h) > 1}
    merged = {t for (t, _), golds in spans.items() if t in two and len(golds) > 1}
    return sorted(merged, key=lambda t: (len(t), t)), len(two)


def strays(
    topic_of: dict[str, str], gold: dict[str, Hashable], predicted: dict[str, Hashable]
) -> dict[str, list[str]]:
    """Topic -> the articles that sit in a predicted event with more articles of the topic's other gold
    event than of their own (on a tie, those of the gold event whose name sorts first): who joins the wrong
    half, so a change shows which reports it moves. Only topics that ``merged_topics`` names."""
    merged, _ = merged_topics(topic_of, gold, predicted)
    wanted = set(merged)
    members: dict[tuple[str, Hashable], list[str]] = defaultdict(list)
    for doc, topic in topic_of.items():
        if topic in wanted:
            members[(topic, predicted[doc])].append(doc)
    out: dict[str, list[str]] = {t: [] for t in merged}
    for (topic, _), docs in members.items():
        count: dict[Hashable, int] = defaultdict(int)
        for doc in docs:
            count[gold[doc]] += 1
        if len(count) < 2:
            continue
        majority = max(count, key=lambda g: (count[g], str(g)))
        out[topic].extend(d for d in docs if gold[d] != majority)
    return {t: sorted(docs, key=_doc_order) for t, docs in out.items()}


def _doc_order(name: str) -> tuple[int, str]:
    """ECB+ names in reading order ("9_10ecb" after "9_9ecb"): the number after the topic, then the rest."""
    number = re.match(r"\d+", name.partition("_")[2])
    return (int(number.group()) if number else 0, name)


def _named(topics: list[str], wrong: dict[str, list[str]] | None = None) -> str:
    if not topics:
        return ""
    if not wrong:
        return f" ({', '.join(topics)})"
    return " (" + "; ".join(f"{t}: {', '.join(wrong.get(t, [])) or '?'}" for t in topics) + ")"


def grouping_rows(
    docs: list[EcbDoc],
    articles: list[Any],
    texts: dict[str, str],
    quick: bool,
    facts: list[Any] | None = None,
) -> list[Row]:
    stats: dict[str, int] = {}
    predicted, n_events = _predict(articles, texts, facts, stats)
    gold: dict[str, Hashable] = {d.name: d.gold_event for d in docs}
    b3 = bcubed(gold, predicted)
    pairs = pairwise(gold, predicted)
    ari = adjusted_rand_index(gold, predicted)
    topics = sorted({d.topic for d in docs}, key=int)
    in_b3 = in_pair = in_ari = 0.0
    for topic in topics:
        names = [d.name for d in docs if d.topic == topic]
        g = {n: gold[n] for n in names}
        p = {n: predicted[n] for n in names}
        in_b3 += bcubed(g, p).f1
        in_pair += pairwise(g, p).f1
        in_ari += adjusted_rand_index(g, p)
    n_topics = len(topics)
    scope = f"{len(docs)} docs, {len(set(gold.values()))} gold events, {n_events} predicted"
    tag = " [quick: 10 topics]" if quick else ""
    topic_of = {d.name: d.topic for d in docs}
    merged_names, two = merged_topics(topic_of, gold, predicted)
    merged = len(merged_names)
    wrong = strays(topic_of, gold, predicted)
    return [
        Row(
            "events",
            "events.all.bcubed_f1",
            "ECB+ all documents: B-cubed F1" + tag,
            b3.f1,
            f"P={b3.precision:.3f} R={b3.recall:.3f}; {scope}",
        ),
        Row(
            "events",
            "events.all.pairwise_f1",
            "ECB+ all documents: pairwise F1" + tag,
            pairs.f1,
            pairs.counts(),
        ),
        Row("events", "events.all.ari", "ECB+ all documents: ARI" + tag, ari, scope),
        Row(
            "events",
            "events.topic.bcubed_f1",
            "ECB+ within topic: B-cubed F1 (mean)" + tag,
            in_b3 / n_topics,
            f"{n_topics} topics",
        ),
        Row(
            "events",
            "events.topic.pairwise_f1",
            "ECB+ within topic: pairwise F1 (mean)" + tag,
            in_pair / n_topics,
            f"{n_topics} topics",
        ),
        Row(
            "events",
            "events.topic.ari",
            "ECB+ within topic: ARI (mean)" + tag,
            in_ari / n_topics,
            f"{n_topics} topics",
        ),
        Row(
            "events",
            "events.lookalike.topics_apart",
            "ECB+ look-alikes: topics whose two events stay apart" + tag,
            (two - merged) / two if two else None,
            f"{merged} of {two} topics merged by at least one article" + _named(merged_names, wrong),
        ),
        Row(
            "events",
            "events.blocking.pairs_share",
            "ECB+ grouping: share of all article pairs scored" + tag,
            stats.get("pairs_scored", 0) / (len(articles) * (len(articles) - 1) / 2)
            if len(articles) > 1
            else None,
            f"{stats.get('pairs_scored', 0)} pairs scored; largest block {stats.get('largest_block', 0)} articles",
            gated=False,
        ),
    ]


def dev_rows(data: Path) -> list[Row]:
    """The ecbplus-facts development articles grouped on their own, as the claims suite renders them."""
    from benchmarks.loaders.ecbplus_facts import load_ecbplus_facts
    from consistency.model import Article

    try:
        facts_set = load_ecbplus_facts(data)
    except Unavailable as missing:
        return [
            Row(
                "events",
                "events.dev.pairwise_f1",
                "ecbplus-facts (dev): pairwise F1",
                None,
                note=str(missing),
            )
        ]
    articles = []
    for name, doc in sorted(facts_set.docs.items()):
        published = parse_when(doc.published) if doc.published else None
        if isinstance(published, dt.datetime):
            published = published.replace(tzinfo=None)
        articles.append(
            Article(
                id=name,
                path=name,
                outlet=doc.outlet or f"unknown:{name}",
                body=doc.text,
                url=doc.url,
                published=published,
            )
        )
    facts, texts = _facts(articles)
    try:
        facts = _framed(articles, facts)
    except Unavailable:
        pass
    predicted, n_events = _predict(articles, texts, facts)
    gold: dict[str, Hashable] = {name: doc.event for name, doc in facts_set.docs.items()}
    b3 = bcubed(gold, predicted)
    pairs = pairwise(gold, predicted)
    topic_of = {n: d.event.split("_")[0] for n, d in facts_set.docs.items()}
    merged_names, two = merged_topics(topic_of, gold, predicted)
    merged = len(merged_names)
    wrong = strays(topic_of, gold, predicted)
    scope = f"{len(articles)} articles, {len(set(gold.values()))} gold events, {n_events} predicted"
    return [
        Row(
            "events",
            "events.dev.bcubed_f1",
            "ecbplus-facts (dev): B-cubed F1",
            b3.f1,
            f"P={b3.precision:.3f} R={b3.recall:.3f}; {scope}",
        ),
        Row(
            "events",
            "events.dev.pairwise_f1",
            "ecbplus-facts (dev): pairwise F1",
            pairs.f1,
            f"P={pairs.precision:.3f} R={pairs.recall:.3f}; {pairs.counts()}",
        ),
        Row(
            "events",
            "events.dev.topics_apart",
            "ecbplus-facts (dev): topics whose two events stay apart",
            (two - merged) / two if two else None,
            f"{merged} of {two} topics merged by at least one article" + _named(merged_names, wrong),
        ),
    ]


def copy_rows(docs: list[EcbDoc], articles: list[Any], texts: dict[str, str], quick: bool) -> list[Row]:
    """Wire copies among the ECB+ documents: how many, and how many stay inside their gold event."""
    copy_groups = need(
        lambda: __import__("consistency.copies", fromlist=["copy_groups"]).copy_groups,
        "consistency.copies.copy_groups",
    )
    groups = copy_groups(articles, texts)
    gold = {d.name: d.gold_event for d in docs}
    copies = [(c, g.original) for g in groups for c in g.copies]
    same = sum(1 for c, o in copies if gold[c] == gold[o])
    tag = " [quick: 10 topics]" if quick else ""
    return [
        Row(
            "events",
            "events.copies.same_event",
            "ECB+ wire copies: share inside their original's event" + tag,
            same / len(copies) if copies else None,
            f"{len(copies)} copies in {len(groups)} groups among {len(articles)} docs; {len(copies) - same} across events",
        ),
    ]


def _annotated_spans(doc: EcbDoc) -> list[tuple[int, int]]:
    return [doc.cat.sentences[s] for s in doc.annotated if s in doc.cat.sentences]


def alignment_rows(docs: list[EcbDoc], articles: list[Any], facts: list[Any], quick: bool) -> list[Row]:
    align_event = need(
        lambda: __import__("consistency.align", fromlist=["align_event"]).align_event,
        "consistency.align.align_event",
    )
    from consistency.model import Event

    by_name = {d.name: d for d in docs}
    article_map = {a.id: a for a in articles}
    # Gold: time mentions in annotated sentences, keyed (doc, m_id), with their cross-doc instance.
    gold_instance: dict[tuple[str, str], str] = {}
    gold_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for doc in docs:
        instance_of = doc.cat.cross_doc_instance()
        for m in doc.cat.mentions.values():
            if m.tag.startswith("TIME_") and m.sentence in doc.annotated:
                gold_spans[doc.name].append((m.start, m.end, m.m_id))
                if m.m_id in instance_of and instance_of[m.m_id]:
                    gold_instance[(doc.name, m.m_id)] = instance_of[m.m_id]
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, instance in gold_instance.items():
        members[instance].append(key)
    gold_links = {
        frozenset((a, b))
        for keys in members.values()
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if a[0] != b[0]
    }

    def key_of(fact: Any) -> tuple[str, str] | None:
        doc = by_name[fact.article_id]
        if not any(s <= fact.start < e for s, e in _annotated_spans(doc)):
            return None
        best = max(
            ((min(fact.end, e) - max(fact.start, s), m_id) for s, e, m_id in gold_spans[doc.name]),
            default=(0, ""),
        )
        return (doc.name, best[1]) if best[0] > 0 else (doc.name, f"fact:{fact.id}")

    date_facts = [f for f in facts if f.kind == "date"]
    fact_by_id = {f.id: f for f in date_facts}
    system_links: set[frozenset[Any]] = set()
    events: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        events[doc.gold_event].append(doc.name)
    for event_id, names in progress(sorted(events.items()), "align", len(events)):
        event = Event(id=event_id, label=event_id, article_ids=tuple(names))
        for alignment in align_event(event, article_map, date_facts):
            if alignment.kind != "date":
                continue
            keys = [
                (fact_by_id[i].article_id, key_of(fact_by_id[i]))
                for i in alignment.fact_ids
                if i in fact_by_id
            ]
            for i, (doc_a, a) in enumerate(keys):
                for doc_b, b in keys[i + 1 :]:
                    if a is not None and b is not None and doc_a != doc_b and a != b:
                        system_links.add(frozenset((a, b)))
    prf: PRF = link_prf(gold_links, system_links)
    tag = " [quick: 10 topics]" if quick else ""
    return [
        Row(
            "alignment",
            "alignment.time.precision",
            "ECB+ time mentions: link precision" + tag,
            prf.precision,
            prf.counts(),
        ),
        Row(
            "alignment",
            "alignment.time.recall",
            "ECB+ time mentions: link recall" + tag,
            prf.recall,
            prf.counts(),
        ),
        Row("alignment", "alignment.time.f1", "ECB+ time mentions: link F1" + tag, prf.f1, prf.counts()),
        Row(
            "alignment",
            "alignment.location.f1",
            "ECB+ locations and participants",
            None,
            note="not scored: our facts are dates, figures and attributions",
            gated=False,
        ),
    ]


def own_lookalike_rows(quick: bool) -> list[Row]:
    """Our invented look-alike sets (``tests/lookalike_count.py``, its default sets): each look-alike
    grouped beside the event it resembles, in every combination of dated and undated reports. Shown as the
    share of combinations kept apart (and kept whole), so that higher is better as in every other row.
    About 10-20 s: left out of quick mode."""
    keys = (("lookalikes_merged", "own invented look-alike sets: look-alike combinations kept apart"),
            ("splits", "own invented look-alike sets: combinations whose event stays whole"))
    if quick:
        return [Row("events", f"events.own.{key}", label, None, note="not run in quick mode (about 10-20 s)",
                    gated=False) for key, label in keys]
    try:
        from tests.lookalike_count import DEFAULT_SETS, count_sets
    except ImportError as missing:  # run from outside the repository's root: the tests are not importable
        return [Row("events", f"events.own.{key}", label, None, note=f"look-alike sets not importable ({missing})",
                    gated=False) for key, label in keys]
    merged = total = split = 0
    for _, _, (m, t, s) in count_sets(DEFAULT_SETS):
        merged += sum(m.values())
        total += sum(t.values())
        split += sum(s.values())
    scope = f"{len(DEFAULT_SETS)} sets"
    return [
        Row("events", "events.own.lookalikes_merged", keys[0][1], (total - merged) / total if total else None,
            f"{merged} of {total} combinations merged the look-alike into its event; {scope}"),
        Row("events", "events.own.splits", keys[1][1], (total - split) / total if total else None,
            f"{split} of {total} combinations split the event's own reports; {scope}"),
    ]


def run(data: Path, quick: bool) -> list[Row]:
    docs = select(data, quick)
    articles = [article_of(d) for d in docs]
    try:
        facts, texts = _facts(articles)
    except Unavailable as missing:
        # Grouping can still be measured on the raw bodies; alignment needs the facts.
        rows = grouping_rows(docs, articles, {a.id: a.body for a in articles}, quick)
        return rows + [
            Row("alignment", "alignment.time.f1", "ECB+ time mentions: link F1", None, note=str(missing))
        ]
    try:
        framed = _framed(articles, facts)
    except Unavailable:
        framed = facts  # grouping reads dates without frames; figures then go by their counted noun
    # Alignment reads framed facts, as the engine does (frames decide slots since the claims issue).
    return (
        grouping_rows(docs, articles, texts, quick, framed)
        + copy_rows(docs, articles, texts, quick)
        + dev_rows(data)
        + own_lookalike_rows(quick)
        + alignment_rows(docs, articles, framed, quick)
    )
