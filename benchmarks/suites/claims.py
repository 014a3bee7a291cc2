"""ecbplus-facts (development set): does the checker align and label what several outlets state?

The method is the one ``<data>/ecbplus-facts/README.md`` gives under "How the project's figures
on this set are judged", scored from the tool's JSON document alone:

1. All 145 articles go into one folder as Markdown files with neutral names (``doc001.md`` ...,
   in a seeded shuffle that does not follow the topics), with ``url``/``outlet``/``published``
   front matter (null fields left out) and the natural rendering as the body. The tool runs
   once on that folder, in-process (``consistency.engine.run`` then
   ``consistency.report.json_report.document``: what ``consistency audit DIR --format json``
   prints). Gold character spans are moved into each ``Article.body`` as ingest reads it.
2. Grouping: pairwise precision/recall/F1 over articles; gold event = topic half; articles in
   no tool event are singletons.
3. Candidates of a gold value: the tool's facts of the same kind in that article whose span
   overlaps the gold span.
4. A gold pair (fact, A, B) is covered when one finding holds a candidate of A and a candidate
   of B in ``fact_ids``. With several, the finding read is the one whose best candidate of A
   plus best candidate of B overlap the gold spans most (ties: a status other than
   ``unverified`` first, then the first in the report). Verdict: the finding's ``pairs`` entry
   whose ``fact_ids`` are {candidate of A, candidate of B} (best overlapping candidates tried
   first) when the finding has ``pairs``, else (or when no entry matches) its ``status``; the
   cause likewise from the entry (or the finding's own ``cause``, if any). Not covered: ``no-fact``
   when one side has no candidate, else ``no-finding``.
5. Coverage = covered / all pairs. Conflict recall = gold conflict pairs read ``conflict`` / gold
   conflict pairs. Conflict precision = among ``conflict`` findings that cover at least one
   annotated pair, the share that cover at least one gold conflict pair (findings on
   unannotated facts are not judged). Status accuracy = verdict equal to the gold label / covered
   pairs whose verdict is agree, compatible or conflict. Macro versions average per fact (a few
   facts carry many pairs). Cause accuracy: pairs where both gold and the tool give a cause.

Slot-label hit rate (ours, not the README's): per annotated fact, the slot label of the finding
read for most of its pairs (none covered: of the alignment holding most of its candidate facts).
The label hits when one of its words starts with a *term* of the fact (a term shorter than
four letters, such as "age" or "km", must be the whole stemmed word): a content word of the gold
``about`` (lower-cased, stop words dropped, crudely stemmed: a final ``ing``/``ed``/``es``/``s``
is cut when four letters remain) or a synonym of a measure family the ``about`` falls into
(``FAMILIES``: a family applies when the stem of one of its trigger words is a word of ``about``;
attributions are always in the ``source`` family, dates in ``date`` unless they are clock times,
in ``time``). A fact in no slot at all is a miss.

Our own invented sets (``benchmarks/own/claims.yaml``, ``claims2.yaml``, ``claims3.yaml`` and ``claims4.yaml``,
read by ``benchmarks/loaders/own_claims.py``) are written, run and scored the same way, each in a run of its
own (rows ``claims.own.*`` to ``claims.own4.*``); with ``--own`` the entry point below scores them instead of
ecbplus-facts.

Debugging: ``python -m benchmarks.suites.claims --data ../shared/data --dump pairs.jsonl``
prints the table and writes one JSON line per gold pair (verdict, finding, slot, the tool's
fact texts). Dumps and kept corpora hold news text: keep them out of the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from benchmarks.common import Row, Unavailable, need
from benchmarks.loaders.ecbplus_facts import FactSet, GoldFact, GoldPair, check_spans, load_ecbplus_facts
from benchmarks.loaders.own_claims import OWN_CLAIMS, REGISTERED, load_own_claims
from benchmarks.metrics import PRF, pairwise

SECTION = "claims"
KINDS = ("date", "figure", "attribution")
LABELS = ("agree", "compatible", "conflict")
CAUSES = {
    "compatible": ("precision", "update", "scope", "resolution", "naming", "arithmetic", "source_difference"),
    "conflict": ("error", "source_difference", "unexplained"),
}
NO_FACT, NO_FINDING = "no-fact", "no-finding"
SEED = 20140526  # the file order of the written corpus; any fixed value hides the topics equally well
TAG = "ecbplus-facts (dev)"
OWN_TAG = "own invented set"  # benchmarks/own/claims.yaml, written and annotated by us
# Every own set: (row name, file, label tag). Each runs on its own, so one set's articles never
# meet the other's in the tool's grouping, and each keeps the rows it had when it was added.
OWN_SETS = tuple(
    ("own" if n == 1 else f"own{n}", path, OWN_TAG if n == 1 else f"own invented set {n}")
    for n, path in enumerate(REGISTERED, start=1)
)

# Measure families: (trigger words in the gold ``about``, words a slot label may use for them).
# Stems are compared as word prefixes, so "kill" covers "killed" and "killing".
FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "deaths": (
        ("death", "dead", "killed", "toll", "fatalities"),
        ("death", "dead", "killed", "toll", "fatalities"),
    ),
    "injured": (("injured", "wounded", "hurt", "injuries"), ("injured", "wounded", "hurt", "injuries")),
    "magnitude": (("magnitude",), ("magnitude",)),
    "depth": (("depth",), ("depth", "deep")),
    "distance": (
        ("distance", "epicentre", "epicenter"),
        ("distance", "epicentre", "epicenter", "km", "miles", "from"),
    ),
    "age": (("age",), ("age", "aged", "old")),
    "money": (
        ("value", "price", "offer", "deal", "contract", "revenue", "worth"),
        ("value", "price", "offer", "deal", "contract", "worth", "amount", "revenue"),
    ),
    "duration": (("length", "duration"), ("length", "duration", "years", "hours", "minutes", "seconds")),
    "turnout": (("turnout",), ("turnout",)),
    "votes": (("votes", "voters"), ("votes", "voters", "ballots")),
    "population": (("population",), ("population", "inhabitants", "residents")),
    "height": (("height",), ("height", "high", "tall")),
    "speed": (("speed",), ("speed", "mph")),
    "area": (("area",), ("area", "square")),
    "share": (("share",), ("share", "percent")),
    "date": ((), ("date", "day", "when")),
    "time": (("clock", "time"), ("time",)),
    "source": ((), ("source", "credited", "according")),
}
STOP_WORDS = frozenset(
    "a an and any as at by for from in into its his her of on or so far the their to with was were "
    "that this than number first second background headline figure".split()
)


# --- scoring (pure: gold facts + the tool's JSON document) ------------------------------------------


@dataclass(frozen=True)
class Reading:
    """How the tool reads one gold pair."""

    fact: GoldFact
    pair: GoldPair
    verdict: str  # agree | compatible | conflict | unverified | ... | no-fact | no-finding
    cause: str | None = None
    finding: int | None = None  # index in report["findings"]
    candidates_a: tuple[str, ...] = ()  # tool fact ids, best overlap first
    candidates_b: tuple[str, ...] = ()
    chosen: tuple[str, str] | None = None  # the pairs entry read; None when the finding's status was

    @property
    def covered(self) -> bool:
        return self.finding is not None

    @property
    def judged(self) -> bool:
        return self.verdict in LABELS


@dataclass
class Scored:
    readings: list[Reading]
    conflict_findings: int  # conflict findings covering at least one annotated pair
    conflict_findings_right: int  # ... of which covering at least one gold conflict pair
    conflict_findings_all: int  # every conflict finding of the report
    labels: dict[str, str | None] = field(default_factory=dict)  # fact id -> slot label read
    hits: dict[str, bool] = field(default_factory=dict)  # fact id -> label hit


class ToolIndex:
    """The report's facts by article, and the findings each fact is in."""

    def __init__(
        self, report: Mapping[str, Any], placement: Mapping[str, tuple[str, int]] | None = None
    ) -> None:
        self.report = report
        self.placement = placement or {}
        self.findings: list[Mapping[str, Any]] = list(report.get("findings") or [])
        self.alignments: list[Mapping[str, Any]] = list(report.get("alignments") or [])
        self.facts: dict[str, Mapping[str, Any]] = {f["id"]: f for f in report.get("facts") or []}
        self.by_article: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for fact in self.facts.values():
            self.by_article[fact["article_id"]].append(fact)
        self.in_findings: dict[str, list[int]] = defaultdict(list)
        for n, finding in enumerate(self.findings):
            for fact_id in finding.get("fact_ids") or ():
                self.in_findings[fact_id].append(n)

    def where(self, doc: str) -> tuple[str, int]:
        """(tool article id, offset of the rendered text in its body); a doc is its own id by default."""
        return self.placement.get(doc, (doc, 0))

    def candidates(self, doc: str, start: int, end: int, kind: str) -> list[tuple[str, int]]:
        """(fact id, characters shared with the gold span) of overlapping facts of ``kind``, best first."""
        article, shift = self.where(doc)
        start, end = start + shift, end + shift
        found = []
        for fact in self.by_article.get(article, ()):
            shared = min(end, fact["end"]) - max(start, fact["start"])
            if fact["kind"] == kind and shared > 0:
                found.append((fact["start"], fact["id"], shared))
        found.sort(key=lambda item: (-item[2], item[0], item[1]))
        return [(fact_id, shared) for _, fact_id, shared in found]


