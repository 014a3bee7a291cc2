"""Wire copies: one story published under several mastheads, lightly edited, is one voice.

Five papers that print the same agency story do not make five outlets agreeing. An article is a
copy when most of its words, in order, are another article's words. Finding them must not compare
a corpus all against all, so it goes in two steps:

- *candidates* by MinHash with banding (locality-sensitive hashing): each article's set of
  word shingles (runs of ``shingle_words`` words) is summarised by ``permutations`` minimum hash
  values, cut into bands; two articles that share one whole band are a candidate pair. Pairs whose
  shingle sets overlap little (two reports of one event in their own words) almost never share a
  band, near-duplicates almost always do.
- *verification* with rapidfuzz: the longest common subsequence of the two word sequences
  (``LCSseq``) must cover ``min_overlap`` of the shorter article, so a copy cut short, retitled or
  with a sentence added still counts, and a report that merely quotes the same statement does not.

Copies form groups (connected components of the verified pairs); in each group the earliest
article (publication time, then input order) is the original and every other member gets
``copy_of`` pointing at it.

The hashing is written here with numpy rather than taken from datasketch: the library's import
pulls scipy in and costs about a second per run, more than hashing a few thousand articles.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import zlib
from array import array
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import LCSseq

from consistency.model import Article
from consistency.text import words

_PRIME = (1 << 61) - 1  # Mersenne prime: the universal hash family works modulo it
_MASK = (1 << 32) - 1


@dataclass(frozen=True)
class CopyOptions:
    """What makes a copy. Banding: 48 bands of 2 rows find a pair whose shingle sets overlap by 0.3
    (Jaccard) 99 times in a hundred, by 0.2 86 times, by 0.05 (two reports in their own words that
    quote one statement) 11 times; verification decides. Set on the ECB+ documents: of the 97 pairs
    that verification accepts among all pairs of a topic, this finds 93 (32 bands of 3 rows over
    five-word shingles and no lead signature found 76)."""

    shingle_words: int = 4
    permutations: int = 96
    bands: int = 48
    min_words: int = 25  # a shorter text is too short to tell a copy from a shared quote
    min_overlap: float = 0.8  # share of the shorter article's words found, in order, in the other
    lead_words: int = 60  # the lead, hashed on its own as well: briefs cut from a long story
    max_bucket: int = 200  # members of one band bucket beyond this are checked against its first ones only
    seed: int = 20240601  # fixed: the same corpus always gives the same copies


@dataclass(frozen=True)
class CopyGroup:
    """An original and the articles that copy it, in input order."""

    original: str
    copies: tuple[str, ...]


@dataclass(frozen=True)
class Signature:
    """What finding copies reads of one article's text alone (``signature``): its word count and
    the MinHash rows of its word shingles and of its lead's, or none when it is too short to judge.
    The same in every corpus the article is part of, so a run may compute it once per content."""

    words: int
    # Each row as its uint64 values' bytes (little-endian): a corpus's signatures are all held at
    # once, and a tuple of Python ints took five times the room (about 100 MB at 10,000 articles).
    shingles: bytes = b""
    lead: bytes = b""


def signature(text: str, options: CopyOptions | None = None) -> Signature:
    options = options or CopyOptions()
    tokens = words(text)
    if len(tokens) < options.min_words:
        return Signature(len(tokens))
    codes = _word_codes(tokens)  # the lead's words are the first of them: hashed once
    rows = _signatures([_runs(codes, options.shingle_words),
                        _runs(codes[: options.lead_words], options.shingle_words)], options)
    return Signature(len(tokens), rows[0].astype("<u8").tobytes(), rows[1].astype("<u8").tobytes())


def find_copies(
    articles: Sequence[Article],
    texts: Mapping[str, str] | None = None,
    options: CopyOptions | None = None,
    signatures: Sequence[Signature] | None = None,
) -> dict[str, str]:
    """Article id -> id of the earliest article of its copy group, for every copy (originals absent)."""
    groups = copy_groups(articles, texts, options, signatures)
    return {copy: group.original for group in groups for copy in group.copies}


def copy_groups(
    articles: Sequence[Article],
    texts: Mapping[str, str] | None = None,
    options: CopyOptions | None = None,
    signatures: Sequence[Signature] | None = None,
) -> list[CopyGroup]:
    """The copy groups of ``articles`` (only groups of two or more), ordered by their original.

    ``signatures``, one per article (``signature`` under these options), spare hashing the texts
    again; the groups are the same with them or without."""
    options = options or CopyOptions()
    texts = texts or {}
    if signatures is None:
        signatures = [signature(texts.get(a.id, a.body), options) for a in articles]
    elif len(signatures) != len(articles):
        raise ValueError("one Signature per article")
    usable = [i for i, s in enumerate(signatures) if s.words >= options.min_words and s.shingles and s.lead]
    if len(usable) < 2:
        return []
    shingle_rows = _rows([signatures[i].shingles for i in usable])
    # A brief cut from a long story shares few of its shingles, but it shares its lead: the leads
    # are hashed too, and a pair that shares a band of either is a candidate.
    leads = _rows([signatures[i].lead for i in usable])
    # The words of the articles a candidate pair names, read once and kept as one character per
    # distinct word (``_Words``): in a corpus of wire copies nearly every article is read, and its words
    # as strings took more memory than all its facts. A longest common subsequence of the characters
    # is the one of the words, and rapidfuzz reads a string quicker than any other sequence.
    spelled = _Words()

    def tokens(i: int) -> str | array[int]:
        return spelled.read(i, texts.get(articles[i].id, articles[i].body))

    # Copy groups as a root and its members, each member with its exact word edit distance to the
    # root (insertions and deletions: ``_indel``), and the exact distances between roots once measured.
    # That distance is a metric, so two articles of two groups are at least as far apart as the roots,
    # less each one's distance to its root: a pair that far apart cannot share ``min_overlap`` of its
    # words in order, and is ruled out without its own comparison. Between the copies of two stories
    # that are not copies of each other (a topic's reports, reprinted) those comparisons grew with the
    # square of the copies, nearly all failing: 33,479 at 10,000 articles, 421,932 at 40,000.
    parent = list(range(len(articles)))
    reach = [0] * len(articles)
    members_of: dict[int, list[int]] = {}
    between: dict[tuple[int, int], int] = {}

    def ruled_out(a: int, b: int, ra: int, rb: int) -> bool:
        key = (ra, rb) if ra < rb else (rb, ra)
        apart = between.get(key)
        if apart is None:
            if {a, b} == {ra, rb}:
                return False  # the roots themselves: their own comparison follows
            apart = between[key] = _indel(tokens(ra), tokens(rb))
        shortest = apart - reach[a] - reach[b]
        la, lb = len(tokens(a)), len(tokens(b))
        # common words in order = (la + lb - distance) / 2, at most (la + lb - shortest) / 2 (doubled: exact)
        return la + lb - shortest < 2 * (options.min_overlap * min(la, lb))

    checked: set[tuple[int, int]] = set()
    for bucket in _buckets(shingle_rows, options) + _buckets(leads, options):
        members = [usable[k] for k in bucket]
        # A bucket whose members are already one group has nothing to add: its pairs would all be
        # skipped below. The groups are the connected parts of the verified pairs whatever order
        # the pairs are read in, so skipping it is exact; without it the pairs of the many buckets
        # of one story's copies were visited one by one, which grew with the square of the copies.
        first = parent[members[0]]
        if all(parent[m] == first for m in members):
            continue
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :] if a_pos < options.max_bucket else members[: options.max_bucket]:
                pair = (a, b) if a < b else (b, a)
                ra, rb = parent[a], parent[b]
                if ra == rb or pair in checked:
                    continue
                checked.add(pair)
                if ruled_out(a, b, ra, rb):
                    continue
                ta, tb = tokens(a), tokens(b)
                common = LCSseq.similarity(ta, tb)
                if common < options.min_overlap * min(len(ta), len(tb)):  # (``_is_copy``)
                    continue
                # The smaller group joins the larger: each member moves once per doubling of its group.
                if len(members_of.get(ra, ())) > len(members_of.get(rb, ())):
                    a, b, ra, rb = b, a, rb, ra
                moved = members_of.pop(ra, [ra])
                for m in moved:
                    parent[m] = rb
                    # (the pair's own distance when it joins the root; else measured)
                    reach[m] = len(ta) + len(tb) - 2 * common if m == a and b == rb else _indel(tokens(m), tokens(rb))
                members_of.setdefault(rb, [rb]).extend(moved)
    components: defaultdict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        components[parent[i]].append(i)
    groups = []
    for members in components.values():
        if len(members) < 2:
            continue
        original = min(members, key=lambda i: (_moment(articles[i]), i))
        groups.append(
            CopyGroup(articles[original].id, tuple(articles[i].id for i in sorted(members) if i != original))
        )
    return sorted(groups, key=lambda g: g.original)


def _rows(values: Sequence[bytes]) -> np.ndarray:
    """Signature rows as one uint64 array; rows of unequal length are refused."""
    width = len(values[0]) if values else 0
    if any(len(row) != width for row in values):
        raise ValueError("signature rows of unequal length")
    return np.frombuffer(b"".join(values), dtype="<u8").astype(np.uint64).reshape(len(values), width // 8)


def _shingles(tokens: list[str], size: int) -> np.ndarray:
    """Distinct 32-bit hashes of the word runs of ``size``.

    Each word is hashed once (crc32: stable across runs, unlike ``hash()``), and a run's hash is a
    polynomial of its words' hashes computed for all runs at once (uint64 arithmetic wraps, as a
    hash may), then folded to 32 bits so the MinHash arithmetic below cannot overflow.
    """
    return _runs(_word_codes(tokens), size)


def _word_codes(tokens: list[str]) -> np.ndarray:
    return np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens))


def _runs(codes: np.ndarray, size: int) -> np.ndarray:
    """``_shingles`` of words already hashed (``_word_codes``)."""
    size = min(size, len(codes))
    runs = len(codes) - size + 1
    hashed = np.zeros(runs, dtype=np.uint64)
    for k in range(size):
        hashed = hashed * np.uint64(1_000_003) + codes[k : k + runs]
    return np.unique((hashed >> np.uint64(32)) ^ (hashed & np.uint64(_MASK)))


def _signatures(shingle_sets: list[np.ndarray], options: CopyOptions) -> np.ndarray:
    """One row of MinHash values per article: min over shingles of (a*x + b) mod p, per permutation.

    p is the Mersenne prime 2**61 - 1, so v mod p is (v & p) + (v >> 61), less p once if that reaches
    p: the same values as numpy's ``%``, which divides (the slowest step of a signature before)."""
    a, b = _coefficients(options.seed, options.permutations)
    prime, shift = np.uint64(_PRIME), np.uint64(61)
    rows = np.empty((len(shingle_sets), options.permutations), dtype=np.uint64)
    for n, shingles in enumerate(shingle_sets):
        hashed = np.outer(shingles, a)
        hashed += b
        folded = hashed & prime
        hashed >>= shift
        folded += hashed
        np.subtract(folded, prime, out=folded, where=folded >= prime)
        rows[n] = folded.min(axis=0)
    return rows


