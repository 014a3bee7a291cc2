"""Attributions on PolNeAR (``dev`` for tuning, ``test`` reported): source, cue and content spans
(exact and overlap) and whole relations.

Our extractor gives an attribution phrase (cue plus source) and the source and cue as strings.
We locate the source and the cue inside the phrase (else inside its sentence); the content is
approximated by the rest of the sentence: the longer side of the sentence around the phrase,
trimmed of spaces and a final comma. A quotation that continues the previous sentence's speaker
(cue ``quote``) is left out: PolNeAR folds it into that relation's content, not a relation of its
own. So is a match inside the clause another match reports ("Brask said they had argued ..."):
PolNeAR gives each token to one attribution. A relation matches a gold one when its cue and its content
overlap the gold ones and its source overlaps the gold source (when the gold has one).

The extractor's learned cue model (kind "learned") is trained on dev, so the dev figures are
in-sample for it: the rows "PolNeAR dev, cross-validated" score each fold of dev with a model
trained without it (benchmarks/train_attribution_model.py), the estimate to compare with test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.common import Row, context, extractor, parse_when, progress
from benchmarks.loaders.brat import BratDoc, BratRelation, BratSpan, load_polnear
from benchmarks.loaders.own import OwnText, load_own
from benchmarks.metrics import PRF, Accuracy, overlap, span_prf

Interval = tuple[int, int]

_META = "polnear/data/metadata.tsv"


def _published(data: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    path = data / _META
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            row = dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
            out[row.get("filename", "")] = row.get("publication_date", "")
    return out


def _locate(text: str, needle: str, start: int, end: int) -> Interval | None:
    if not needle:
        return None
    at = text.find(needle, start, end)
    if at < 0:
        at = text.lower().find(needle.lower(), start, end)
    return (at, at + len(needle)) if at >= 0 else None


def _trim(text: str, start: int, end: int) -> Interval | None:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return (start, end) if end > start else None


def system_relations(
    text: str, found: list[Any], sentences: list[Interval], *, phrases: bool = False
) -> list[tuple[Interval | None, Interval, Interval | None]]:
    """(source span, cue span, content span) for each extraction, as described in the module doc.
    ``phrases``: the source noun phrase and the attributing predicate alone, as our own set's
    guidelines mark them ("His lawyer, Ana Brask", "said"), instead of PolNeAR's extents ("His
    lawyer, Ana Brask,", "said in an interview")."""
    from consistency.extract.attributions import cue_predicate_end, source_phrase_end

    relations = []
    for e in found:
        sentence = next(((s, t) for s, t in sentences if s <= e.start < t), (e.start, e.end))
        value = e.value
        # The extractor's own source span when it gives one (the mention as written, title included:
        # "Rep. Jane Doe"); the normalized source name need not appear in the text as such.
        source = _trim(text, e.source_start, e.source_end) if getattr(e, "source_end", 0) > getattr(e, "source_start", 0) else None
        if source and phrases:
            source = (source[0], source_phrase_end(text, *source))
        elif source and "," in text[source[0] : source[1]] and text[source[1] : source[1] + 1] == ",":
            source = (source[0], source[1] + 1)  # PolNeAR closes an appositive source with its comma
        source = source or _locate(text, getattr(value, "source", ""), e.start, e.end) or _locate(
            text, getattr(value, "source", ""), *sentence
        )
        # The extractor's own cue span when it gives one (the cue as written: "has also said",
        # "said in an interview", "pointed out"), else the cue word located in the phrase.
        cue = (e.cue_start, e.cue_end) if getattr(e, "cue_end", 0) > getattr(e, "cue_start", 0) else None
        cue = cue or _locate(text, getattr(value, "cue", ""), e.start, e.end) or (e.start, e.end)
        if phrases:
            cue = (cue[0], cue_predicate_end(text, *cue))
        if getattr(e, "content_end", 0) > getattr(e, "content_start", 0):
            content: Interval | None = (e.content_start, e.content_end)  # the extractor's own reading
        else:
            before = _trim(text, sentence[0], e.start)
            after = _trim(text, e.end, max(sentence[1], e.end))
            sides = [s for s in (before, after) if s]
            content = max(sides, key=lambda s: s[1] - s[0]) if sides else None
        relations.append((source, cue, content))
        for link_start, link_end, link_cue_start, link_cue_end in getattr(e, "links", ()):
            # "..., citing two officials": a relay link is an attribution of its own (its source, its
            # cue, the same content), as PolNeAR and our own guidelines count it
            relations.append((_trim(text, link_start, link_end), (link_cue_start, link_cue_end), content))
    return relations


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
_SUBORDINATORS = frozenset({"what", "why", "how", "because", "when", "whether", "if"})


