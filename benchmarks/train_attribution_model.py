"""Train the learned cue model of the attribution extractor (consistency/extract/_attribution_learned.py)
on PolNeAR's tuning documents, and measure it by cross-validation.

    python -m benchmarks.train_attribution_model --data ../shared/data            # CV report only
    python -m benchmarks.train_attribution_model --data ../shared/data --write    # and write the model

Training documents: PolNeAR ``dev`` and ``annotator-training`` (one annotator per text, as the
benchmark scores), never ``test``. The model learns from the cues the rules leave: every word of
a stem seen as a cue, outside quotations and outside the rules' matches and their contents, with
a source phrase before it, is an example, positive when it lies inside a gold cue. An averaged
perceptron (fixed seed and order: the same data gives the same file) learns the weights.

Cross-validation: the dev documents are cut into ``--folds`` folds by a fixed order; each fold
is scored with a model trained on the others (and the annotator-training texts), and the summed
figures are printed beside the rules alone. That estimate, not the dev score of the shipped
model (trained on all of dev), is the one to trust.

The written file holds derived statistics only: stems, feature weights, a threshold.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.loaders.brat import POLNEAR_DIR, BratDoc, load_brat
from benchmarks.metrics import PRF

_SEED = 13
_EPOCHS = 12


@dataclass(frozen=True)
class Example:
    doc: int
    stem: str
    features: tuple[str, ...]
    positive: bool


@dataclass(frozen=True)
class DocStats:
    """Per document: each word's stem counted, inside gold cues and in all, and the words after a
    gold cue's word inside and outside it (what learns the particles)."""

    cue_stems: Counter[str]
    all_stems: Counter[str]
    particle_in: Counter[str]
    particle_after: Counter[str]


def _doc_data(index: int, doc: BratDoc) -> tuple[list[Example], DocStats]:
    from consistency.extract._attribution_learned import (
        CueModel,
        candidates,
        features,
        modifies,
        stem,
        subject_before,
        use_model,
    )
    from consistency.extract._attribution_tokens import _quote_regions, _repair_sentences, _tokenize
    from consistency.extract.attributions import ALL_KINDS, find_attributions
    from consistency.text import split_sentences

    text = doc.text
    sentences = split_sentences(text)
    with use_model(CueModel()):  # the rules alone, less the unsourced passives the extractor finds after the learned cues
        found = [m for m in find_attributions(text, sentences, kinds=ALL_KINDS) if m.kind != "unsourced"]
    taken = sorted([(m.start, m.end) for m in found] + [(m.content_start, m.content_end) for m in found if m.content_end > m.content_start])
    cues = sorted((s.start, s.end) for s in doc.spans.values() if s.label == "Cue")
    quotes = _quote_regions(text)
    every = CueModel(stems=_AnyStem())  # type: ignore[arg-type]
    examples: list[Example] = []
    stats = DocStats(Counter(), Counter(), Counter(), Counter())
    for span in _repair_sentences(text, sentences):
        toks = _tokenize(text, *span)
        for i, t in enumerate(toks):
            if not t.word:
                continue
            inside = any(a <= t.start < b for a, b in cues)
            stats.all_stems[stem(t.text)] += 1
            if inside:
                stats.cue_stems[stem(t.text)] += 1
                if i + 1 < len(toks) and toks[i + 1].word:
                    nxt = toks[i + 1]
                    stats.particle_after[nxt.low] += 1
                    if any(a <= nxt.start < b for a, b in cues):
                        stats.particle_in[nxt.low] += 1
        local = [(a, b) for a, b in taken if a < span[1] and b > span[0]]
        for i in candidates(every, toks, quotes, local):
            subject = subject_before(text, toks, i)
            if subject is None or modifies(toks, subject, i):
                continue  # no source before it, as the extractor reads it: no example
            positive = any(a <= toks[i].start < b for a, b in cues)
            examples.append(Example(index, stem(toks[i].text), tuple(features(toks, i, subject)), positive))
    return examples, stats


class _AnyStem(frozenset):  # type: ignore[type-arg]
    """A stem lexicon holding every stem (the candidates of all words, filtered per fold later)."""

    def __contains__(self, item: object) -> bool:
        return True


def train(examples: list[Example], stats: list[DocStats], min_cues: int, min_ratio: float, threshold: float,
          lexicon: bool = False) -> object:
    """An averaged perceptron over ``examples`` of the stems that ``stats`` show as a cue at least
    ``min_cues`` times and in at least ``min_ratio`` of their occurrences."""
    from consistency.extract._attribution_learned import CueModel

    cue_stems: Counter[str] = Counter()
    all_stems: Counter[str] = Counter()
    particle_in: Counter[str] = Counter()
    particle_after: Counter[str] = Counter()
    for s in stats:
        cue_stems.update(s.cue_stems)
        all_stems.update(s.all_stems)
        particle_in.update(s.particle_in)
        particle_after.update(s.particle_after)
    stems = frozenset(k for k, n in cue_stems.items() if n >= min_cues and n / all_stems[k] >= min_ratio)
    if lexicon:
        from consistency.extract._attribution_learned import lexicon_stems

        stems |= lexicon_stems()  # the verb classes' words, scored by their class where training never saw them
    from consistency.extract._attribution_learned import _PREPOSITIONS

    particles = frozenset(p for p in _PREPOSITIONS if particle_after[p] >= 3 and particle_in[p] / particle_after[p] >= 0.7)
    data = [e for e in examples if e.stem in stems]
    weights: dict[str, float] = {}
    totals: dict[str, float] = {}
    stamps: dict[str, int] = {}
    step = 0
    order = list(range(len(data)))
    rng = random.Random(_SEED)
    for _ in range(_EPOCHS):
        rng.shuffle(order)
        for n in order:
            step += 1
            example = data[n]
            score = sum(weights.get(f, 0.0) for f in example.features)
            truth = 1.0 if example.positive else -1.0
            if truth * score > 0:
                continue
            for f in example.features:  # lazy averaging: add each weight's time at its old value
                totals[f] = totals.get(f, 0.0) + (step - stamps.get(f, 0)) * weights.get(f, 0.0)
                stamps[f] = step
                weights[f] = weights.get(f, 0.0) + truth
    averaged = {f: (totals.get(f, 0.0) + (step - stamps.get(f, 0)) * w) / max(step, 1) for f, w in weights.items()}
    return CueModel(stems=stems, weights=averaged, particles=particles, threshold=threshold)


