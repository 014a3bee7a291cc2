"""Where a fact sits in its file, as line and column: what code-scanning views, CI annotations and
spreadsheets point at.

Facts carry character offsets into the article's body; a body read from a Markdown or text file is
the end of that file (after any front matter), so its lines map to file lines from
``Article.body_line``. An HTML page's main text or a feed record's text is no stretch of its file:
those facts get the file only, never a made-up line.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from consistency.model import Article, Fact, Finding

# Files whose body is the file's own text from ``body_line`` on.
_LINE_MAPPED_SUFFIXES = (".md", ".markdown", ".txt", ".text")


@dataclass(frozen=True)
class Position:
    """1-based lines and columns (in characters); ``end_column`` is the column after the last character."""

    line: int
    column: int
    end_line: int
    end_column: int


def line_mapped(article: Article) -> bool:
    """True when the article's body lines are lines of its file."""
    return article.path == "-" or article.path.lower().endswith(_LINE_MAPPED_SUFFIXES)


class Locator:
    """Positions of facts, with each article's line starts computed once."""

    def __init__(self, articles: dict[str, Article]) -> None:
        self._articles = articles
        self._starts: dict[str, list[int]] = {}

    def position(self, fact: Fact) -> Position | None:
        article = self._articles.get(fact.article_id)
        if article is None or not line_mapped(article):
            return None
        starts = self._starts.get(article.id)
        if starts is None:
            starts = [0, *(i + 1 for i, char in enumerate(article.body) if char == "\n")]
            self._starts[article.id] = starts
        line, column = self._point(starts, fact.start)
        end_line, end_column = self._point(starts, fact.end)
        offset = article.body_line - 1
        return Position(line + offset, column, end_line + offset, end_column)

    @staticmethod
    def _point(starts: list[int], offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1


def finding_facts(finding: Finding, facts: dict[str, Fact]) -> list[Fact]:
    """The finding's facts, in its order; ids naming no fact are skipped."""
    return [facts[i] for i in finding.fact_ids if i in facts]


def outlier_first(finding: Finding, facts: list[Fact]) -> list[Fact]:
    """The facts in the order a reader should look at them: the draft's first in check mode (the
    file being edited is what is judged), else those of the smallest value group.

    In a conflict the smallest group is the odd one out ("May 13" against two "May 12"); with
    groups of equal size the finding's own order is kept.
    """
    drafted = {verdict.fact_id for verdict in finding.drafts}
    if drafted:
        return sorted(facts, key=lambda f: f.id not in drafted)
    if len(finding.groups) < 2:
        return facts
    size = {fid: len(group.article_ids) for group in finding.groups for fid in group.fact_ids}
    largest = max(size.values(), default=0)
    return sorted(facts, key=lambda f: size.get(f.id, largest))