def _restates_its_speaker(text: str, inner: Any, found: list[Any]) -> bool:
    """PolNeAR gives each token to one attribution: "Brask said the levy was what he called a
    tax" is one relation, the inner "he called" part of its content. True for a match whose source
    is a pronoun opening a subordinate clause (what, why, how, because, when, whether, if) inside
    the content of a match credited to the same source. (A clause joined by "but he said" is a
    relation of its own; so is any inner match of another source.)"""
    source = text[inner.source_start : inner.source_end]
    if source.lower() not in _PRONOUNS:
        return False
    before = text[max(0, inner.source_start - 12) : inner.source_start].split()
    if not before or before[-1].lower() not in _SUBORDINATORS:
        return False
    return any(
        outer is not inner and outer.content_start <= inner.cue_start and inner.cue_end <= outer.content_end
        and outer.value.source == inner.value.source
        for outer in found
    )


def _opens_anothers_content(text: str, inner: Any, found: list[Any]) -> bool:
    """PolNeAR gives each token to one attribution, so the clause a cue reports is content only:
    in "Brask said they had argued for the levy" the inner "they had argued" is part of what Brask
    said, never a relation of its own. True for a match whose source opens the content of an
    earlier match (right after its cue, or after "that") and whose cue lies inside that content.
    The extractor keeps such matches (a chain or a claim may use them); the scoring leaves them
    out, as it leaves out the restated speakers of :func:`_restates_its_speaker`."""
    if inner.source_end <= inner.source_start or inner.source_start > inner.cue_start:
        return False
    for outer in found:
        if outer is inner or outer.cue_start >= inner.cue_start or not (
            outer.content_start <= inner.source_start and inner.cue_end <= outer.content_end
        ):
            continue
        gap = text[outer.content_start : inner.source_start].strip().lower()
        if gap in ("", "that"):
            return True
    return False


def _match_relations(gold: list[tuple[Interval | None, Interval, Interval]], system: list[tuple[Interval | None, Interval, Interval | None]]) -> int:
    used: set[int] = set()
    hits = 0
    for g_source, g_cue, g_content in gold:
        for j, (s_source, s_cue, s_content) in enumerate(system):
            if j in used or s_content is None or not overlap(g_cue, s_cue) or not overlap(g_content, s_content):
                continue
            if g_source is not None and (s_source is None or not overlap(g_source, s_source)):
                continue
            used.add(j)
            hits += 1
            break
    return hits


def find_attributions(text: str) -> list[Any]:
    from consistency.extract.attributions import find_attributions as found

    return found(text)


def score_split(docs: list[BratDoc], published: dict[str, str], *, phrases: bool = False) -> dict[str, PRF]:
    """Source, cue, content and relation P/R/F1 over ``docs`` (``phrases``: see ``system_relations``)."""
    from consistency.text import split_sentences

    extract = extractor("attribution")
    try:  # the extractor's entry point that keeps the source and cue spans apart
        from consistency.extract.attributions import ALL_KINDS
        from consistency.extract.attributions import find_attributions as spans_of
    except ImportError:
        spans_of = None
    totals = {f"{role}_{mode}": PRF(0, 0, 0) for role in ("source", "cue", "content") for mode in ("exact", "overlap")}
    totals["relation"] = PRF(0, 0, 0)
    for doc in progress(docs, "polnear", len(docs)):
        sentences = split_sentences(doc.text)
        # PolNeAR counts what a source wants or committed to and the documents it made public as
        # attributions: the intentions and acts the claims engine never takes are asked for here
        found = spans_of(doc.text, sentences, kinds=ALL_KINDS) if spans_of else extract(doc.text, context(parse_when(published.get(doc.id)), tuple(sentences)))
        found = [e for e in found if getattr(e.value, "cue", "") != "quote"]
        if spans_of:
            found = [e for e in found if not _restates_its_speaker(doc.text, e, found)]
            found = [e for e in found if not _opens_anothers_content(doc.text, e, found)]
        ours = system_relations(doc.text, found, sentences, phrases=phrases)
        gold_by_role = {
            role: [(s.start, s.end) for s in doc.spans.values() if s.label == role.capitalize()]
            for role in ("source", "cue", "content")
        }
        ours_by_role = {
            # one mention is one source span, however many cues share it ("said, adding")
            "source": sorted({r[0] for r in ours if r[0]}),
            "cue": [r[1] for r in ours],
            "content": [r[2] for r in ours if r[2]],
        }
        for role in ("source", "cue", "content"):
            totals[f"{role}_exact"] += span_prf(gold_by_role[role], ours_by_role[role], "strict")  # type: ignore[arg-type]
            totals[f"{role}_overlap"] += span_prf(gold_by_role[role], ours_by_role[role], "relaxed")  # type: ignore[arg-type]
        gold_relations = []
        for relation in doc.relations:
            cue, content = doc.role_span(relation, "Cue"), doc.role_span(relation, "Content")
            if cue is None or content is None:
                continue
            source = doc.role_span(relation, "Source")
            gold_relations.append(((source.start, source.end) if source else None, (cue.start, cue.end),
                                   (content.start, content.end)))
        hits = _match_relations(gold_relations, ours)
        totals["relation"] += PRF(hits, len(ours) - hits, len(gold_relations) - hits)
    return totals


