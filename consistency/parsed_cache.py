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
from collections.abc import Sequence
from typing import Any

from consistency.cache import Cache
from consistency.model import Article

NAMESPACE = "parsed"
FOLDERS = "parsed-folders"  # one entry per folder read whole: its files' parses (``ParsedCache.begin``)
MIN_FOLDER = 32  # files read at once from which they have a folder entry
_FIELDS = ("outlet", "title", "url", "published", "language", "provenance", "published_precision", "body_line")


class ParsedCache:
    """Get and put parsed text articles by file content; ``salt`` names the tool (its source digest).

    A folder read whole (``begin`` ... ``end``) also has one entry holding every file's parse, by the
    same content keys: a warm run or a check then opens one entry, not one per file (ten thousand
    opens and reads were half of reading a 10,000-article repository back). That entry is found by
    the files' names inside the folders given, but what it holds is used only under the key of a
    file's own content, and checked as any entry is: a folder whose files changed (or another
    folder of the same names) finds its parses missing, never wrong."""

    def __init__(self, cache: Cache, salt: str) -> None:
        self.cache = cache
        self.salt = salt
        self._pack_key: str | None = None
        self._pack: dict[str, Any] = {}  # content key -> parse, from the folder's entry
        self._parses: dict[str, Any] = {}  # content key -> parse, of the files read since ``begin``

    def begin(self, names: Sequence[str]) -> None:
        """The files about to be read, in order, by their paths inside the folders given (a moved
        checkout finds its entry): the folder's entry is read when they are many."""
        self._pack_key, self._pack, self._parses = None, {}, {}
        if len(names) < MIN_FOLDER:
            return
        listing = "\0".join(names)
        self._pack_key = hashlib.sha256(f"{FOLDERS}\0{self.salt}\0{listing}".encode()).hexdigest()
        pack = self.cache.get(self._pack_key, namespace=FOLDERS)
        if isinstance(pack, dict):
            self._pack = pack

    def end(self) -> None:
        """The files are read: the folder's entry is written again when they were not all in it."""
        if self._pack_key is not None and self._parses and self._parses.keys() != self._pack.keys():
            self.cache.put(self._pack_key, self._parses, namespace=FOLDERS)
        # The files' own entries stay as long as the folder's serves them: a folder that gains a file
        # has another entry, and its other files are then read from their own.
        self.cache.mark_used(self._parses.keys() & self._pack.keys(), NAMESPACE)
        self._pack_key, self._pack, self._parses = None, {}, {}

    def key(self, data: bytes, folder: str | None, markdown: bool) -> str:
        """What parsing reads: the bytes, the folder (which may name the outlet) and the kind of file;
        not the path or id, which the article is given afresh (a moved checkout hits)."""
        head = "\0".join((NAMESPACE, self.salt, folder or "", str(markdown))).encode()
        return hashlib.sha256(head + b"\0" + data).hexdigest()

    def get(self, key: str, text: str, path: str, article_id: str) -> Article | None:
        payload = self._pack.get(key)
        if payload is None:
            payload = self.cache.get(key, namespace=NAMESPACE)
        try:
            article = _article(payload, text, path, article_id)
        except (TypeError, ValueError, KeyError):
            return None
        if article is not None and self._pack_key is not None:
            self._parses[key] = payload
        return article

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
        if self._pack_key is not None:
            self._parses[key] = values


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
