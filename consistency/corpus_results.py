"""The corpus-wide stages (wire copies, grouping into events, provenance) reused when the corpus is unchanged,
and the per-article half of grouping reused whenever the article is.

Unlike alignment, these stages read every article at once: which articles copy each other, which
tell one event and whose sources have one name depend on the whole corpus. Their results are a
pure function of the articles in run order (ids and content, as the extraction cache keys each
one), the grouping and copy options and the tool, so the key hashes exactly that: re-running an
unchanged corpus reads them back; adding, removing, editing or reordering an article computes
them again. Fact ids are numbered per run, but over the same articles in the same order they are
the same, so an entry stores them as they are. A corrupt or foreign entry is recomputed, never trusted.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from typing import Any

from consistency import model
from consistency.cache import Cache, article_key
from consistency.copies import CopyOptions, Signature, signature
from consistency.group import GroupingOptions, TextFeatures, feature_options, published_day, text_features
from consistency.neighbours import neighbourhood
from consistency.parallel import Mapper

NAMESPACE = "corpus"
WORDS = "words"  # a repository's words, for the checks against it (``put_words``)
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
    value = cache.get(key, namespace=NAMESPACE, types=_TYPES)
    if value is not None:
        try:
            if check(value):
                return value
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    value = compute()
    cache.put(key, value, namespace=NAMESPACE)
    return value


def cached_meanwhile(
    cache: Cache | None, key: str | None, compute: Callable[[], Any], check: Callable[[Any], bool]
) -> Callable[[], Any]:
    """``cached``, with ``compute()`` run in a thread while the caller goes on; call what it returns for
    the value (it waits for the thread, stores the value and raises what ``compute`` raised).

    For a stage this process runs while its workers run another: it mostly waits on them then, and a
    corpus-wide stage such as provenance no longer waits for the workers to finish before it starts.
    The cache is read and written in the caller's thread only; ``compute`` must not touch it.
    """
    if cache is not None and key is not None:
        value = cache.get(key, namespace=NAMESPACE, types=_TYPES)
        if value is not None:
            try:
                if check(value):
                    return lambda: value
            except (KeyError, TypeError, ValueError, AttributeError):
                pass
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="meanwhile")
    future = pool.submit(compute)
    pool.shutdown(wait=False)

    def result() -> Any:
        computed = future.result()
        if cache is not None and key is not None:
            cache.put(key, computed, namespace=NAMESPACE)
        return computed

    return result


def text_features_cached(
    articles: Sequence[model.Article],
    texts: Mapping[str, str],
    keys: Mapping[str, str],
    options: GroupingOptions,
    cache: Cache | None,
    mapper: Mapper,
) -> list[TextFeatures]:
    """Each article's grouping ``TextFeatures`` (see ``per_article``)."""
    work = functools.partial(_compute_features, options=options)
    return per_article(articles, texts, keys, cache, mapper, namespace="features",
                       salt=repr(feature_options(options)), work=work, read=_features,
                       keep=functools.partial(_shared, pool={}))


def _shared(features: TextFeatures, pool: dict[object, Any] | None = None) -> TextFeatures:
    """The same features, each word one string shared by every article that has it: features come
    from workers or the cache as fresh strings per article, and words were two thirds of their
    memory (120,000 words of the 982 ECB+ articles, 18,000 distinct). With ``pool`` (one for the
    run), equal weights and equal spelling counts ({"Brask": 1}, the most of a name's) are one
    object too: grouping only reads them. A weight of zero is left alone (0.0 and -0.0 are equal)."""
    intern = sys.intern
    pool = {} if pool is None else pool
    share = pool.setdefault
    spellings = {}
    for w, spelled in features.spellings.items():
        counted = tuple((intern(s), n) for s, n in spelled.items())
        spellings[intern(w)] = pool.get(counted) or share(counted, dict(counted))
    # The readings are mostly empty or one of a few sets: equal ones are one object too.
    return dataclasses.replace(
        features,
        words={intern(w): share(v, v) if v else v for w, v in features.words.items()},
        names={intern(w): v for w, v in features.names.items()},
        spellings=spellings,
        **{name: share(getattr(features, name), getattr(features, name)) for name in _SHARED_READINGS},
    )


_SHARED_READINGS = ("told", "streets", "all_streets", "named", "numbered", "lead_names", "name_words")


