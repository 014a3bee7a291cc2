"""One event's findings and pair verdicts, keyed by the facts they hold: shared by the alignment tests
that run invented articles end to end (each with its own day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from consistency.engine import run_articles
from consistency.model import Article, RunResult

Published = dt.date | dt.datetime


def run_one_event(bodies: Mapping[str, str], published: Published | Mapping[str, Published]) -> RunResult:
    """The articles (id -> body, outlet "Outlet <id>"), published on one day or each on its own; they must
    group into one event."""
    result = run_articles([
        Article(
            id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body,
            published=published[key] if isinstance(published, Mapping) else published,
        )
        for key, body in bodies.items()
    ])
    assert len(result.events) == 1
    return result


def figure_text_statuses(
    bodies: tuple[str, ...], outlets: tuple[str, ...], start: dt.datetime, hours: int = 1
) -> dict[frozenset[str], str]:
    """Each pair of figure texts the tool judged in one finding -> its status, for articles published ``hours``
    apart from ``start``, the i-th by ``outlets[i]``."""
    result = run_articles([
        Article(id=f"a{i}", path=f"a{i}.md", outlet=outlets[i], body=body, published=start + dt.timedelta(hours=i * hours))
        for i, body in enumerate(bodies)
    ])
    texts = {f.id: f.text for f in result.facts}
    return {
        frozenset((texts[p.fact_ids[0]], texts[p.fact_ids[1]])): p.status
        for fi in result.findings if fi.kind == "figure"
        for p in fi.pairs
    }


def _texts(result: RunResult) -> dict[str, str]:
    return {f.id: f"{f.article_id}:{f.text}" for f in result.facts}


def finding_statuses(result: RunResult, kind: str) -> dict[tuple[str, ...], str]:
    """Each finding of ``kind``: its facts as sorted "article:text" -> its status."""
    text = _texts(result)
    return {tuple(sorted(text[i] for i in fi.fact_ids)): fi.status for fi in result.findings if fi.kind == kind}


def pair_statuses(result: RunResult, kind: str) -> dict[tuple[str, ...], str]:
    """Each pair verdict of ``kind``'s findings: its two facts as sorted "article:text" -> its status."""
    text = _texts(result)
    return {
        tuple(sorted(text[i] for i in p.fact_ids)): p.status
        for fi in result.findings if fi.kind == kind for p in fi.pairs
    }