def read_pair(index: ToolIndex, fact: GoldFact, pair: GoldPair) -> Reading:
    value_a, value_b = fact.values[pair.a], fact.values[pair.b]
    cand_a = index.candidates(pair.a, value_a.start, value_a.end, fact.kind)
    cand_b = index.candidates(pair.b, value_b.start, value_b.end, fact.kind)
    ids_a, ids_b = tuple(i for i, _ in cand_a), tuple(i for i, _ in cand_b)
    if not cand_a or not cand_b:
        return Reading(fact, pair, NO_FACT, candidates_a=ids_a, candidates_b=ids_b)
    shared_a, shared_b = dict(cand_a), dict(cand_b)
    common = {n for i in ids_a for n in index.in_findings.get(i, ())} & {
        n for i in ids_b for n in index.in_findings.get(i, ())
    }
    if not common:
        return Reading(fact, pair, NO_FINDING, candidates_a=ids_a, candidates_b=ids_b)

    def rank(n: int) -> tuple[int, int, int]:
        held = set(index.findings[n].get("fact_ids") or ())
        best = max(shared_a[i] for i in ids_a if i in held) + max(shared_b[i] for i in ids_b if i in held)
        return (-best, int(index.findings[n].get("status") == "unverified"), n)

    chosen_n = min(common, key=rank)
    finding = index.findings[chosen_n]
    verdict, cause, chosen = finding.get("status", ""), finding.get("cause"), None
    entries = finding.get("pairs")
    if isinstance(entries, list):
        held = set(finding.get("fact_ids") or ())
        by_ids = {frozenset(e.get("fact_ids") or ()): e for e in entries}
        options = sorted(
            ((x, y) for x in ids_a if x in held for y in ids_b if y in held),
            key=lambda xy: -(shared_a[xy[0]] + shared_b[xy[1]]),
        )
        for x, y in options:
            entry = by_ids.get(frozenset((x, y)))
            if entry is not None:
                verdict, cause, chosen = entry.get("status", ""), entry.get("cause"), (x, y)
                if entry.get("day") and _day_grained(value_a.normalized) and _day_grained(value_b.normalized):
                    # gold dates the day only; the tool's facts give clock times too, and it says how their days compare
                    verdict, cause = entry["day"], None
                break
    return Reading(fact, pair, verdict, cause, chosen_n, ids_a, ids_b, chosen)


