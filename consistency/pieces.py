"""A huge article is extracted in pieces: paragraph-aligned stretches, each read as an article.

The extractors and the frames read a text sentence by sentence, but a few of their steps look
across a whole article (quotes and speakers, the lead's happening, a date anchoring the next),
and on a text of millions of characters those steps cost more than the sentences themselves.
Pieces of a bounded size keep the cost linear in the text, and they go to the workers like
articles, so one huge file uses every core instead of one. What a piece cannot see is what lies
in another piece: a pronoun whose speaker is named in the previous piece, a "the day before"
whose day is there. The report warns about huge articles (``report.caps.huge_articles``).

The pieces depend on the text alone, never on the number of workers: ``--jobs 1`` and
``--jobs 8`` cut one article the same way and give the same facts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from consistency.model import Article, Fact

HUGE_CHARS = 1_000_000  # an article longer than this is extracted in pieces
PIECE_CHARS = 20_000  # the most a piece holds, unless a paragraph (or a line) is longer


@dataclass(frozen=True)
class Piece:
    """A stretch of a huge article: ``article`` is the article with that stretch as its body."""

    article: Article
    text: str  # the stretch of the cleaned text (boilerplate blanked), as long as the body
    offset: int  # where the stretch starts in the whole article


def spans(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """Stretches of at most ``size`` characters covering ``text``, each ending after a blank line
    where there is one, else after a line, else after a sentence's full stop, else at a space: a
    cut inside a sentence would lose its facts or misread them."""
    size = size or PIECE_CHARS
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        window_end = start + size
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            found = text.rfind(mark, start + size // 2, window_end)
            if found >= 0:
                cut = found + len(mark)
                break
        if cut <= start:  # one unbroken run of characters: cut where the size says
            cut = window_end
        out.append((start, cut))
        start = cut
    if start < n or not out:
        out.append((start, n))
    return out


def split(article: Article, text: str, size: int | None = None) -> list[Piece]:
    """``article`` (title already inferred) and its cleaned ``text`` as pieces, in order."""
    return [
        Piece(dataclasses.replace(article, body=article.body[a:b]), text[a:b], a)
        for a, b in spans(text, size)
    ]


def shifted(facts: Iterable[Fact], offset: int) -> tuple[Fact, ...]:
    """A piece's facts with their offsets in the whole article (values hold no offsets)."""
    return tuple(
        dataclasses.replace(f, start=f.start + offset, end=f.end + offset,
                            sentence_start=f.sentence_start + offset, sentence_end=f.sentence_end + offset)
        for f in facts
    )