def draft_neighbourhood(
    articles: Sequence[model.Article],
    draft_ids: Sequence[str],
    options: GroupingOptions,
    cache: Cache | None,
    mapper: Mapper,
    salt: str,
    work: Callable[[tuple[model.Article, str]], TextFeatures],
) -> list[model.Article]:
    """The drafts and the sources their blocking keys reach (``neighbours``), in input order.

    The neighbourhood is chosen from each article's grouping features, the very entries grouping
    reads (an audit or an earlier check leaves them in the cache); ``work`` makes an article's
    features from its body when the cache has none (cleaning it as extraction does, which costs
    far less than extracting). So a check chooses the same sources with a cache or without one,
    and reads and extracts only those. The sources' words come from one entry (``put_words``) when
    an audit or an earlier check of the same sources left one: the choice reads only the words.
    """
    keys = {a.id: article_key(a, salt) for a in articles} if cache is not None else {}
    drafts = set(draft_ids)
    feature_salt = repr(feature_options(options))
    sources = [a for a in articles if a.id not in drafts]
    pack_key = words_key(sources, keys, feature_salt) if cache is not None else None
    pack = _words_pack(cache.get(pack_key, namespace=WORDS), len(sources)) \
        if cache is not None and pack_key is not None else None
    df: Counter[str] | None = None
    if pack is None:
        features = per_article(articles, {}, keys, cache, mapper, namespace="features", salt=feature_salt, work=work,
                               read=_features)
        if cache is not None and pack_key is not None:
            put_words(cache, pack_key, [f for a, f in zip(articles, features, strict=True) if a.id not in drafts])
    else:
        # The sources' words and their document counts from one entry; the drafts' features alone.
        words, counts = pack
        made = iter(per_article([a for a in articles if a.id in drafts], {}, keys, cache, mapper,
                                namespace="features", salt=feature_salt, work=work, read=_features))
        from_pack = iter(words)
        features = [next(made) if a.id in drafts else _words_only(next(from_pack)) for a in articles]
        df = Counter(counts)
        for feature, article in zip(features, articles, strict=True):
            if article.id in drafts:
                df.update(feature.words.keys())
    seeds = [n for n, a in enumerate(articles) if a.id in drafts]
    chosen = neighbourhood(features, [published_day(a) for a in articles], seeds, options, df=df)
    return list(articles) if chosen is None else [articles[n] for n in chosen]


def words_key(articles: Sequence[model.Article], keys: Mapping[str, str], feature_salt: str) -> str | None:
    """The key of the words of ``articles`` (in order) under the feature options ``feature_salt``;
    None when an article has no extraction key (or there are none)."""
    entry_keys = per_article_keys(articles, keys, "features", feature_salt)
    if not entry_keys or not all(entry_keys):
        return None
    text = "\0".join(key for key in entry_keys if key)
    return hashlib.sha256(f"words\0{feature_salt}\0{text}".encode()).hexdigest()


def put_words(cache: Cache, key: str, features: Sequence[TextFeatures]) -> None:
    """The words of a repository's articles and how many articles hold each word, in one entry:
    what a pre-commit check against that repository reads to choose its drafts' neighbourhood
    (``draft_neighbourhood``). Ten thousand features entries took seconds of a check to read, most
    of it their names and spellings, which the choice never reads."""
    df: Counter[str] = Counter()
    for feature in features:
        df.update(feature.words.keys())
    cache.put(key, {"words": tuple(f.words for f in features), "df": dict(df)}, namespace=WORDS)


def _words_pack(payload: Any, count: int) -> tuple[tuple[dict[str, float], ...], dict[str, int]] | None:
    """A words entry of ``count`` articles (``put_words``), or None when it is not one."""
    if not isinstance(payload, dict) or set(payload) != {"words", "df"}:
        return None
    words, df = payload["words"], payload["df"]
    if not (isinstance(words, tuple) and len(words) == count and set(map(type, words)) <= {dict}
            and set(map(type, chain.from_iterable(map(dict.values, words)))) <= {float}
            and isinstance(df, dict) and set(map(type, df.values())) <= {int}):
        return None
    return words, df


def signatures_cached(
    articles: Sequence[model.Article],
    texts: Mapping[str, str],
    keys: Mapping[str, str],
    options: CopyOptions,
    cache: Cache | None,
    mapper: Mapper,
) -> list[Signature]:
    """Each article's copy-finding ``Signature`` (see ``per_article``)."""
    work = functools.partial(_compute_signature, options=options)
    return per_article(articles, texts, keys, cache, mapper, namespace="copies", salt=repr(options), work=work,
                       read=_signature)


def per_article(
    articles: Sequence[model.Article],
    texts: Mapping[str, str],
    keys: Mapping[str, str],
    cache: Cache | None,
    mapper: Mapper,
    *,
    namespace: str,
    salt: str,
    work: Callable[[tuple[model.Article, str]], Any],
    read: Callable[[Any], Any],
    keep: Callable[[Any], Any] | None = None,
) -> list[Any]:
    """``work`` on each (article, cleaned text), read from the cache by the article's extraction key
    (its content, options and tool) and ``salt`` (the options ``work`` reads), else computed
    (through ``mapper``, the misses only) and stored. A corpus that changed in one article computes
    one article's. ``read`` turns an entry back into a value, or None when it is not one; ``keep``,
    when given, turns each value into what the run holds, as it arrives (never all of them twice)."""
    entry_keys = per_article_keys(articles, keys, namespace, salt) if cache is not None else [None] * len(articles)
    found: list[Any] = []
    for key in entry_keys:
        value = read(cache.get(key, namespace=namespace)) if cache is not None and key is not None else None
        found.append(value if value is None or keep is None else keep(value))
    missing = [n for n, value in enumerate(found) if value is None]
    tasks = ((articles[n], texts.get(articles[n].id, articles[n].body)) for n in missing)
    for n, value in zip(missing, mapper(work, tasks), strict=True):
        found[n] = value if keep is None else keep(value)
        key = entry_keys[n]
        if cache is not None and key is not None:
            # Its fields as a dict (what ``read`` checks), sharing their values: ``asdict`` would copy
            # every nested word count, the most of a cold run's cache writing.
            cache.put(key, {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}, namespace=namespace)
    return found


