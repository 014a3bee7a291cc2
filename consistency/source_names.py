"""Canonical names for the sources a run credits: aliases from the vocabulary, spellings joined.

"AP" and "the Associated Press" are one source because the vocabulary (``sources.yaml``, which a
newsroom extends) says so; "Zelenskyy" and "Zelensky", or "Yomiuri Shinbun" and "Yomiuri Shimbun",
are one because their spellings are close (rapidfuzz on folded words). Closeness is judged word by
word, so two people or bodies that share a surname or a head word ("Marta Vellacourt" / "Tomas
Vellacourt", "Norland Geological Survey" / "Brask Geological Survey") are never merged, and a bare
surname joins a full name only when one person of the run bears it.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_names import normalize_source, outlet_key
from consistency.names import fold
from consistency.vocabulary import SourceName, Vocabulary

WORD_SCORE = 85.0  # rapidfuzz ratio two folded words need to count as one spelling
SHORT_WORD = 4  # words this short (initials, acronyms, "Li", "Wu") must match exactly

_MASTHEAD_WORDS = frozenset("times post herald tribune journal gazette press shimbun wire".split())


def _words(name: str, normal: str | None = None) -> tuple[str, ...]:
    """The folded words of a name (``normal``: its ``normalize_source``, when already made)."""
    normal = normalize_source(name) if normal is None else normal
    return tuple(fold(w).strip(".") for w in normal.replace("-", " ").split() if w.strip("."))


def _compact(name: str) -> str:
    """Letters and digits of the name as written, "the" dropped: "The Yomiuri Shimbun" -> "yomiurishimbun"."""
    low = fold(name.strip())
    if low.startswith("the "):
        low = low[4:]
    return "".join(c for c in low if c.isalnum())


def same_spelling(a: str, b: str) -> bool:
    """Word-by-word: equal length, short words equal, longer ones close. An initial matches a
    word it begins ("M. Vellacourt" / "Marta Vellacourt"), beside at least one word that is the
    other's or a spelling of it: initials alone name no one ("I" is not "Ivanov")."""
    return _same_words(_words(a), _words(b))


def _same_words(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if not wa or len(wa) != len(wb):
        return False
    spelled = False  # a word matched as itself or a spelling of it, not as an initial
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            spelled = True
            continue
        if len(x) == 1 or len(y) == 1:
            if x[0] != y[0]:
                return False
            continue
        if min(len(x), len(y)) <= SHORT_WORD or fuzz.ratio(x, y) < WORD_SCORE:
            return False
        spelled = True
    return spelled


def _first_spelling(word: str, candidates: list[int], heads: list[str], before: int | None) -> int | None:
    """The first of ``candidates`` (cluster numbers, ascending, each headed by a name of one word,
    ``heads``) before ``before`` that ``_same_words`` joins the one word ``word`` to, else ``before``.

    Scored in one call of rapidfuzz: a one-word name meets more heads than any other (154 on
    average among the 13,600 names of a 10,000-article run), and more as the run grows, and a
    Python call per head made naming quadratic (6.5 s of CPU there, 100 times that at ten times
    the size). One word joins another when it is that word or, both longer than ``SHORT_WORD``, a
    spelling scoring ``WORD_SCORE``; an initial alone joins nothing but itself."""
    if before is not None:
        candidates = candidates[: bisect.bisect_left(candidates, before)]
    if not candidates:
        return before
    choices = [heads[candidates[0]]] if len(candidates) == 1 else operator.itemgetter(*candidates)(heads)
    long_enough = len(word) > SHORT_WORD
    taken = [at for choice, _score, at in process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=WORD_SCORE,
                                                           limit=None)
             if choice == word or (long_enough and len(choice) > SHORT_WORD)]
    return candidates[min(taken)] if taken else before


def _could_score(a: int, b: int) -> bool:
    """Whether strings of lengths ``a`` and ``b`` can reach WORD_SCORE with ``fuzz.ratio``.

    The ratio is 100 * (1 - indel distance / (a + b)), and the distance is at least |a - b|, so the
    ratio is at most 200 * min(a, b) / (a + b). Compared in integers with a margin of one, so that
    no rounding of the score can pass a pair this refuses."""
    return 200 * min(a, b) >= WORD_SCORE * (a + b) - 1


