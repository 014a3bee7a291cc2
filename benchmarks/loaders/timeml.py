"""TempEval-3 TimeML (``.tml``): the ``<TEXT>`` with tags stripped, TIMEX3 spans with type and value.

The creation time is the TIMEX3 with ``functionInDocument="CREATION_TIME"`` (inside ``<DCT>``,
outside the text); it becomes ``Doc.dct`` and is not a span of the text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from benchmarks.loaders import Doc, Span

TEMPEVAL_DIR = "tempeval3/data/TempEval3"
PLATINUM = "Evaluation/te3-platinum"
TBAQ = ("Training/TBAQ-cleaned/TimeBank", "Training/TBAQ-cleaned/AQUAINT")


def _walk(element: ET.Element, parts: list[str], spans: list[Span], offset: list[int]) -> None:
    """Append the element's text and children in document order, recording TIMEX3 offsets."""
    start = offset[0]
    if element.text:
        parts.append(element.text)
        offset[0] += len(element.text)
    for child in element:
        _walk(child, parts, spans, offset)
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)
    if element.tag == "TIMEX3":
        attrs = tuple(sorted((k, v) for k, v in element.attrib.items() if k in ("type", "functionInDocument", "tid")))
        spans.append(Span(start, offset[0], element.get("type", ""), element.get("value") or None, element.get("tid", ""), attrs))


def parse_tml(source: str | Path, doc_id: str | None = None) -> Doc:
    """Read a ``.tml`` file (or its XML given as a string starting with ``<``)."""
    if isinstance(source, str) and source.lstrip().startswith("<"):
        root = ET.fromstring(source)
        name = doc_id or ""
    else:
        root = ET.parse(source).getroot()
        name = doc_id or Path(source).stem
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    spans: list[Span] = []
    if text_el is not None:
        # The TEXT element's own text is walked from offset 0 (the tag itself is not text).
        _walk(text_el, parts, spans, [0])
    spans.sort(key=lambda s: (s.start, s.end))
    return Doc(name, "".join(parts), tuple(spans), dct)


def load_tempeval(data: str | Path, which: str) -> list[Doc]:
    """``which`` is ``platinum`` (the test set) or ``tbaq`` (training: TimeBank and AQUAINT)."""
    root = Path(data) / TEMPEVAL_DIR
    folders = [PLATINUM] if which == "platinum" else list(TBAQ)
    files = sorted(p for folder in folders for p in (root / folder).glob("*.tml"))
    return [parse_tml(p) for p in files]