_DAY = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")


def _day_grained(normalized: Any) -> bool:
    """A gold value that names a day and no clock time ("2031-03-05", "--03-05")."""
    return isinstance(normalized, str) and _DAY.fullmatch(normalized) is not None


def score(
    facts: Sequence[GoldFact],
    report: Mapping[str, Any],
    placement: Mapping[str, tuple[str, int]] | None = None,
) -> Scored:
    """Every gold pair read from ``report``; conflict findings judged; slot labels checked.

    ``placement`` maps a gold doc to (tool article id, shift of the gold offsets into its body).
    """
    index = ToolIndex(report, placement)
    readings: list[Reading] = []
    touches_annotated: set[int] = set()
    touches_conflict: set[int] = set()
    for fact in facts:
        for pair in fact.pairs:
            reading = read_pair(index, fact, pair)
            readings.append(reading)
            if reading.verdict == NO_FACT:
                continue
            # Every finding holding a candidate of each side covers this pair, not just the one read.
            held_a = {n for i in reading.candidates_a for n in index.in_findings.get(i, ())}
            held_b = {n for i in reading.candidates_b for n in index.in_findings.get(i, ())}
            touching = held_a & held_b
            touches_annotated |= touching
            if pair.label == "conflict":
                touches_conflict |= touching
    conflicts = {n for n, f in enumerate(index.findings) if f.get("status") == "conflict"}
    scored = Scored(
        readings, len(conflicts & touches_annotated), len(conflicts & touches_conflict), len(conflicts)
    )
    by_fact: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        by_fact[reading.fact.id].append(reading)
    for fact in facts:
        label = slot_label(index, fact, by_fact.get(fact.id, []))
        scored.labels[fact.id] = label
        scored.hits[fact.id] = label is not None and label_hits(label, fact.about, fact.kind)
    return scored