def _every_annotator(data: Path, split: str) -> list[list[BratDoc]]:
    """Each text of ``split`` with every annotator's reading of it (the first as the benchmark scores)."""
    root = Path(data) / POLNEAR_DIR / split
    out = []
    for text_path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{text_path.stem}_*.ann"))
        if anns:
            out.append([load_brat(text_path, ann) for ann in anns])
    return out


def _score(docs: list[BratDoc], model: object) -> dict[str, PRF]:
    from benchmarks.suites.attributions import score_split
    from consistency.extract._attribution_learned import use_model

    with use_model(model):  # type: ignore[arg-type]
        return score_split(docs, {})


def _add(a: dict[str, PRF], b: dict[str, PRF]) -> dict[str, PRF]:
    return {k: a.get(k, PRF(0, 0, 0)) + v for k, v in b.items()}


@dataclass(frozen=True)
class Settings:
    folds: int = 4
    min_cues: int = 2
    min_ratio: float = 0.2
    threshold: float = 0.5
    all_annotators: bool = False
    lexicon: bool = True


def _training_data(data: Path, settings: Settings) -> tuple[list[BratDoc], int, list[Example], list[tuple[int, DocStats]]]:
    """The dev texts as the benchmark scores them, the number of annotator-training texts, the
    examples and the per-reading statistics (each tagged with its text's index: folds hold a text
    out whole; the annotator-training texts come after the dev ones and are never held out)."""
    dev_readings = _every_annotator(data, "dev")
    extra_readings = _every_annotator(data, "annotator-training")
    readings = dev_readings + extra_readings
    if not settings.all_annotators:
        readings = [[r[0]] for r in readings]
    pairs = [(n, _doc_data(n, d)) for n, texts in enumerate(readings) for d in texts]
    examples = [e for _, (ex, _) in pairs for e in ex]
    return [r[0] for r in dev_readings], len(extra_readings), examples, [(n, s) for n, (_, s) in pairs]


def cross_validate(data: Path, settings: Settings = Settings()) -> tuple[dict[str, PRF], dict[str, PRF]]:
    """The summed figures of the dev folds, by the rules alone and with the cue model trained
    without each fold."""
    from consistency.extract._attribution_learned import CueModel

    dev, _, examples, stats = _training_data(data, settings)
    order = list(range(len(dev)))
    random.Random(_SEED).shuffle(order)
    rules: dict[str, PRF] = {}
    learned: dict[str, PRF] = {}
    for fold in range(settings.folds):
        held = set(order[fold :: settings.folds])
        model = train([e for e in examples if e.doc not in held], [s for n, s in stats if n not in held],
                      settings.min_cues, settings.min_ratio, settings.threshold, settings.lexicon)
        fold_docs = [dev[n] for n in sorted(held)]
        rules = _add(rules, _score(fold_docs, CueModel()))
        learned = _add(learned, _score(fold_docs, model))
    return rules, learned


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=Settings.folds)
    parser.add_argument("--min-cues", type=int, default=Settings.min_cues)
    parser.add_argument("--min-ratio", type=float, default=Settings.min_ratio)
    parser.add_argument("--threshold", type=float, default=Settings.threshold)
    parser.add_argument("--all-annotators", action="store_true", help="learn from every annotator's reading of a text, not the first alone")
    parser.add_argument("--no-lexicon", dest="lexicon", action="store_false",
                        help="score only the stems training saw as a cue, not also the verb classes' words")
    parser.add_argument("--write", action="store_true", help="train on all tuning documents and write the model file")
    args = parser.parse_args(argv)
    settings = Settings(args.folds, args.min_cues, args.min_ratio, args.threshold, args.all_annotators, args.lexicon)

    from consistency.extract._attribution_learned import MODEL_FILE

    rules, learned = cross_validate(args.data, settings)
    dev, extra, examples, stats = _training_data(args.data, settings)
    print(f"{settings.folds}-fold cross-validation on PolNeAR dev ({len(dev)} documents; + {extra} annotator-training texts in every training set)")
    print(f"{'figure':<18} {'rules':>7} {'+learned':>9}   counts (rules -> +learned)")
    for key in rules:
        print(f"{key:<18} {rules[key].f1:7.3f} {learned[key].f1:9.3f}   {rules[key].counts()} -> {learned[key].counts()}")
    if args.write:
        model = train(examples, [s for _, s in stats], settings.min_cues, settings.min_ratio, settings.threshold, settings.lexicon)
        import json

        MODEL_FILE.write_text(json.dumps(model.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")  # type: ignore[attr-defined]
        print(f"wrote {MODEL_FILE} ({len(model.stems)} stems, {len(model.to_dict()['weights'])} weights)")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