class _SpellingIndex:
    """Heads of clusters by each of their words, so that a name meets only the heads that
    ``_same_words`` could join it to, and few others.

    ``_same_words`` joins two names word by word: a single letter stands for any word it begins; a
    short word joins only itself; a longer one joins its spellings that score ``WORD_SCORE`` with
    ``fuzz.ratio``, which share at least ``_least_shared`` of its letter pairs (``_pairs``), and so
    share one of each word's rarest ``pairs - least + 1`` pairs (prefix filtering: pairs ranked by how
    rare they are among the run's words). A head is filed under those keys of each word; a query looks
    up the keys of each of its words that is not a single letter, and only the heads found under every
    one of them can take it. Exact: it reaches every head the word-by-word test accepts (tests compare
    it with reading them all).
    """

    def __init__(self, words: Iterable[tuple[str, ...]]) -> None:
        self._count = Counter(pair for name in words for word in name for pair in _pairs(word))
        self._heads: dict[tuple[int, int, object], list[int]] = {}
        self._made: dict[str, list[object]] = {}  # each word's keys (a word recurs in many names)

    def _keys(self, word: str) -> list[object]:
        keys = self._made.get(word)
        if keys is None:
            if len(word) == 1:
                keys = [("initial", word)]
            elif len(word) <= SHORT_WORD:
                keys = [word]  # a short word joins only itself (or its initial)
            else:
                pairs = sorted(_pairs(word), key=lambda pair: (self._count.get(pair, 0), pair))
                keys = list(pairs[: len(pairs) - _least_shared(len(word)) + 1])
            self._made[word] = keys
        return keys

    def add(self, words: tuple[str, ...], cluster: int) -> None:
        for at, word in enumerate(words):
            for key in self._keys(word):
                self._heads.setdefault((len(words), at, key), []).append(cluster)

    def candidates(self, words: tuple[str, ...]) -> list[int] | None:
        """The heads that may take ``words``, in the order they were added; None when every word is a
        single letter (nothing to look up: every head of as many words may)."""
        found: list[set[int]] = []
        for at, word in enumerate(words):
            if len(word) == 1:
                continue
            # A head's initial may stand for this word beside another word (a name of one word that
            # is an initial joins only itself: ``_same_words``).
            keys = (*self._keys(word), ("initial", word[0])) if len(words) > 1 else self._keys(word)
            heads: set[int] = set()
            for key in keys:
                heads.update(self._heads.get((len(words), at, key), ()))
            found.append(heads)
        if not found:
            return None
        return sorted(set.intersection(*sorted(found, key=len)))


def _pairs(word: str) -> list[tuple[str, int]]:
    """The word's letter pairs ("vella" -> ve, el, ll, la), each with how many times it came before
    (a multiset as a set)."""
    seen: Counter[str] = Counter()
    out = []
    for i in range(len(word) - 1):
        pair = word[i : i + 2]
        out.append((pair, seen[pair]))
        seen[pair] += 1
    return out


@functools.cache
def _least_shared(a: int) -> int:
    """Letter pairs a word of length ``a`` (longer than SHORT_WORD) shares at least with any word
    that ``fuzz.ratio`` scores WORD_SCORE against it.

    The ratio is 200 * l / (a + b) for a longest common subsequence of l letters, so l is at least
    WORD_SCORE * (a + b) / 200. The subsequence has l - 1 adjacent pairs; at most a - l of them are not
    adjacent in the one word (a letter left out between them) and at most b - l in the other, so the
    words share at least 3l - a - b - 1 pairs. The least over every length ``b`` that ``_could_score``
    lets through (longer words need more). It is at least 0.275 (a + b) - 1, above 0 for words this long."""
    least = min(
        3 * math.ceil(WORD_SCORE * (a + b) / 200 - 1e-9) - a - b - 1
        for b in range(SHORT_WORD + 1, 3 * a + 2)
        if _could_score(a, b)
    )
    return max(1, least)


