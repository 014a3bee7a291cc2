"""A whole corpus's extraction in one cache entry: an unchanged corpus reads its facts back at once.

The per-article entries (``corpus``) make a changed article cost one extraction; but a warm run of
an unchanged 10,000-article corpus spent a third of its time opening, unpickling and checking
10,000 of them and then sharing the equal strings, values and frames of their 170,000 facts again
(``interning``). This entry holds what the engine keeps of the extraction, as the engine kept it:
each article's title, provenance, cleaned text (when cleaning changed the body) and removals, and
every fact numbered across the run with the equal parts of facts shared (a pickle keeps an object
held twice as one object).

Its key hashes the articles in run order by id and extraction key (content, options, tool, as
``cache.article_key`` keys each one), so adding, removing, editing, renaming or reordering an
article misses it, and the run reads the per-article entries instead. An entry that does not fit
the articles (another count, a fact outside its article's text, a number out of order) is
recomputed, never trusted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from consistency.cache import Cache
from consistency.corpus import Extracted
from consistency.corpus_results import corpus_key
from consistency.model import Article, Fact, Removal

NAMESPACE = "facts"


def facts_key(articles: Sequence[Article], keys: Sequence[str], salt: str) -> str | None:
    """The entry's key: the articles' ids and extraction keys in run order (None when one has no key)."""
    return corpus_key([(a.id, k) for a, k in zip(articles, keys, strict=True)], f"facts\0{salt}")


Record = tuple[str | None, tuple[tuple[str, str], ...], str | None, tuple[Removal, ...], int]


def record(result: Extracted) -> Record:
    """What the entry keeps of one article's extraction besides its facts: its title, provenance,
    cleaned text (None when cleaning left the body as it was), removals and how many facts it has."""
    article = result.article
    text = None if result.text == article.body else result.text
    return article.title, tuple(article.provenance), text, tuple(result.removed), len(result.facts)


def store(cache: Cache, key: str, records: Sequence[Record], facts: Sequence[Fact]) -> None:
    """The articles' ``records`` (in run order) with ``facts``, their facts as the run keeps them,
    pickled straight into the entry's file (``Cache.put_now``): no copy of the entry's bytes is held."""
    cache.put_now(key, {"articles": tuple(records), "facts": tuple(facts)}, namespace=NAMESPACE)


def read(cache: Cache, key: str, articles: Sequence[Article], keys: Sequence[str]) -> list[Extracted] | None:
    """The extraction of ``articles`` (with ``keys``, their extraction keys) from the entry under
    ``key``, its facts numbered ``f1``, ``f2``, ... across the corpus; None for a missing, corrupt or
    foreign entry. The per-article entries it stands for are marked used (pruning keeps them)."""
    payload = cache.get(key, namespace=NAMESPACE)
    if payload is None:
        return None
    try:
        results = _fitted(payload, articles, keys)
    except (KeyError, TypeError, ValueError, AttributeError):
        results = None
    if results is not None:
        cache.mark_used(keys, "v1")
    return results


def _fitted(payload: object, articles: Sequence[Article], keys: Sequence[str]) -> list[Extracted] | None:
    """The entry's extraction of ``articles``, or None when it is not one ``store`` wrote for them."""
    if not isinstance(payload, dict) or set(payload) != {"articles", "facts"}:
        return None
    records, facts = payload["articles"], payload["facts"]
    if type(records) is not tuple or type(facts) is not tuple or len(records) != len(articles):
        return None
    results: list[Extracted] = []
    put = object.__setattr__
    numbers: dict[int, int] = {}  # offsets past 256 are an object each: equal ones one object (``interning``)
    number = numbers.setdefault
    at = 0
    for article, key, record in zip(articles, keys, records, strict=True):
        title, provenance, text, removed, count = record
        if not (title is None or type(title) is str) or not (text is None or type(text) is str):
            return None
        if type(provenance) is not tuple or not all(
                type(p) is tuple and len(p) == 2 and all(type(s) is str for s in p) for p in provenance):
            return None
        if type(removed) is not tuple or not all(type(r) is Removal for r in removed):
            return None
        if type(count) is not int or count < 0 or at + count > len(facts):
            return None
        body = article.body
        text = body if text is None else text
        if len(text) != len(body):
            return None
        own = facts[at : at + count]
        for n, fact in enumerate(own, start=at + 1):
            if type(fact) is not Fact or fact.id != f"f{n}" or fact.article_id != article.id:
                return None
            if body[fact.start : fact.end] != fact.text:
                return None
            put(fact, "article_id", article.id)  # the article's own string, not an equal copy
            for name in ("start", "end", "sentence_start", "sentence_end"):
                value = getattr(fact, name)
                put(fact, name, number(value, value))
        at += count
        results.append(Extracted(dataclasses.replace(article, title=title, provenance=provenance), own, text,
                                 removed, from_cache=True, key=key))
    if at != len(facts):
        return None
    return results
