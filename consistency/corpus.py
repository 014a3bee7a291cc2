"""Extraction over a whole corpus: per article, through the content cache, in any mapper.

The engine hands over its per-article stage (clean, extract, infer the title, frame); this module
reads the cache and runs the stage through a ``Mapper`` (local worker processes or a Dask cluster)
for the articles the cache misses, storing what they give.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.cache import Cache, CorruptEntry, article_key, files_digest, source_digest, with_fields
from consistency.model import Article, CleanText, Fact, Problem, Removal
from consistency.parallel import Mapper
from consistency.pieces import HUGE_CHARS, Piece, split


@dataclass(frozen=True)
class Extracted:
    """One article's extraction: the article (title inferred), its framed facts, its cleaned text."""

    article: Article
    facts: tuple[Fact, ...]
    text: str
    removed: tuple[Removal, ...]
    from_cache: bool = False
    key: str = ""  # the article's cache key (content, options, tool); "" when the run has no cache
    # What grouping recalls of it (``group.recollected_words``), read by its worker; None: not read there (a cache
    # entry, a huge article's pieces), grouping reads it itself.
    recollected: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None


# The per-article stage; given a Piece of a huge article it returns that piece's facts instead.
Stage = Callable[[Article], "Extracted | Problem"]
# A huge article cleaned and titled here, before its pieces go out (cleaning reads the whole page).
Prepare = Callable[[Article], "tuple[Article, CleanText] | Problem"]


def cache_salt(vocabulary_folder: Path, options: object = None, cache: Cache | None = None) -> str:
    """What besides the article decides its extraction: the tool's source, the vocabulary, options.
    ``cache``: the run's, which holds its source files' digests (``source_digest``)."""
    vocabulary = files_digest(vocabulary_folder.glob("*.y*ml"))
    return f"{source_digest(cache)}:{vocabulary}:{options!r}"


def to_payload(result: Extracted) -> dict[str, object]:
    """What the cache keeps of an extraction: the facts without their article's id (a renamed or
    copied file hits the same entry), the cleaned text only when cleaning changed the body."""
    body = result.article.body
    return {
        "title": result.article.title,
        "provenance": tuple(result.article.provenance),
        "facts": tuple(with_fields(f, article_id="") for f in result.facts),
        "text": None if result.text == body else result.text,
        "removed": tuple(result.removed),
    }


def from_payload(article: Article, payload: object) -> Extracted:
    """Raises CorruptEntry (or a KeyError/TypeError) when the payload is not one ``to_payload`` wrote."""
    if not isinstance(payload, dict) or set(payload) != {"title", "provenance", "facts", "text", "removed"}:
        raise CorruptEntry("payload is not an extraction")
    title, text, facts, removed, provenance = (payload["title"], payload["text"], payload["facts"],
                                               payload["removed"], payload["provenance"])
    if not (title is None or isinstance(title, str)) or not (text is None or isinstance(text, str)):
        raise CorruptEntry("title or text of the wrong type")
    if not all(isinstance(x, tuple) for x in (facts, removed, provenance)):
        raise CorruptEntry("facts, removals or provenance of the wrong type")
    if not all(type(f) is Fact for f in facts) or not all(type(r) is Removal for r in removed):
        raise CorruptEntry("facts or removals of the wrong type")
    if not all(isinstance(p, tuple) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in provenance):
        raise CorruptEntry("provenance of the wrong shape")
    text = article.body if text is None else text
    if len(text) != len(article.body) or any(article.body[f.start : f.end] != f.text for f in facts):
        raise CorruptEntry("entry does not fit the article")
    if len({id(f) for f in facts}) != len(facts):
        raise CorruptEntry("one fact twice")
    for fact in facts:  # this article's facts; each unpickled afresh, so set in place (no copy per fact)
        object.__setattr__(fact, "article_id", article.id)
    return Extracted(
        dataclasses.replace(article, title=title, provenance=provenance),
        facts,
        text,
        removed,
        from_cache=True,
    )


def cached(cache: Cache, article: Article, key: str) -> Extracted | None:
    """The cache's entry for ``article`` under ``key``, or None (a miss, or an entry that is corrupt,
    foreign or does not fit the article: it is recomputed and overwritten)."""
    payload = cache.get(key)
    if payload is None:
        return None
    try:
        return dataclasses.replace(from_payload(article, payload), key=key)
    except (CorruptEntry, KeyError, TypeError, ValueError):
        return None


