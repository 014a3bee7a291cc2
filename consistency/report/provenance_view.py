"""Provenance of one event -> the small graph the HTML report draws: outlets on the left, the
origins their story rests on at the right, one line per credit (dashed when the origin is
unnamed). Coordinates are computed here so the template only loops; the SVG is inline, with no
script, and every label goes through Jinja's autoescaping.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.model import Credit, Provenance

ROW = 22  # pixels per row
WIDTH = 640
LABEL_CHARS = 34  # longer labels are cut with an ellipsis; the full text is in the tooltip


@dataclass(frozen=True)
class Node:
    label: str
    full: str
    y: int
    named: bool = True


@dataclass(frozen=True)
class Edge:
    y1: int
    y2: int
    title: str  # the chain, outlet to origin
    named: bool


@dataclass(frozen=True)
class OriginRow:
    name: str
    named: bool
    outlets: str


@dataclass(frozen=True)
class ProvenanceView:
    summary: str
    width: int
    height: int
    outlets: tuple[Node, ...]
    origins: tuple[Node, ...]
    edges: tuple[Edge, ...]
    rows: tuple[OriginRow, ...]
    notice: str | None


def _cut(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _leads_to(credit: Credit, origin: str) -> bool:
    """The chain reaches the origin: it names it past the outlet, or ends in the informants that
    the origin ("officials (via Dravik Daily)") stands for."""
    chain = credit.chain
    if origin in chain[1:]:
        return True
    return not credit.named and origin.startswith(chain[-1] + " (via ") and origin[:-1].endswith(tuple(chain[:-1]))


def provenance_view(p: Provenance) -> ProvenanceView:
    outlets = [Node(_cut(o.outlet), o.outlet, ROW * n + ROW // 2 + 2) for n, o in enumerate(p.outlets)]
    origins = [Node(_cut(g.name), g.name, ROW * n + ROW // 2 + 2, g.named) for n, g in enumerate(p.origins)]
    y_of_origin = {g.name: node.y for g, node in zip(p.origins, origins, strict=True)}
    named_of = {g.name: g.named for g in p.origins}
    edges: list[Edge] = []
    for o, node in zip(p.outlets, outlets, strict=True):
        for name in o.origins:
            if name not in y_of_origin:
                continue
            chains = [" ← ".join(c.chain) for c in o.credits if _leads_to(c, name)]
            title = "; ".join(dict.fromkeys(chains)) or (f"{o.outlet}: own reporting" if name == o.outlet else name)
            edges.append(Edge(node.y, y_of_origin[name], title, named_of[name]))
    rows = tuple(
        OriginRow(g.name, g.named, ", ".join(sorted({o.outlet for o in p.outlets if o.article_id in g.article_ids})))
        for g in p.origins
    )
    copies = p.articles - p.independent_articles
    summary = (
        f"{p.articles} article{'s' if p.articles != 1 else ''}"
        + (f" ({copies} wire cop{'ies' if copies != 1 else 'y'} counted once)" if copies else "")
        + f", {len(p.origins)} independent origin{'s' if len(p.origins) != 1 else ''}"
    )
    notice = f"Most outlets rest on one origin: {p.single_origin}" if p.single_origin else None
    height = ROW * max(len(outlets), len(origins), 1) + 8
    return ProvenanceView(summary, WIDTH, height, tuple(outlets), tuple(origins), tuple(edges), rows, notice)