@functools.lru_cache(maxsize=8)
def _coefficients(seed: int, permutations: int) -> tuple[np.ndarray, np.ndarray]:
    """The permutations' (a, b), drawn from ``seed`` once per process rather than once per article."""
    rng = np.random.default_rng(seed)
    # a, b < 2**32 and x < 2**32 keep a*x + b below 2**64, so uint64 arithmetic does not wrap.
    a = rng.integers(1, _MASK, size=permutations, dtype=np.uint64)
    b = rng.integers(0, _MASK, size=permutations, dtype=np.uint64)
    a.flags.writeable = b.flags.writeable = False
    return a, b


_FEW_ROWS = 32  # up to this many articles, _buckets groups them in Python


def _buckets(signatures: np.ndarray, options: CopyOptions) -> list[list[int]]:
    """Groups of articles (row numbers) that share one whole band of their signature."""
    rows_per_band = options.permutations // options.bands
    out: list[list[int]] = []
    if not len(signatures):
        return out
    if len(signatures) <= _FEW_ROWS:
        return _few_buckets(signatures.tolist(), options.bands, rows_per_band)
    for band in range(options.bands):
        block = signatures[:, band * rows_per_band : (band + 1) * rows_per_band]
        # Rows sorted by their band's values (stable: equal rows stay in row order), cut where the
        # values change: numpy groups the rows, not a dict in Python.
        order = np.lexsort(block.T[::-1])
        ordered = block[order]
        cuts = np.flatnonzero(np.any(ordered[1:] != ordered[:-1], axis=1)) + 1
        starts = np.concatenate(([0], cuts, [len(order)]))
        sizes = np.diff(starts)
        shared = np.flatnonzero(sizes > 1)
        if not len(shared):
            continue
        rows = order.tolist()
        bounds = starts.tolist()
        # Buckets in the order their first row comes, each in row order.
        for g in shared[np.argsort(order[starts[shared]], kind="stable")].tolist():
            out.append(rows[bounds[g] : bounds[g + 1]])
    return out


