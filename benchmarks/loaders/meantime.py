"""MEANTIME (CAT XML): TIMEX3 with values and the creation time, VALUE spans (money, quantity, percent).

Sentence 0 is the headline and sentence 1 the date line; both are kept, as in the corpus.
MEANTIME tags times and values only in the headline and the first five sentences (sentences 0-5;
entities and events go further): ``Doc.meta["annotated_end"]`` is where that part of the text ends,
so a scorer does not count as false what was never annotated.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.loaders import Doc, Span
from benchmarks.loaders.cat import parse_cat

MEANTIME_DIR = "meantime/data/meantime_newsreader_english_oct15/intra_cross-doc_annotation"
ANNOTATED_SENTENCES = 6  # headline, date line and four more: the span of the TIMEX3 and VALUE layers


def meantime_doc(path: str | Path) -> Doc:
    cat = parse_cat(path)
    spans: list[Span] = []
    dct: str | None = None
    for m in cat.mentions.values():
        if m.tag not in ("TIMEX3", "VALUE"):
            continue
        kind = m.attrs.get("type", "")
        value = m.attrs.get("value") or None
        if m.tag == "TIMEX3" and m.attrs.get("functionInDocument") == "CREATION_TIME":
            dct = value
        label = f"TIMEX3:{kind}" if m.tag == "TIMEX3" else f"VALUE:{kind}"
        attrs = tuple(sorted((k, v) for k, v in m.attrs.items() if k in ("functionInDocument", "type")))
        spans.append(Span(m.start, m.end, label, value, m.m_id, attrs))
    spans.sort(key=lambda s: (s.start, s.end))
    ends = sorted(end for _, end in cat.sentences.values())
    annotated_end = ends[ANNOTATED_SENTENCES - 1] if len(ends) >= ANNOTATED_SENTENCES else len(cat.text)
    meta = {"corpus": Path(path).parent.name, "annotated_end": str(annotated_end)}
    return Doc(Path(path).stem, cat.text, tuple(spans), dct, meta)


def load_meantime(data: str | Path) -> list[Doc]:
    files = sorted((Path(data) / MEANTIME_DIR).glob("corpus_*/*.xml"))
    return [meantime_doc(p) for p in files]
