"""Two invented reports of one day run through the engine, for tests that weigh one pair of figures or credits: the first
published at noon, the second in the evening, so that the evening's is the later report."""

from __future__ import annotations

import datetime as dt

from consistency.engine import run_articles
from consistency.model import Article


def verdicts(first: str, second: str, kind: str) -> list[tuple[str, str | None]]:
    """The status and cause of each finding of one kind ("figure", "attribution") of the two reports."""
    result = run_articles([
        Article(id="a", path="a.md", outlet="Zyndra Courier", body=first, published=dt.datetime(2047, 3, 4, 12, 30)),
        Article(id="b", path="b.md", outlet="Plovhar Post", body=second, published=dt.datetime(2047, 3, 4, 19, 0)),
    ])
    return [(f.status, f.cause) for f in result.findings if f.kind == kind]


def figure_verdicts(first: str, second: str) -> list[tuple[str, str | None]]:
    """The status and cause of each figure finding of the two reports."""
    return verdicts(first, second, "figure")


def figure_statuses(first: str, second: str) -> list[str]:
    """The statuses of the figure findings of the two reports."""
    return [status for status, _ in figure_verdicts(first, second)]