def slot_label(index: ToolIndex, fact: GoldFact, readings: Sequence[Reading]) -> str | None:
    """The slot label of the finding read for most pairs; else of the alignment holding most candidates."""
    counts = Counter(r.finding for r in readings if r.finding is not None)
    if counts:
        return str(index.findings[counts.most_common(1)[0][0]].get("slot", ""))
    candidates = {
        i
        for value in fact.values.values()
        for i, _ in index.candidates(value.doc, value.start, value.end, fact.kind)
    }
    best, label = 0, None
    for alignment in index.alignments:
        held = len(candidates & set(alignment.get("fact_ids") or ()))
        if held > best:
            best, label = held, str(alignment.get("slot", ""))
    return label


# --- the slot-label rule ----------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Lower-case words; "Roe's" -> "roe", "km/h" -> "km", "h"."""
    return [w for w in _WORD.findall(text.lower().replace("'s", " ").replace("\u2019s", " "))]


def families(about: str, kind: str) -> list[str]:
    """The measure families ``about`` falls into (see ``FAMILIES``)."""
    stems = [stem(w) for w in words(about)]
    found = [name for name, (triggers, _) in FAMILIES.items() if any(stem(t) in stems for t in triggers)]
    if kind == "attribution":
        found.append("source")
    elif kind == "date" and "time" not in found:
        found.append("date")
    return list(dict.fromkeys(found))


def terms(about: str, kind: str) -> set[str]:
    """Stems a slot label may use for this fact: content words of ``about`` and family synonyms."""
    found = {stem(w) for w in words(about) if w not in STOP_WORDS and len(w) >= 2 and not w.isdigit()}
    for name in families(about, kind):
        found |= {stem(s) for s in FAMILIES[name][1]}
    return found


def label_hits(label: str, about: str, kind: str) -> bool:
    """A label word starts with a term; a term under four letters ("age", "km") must be the whole word."""
    wanted = terms(about, kind)
    return any(
        stem(word) == term or (len(term) >= 4 and word.startswith(term))
        for word in words(label)
        for term in wanted
    )


