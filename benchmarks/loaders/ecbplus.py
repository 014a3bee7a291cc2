"""ECB+ and the Event StoryLine Corpus: documents, gold events, annotated sentences, time values.

ECB+ file ``<topic>_<n>ecb.xml`` / ``<topic>_<n>ecbplus.xml``; a gold event is the topic plus
its half (``ecb`` or ``ecbplus``). In ``ecbplus`` files sentence 0 is the tokenized source URL:
it is kept as ``url`` and left out of the text so that extractors do not read a date in it.
The Event StoryLine Corpus re-annotates 258 ``ecbplus`` files on the same tokens; its time
mentions (with TimeML ``value``) are joined onto the ECB+ document by token id.
"""

from __future__ import annotations

import csv
import functools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.loaders import Doc, Span
from benchmarks.loaders.cat import CatDoc, parse_cat

ECB_DIR = "ecbplus/ECB+_LREC2014"
ESC_DIR = "eventstoryline/annotated_data/v1.5"
_NAME = re.compile(r"^(\d{1,3})_(\d{1,3})(ecbplus|ecb)\.xml$")


@dataclass
class EcbDoc:
    name: str  # "1_10ecbplus"
    topic: str
    half: str  # "ecb" or "ecbplus"
    cat: CatDoc
    url: str | None
    annotated: frozenset[str] = frozenset()  # sentence ids that are fully annotated
    dct: str | None = None  # from the Event StoryLine Corpus when it covers the file
    times: tuple[Span, ...] = field(default_factory=tuple)  # Event StoryLine time mentions (with values)

    @property
    def gold_event(self) -> str:
        return f"{self.topic}{self.half}"


def annotated_sentences(path: str | Path) -> dict[str, frozenset[str]]:
    """``ECBplus_coreference_sentences.csv`` -> document name -> fully annotated sentence ids."""
    out: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = f"{row['Topic'].strip()}_{row['File'].strip()}"
            out.setdefault(name, set()).add(row["Sentence Number"].strip())
    return {name: frozenset(ids) for name, ids in out.items()}


def _url(path: Path) -> str | None:
    tokens = [t.text or "" for t in ET.parse(path).getroot().iter("token") if t.get("sentence") == "0"]
    url = "".join(tokens)
    return url if url.lower().startswith("http") else None


def load_ecb_doc(path: str | Path, annotated: frozenset[str] = frozenset()) -> EcbDoc:
    path = Path(path)
    match = _NAME.match(path.name)
    if not match:
        raise ValueError(f"{path}: not an ECB+ file name")
    topic, _, half = match.groups()
    drop = ("0",) if half == "ecbplus" else ()
    cat = parse_cat(path, drop_sentences=drop)
    return EcbDoc(path.name[: -len(".xml")], topic, half, cat, _url(path) if half == "ecbplus" else None, annotated)


def ecb_files(data: str | Path, topics: set[str] | None = None) -> list[Path]:
    """The ECB+ files, in a stable order (topic number, then file number, ecb before ecbplus)."""
    root = Path(data) / ECB_DIR / "ECB+"
    files = [p for p in root.glob("*/*.xml") if _NAME.match(p.name)]

    def key(p: Path) -> tuple[int, int, str]:
        t, n, h = _NAME.match(p.name).groups()  # type: ignore[union-attr]
        return int(t), int(n), h

    files.sort(key=key)
    if topics is not None:
        files = [p for p in files if _NAME.match(p.name).group(1) in topics]  # type: ignore[union-attr]
    return files


def join_storyline(doc: EcbDoc, esc_path: str | Path) -> int:
    """Attach the Event StoryLine time mentions of ``esc_path`` to ``doc`` by token id.

    Returns how many anchored tokens disagree in their text between the two files (0 when the
    tokenizations match, as the corpus promises); mentions on unknown tokens are dropped.
    """
    root = ET.parse(esc_path).getroot()
    esc_tokens = {t.get("t_id", ""): t.text or "" for t in root.iter("token")}
    mismatches = 0
    times: list[Span] = []
    markables = root.find("Markables")
    for element in markables if markables is not None else ():
        if not element.tag.startswith("TIME_"):
            continue
        if element.get("DCT") == "TRUE" and element.get("value"):
            doc.dct = element.get("value")  # even when it is anchored in the dropped URL line
        anchors = [a.get("t_id", "") for a in element.iter("token_anchor")]
        kept = [t for t in anchors if t in doc.cat.tokens]
        for t in kept:
            start, end, _ = doc.cat.tokens[t]
            if " ".join(esc_tokens.get(t, "").split()) != doc.cat.text[start:end].replace("_", ""):
                mismatches += 1
        if not kept:
            continue
        start = min(doc.cat.tokens[t][0] for t in kept)
        end = max(doc.cat.tokens[t][1] for t in kept)
        attrs = tuple(sorted(element.attrib.items()))
        span = Span(start, end, element.tag, element.get("value") or None, element.get("m_id", ""), attrs)
        times.append(span)
    doc.times = tuple(sorted(times, key=lambda s: (s.start, s.end)))
    return mismatches


def load_ecbplus(data: str | Path, topics: set[str] | None = None) -> list[EcbDoc]:
    """All ECB+ documents (or those of ``topics``), with annotated sentences and Event StoryLine times."""
    data = Path(data)
    annotated = annotated_sentences(data / ECB_DIR / "ECBplus_coreference_sentences.csv")
    docs = [load_ecb_doc(p, annotated.get(p.name[: -len(".xml")], frozenset())) for p in ecb_files(data, topics)]
    by_name = {d.name: d for d in docs}
    for esc in sorted((data / ESC_DIR).glob("*/*.xml.xml")):
        doc = by_name.get(esc.name[: -len(".xml.xml")])
        if doc is not None:
            join_storyline(doc, esc)
    return docs


def storyline_docs(docs: list[EcbDoc]) -> list[Doc]:
    """The Event StoryLine documents as plain ``Doc``s: ECB+ text, time spans with values, creation time."""
    return [
        Doc(d.name, d.cat.text, d.times, d.dct, {"topic": d.topic})
        for d in docs
        if d.times or d.dct
    ]


@functools.lru_cache(maxsize=2)
def cached_ecbplus(data: str) -> tuple[EcbDoc, ...]:
    """All of ECB+ once per run: several suites read it (parsing takes a few seconds)."""
    return tuple(load_ecbplus(data))
