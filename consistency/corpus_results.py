"""The corpus-wide stages (wire copies, grouping into events, provenance) reused when the corpus is unchanged.

Unlike alignment, these stages read every article at once: which articles copy each other, which
tell one event and whose sources have one name depend on the whole corpus. Their results are a
pure function of the articles in run order (ids and content, as the extraction cache keys each
one), the grouping and copy options and the tool, so the key hashes exactly that: re-running an
unchanged corpus reads them back; adding, removing, editing or reordering an article computes
them again. Fact ids are numbered per run, but over the same articles in the same order they are
the same, so an entry stores them as they are. A corrupt or foreign entry is recomputed, never trusted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from consistency import model
from consistency.cache import Cache, CorruptEntry, decode, encode

NAMESPACE = "corpus"
_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (model.Event, model.EventEvidence, model.Provenance, model.Origin, model.OutletCredits, model.Credit)
}


def corpus_key(ids_and_keys: Sequence[tuple[str, str]], salt: str) -> str | None:
    """The key of a corpus given as (article id, extraction key) in run order; None when an article has no key."""
    if not all(key for _, key in ids_and_keys):
        return None
    text = json.dumps([list(pair) for pair in ids_and_keys], ensure_ascii=False)
    return hashlib.sha256(f"corpus\0{salt}\0{text}".encode()).hexdigest()


def cached(cache: Cache | None, key: str | None, compute: Callable[[], Any], check: Callable[[Any], bool]) -> Any:
    """``compute()`` or what the cache holds under ``key``: a tuple of model values (events, provenance,
    plain mappings as pairs) that ``check`` accepts. Without a cache or a key it just computes."""
    if cache is None or key is None:
        return compute()
    payload = cache.get(key, namespace=NAMESPACE)
    if payload is not None:
        try:
            value = decode(payload, _TYPES)
            if check(value):
                return value
        except (CorruptEntry, KeyError, TypeError, ValueError):
            pass
    value = compute()
    try:
        cache.put(key, encode(value, _TYPES), namespace=NAMESPACE)
    except TypeError:
        pass
    return value