# --- rows ----------------------------------------------------------------------------------------


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _row(key: str, label: str, part: int, whole: int, counts: str) -> Row:
    value = _share(part, whole)
    return Row(SECTION, key, f"{TAG}: {label}", value, counts, note="" if whole else "nothing to measure")


def _coverage_row(key: str, label: str, readings: Sequence[Reading]) -> Row:
    covered = sum(r.covered for r in readings)
    no_fact = sum(r.verdict == NO_FACT for r in readings)
    no_finding = sum(r.verdict == NO_FINDING for r in readings)
    return _row(
        key,
        label,
        covered,
        len(readings),
        f"{covered}/{len(readings)} pairs; uncovered: {no_fact} no-fact, {no_finding} no-finding",
    )


def _accuracy_row(key: str, label: str, readings: Sequence[Reading]) -> Row:
    judged = [r for r in readings if r.judged]
    right = sum(r.verdict == r.pair.label for r in judged)
    return _row(
        key,
        label,
        right,
        len(judged),
        f"{right}/{len(judged)} covered pairs with a verdict; covered, not judged: {_unjudged(readings)}",
    )


def _unjudged(readings: Sequence[Reading]) -> str:
    kinds = Counter(r.verdict for r in readings if r.covered and not r.judged)
    return ", ".join(f"{n} {v}" for v, n in sorted(kinds.items())) or "none"


def _recall_row(key: str, label: str, readings: Sequence[Reading], gold: str) -> Row:
    wanted = [r for r in readings if r.pair.label == gold]
    right = sum(r.verdict == gold for r in wanted)
    return _row(key, label, right, len(wanted), f"{right}/{len(wanted)} {gold} pairs")


def _macro(values: Iterable[float | None]) -> tuple[float | None, int]:
    kept = [v for v in values if v is not None]
    return (sum(kept) / len(kept) if kept else None), len(kept)


def rows(scored: Scored, grouping: PRF | None = None) -> list[Row]:
    readings = scored.readings
    out: list[Row] = []
    if grouping is not None:
        out.append(
            Row(
                SECTION,
                "claims.grouping.pairwise_f1",
                f"{TAG}: grouping pairwise F1",
                grouping.f1,
                f"P={grouping.precision:.3f} R={grouping.recall:.3f}; {grouping.counts()} article pairs",
            )
        )
    out.append(_coverage_row("claims.all.coverage", "coverage of gold pairs", readings))
    by_fact: dict[str, list[Reading]] = defaultdict(list)
    for r in readings:
        by_fact[r.fact.id].append(r)
    macro_cov, n_cov = _macro(_share(sum(r.covered for r in rs), len(rs)) for rs in by_fact.values())
    out.append(
        Row(
            SECTION,
            "claims.all.macro_coverage",
            f"{TAG}: coverage, mean per fact",
            macro_cov,
            f"{n_cov} facts",
        )
    )
    out.append(_recall_row("claims.all.conflict_recall", "conflict recall", readings, "conflict"))
    out.append(
        _row(
            "claims.all.conflict_precision",
            "conflict precision",
            scored.conflict_findings_right,
            scored.conflict_findings,
            f"{scored.conflict_findings_right}/{scored.conflict_findings} conflict findings on annotated "
            f"pairs ({scored.conflict_findings_all} conflict findings in all)",
        )
    )
    out.append(_recall_row("claims.all.compatible_recall", "compatible recall", readings, "compatible"))
    out.append(_accuracy_row("claims.all.status_accuracy", "status accuracy", readings))
    macro_acc, n_acc = _macro(
        _share(sum(r.verdict == r.pair.label for r in rs if r.judged), sum(r.judged for r in rs))
        for rs in by_fact.values()
    )
    out.append(
        Row(
            SECTION,
            "claims.all.macro_status_accuracy",
            f"{TAG}: status accuracy, mean per fact",
            macro_acc,
            f"{n_acc} facts with a judged pair",
            note="" if n_acc else "nothing to measure",
        )
    )
    with_cause = [r for r in readings if r.pair.cause and r.cause]
    right = sum(r.cause == r.pair.cause for r in with_cause)
    cause_row = _row(
        "claims.all.cause_accuracy",
        "cause accuracy",
        right,
        len(with_cause),
        f"{right}/{len(with_cause)} pairs where gold and tool both give a cause",
    )
    if not with_cause:
        cause_row = Row(
            SECTION,
            cause_row.key,
            cause_row.label,
            None,
            cause_row.counts,
            note="the tool gives no cause on an annotated pair",
            gated=False,
        )
    out.append(cause_row)
    hits = sum(scored.hits.values())
    no_slot = sum(label is None for label in scored.labels.values())
    out.append(
        _row(
            "claims.all.label_hit_rate",
            "slot label names the measure",
            hits,
            len(scored.hits),
            f"{hits}/{len(scored.hits)} facts ({no_slot} in no slot)",
        )
    )
    for kind in KINDS:
        some = [r for r in readings if r.fact.kind == kind]
        out.append(_coverage_row(f"claims.{kind}.coverage", f"{kind} coverage", some))
        out.append(_recall_row(f"claims.{kind}.conflict_recall", f"{kind} conflict recall", some, "conflict"))
        out.append(_accuracy_row(f"claims.{kind}.status_accuracy", f"{kind} status accuracy", some))
    for label in LABELS:
        for cause in CAUSES.get(label, (None,)):
            some = [r for r in readings if r.pair.label == label and r.pair.cause == cause]
            name = f"{label}_{cause}" if cause else label
            shown = f"{label}/{cause}" if cause else label
            out.append(_coverage_row(f"claims.cause.{name}.coverage", f"{shown} coverage", some))
            out.append(
                _accuracy_row(f"claims.cause.{name}.status_accuracy", f"{shown} status accuracy", some)
            )
    return out


