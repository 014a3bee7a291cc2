"""Sentence spans and content words: the small text utilities every stage shares.

All regexes here are linear (no nested quantifiers) so hostile text cannot make
them backtrack catastrophically.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
import unicodedata
from collections.abc import Iterable
from typing import Any

# Abbreviations whose final period does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt rep sen gov pres st jr sr co corp inc ltd
    del reps sens hon rev maj adm cmdr det atty supt insp cpl pvt msgr gens govs sgts
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    no vs etc approx est dept univ fig al e.g i.e u.s u.k u.n d.c e.u a.m p.m
    """.split()
)

# A sentence ends at a run of end marks (and closing quotes or brackets) before white space, or at a line
# break. Written to open with one character class (the first character of every branch; a look behind then
# tells the branches apart) so that the engine scans for those characters alone: several times faster than
# the plain alternation "[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n", with the same matches.
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s)|(?<=\n)\s*\n|(?<=\n))")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:['.-][a-z0-9]+)*")  # ``_WORD`` on lower-cased ASCII text

# A capital letter of the Latin alphabets, for a name's first letter ("Östberg", "Émile", "Łukasz", "Šimek"):
# `re` has no class for upper-case letters, and [A-Z] leaves out every name that starts with a diacritic.
CAPITAL = "[" + "".join(re.escape(c) for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    said says say according reported reports told writes wrote cited citing also may might must shall
    one two three new last first year years month months week weeks day days time
    mr mrs ms s t u don
    """.split()
)


# Texts up to this long have their sentences and words kept (a few each, least recently used first
# out): the stages read one article's sentences several times (extraction; grouping's lead and each of
# its happening readers) and one sentence's words many times (alignment's contexts and names, the
# source check's paraphrases). A longer text is read afresh each time, and never held. (Most repeats
# come soon: on the 1k corpus 1,024 texts' words gave most of what 16,384 gave, 19,811 of 24,505
# repeats; each process of a run holds its own caches, counted in the 10k audit's summed peak.)
CACHED_TEXT = 100_000
CACHED_WORDS_TEXT = 1_000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences, trimmed of surrounding white space.

    Newlines end sentences too: pasted web text puts headlines, bylines and list
    items on lines of their own with no final period.
    """
    if len(text) > CACHED_TEXT:
        return _split_sentences(text)
    return list(_cached_sentences(text))


@functools.lru_cache(maxsize=16)
def _cached_sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split_sentences(text))


def first_sentences(text: str, count: int) -> list[tuple[int, int]]:
    """The first ``count`` spans of ``split_sentences(text)``, read no further than they end.

    A lead is a sentence or two of a text: splitting the whole scan to keep two of its spans took
    most of finding where a lead ends (``split_sentences`` never changes a span for what follows it)."""
    return _split_sentences(text, count)


