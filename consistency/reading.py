"""What the tool read: each article's metadata, where each value came from, its body and the text extraction
sees (boilerplate blanked), for ``consistency read``. Answers "why was this fact not found?".

Two renderings, both pure functions of the articles: JSON Lines for machines (one object per article, keys
sorted; ``body[start:end]`` of any fact is its text, and ``text`` has the body's length, so offsets hold in
both), and plain text for a person, where each removed stretch is shown in place as
``[removed (reason): what was there]``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from consistency.clean import clean_article
from consistency.model import Article, CleanText

READ_FORMATS = ("jsonl", "text")


def article_view(article: Article, cleaned: CleanText | None = None) -> dict[str, Any]:
    """The JSON object of one article (documented in docs/json-schema.md, "consistency read")."""
    cleaned = cleaned or clean_article(article)
    return {
        "path": article.path,
        "id": article.id,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published is not None else None,
        "published_precision": article.published_precision or None,
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "provenance": dict(article.provenance),
        "body": article.body,
        "text": cleaned.text,
        "removed": [
            {"start": removal.start, "end": removal.end, "reason": removal.reason} for removal in cleaned.removed
        ],
    }


def render_jsonl(articles: Iterable[Article]) -> str:
    return "".join(json.dumps(article_view(a), ensure_ascii=False, sort_keys=True) + "\n" for a in articles)


def render_text(articles: Iterable[Article]) -> str:
    return "\n".join(_text_block(article) for article in articles)


def marked_text(article: Article, cleaned: CleanText | None = None) -> str:
    """The body with each removed stretch shown in place as ``[removed (reason): ...]``."""
    cleaned = cleaned or clean_article(article)
    pieces: list[str] = []
    at = 0
    for removal in cleaned.removed:
        pieces.append(article.body[at : removal.start])
        pieces.append(f"[removed ({removal.reason}): {article.body[removal.start : removal.end]}]")
        at = removal.end
    pieces.append(article.body[at:])
    return "".join(pieces)


def _text_block(article: Article) -> str:
    sources = dict(article.provenance)
    published = article.published.isoformat() if article.published is not None else None
    if published and article.published_precision:
        published += f" ({article.published_precision})"
    lines = [f"== {article.id} =="]
    for name, value in (("outlet", article.outlet), ("published", published), ("url", article.url),
                        ("title", article.title), ("language", article.language)):
        source = f"  [{sources[name]}]" if name in sources and value else ""
        lines.append(f"{name}: {value if value else '-'}{source}")
    if "body" in sources:
        lines.append(f"body: {sources['body']}")
    lines.append("")
    lines.append(marked_text(article).rstrip("\n"))
    return "\n".join(lines) + "\n"