def grouping_prf(
    gold_events: Mapping[str, str],
    report: Mapping[str, Any],
    placement: Mapping[str, tuple[str, int]] | None = None,
) -> PRF:
    """Pairwise P/R/F1 of the report's events over the gold docs (docs in no event are singletons)."""
    placement = placement or {}
    event_of: dict[str, str] = {}
    for event in report.get("events") or []:
        for article_id in event.get("article_ids") or ():
            event_of[article_id] = str(event["id"])
    predicted = {}
    for doc in gold_events:
        article = placement.get(doc, (doc, 0))[0]
        predicted[doc] = event_of.get(article, f"single:{doc}")
    return pairwise(dict(gold_events), predicted)


# --- running the tool -----------------------------------------------------------------------------


def front_matter(url: str | None, outlet: str | None, published: str | None) -> str:
    fields = {k: v for k, v in (("url", url), ("outlet", outlet), ("published", published)) if v is not None}
    return "---\n" + (yaml.safe_dump(fields, sort_keys=False, allow_unicode=True) if fields else "") + "---\n"


def write_corpus(facts: FactSet, folder: Path, seed: int = SEED) -> dict[str, str]:
    """One Markdown file per article in ``folder``; returns doc -> file name."""
    order = sorted(facts.docs)
    random.Random(seed).shuffle(order)
    names = {}
    for n, doc in enumerate(order, start=1):
        article = facts.docs[doc]
        names[doc] = f"doc{n:03d}.md"
        text = front_matter(article.url, article.outlet, article.published) + article.text + "\n"
        (folder / names[doc]).write_text(text, encoding="utf-8")
    return names


def place(facts: FactSet, folder: Path, names: Mapping[str, str]) -> dict[str, tuple[str, int]]:
    """doc -> (article id, where the rendered text starts in ``Article.body`` as ingest reads it)."""
    read_file = need(
        lambda: __import__("consistency.ingest", fromlist=["read_file"]).read_file,
        "consistency.ingest.read_file",
    )
    placement = {}
    for doc, name in names.items():
        (article,) = read_file(folder / name, root=folder)
        text = facts.docs[doc].text
        shift = article.body.find(text)
        if shift < 0:
            raise ValueError(f"{name} ({doc}): the rendered text is not in the body the tool reads")
        placement[doc] = (article.id, shift)
    return placement