def _split_sentences(text: str, count: int = 0) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        _append_trimmed(text, start, end, spans)
        start = end
        if count and len(spans) >= count:
            return spans[:count]
    _append_trimmed(text, start, len(text), spans)
    return spans[:count] if count else spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    token = text[i:dot].lower()
    if not token:
        return False
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith") and dotted acronyms ("U.S. President") rarely
    # end a sentence in news copy; a line break after them still does (handled by _BOUNDARY).
    if len(token) == 1 and text[i].isupper() and not (i and text[i - 1].isdigit()):
        return True  # (not a unit glued to a number: "as low as 21F." ends its sentence)
    return "." in token and all(len(part) <= 2 for part in token.split(".") if part)


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_at(spans: list[tuple[int, int]] | tuple[tuple[int, int], ...], offset: int) -> tuple[int, int]:
    """The sentence span containing ``offset`` (binary search); (offset, offset) when none does."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return s, e
    return offset, offset


def words(text: str) -> list[str]:
    """Lower-cased word tokens, accents folded, so "Kyiv" and "KYIV" match."""
    if len(text) > CACHED_WORDS_TEXT:
        return _words(text)
    return list(_cached_words(text))


@functools.lru_cache(maxsize=1024)
def _cached_words(text: str) -> tuple[str, ...]:
    # Interned: the cached sentences share their words, so an entry costs a tuple of references, not a
    # string per word (some 2 KB an entry otherwise, kept in every process of a run).
    return tuple(map(sys.intern, _words(text)))


def _words(text: str) -> list[str]:
    # Grouping, framing and alignment all read words: plain ASCII (most news text) needs no folding,
    # and one lower() of the whole text is quicker than one per word. Lower-cased ASCII is read with
    # ``_ASCII_WORD``, the same tokens as ``_WORD`` there (no Unicode class to test per character), and
    # a text with no possessive "'s" in it has no word to trim.
    if text.isascii():
        lowered = text.lower()
        out = _ASCII_WORD.findall(lowered)
        marks: tuple[str, ...] = ("'s",)
    else:
        lowered = unicodedata.normalize("NFKD", text).lower()
        out = _WORD.findall(lowered)
        marks = ("'s", "’s")
    if any(mark in lowered for mark in marks):
        out = [word[:-2] if word.endswith(marks) else word for word in out]
    return out


def content_words(text: str) -> list[str]:
    """Words that carry meaning for grouping and alignment: no stop words, no bare numbers."""
    if len(text) > CACHED_WORDS_TEXT:
        return _content_words(text)
    return list(_cached_content_words(text))


@functools.lru_cache(maxsize=1024)
def _cached_content_words(text: str) -> tuple[str, ...]:
    return tuple(map(sys.intern, _content_words(text)))


def _content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


# Words news copy uses interchangeably for one notion, folded to one key for alignment. Kept small
# and general: a word here must almost never mean something else in a news sentence.
SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("aid", "assistance", "help", "support", "funding"), "aid"),
    **dict.fromkeys(("provided", "provide", "contributed", "contribute", "given", "give", "gave", "donated",
                     "pledged", "allocated", "sent", "send", "supplied"), "give"),
    **dict.fromkeys(("weapon", "weapons", "arms", "armament", "armaments", "weaponry", "munitions"), "weapon"),
    **dict.fromkeys(("rule", "rules", "restriction", "restrictions", "regulation", "regulations", "controls",
                     "law", "laws"), "rule"),
    **dict.fromkeys(("eased", "relaxed", "revised", "changed", "amended", "loosened", "revising", "easing",
                     "revision", "change"), "change"),
    **dict.fromkeys(("meet", "meeting", "meets", "summit", "talks"), "meet"),
    **dict.fromkeys(("killed", "dead", "died", "deaths", "death", "fatalities"), "kill"),
    **dict.fromkeys(("injured", "wounded", "hurt", "injuries"), "injure"),
    **dict.fromkeys(("company", "companies", "firm", "firms", "manufacturers", "makers"), "company"),
    **dict.fromkeys(("missile", "missiles", "interceptor", "interceptors"), "missile"),
    **dict.fromkeys(("war", "invasion", "conflict"), "war"),
    **dict.fromkeys(("quake", "quakes", "earthquake", "earthquakes", "temblor", "temblors"), "quake"),
    **dict.fromkeys(("worker", "workers", "staff", "employee", "employees", "workforce"), "worker"),
    **dict.fromkeys(("ship", "ships", "vessel", "vessels"), "ship"),
}


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix strip ("meets", "meeting" -> "meet") so inflections still match; not linguistics."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ied"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # (``\w`` as ``re`` reads a str pattern)


def has_bounded(word: str, text: str) -> bool:
    r"""Whether ``re.search(rf"\b{re.escape(word)}\b", text)`` finds ``word``: found by ``str.find``, each
    place checked for the two word boundaries. The pattern opens with ``\b``, so ``re`` has no literal to
    scan for and tries every position of the text; asked of whole report bodies for every role word of a
    pair of sources, that search was some 4% of a 10k-article audit."""
    if not word:
        return re.search(r"\b", text) is not None
    first, last = _word_char(word[0]), _word_char(word[-1])
    size, end_of_text = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at > 0 and _word_char(text[at - 1])) != first and (end < end_of_text and _word_char(text[end])) != last:
            return True
        at = text.find(word, at + 1)
    return False


class FreeSpans:
    """Non-overlapping spans taken so far; ``take`` claims a span only if it overlaps none.

    Extractors resolve overlapping candidates longest-first; a sorted list with bisect keeps
    that O(n log n) instead of comparing each candidate with every span taken before it,
    which is quadratic on a huge article.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def take(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        if i < len(self._starts) and self._starts[i] < end:
            return False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of literal lower-case words written as a trie ("a(?:n)?|e(?:ight|leven)|..."):
    at each position the engine follows the one branch of the next character instead of trying every word
    in turn (and, with nothing before it, scans for the words' first characters alone). Longer words are
    tried first, as in an alternation sorted longest first, so it matches what that alternation matches."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on: the longer are tried first
            return f"(?:{body})?"
        return body

    return emit(root)


# Forms of common verbs that end in none of "-ed", "-ing", "-s" (irregular pasts and plain forms), for rules that
# tell a noun from a verb by its ending: before a number a verb counts ("took 64 of the seats", "won 19 and") where
# a thing's name is numbered ("lock 9 of the flight"), and before a name it acts ("a quake struck Napa") where a
# thing's noun names it ("the cargo ship Tormach").
VERB_FORMS = frozenset(
    "be become began begin bore bought bring brought broke break build built buy came catch caught chose choose come "
    "cost cut draw drew drive drove eat fall fell felt find flew fly found gave get give given go gone got grew grow "
    "had have held hit hold hurt keep kept knew know laid lay lead led leave left lend lent let lose lost made make "
    "meet met overtook overtake paid pay put ran rise risen rode rose run said saw say see seen sell send sent set shot "
    "shoot shut sold spend spent split stood strike struck swept take taken tell thrown threw told took tore upset "
    "was were win woke won wore wrote".split()
)