def meantime_speech(data: Path) -> tuple[PRF, PRF, Accuracy, int]:
    """MEANTIME speech events: event mentions of SPEECH_COGNITIVE instances are the gold cues, the
    Arg0 participant of each the gold speaker. Scored where events are annotated (up to the last
    sentence holding an event mention). Returns cue P/R/F1 (overlap, exact), speaker accuracy on
    matched cues that have a gold speaker, and the number of documents."""
    from benchmarks.loaders.cat import parse_cat
    from benchmarks.loaders.meantime import MEANTIME_DIR
    from benchmarks.metrics import match_spans

    cue_overlap, cue_exact, speaker = PRF(0, 0, 0), PRF(0, 0, 0), Accuracy(0, 0)
    files = sorted((data / MEANTIME_DIR).glob("corpus_*/*.xml"))
    for path in files:
        cat = parse_cat(path)
        speech_instances = {m for m, attrs in cat.instances.items() if attrs.get("class") == "SPEECH_COGNITIVE"}
        speech = {r.sources[0] for r in cat.relations if r.tag == "REFERS_TO" and r.sources and r.targets
                  and r.targets[0] in speech_instances}
        arg0 = {r.sources[0]: r.targets[0] for r in cat.relations
                if r.tag == "HAS_PARTICIPANT" and r.attrs.get("sem_role") == "Arg0" and r.sources and r.targets}
        events = [m for m in cat.mentions.values() if m.tag == "EVENT_MENTION"]
        if not events:
            continue
        last = max(e.end for e in events)
        end = next((e for _, e in sorted(cat.sentences.values()) if e >= last), len(cat.text))
        gold = [cat.mentions[m] for m in speech if m in cat.mentions]
        found = [f for f in find_attributions(cat.text) if f.cue_start < end and f.value.cue != "quote"]
        gold_cues = [(g.start, g.end) for g in gold]
        # MEANTIME marks the event word alone ("said"), not the cue as written ("has also said")
        ours = [_locate(cat.text, f.value.cue.split()[-1], f.cue_start, f.cue_end) or (f.cue_start, f.cue_end)
                for f in found]
        cue_overlap += span_prf(gold_cues, ours, "relaxed")
        cue_exact += span_prf(gold_cues, ours, "strict")
        for gi, si in match_spans(gold_cues, ours, "relaxed"):
            who = cat.mentions.get(arg0.get(gold[gi].m_id, ""))
            if who is None:
                continue
            f = found[si]
            hit = f.source_end > f.source_start and overlap((who.start, who.end), (f.source_start, f.source_end))
            speaker += Accuracy(1 if hit else 0, 1)
    return cue_overlap, cue_exact, speaker, len(files)