def extract_corpus(
    articles: Iterable[Article],
    stage: Stage,
    mapper: Mapper,
    *,
    cache: Cache | None = None,
    salt: str = "",
    prepare: Prepare | None = None,
    keys: Sequence[str] | None = None,
) -> Iterator[Extracted | Problem]:
    """``stage`` over every article, in input order, through ``cache`` when there is one.

    The cache is read and written here, where the run was started; only the articles it misses
    go to the mapper. So a warm run sends nothing to the workers (the results would cost as much
    to send back as to read), and on a cluster the cache stays on the machine that runs the tool.
    With ``prepare``, an article longer than ``HUGE_CHARS`` goes to the mapper as pieces. ``keys``:
    the articles' cache keys (``article_key`` with ``salt``), when the caller has made them already.
    """
    if cache is None:
        yield from _mapped(stage, mapper, articles, prepare)
        return
    articles = list(articles)
    keys = [article_key(a, salt) for a in articles] if keys is None else list(keys)
    found = [cached(cache, a, k) for a, k in zip(articles, keys, strict=True)]
    computed = _mapped(stage, mapper, (a for a, hit in zip(articles, found, strict=True) if hit is None), prepare)
    for key, hit in zip(keys, found, strict=True):
        if hit is not None:
            yield hit
            continue
        result = next(computed)
        if isinstance(result, Extracted):
            cache.put(key, to_payload(result))
            result = dataclasses.replace(result, key=key)
        yield result


def _mapped(stage: Stage, mapper: Mapper, articles: Iterable[Article], prepare: Prepare | None) -> Iterator[Extracted | Problem]:
    """``stage`` over ``articles`` through ``mapper``, one result per article in input order; a huge
    article is prepared here, sent as pieces among the other articles, and its pieces joined again."""
    if prepare is None:
        yield from mapper(stage, articles)
        return
    # What each article became, in input order: the article itself (sent whole), its pieces' plan, or
    # the Problem that stopped it here (nothing sent). The mapper pulls items before it returns their
    # results, so an article's entry is always here by the time its first result is.
    plan: deque[tuple[Article, CleanText, int] | Problem | Article] = deque()

    def items() -> Iterator[Article | Piece]:
        for article in articles:
            if len(article.body) <= HUGE_CHARS:
                plan.append(article)
                yield article
                continue
            prepared = prepare(article)
            if isinstance(prepared, Problem):
                plan.append(prepared)
                continue
            titled, cleaned = prepared
            pieces = split(titled, cleaned.text)
            plan.append((titled, cleaned, len(pieces)))
            yield from pieces

    results: Iterator[object] = mapper(stage, items())  # type: ignore[arg-type]
    for result in results:
        while plan and isinstance(plan[0], Problem):
            yield plan.popleft()  # type: ignore[misc]
        entry = plan.popleft()
        if isinstance(entry, Article):
            yield _own_body(result, entry)  # type: ignore[arg-type]
            continue
        titled, cleaned, count = entry  # type: ignore[misc]
        parts = [result, *(next(results) for _ in range(count - 1))]
        yield _joined(titled, cleaned, parts)
    while plan:
        yield plan.popleft()  # type: ignore[misc]


def _own_body(result: Extracted | Problem, article: Article) -> Extracted | Problem:
    """A worker's extraction holding the body this process read, not the equal copy the worker sent back.

    The result is a fresh object of this run (unpickled from a worker or a cluster), held by nothing
    else, so it is set in place. Kept as it came, the corpus's text would be held twice here from
    extraction to the end of the run: the articles read and the articles extracted."""
    if isinstance(result, Extracted) and result.article.body is not article.body and result.article.body == article.body:
        if result.text == article.body:
            object.__setattr__(result, "text", article.body)
        object.__setattr__(result.article, "body", article.body)
    return result


def _joined(article: Article, cleaned: CleanText, parts: list[object]) -> Extracted | Problem:
    """A huge article's extraction from its pieces' facts (their offsets already the article's)."""
    for part in parts:
        if isinstance(part, Problem):
            return part
    facts = [fact for part in parts for fact in part]  # type: ignore[attr-defined]
    numbered = tuple(dataclasses.replace(f, id=f"f{n}") for n, f in enumerate(facts, start=1))
    return Extracted(article, numbered, cleaned.text, cleaned.removed)
