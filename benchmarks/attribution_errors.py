"""Where the attribution extractor's cue errors on PolNeAR come from, and how far the annotators
themselves agree: the two figures to read before tuning for a cue F1.

    python -m benchmarks.attribution_errors --data ../shared/data                 # both
    python -m benchmarks.attribution_errors --data ../shared/data --examples 20   # and some misses

The breakdown scores each dev fold with a cue model trained without it (the cross-validation of
``train_attribution_model``), so it shows held-out errors, not the shipped model's. Each gold cue is
exact, a boundary error (a system cue overlaps it: which side is longer or shorter) or missed; a
missed one is given the first reason that holds, in the order of the extractor's passes (inside
a match's phrase, inside a match's content, inside a quotation, no word the cue model scores,
no source phrase before any such word, a passive, the word's own modifiers read as a source,
a score under the threshold, or lost to another proposal); a system cue that overlaps no gold
cue is false, counted by kind.

The agreement is each annotator of a text scored against each other one (both directions), on
the texts several annotators read: the level a cue F1 is measured against.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.loaders.brat import BratDoc
from benchmarks.metrics import PRF, match_spans, span_prf

Interval = tuple[int, int]


@dataclass
class CueErrors:
    """Counts of gold cues found exactly, with other bounds or missed (by reason), and of false cues
    (by kind); ``missed_examples`` keeps (reason, gold cue text) pairs for reading, and
    ``boundary_examples`` (side, gold cue text, system cue text) triples. ``boundary_pairs`` holds the
    (gold, system) indices of the boundary errors of one document, as ``classify_cues`` matched them."""

    exact: int = 0
    boundary: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    missed_examples: list[tuple[str, str]] = field(default_factory=list)
    boundary_examples: list[tuple[str, str, str]] = field(default_factory=list)
    boundary_pairs: list[tuple[int, int]] = field(default_factory=list)

    def add(self, other: CueErrors) -> None:
        self.exact += other.exact
        self.boundary.update(other.boundary)
        self.missed.update(other.missed)
        self.false.update(other.false)
        self.missed_examples.extend(other.missed_examples)
        self.boundary_examples.extend(other.boundary_examples)


def _side(system: int, gold: int, longer_when_less: bool) -> str:
    if system == gold:
        return "same"
    return "longer" if (system < gold) == longer_when_less else "shorter"


def classify_cues(gold: Sequence[Interval], system: Sequence[Interval], kinds: Sequence[str]) -> tuple[CueErrors, list[int]]:
    """The gold cues sorted into exact, boundary (keyed "start <side>, end <side>", the system
    cue's side: longer or shorter) and missed; the system cues that overlap none are false, counted
    by their ``kinds``. Returns the counts (missed without a reason yet) and the indices of the missed
    gold cues. Exact pairs are matched first, then overlapping ones, one to one as the F1 scores."""
    out = CueErrors()
    exact = match_spans(gold, system, "strict")
    out.exact = len(exact)
    gold_left = [i for i in range(len(gold)) if i not in {g for g, _ in exact}]
    system_left = [j for j in range(len(system)) if j not in {s for _, s in exact}]
    near = match_spans([gold[i] for i in gold_left], [system[j] for j in system_left], "relaxed")
    for gi, sj in near:
        g, s = gold[gold_left[gi]], system[system_left[sj]]
        out.boundary[f"start {_side(s[0], g[0], True)}, end {_side(s[1], g[1], False)}"] += 1
        out.boundary_pairs.append((gold_left[gi], system_left[sj]))
    near_gold = {gold_left[gi] for gi, _ in near}
    near_system = {system_left[sj] for _, sj in near}
    for j in system_left:
        if j not in near_system:
            out.false[kinds[j]] += 1
    return out, [i for i in gold_left if i not in near_gold]


def agreement(readings: Sequence[Sequence[BratDoc]]) -> dict[str, PRF]:
    """Cue and source F1 (exact and overlap) of each annotator of a text against each other one,
    summed over the texts with two readings or more."""
    totals = {f"{role}_{mode}": PRF(0, 0, 0) for role in ("source", "cue") for mode in ("exact", "overlap")}
    for texts in readings:
        for a in texts:
            for b in texts:
                if a is b:
                    continue
                for role in ("source", "cue"):
                    label = role.capitalize()
                    spans_a = [(s.start, s.end) for s in a.spans.values() if s.label == label]
                    spans_b = [(s.start, s.end) for s in b.spans.values() if s.label == label]
                    totals[f"{role}_exact"] += span_prf(spans_a, spans_b, "strict")
                    totals[f"{role}_overlap"] += span_prf(spans_a, spans_b, "relaxed")
    return totals


def _why_missed(text: str, cue: Interval, found: Sequence[Any], model: Any, sentences: Sequence[Interval]) -> str:
    """The first reason, in the order of the extractor's passes, that no system cue covers ``cue``."""
    from consistency.extract import _attribution_learned as learned
    from consistency.extract._attribution_tokens import (
        _in_quote,
        _quote_regions,
        _repair_sentences,
        _tokenize,
    )

    start = cue[0]
    if any(m.start <= start < m.end for m in found):
        return "inside a match's phrase"
    if any(m.content_start <= start < m.content_end for m in found):
        return "inside a match's content"
    if _in_quote(_quote_regions(text), start):
        return "inside a quotation"
    span = next((s for s in _repair_sentences(text, list(sentences)) if s[0] <= start < s[1]), None)
    if span is None:
        return "outside every sentence"
    toks = _tokenize(text, *span)
    words = [
        i for i, t in enumerate(toks)
        if t.word and cue[0] <= t.start < cue[1] and len(t.low) >= 3 and t.low not in learned._NOT_HEADS
        and not learned._cue_adverb(t)
    ]
    if not words:
        return "no word that could head a cue"
    scored = [i for i in words if learned.stem(toks[i].text) in model.stems]
    if not scored:
        return "no word of a stem the model scores"
    reason = "no source phrase before it"
    for i in scored:
        if learned._passive(toks, i):
            reason = "a passive (no source)"
            continue
        subject = learned.subject_before(text, toks, i)
        if subject is None:
            continue
        if learned.modifies(toks, subject, i):
            reason = "its own modifiers read as the source"
            continue
        if model.score(learned.features(toks, i, subject)) <= model.threshold:
            return "scored under the threshold"
        return "lost to another proposal"
    return reason


def breakdown(data: Path, folds: int = 4) -> CueErrors:
    """The cue errors of the dev folds, each scored with a cue model trained without it."""
    from benchmarks.suites.attributions import (
        _opens_anothers_content,
        _restates_its_speaker,
        system_relations,
    )
    from benchmarks.train_attribution_model import _SEED, Settings, _training_data, train
    from consistency.extract._attribution_learned import use_model
    from consistency.extract.attributions import ALL_KINDS, find_attributions
    from consistency.text import split_sentences

    settings = Settings(folds=folds)
    dev, _, examples, stats = _training_data(data, settings)
    order = list(range(len(dev)))
    random.Random(_SEED).shuffle(order)
    total = CueErrors()
    for fold in range(folds):
        held = set(order[fold::folds])
        model = train([e for e in examples if e.doc not in held], [s for n, s in stats if n not in held],
                      settings.min_cues, settings.min_ratio, settings.threshold, settings.lexicon)
        with use_model(model):  # type: ignore[arg-type]
            for n in sorted(held):
                doc = dev[n]
                sentences = split_sentences(doc.text)
                everything = find_attributions(doc.text, sentences, kinds=ALL_KINDS)
                found = [m for m in everything if m.value.cue != "quote"]  # scored as the suite scores
                found = [m for m in found if not _restates_its_speaker(doc.text, m, found)]
                found = [m for m in found if not _opens_anothers_content(doc.text, m, found)]
                cues = [r[1] for r in system_relations(doc.text, found, sentences)]
                gold = [(s.start, s.end) for s in doc.spans.values() if s.label == "Cue"]
                counts, missed = classify_cues(gold, cues, [m.kind for m in found])
                for gi, sj in counts.boundary_pairs:
                    (g0, g1), (s0, s1) = gold[gi], cues[sj]
                    side = f"start {_side(s0, g0, True)}, end {_side(s1, g1, False)}"
                    counts.boundary_examples.append((side, doc.text[g0:g1], doc.text[s0:s1]))
                for i in missed:
                    reason = _why_missed(doc.text, gold[i], everything, model, sentences)
                    counts.missed[reason] += 1
                    counts.missed_examples.append((reason, doc.text[gold[i][0] : gold[i][1]]))
                total.add(counts)
    return total


def _print_counts(title: str, counts: Counter[str], of: int) -> None:
    print(f"{title}: {sum(counts.values())} of {of}")
    for key, n in counts.most_common():
        print(f"  {n:5d}  {key}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--examples", type=int, default=0,
                        help="print this many missed gold cues of each reason, and boundary errors of each side")
    args = parser.parse_args(argv)

    from benchmarks.train_attribution_model import _every_annotator

    for split in ("annotator-training", "dev"):
        readings = [texts for texts in _every_annotator(args.data, split) if len(texts) > 1]
        pairs = sum(len(t) * (len(t) - 1) for t in readings)
        scores = agreement(readings)
        shown = ", ".join(f"{k} {v.f1:.3f}" for k, v in scores.items())
        print(f"annotators against each other, PolNeAR {split} ({len(readings)} texts, {pairs} ordered pairs): {shown}")
    errors = breakdown(args.data, args.folds)
    gold = errors.exact + sum(errors.boundary.values()) + sum(errors.missed.values())
    print(f"\ncue errors, PolNeAR dev, {args.folds}-fold cross-validated: {errors.exact} of {gold} gold cues exact")
    _print_counts("boundary errors (the system cue's side)", errors.boundary, gold)
    _print_counts("missed gold cues (first reason that holds)", errors.missed, gold)
    _print_counts("false cues (by kind)", errors.false, errors.exact + sum(errors.boundary.values()) + sum(errors.false.values()))
    if args.examples:
        for reason in errors.missed:
            texts = [t for r, t in errors.missed_examples if r == reason][: args.examples]
            print(f"\n{reason}: " + " | ".join(" ".join(t.split()) for t in texts))
        for side in errors.boundary:
            pairs = [(g, s) for k, g, s in errors.boundary_examples if k == side][: args.examples]
            print(f"\nboundary, {side} (gold -> ours): " + " | ".join(f"{' '.join(g.split())} -> {' '.join(s.split())}" for g, s in pairs))


if __name__ == "__main__":
    main()