@dataclass
class Evaluation:
    facts: FactSet
    report: dict[str, Any]
    placement: dict[str, tuple[str, int]]
    scored: Scored
    grouping: PRF
    seconds: float  # the tool's run alone

    def rows(self) -> list[Row]:
        return rows(self.scored, self.grouping)


def evaluate(data: Path, corpus_dir: Path | None = None) -> Evaluation:
    facts = load_ecbplus_facts(data)
    bad = check_spans(facts)
    if bad:
        raise ValueError(f"{len(bad)} gold spans do not match the rendering, e.g. {bad[0]}")
    return evaluate_set(facts, corpus_dir)


def evaluate_set(facts: FactSet, corpus_dir: Path | None = None) -> Evaluation:
    """Write ``facts``' articles into one folder, run the tool once on it, score its JSON."""
    run_tool = need(lambda: __import__("consistency.engine", fromlist=["run"]).run, "consistency.engine.run")
    document = need(
        lambda: __import__("consistency.report.json_report", fromlist=["document"]).document,
        "consistency.report.json_report.document",
    )
    with tempfile.TemporaryDirectory(prefix="claims-") as tmp:
        # The folder's name is the outlet of articles that state none (ingest's last resort): keep it fixed.
        folder = corpus_dir or Path(tmp) / "corpus"
        folder.mkdir(parents=True, exist_ok=True)
        if any(folder.iterdir()):
            raise ValueError(f"{folder}: not empty (the corpus is written into an empty folder)")
        names = write_corpus(facts, folder)
        placement = place(facts, folder, names)
        start = time.perf_counter()
        result = run_tool([folder])
        seconds = time.perf_counter() - start
        report = json.loads(json.dumps(document(result)))  # exactly the JSON the CLI prints
    scored = score(facts.facts, report, placement)
    grouping = grouping_prf({doc: d.event for doc, d in facts.docs.items()}, report, placement)
    return Evaluation(facts, report, placement, scored, grouping, seconds)


def own_rows(evaluation: Evaluation, name: str = "own", tag: str = OWN_TAG) -> list[Row]:
    """The same rows for one own invented set: keys ``claims.<name>.*``, labels "<tag>: ..."."""
    return [
        replace(row, key=f"{SECTION}.{name}.{row.key[len(SECTION) + 1:]}", label=tag + row.label[len(TAG):])
        for row in evaluation.rows()
    ]


def evaluate_own(path: Path = OWN_CLAIMS, corpus_dir: Path | None = None) -> Evaluation:
    return evaluate_set(load_own_claims(path), corpus_dir)


def run(data: Path, quick: bool) -> list[Row]:
    """All sets in both modes: 145 + a few dozen articles each take a few seconds.

    Our own sets live in the repository, so their rows come even when the shared data is missing.
    """
    try:
        dev = evaluate(data).rows()
    except Unavailable as missing:
        dev = [Row(SECTION, f"{SECTION}.unavailable", SECTION, None, note=str(missing), gated=False)]
    return dev + [row for name, path, tag in OWN_SETS for row in own_rows(evaluate_own(path), name, tag)]


# --- debugging entry point ------------------------------------------------------------------------