def per_article_keys(articles: Sequence[model.Article], keys: Mapping[str, str], namespace: str,
                     salt: str) -> list[str | None]:
    """Each article's entry key in ``namespace`` (None for an article without an extraction key)."""
    return [hashlib.sha256(f"{namespace}\0{keys[a.id]}\0{salt}".encode()).hexdigest() if keys.get(a.id) else None
            for a in articles]


def mark_inputs_used(articles: Sequence[model.Article], keys: Mapping[str, str], grouping: GroupingOptions,
                     copies: CopyOptions, cache: Cache) -> None:
    """The features and signatures a corpus entry was built from, marked used when it is read back:
    pruning keeps them while the corpus is unchanged, so the run that changes it reads them."""
    cache.mark_used(per_article_keys(articles, keys, "features", repr(feature_options(grouping))), "features")
    cache.mark_used(per_article_keys(articles, keys, "copies", repr(copies)), "copies")
    cache.mark_used([words_key(articles, keys, repr(feature_options(grouping)))], WORDS)


def store_words(articles: Sequence[model.Article], keys: Mapping[str, str], options: GroupingOptions,
                features: Sequence[TextFeatures], cache: Cache) -> None:
    """An audit's articles' words in one entry (``put_words``), for the checks against its corpus."""
    key = words_key(articles, keys, repr(feature_options(options)))
    if key is not None:
        put_words(cache, key, features)


def _compute_features(task: tuple[model.Article, str], options: GroupingOptions) -> TextFeatures:
    article, text = task
    return text_features(article, text, options)


def _compute_signature(task: tuple[model.Article, str], options: CopyOptions) -> Signature:
    return signature(task[1], options)


def _words_only(words: dict[str, float]) -> TextFeatures:
    """Features holding a source's words alone: all the choice of a draft's neighbourhood reads."""
    empty: frozenset[Any] = frozenset()
    return TextFeatures(0, words, {}, {}, 0, empty, empty, empty, empty, False, False, empty, empty, empty, False)


_FEATURE_FIELDS = frozenset(f.name for f in dataclasses.fields(TextFeatures))
_READING_TYPES = {  # the readings' types (``TextFeatures``): an entry of other types is recomputed
    "counted_end": int, "told": frozenset, "streets": frozenset, "all_streets": frozenset, "named": frozenset,
    "repeat": bool, "looks_back": bool, "numbered": frozenset, "lead_names": frozenset, "name_words": frozenset,
    "next_day": bool,
}
_WORD_READINGS = ("told", "streets", "all_streets", "named", "name_words")


def _features(payload: Any) -> TextFeatures | None:
    """A features entry, or None when it is not one (wrong shape or types: recomputed)."""
    if not isinstance(payload, dict) or set(payload) != _FEATURE_FIELDS:
        return None
    if not all(type(payload[name]) is kind for name, kind in _READING_TYPES.items()):
        return None
    if not (all(set(map(type, payload[name])) <= {str} for name in _WORD_READINGS)
            and all(type(p) is tuple and len(p) == 2 and type(p[0]) is str and type(p[1]) is int
                    for p in payload["numbered"])
            and all(type(p) is tuple and len(p) == 2 and type(p[0]) is str and type(p[1]) is tuple
                    and set(map(type, p[1])) <= {str} for p in payload["lead_names"])):
        return None
    lead_end, words, names, spellings = payload["lead_end"], payload["words"], payload["names"], payload["spellings"]
    # Every value's type, read in C (``map``): a check reads ten thousand of these.
    if not (
        type(lead_end) is int
        and isinstance(words, dict)
        and set(map(type, words.values())) <= {float}
        and isinstance(names, dict)
        and set(map(type, names.values())) <= {int}
        and isinstance(spellings, dict)
        and set(map(type, spellings.values())) <= {dict}
        and set(map(type, chain.from_iterable(map(dict.values, spellings.values())))) <= {int}
    ):
        return None
    return TextFeatures(**payload)


def _signature(payload: Any) -> Signature | None:
    """A signature entry, or None when it is not one."""
    if not isinstance(payload, dict) or set(payload) != {"words", "shingles", "lead"}:
        return None
    count, shingles, lead = payload["words"], payload["shingles"], payload["lead"]
    if type(count) is not int or type(shingles) is not bytes or type(lead) is not bytes:
        return None
    if len(shingles) != len(lead) or len(shingles) % 8:
        return None
    return Signature(count, shingles, lead)
