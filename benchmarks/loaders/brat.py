"""PolNeAR brat standoff: ``.ann`` spans (Source, Cue, Content; character offsets) and Attribution relations.

A span may be discontinuous (``start end;start end``): we keep its fragments and its hull.
Several annotators may have annotated one text (``<name>_<annotator>.ann``): ``load_polnear``
scores against one file per text, the first annotator in sorted order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

POLNEAR_DIR = "polnear/data"


@dataclass(frozen=True)
class BratSpan:
    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return min(s for s, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.fragments)


@dataclass(frozen=True)
class BratRelation:
    id: str
    roles: dict[str, str]  # role -> span id: "Attribution", "Source", "Cue", "Content"


@dataclass(frozen=True)
class BratDoc:
    id: str
    text: str
    spans: dict[str, BratSpan]
    relations: tuple[BratRelation, ...]

    def role_span(self, relation: BratRelation, role: str) -> BratSpan | None:
        span_id = relation.roles.get(role)
        return self.spans.get(span_id) if span_id else None


def parse_ann(ann: str) -> tuple[dict[str, BratSpan], tuple[BratRelation, ...]]:
    spans: dict[str, BratSpan] = {}
    relations: list[BratRelation] = []
    for line in ann.splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        if ident.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            fragments = tuple(
                (int(a), int(b)) for a, b in (frag.split() for frag in offsets.split(";") if frag.strip())
            )
            spans[ident] = BratSpan(ident, label, fragments, fields[2] if len(fields) > 2 else "")
        elif ident.startswith("E") and len(fields) >= 2:
            roles: dict[str, str] = {}
            for part in fields[1].split():
                role, _, target = part.partition(":")
                roles[role.rstrip("0123456789")] = target
            relations.append(BratRelation(ident, roles))
    return spans, tuple(relations)


def load_brat(text_path: str | Path, ann_path: str | Path) -> BratDoc:
    # newline="" keeps "\r\n" as two characters: brat offsets count every character of the file.
    with open(text_path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    with open(ann_path, encoding="utf-8", newline="") as handle:
        spans, relations = parse_ann(handle.read())
    return BratDoc(Path(text_path).stem, text, spans, relations)


def load_polnear(data: str | Path, split: str) -> list[BratDoc]:
    """``split`` is ``dev`` or ``test``; one annotation file per text (the first annotator by name)."""
    root = Path(data) / POLNEAR_DIR / split
    docs: list[BratDoc] = []
    for text_path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{text_path.stem}_*.ann"))
        if anns:
            docs.append(load_brat(text_path, anns[0]))
    return docs