def dump_lines(evaluation: Evaluation) -> Iterable[dict[str, Any]]:
    """One record per gold pair, for error analysis."""
    index = ToolIndex(evaluation.report, evaluation.placement)
    facts = evaluation.facts
    for r in evaluation.scored.readings:
        finding = index.findings[r.finding] if r.finding is not None else {}
        value_a, value_b = r.fact.values[r.pair.a], r.fact.values[r.pair.b]
        yield {
            "fact": r.fact.id,
            "kind": r.fact.kind,
            "about": r.fact.about,
            "event": r.fact.event,
            "a": r.pair.a,
            "b": r.pair.b,
            "article_a": index.where(r.pair.a)[0],
            "article_b": index.where(r.pair.b)[0],
            "gold_label": r.pair.label,
            "gold_cause": r.pair.cause,
            "gold_reason": r.pair.reason,
            "gold_text_a": facts.docs[r.pair.a].text[value_a.start : value_a.end],
            "gold_text_b": facts.docs[r.pair.b].text[value_b.start : value_b.end],
            "gold_value_a": value_a.normalized,
            "gold_value_b": value_b.normalized,
            "verdict": r.verdict,
            "tool_cause": r.cause,
            "right": r.verdict == r.pair.label,
            "rule": finding.get("rule"),
            "finding_status": finding.get("status"),
            "finding_detail": finding.get("detail"),
            "slot": finding.get("slot"),
            "fact_label": evaluation.scored.labels.get(r.fact.id),
            "label_hit": evaluation.scored.hits.get(r.fact.id),
            "verdict_from": "pairs" if r.chosen else ("status" if r.covered else None),
            "pair_detail": next(
                (e.get("detail") for e in finding.get("pairs") or () if r.chosen and set(e.get("fact_ids") or ()) == set(r.chosen)),
                None,
            ),
            "tool_facts_a": [[i, index.facts[i]["text"]] for i in r.candidates_a],
            "tool_facts_b": [[i, index.facts[i]["text"]] for i in r.candidates_b],
        }


def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks.run import DEFAULT_DATA, table

    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.suites.claims", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="the corpora folder (default: ../shared/data)"
    )
    parser.add_argument(
        "--dump", type=Path, help="write one JSON line per gold pair here (outside the repository)"
    )
    parser.add_argument("--report", type=Path, help="write the tool's JSON document here")
    parser.add_argument(
        "--corpus",
        type=Path,
        help="write the articles into this (empty or new) folder and keep them, to rerun the CLI on",
    )
    parser.add_argument(
        "--own",
        nargs="?",
        const="all",
        help="score our own invented sets instead: every one of them in its own rows, or only FILE "
        f"(the sets: {', '.join(str(path.relative_to(OWN_CLAIMS.parents[2])) for _, path, _ in OWN_SETS)}); "
        "with several sets, --corpus gets a folder per set and --report a file per set (REPORT.<set>.json)",
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    runs: list[tuple[str, Evaluation, list[Row]]] = []
    if args.own:
        chosen = OWN_SETS if args.own == "all" else [_own_set(Path(args.own))]
        for name, path, tag in chosen:
            corpus = args.corpus / name if args.corpus and len(chosen) > 1 else args.corpus
            evaluation = evaluate_own(path, corpus)
            runs.append((name, evaluation, own_rows(evaluation, name, tag)))
    else:
        evaluation = evaluate(args.data, args.corpus)
        runs.append(("dev", evaluation, evaluation.rows()))
    print(table([row for _, _, rows_ in runs for row in rows_]))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            for name, evaluation, _ in runs:
                for line in dump_lines(evaluation):
                    line = {"set": name, **line} if args.own else line
                    handle.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")
    for name, evaluation, _ in runs:
        if args.report:
            report = args.report if len(runs) == 1 else args.report.with_suffix(f".{name}{args.report.suffix}")
            report.write_text(
                json.dumps(evaluation.report, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                encoding="utf-8",
            )
        shifts = Counter(shift for _, shift in evaluation.placement.values())
        print(
            f"{name}: {len(evaluation.facts.docs)} articles, {len(evaluation.scored.readings)} gold pairs; tool run "
            f"{evaluation.seconds:.1f} s; body offsets of the rendered text: {dict(shifts)}",
            file=sys.stderr,
        )
    print(f"all {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


def _own_set(path: Path) -> tuple[str, Path, str]:
    """The own set stored at ``path`` (its row name and tag), or a file of our format scored as ``own``."""
    for name, known, tag in OWN_SETS:
        if path.resolve() == known.resolve():
            return name, known, tag
    return "own", path, OWN_TAG


if __name__ == "__main__":
    raise SystemExit(main())