def _few_buckets(rows: list[list[int]], bands: int, rows_per_band: int) -> list[list[int]]:
    """``_buckets`` of a handful of articles: the same buckets in the same order, grouped by a dict. numpy's
    sort and cut per band cost some ten calls each, 48 bands, whatever the rows: most of a run of a few
    articles' copy stage (a check of one draft, each of the test suite's thousands of small runs)."""
    out: list[list[int]] = []
    for band in range(bands):
        cut = slice(band * rows_per_band, (band + 1) * rows_per_band)
        groups: dict[tuple[int, ...], list[int]] = {}
        for n, row in enumerate(rows):
            groups.setdefault(tuple(row[cut]), []).append(n)  # first met first: buckets by their first row
        out.extend(group for group in groups.values() if len(group) > 1)
    return out


class _Words:
    """Articles' words, read once each, as one character per distinct word (numbered as first met).

    Past the characters Unicode has (about a million words; a corpus of wire copies whose names are
    made up per copy has some 48,000 at 10,000 articles) every article's words become an array of the
    same numbers instead: a longest common subsequence is the same either way, only slower."""

    def __init__(self, last: int = 0x10FFFF - 0x800) -> None:  # (the surrogates are skipped)
        self.held: dict[int, str | array[int]] = {}
        self.vocabulary: dict[str, int] = {}
        self.characters: list[str] = []
        self.last = last
        self.numbers = False

    def read(self, i: int, text: str) -> str | array[int]:
        held = self.held.get(i)
        if held is not None:
            return held
        # Each word numbered as first met, by C-level passes (its new words once each, in order, then a
        # map), not a setdefault per word: the same numbers, and most of finding copies at 10,000 articles.
        found = words(text)
        fresh = dict.fromkeys(itertools.filterfalse(self.vocabulary.__contains__, found))
        start = len(self.vocabulary)
        self.vocabulary.update(zip(fresh, itertools.count(start)))
        if not self.numbers and len(self.vocabulary) > self.last:
            self.numbers = True
            self.characters.clear()
            for k, spelled in self.held.items():
                assert isinstance(spelled, str)
                self.held[k] = array("q", map(_number, spelled))
        numbers = map(self.vocabulary.__getitem__, found)
        if self.numbers:
            held = array("q", numbers)
        else:
            self.characters.extend(map(_character, range(start, len(self.vocabulary))))
            held = "".join(map(self.characters.__getitem__, numbers))
        self.held[i] = held
        return held


def _character(number: int) -> str:
    return chr(number if number < 0xD800 else number + 0x800)


def _number(character: str) -> int:
    code = ord(character)
    return code if code < 0xD800 else code - 0x800


def _indel(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """The words to delete and insert to turn ``a`` into ``b``: a distance (a metric), from their
    longest common subsequence."""
    return len(a) + len(b) - 2 * LCSseq.similarity(a, b)


def _is_copy(a: Sequence[Hashable], b: Sequence[Hashable], min_overlap: float) -> bool:
    """Most of the shorter text's words appear, in order, in the longer one."""
    shorter = min(len(a), len(b))
    return LCSseq.similarity(a, b) >= min_overlap * shorter


def _moment(article: Article) -> tuple[int, float]:
    """Sort key for 'earliest': dated articles first, by their instant (a day counts as its midnight, UTC)."""
    published = article.published
    if published is None:
        return (1, 0.0)
    if isinstance(published, dt.datetime):
        if published.tzinfo is None:
            published = published.replace(tzinfo=dt.UTC)
        return (0, published.timestamp())
    return (0, dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC).timestamp())