class SourceNames:
    """The canonical name and kind of each source name seen in a run.

    Built once per run from the vocabulary and every name the run credits, so that a bare surname
    can be judged against the full names that are present.
    """

    def __init__(self, vocabulary: Vocabulary, seen: Iterable[str] = ()) -> None:
        self.vocabulary = vocabulary
        self._entries: dict[str, SourceName] = {}
        for entry in vocabulary.sources:
            for alias in (entry.name, *entry.aliases):
                self._entries.setdefault(outlet_key(alias), entry)
                self._entries.setdefault(_compact(alias), entry)
        self._long_keys = [key for key in self._entries if len(key) > 2 * SHORT_WORD]
        self._canonical: dict[str, str] = {}
        self._kind: dict[str, str] = {}
        counts = Counter(n.strip() for n in seen if n and n.strip())
        self._assign(counts)

    def _entry(self, name: str, normal: str | None = None) -> SourceName | None:
        index = self.vocabulary.source_index
        entry = index.get(normalize_source(name) if normal is None else normal) or index.get(name.lower().strip())
        if entry is None:
            entry = self._entries.get(outlet_key(name))  # "ukrinform.net", "the Associated-Press"
        if entry is None and self._long_keys:
            # "Yomiuri Shinbun": a spelling of a listed name (one C-speed pass over the long aliases).
            best = process.extractOne(_compact(name), self._long_keys, scorer=fuzz.ratio, score_cutoff=90)
            if best is not None:
                return self._entries[best[0]]
        return entry

    def _assign(self, counts: Counter[str]) -> None:
        # Each name's forms are computed once, and a name is compared only with the clusters that can
        # take it (same normalized form, same outlet key, or as many words for a spelling match):
        # comparing every name with every cluster, forms recomputed each time, was quadratic in the
        # run's names and took most of a 1,000-article audit. A name joins the first cluster that
        # takes it, as before.
        norm_of = {n: normalize_source(n) for n in counts}
        words_of = {n: _words(n, norm_of[n]) for n in counts}
        key_of = {n: outlet_key(n) for n in counts}
        names = sorted(counts, key=lambda n: (-len(words_of[n]), -counts[n], n))
        clusters: list[list[str]] = []
        by_norm: dict[str, int] = {}  # normalized form -> first cluster whose head has it
        by_key: dict[str, int] = {}  # outlet key -> first cluster whose head has it
        by_length: dict[int, list[int]] = {}  # word count -> clusters whose head has that many words
        one_word: list[str] = []  # each cluster's head word when its head is a name of one word, else ""
        # Heads are found through their words (``_SpellingIndex``), which reaches every head whose
        # words are all the query's or spellings of them: comparing each name with every head of its
        # word count (screened in C, but still with each) was quadratic in the run's names (130 s of
        # CPU for 64,000 made-up names; 42 s with the index).
        index = _SpellingIndex(words_of[n] for n in names)
        for name in names:
            entry = self._entry(name, norm_of[name])
            if entry is not None:
                self._canonical[name] = entry.name
                self._kind[name] = entry.kind
                continue
            found = min((i for i in (by_norm.get(norm_of[name]), by_key.get(key_of[name])) if i is not None),
                        default=None)
            words = words_of[name]
            if words:
                candidates = index.candidates(words)
                if candidates is not None and len(words) == 1:
                    found = _first_spelling(words[0], candidates, one_word, found)
                else:
                    for i in by_length.get(len(words), ()) if candidates is None else candidates:
                        if found is not None and i >= found:
                            break
                        if _same_words(words_of[clusters[i][0]], words):
                            found = i
                            break
            if found is not None:
                clusters[found].append(name)
                continue
            by_norm.setdefault(norm_of[name], len(clusters))
            by_key.setdefault(key_of[name], len(clusters))  # "ukrinform.net" / "Ukrinform"
            if words:
                by_length.setdefault(len(words), []).append(len(clusters))
                index.add(words, len(clusters))
            one_word.append(words[0] if len(words) == 1 else "")
            clusters.append([name])
        for cluster in clusters:
            head = max(cluster, key=lambda n: ("." not in n or " " in n, counts[n], len(n), n))
            for name in cluster:
                self._canonical[name] = head
        # A bare surname joins the one full name of the run that ends in it ("Vellacourt" -> "Marta
        # Vellacourt"), never one of two people sharing it.
        full_by_last: dict[str, set[str]] = {}
        for name, canon in self._canonical.items():
            words = words_of[name]
            if len(words) >= 2 and name not in self._kind and is_named(name):
                full_by_last.setdefault(words[-1], set()).add(canon)
        for name in list(self._canonical):
            words = words_of[name]
            if len(words) == 1 and name not in self._kind and is_named(name):
                owners = full_by_last.get(words[0], set())
                if len(owners) == 1:
                    self._canonical[name] = next(iter(owners))

    def canonical(self, name: str) -> str:
        """One name for the spellings of one source; names not seen at build time are looked up alone."""
        name = name.strip()
        if name in self._canonical:
            return self._canonical[name]
        entry = self._entry(name)
        return entry.name if entry else name

    def kind(self, name: str) -> str:
        """media | agency | government | company | person | other: the vocabulary's word, else a guess
        from the name's words (a masthead word or a known wire is media)."""
        entry = self._entry(self.canonical(name)) or self._entry(name)
        if entry is not None:
            return entry.kind
        words = name.lower().replace("’", "'").removesuffix("'s").split()
        if any(w in lex.MEDIA_NAMES or w in lex.MEDIA_NOUNS or w in _MASTHEAD_WORDS for w in words):
            return "media"
        if "." in name and " " not in name.strip():
            return "media"  # a domain: "ukrinform.net"
        return "other"


def is_named(name: str) -> bool:
    """A named source ("Yomiuri", "EU"), not a description ("unnamed officials", "Japanese media")
    nor a pronoun, capitalised or not: "I" or "We" at the head of a sentence names no one (the
    extractor marks them unnamed; a quote's "I" whose speaker went unread is a description)."""
    words = name.replace("’", "'").split()
    for w in words:
        low = w.lower().rstrip(".,").removesuffix("'s")
        if w[:1].isupper() and low not in lex.DESCRIPTIVE_CAPS and low not in lex.CAP_STOP and low not in lex.PRONOUNS:
            return True
        if "." in w and " " not in name.strip() and w[:1].isalnum():
            return True  # "ukrinform.net"
    return False