def _own_doc(text: OwnText) -> BratDoc:
    """One invented text as a PolNeAR-like document: one Source span per mention however many cues share
    it, one Cue span per cue, no Content (so only the source and cue figures of ``score_split`` mean anything)."""
    ids: dict[tuple[str, int, int], str] = {}
    for a in text.attributions:
        for label, span in (("Cue", a.cue), ("Source", a.source)):
            if span is not None:
                ids.setdefault((label, *span), f"T{len(ids) + 1}")
    spans = {i: BratSpan(i, label, ((start, end),), text.text[start:end]) for (label, start, end), i in ids.items()}
    relations = tuple(
        BratRelation(f"R{n}", {"Cue": ids[("Cue", *a.cue)]} | ({"Source": ids[("Source", *a.source)]} if a.source else {}))
        for n, a in enumerate(text.attributions, 1)
    )
    return BratDoc(text.id, text.text, spans, relations)


def own_rows(texts: list[OwnText] | None = None) -> list[Row]:
    """Our invented texts (``benchmarks/own/extractors.yaml``), scored as PolNeAR is (``score_split``):
    source and cue spans, exact and overlapping, read as the set's guidelines mark them (the source
    noun phrase and the predicate, ``phrases``)."""
    texts = load_own() if texts is None else texts
    totals = score_split([_own_doc(t) for t in texts], {t.id: t.published or "" for t in texts}, phrases=True)
    scope = f" ({len(texts)} texts)"
    return [
        Row("attributions", f"attributions.own.{role}_{mode}_f1", f"own invented set: {role} F1 ({mode})" + scope,
            totals[f"{role}_{mode}"].f1, totals[f"{role}_{mode}"].counts_with_rates())
        for role in ("source", "cue") for mode in ("exact", "overlap")
    ]


def run(data: Path, quick: bool) -> list[Row]:
    published = _published(data)
    rows: list[Row] = []
    if (data / "meantime").exists():
        cue_overlap, cue_exact, speaker, n = meantime_speech(data)
        rows += [
            Row("attributions", "attributions.meantime.cue_overlap_f1", f"MEANTIME speech events ({n} docs): cue F1 (overlap)",
                cue_overlap.f1, cue_overlap.counts()),
            Row("attributions", "attributions.meantime.cue_exact_f1", "MEANTIME speech events: cue F1 (exact)",
                cue_exact.f1, cue_exact.counts()),
            Row("attributions", "attributions.meantime.speaker_accuracy", "MEANTIME speech events: speaker accuracy (matched cues with an Arg0)",
                speaker.value, speaker.counts()),
        ]
    for split, label in (("dev", "PolNeAR dev (tuning)"), ("test", "PolNeAR test")):
        totals = score_split(load_polnear(data, split), published)
        for key, prf in totals.items():
            role, _, mode = key.partition("_")
            name = f"{label}: {role} F1" + (f" ({mode})" if mode else "")
            rows.append(Row("attributions", f"attributions.{split}.{key}_f1", name, prf.f1, prf.counts()))
        if split == "dev" and not quick:
            rows += _cross_validated(data)
    return rows + _agreement(data) + own_rows()


def _agreement(data: Path) -> list[Row]:
    """The annotators scored against each other on the texts several of them read: the level the
    extractor's cue and source figures are measured against (not gated: a property of the data)."""
    from benchmarks.attribution_errors import agreement
    from benchmarks.train_attribution_model import _every_annotator

    rows = []
    for split in ("annotator-training", "dev"):
        readings = [texts for texts in _every_annotator(data, split) if len(texts) > 1]
        if not readings:
            continue
        pairs = sum(len(t) * (len(t) - 1) for t in readings)
        scores = agreement(readings)
        for key in ("cue_exact", "source_overlap"):
            role, _, mode = key.partition("_")
            rows.append(Row("attributions", f"attributions.agreement_{split.replace('-', '_')}.{key}_f1",
                            f"PolNeAR annotators against each other ({split}, {len(readings)} texts, {pairs} ordered pairs): {role} F1 ({mode})",
                            scores[key].f1, scores[key].counts(), gated=False))
    return rows


def _cross_validated(data: Path) -> list[Row]:
    from benchmarks.train_attribution_model import Settings, cross_validate

    settings = Settings()
    _, learned = cross_validate(data, settings)
    return [
        Row("attributions", f"attributions.dev_cv.{key}_f1",
            f"PolNeAR dev, cross-validated ({settings.folds} folds, learned cues held out): {key.partition('_')[0]} F1"
            + (f" ({key.partition('_')[2]})" if "_" in key else ""), prf.f1, prf.counts())
        for key, prf in learned.items()
    ]
