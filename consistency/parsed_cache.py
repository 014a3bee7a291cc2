"""Text articles read back from the content cache: a warm run or a check parses only what changed.

Reading a Markdown or text file means parsing its front matter and, for most files without a
publication date, searching its text for one: about half a millisecond a file, five seconds of
every warm run or pre-commit check on a repository of ten thousand articles. What that gives is
a pure function of the file's bytes, the folder it sits in (which may name the outlet) and the
tool, so the cache keeps it under a key of exactly those; the path and id are given afresh. The body is not kept: it is the end
of the file, which the run has just read. An entry is checked field by field before use; one that
does not fit is ignored, and the file parsed again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from consistency.cache import Cache
from consistency.model import Article

NAMESPACE = "parsed"
_FIELDS = ("outlet", "title", "url", "published", "language", "provenance", "published_precision", "body_line")


class ParsedCache:
    """Get and put parsed text articles by file content; ``salt`` names the tool (its source digest)."""

    def __init__(self, cache: Cache, salt: str) -> None:
        self.cache = cache
        self.salt = salt

    def key(self, data: bytes, folder: str | None, markdown: bool) -> str:
        """What parsing reads: the bytes, the folder (which may name the outlet) and the kind of file;
        not the path or id, which the article is given afresh (a moved checkout hits)."""
        head = "\0".join((NAMESPACE, self.salt, folder or "", str(markdown))).encode()
        return hashlib.sha256(head + b"\0" + data).hexdigest()

    def get(self, key: str, text: str, path: str, article_id: str) -> Article | None:
        payload = self.cache.get(key, namespace=NAMESPACE)
        try:
            return _article(payload, text, path, article_id)
        except (TypeError, ValueError, KeyError):
            return None

    def put(self, key: str, article: Article, text: str) -> None:
        body_from = len(text) - len(article.body)
        published = _published(article.published)
        if body_from < 0 or text[body_from:] != article.body or article.copy_of is not None:
            return
        if published is not None and _read_published(published) != article.published:
            return  # a time zone that an ISO string does not carry back: parsed every time
        values: dict[str, Any] = {name: getattr(article, name) for name in _FIELDS}
        values["published"] = published
        values["body_from"] = body_from
        self.cache.put(key, values, namespace=NAMESPACE)


def _published(value: dt.date | dt.datetime | None) -> tuple[str, str] | None:
    if value is None:
        return None
    return ("datetime" if isinstance(value, dt.datetime) else "date", value.isoformat())


def _read_published(value: object) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise TypeError("published of the wrong shape")
    kind, text = value
    if kind == "datetime":
        return dt.datetime.fromisoformat(text)
    if kind == "date":
        return dt.date.fromisoformat(text)
    raise ValueError("published of an unknown kind")


def _article(payload: object, text: str, path: str, article_id: str) -> Article | None:
    if not isinstance(payload, dict) or set(payload) != {*_FIELDS, "body_from"}:
        return None
    body_from = payload["body_from"]
    if type(body_from) is not int or not 0 <= body_from <= len(text):
        return None
    strings = ("outlet", "language", "published_precision")
    optional = ("title", "url")
    if not all(isinstance(payload[name], str) for name in strings):
        return None
    if not all(payload[name] is None or isinstance(payload[name], str) for name in optional):
        return None
    provenance = payload["provenance"]
    if not (isinstance(provenance, tuple)
            and all(isinstance(p, tuple) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in provenance)):
        return None
    if type(payload["body_line"]) is not int or payload["body_line"] < 1:
        return None
    return Article(
        id=article_id,
        path=path,
        outlet=payload["outlet"],
        body=text[body_from:],
        title=payload["title"],
        url=payload["url"],
        published=_read_published(payload["published"]),
        language=payload["language"],
        provenance=provenance,
        published_precision=payload["published_precision"],
        body_line=payload["body_line"],
    )
