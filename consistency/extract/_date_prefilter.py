"""A first-character look for a regular expression: the characters a match can start with, read from the
pattern itself, put in front of it as a lookahead ("(?=[0-9a-zA-Z])").

Python's engine tries a pattern at every position of the text; most of the date grammar's patterns open
with alternations of words ("January|February|..."), so it pays for those at every letter. A lookahead on
one character class rejects most positions at once. The set is read conservatively (anything the reader
does not know makes it give up), so the lookahead never rejects a position where the pattern could match.

Further down, the same reading of a pattern gives the needles every match holds (a word, or digits and
punctuation) and how far from its start, its longest match and how far an attempt looks: ``Anchors`` and
``matches`` then run a pattern only where a match can start, with the same matches as ``finditer`` over
the whole text. The figure extractor borrows ``reach`` for its look-backs and the windows for its clock times.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons name them sre_*
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

@lru_cache(maxsize=1024)
def _parse(source: str, flags: int) -> Any:
    return _parser.parse(source, flags)


class Source(NamedTuple):
    """A pattern not compiled yet: what ``compile_with_first_look`` and the readings below take in place
    of a compiled pattern, so that a grammar compiled only with its look is compiled once."""

    pattern: str
    flags: int = 0


def _parsed(pattern: re.Pattern[str] | Source) -> Any:
    """The pattern's parse tree, read once for all the readings below (only read, never changed): parsing
    the date grammar's long patterns again for each reading was most of the time its import took."""
    return _parse(pattern.pattern, pattern.flags)


_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_MAX_SET = 80  # a larger class saves little over trying the pattern


def _class(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.update(string.digits)
        else:  # a negated class, words, spaces: too wide to be worth it
            return None
    return chars


def _first(seq: Any) -> tuple[set[str], bool] | None:
    """(characters the sequence can start with, whether it can match nothing), or None when unknown."""
    chars: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return chars | {chr(av)}, False
        if op is _c.IN:
            found = _class(av)
            if found is None:
                return None
            return chars | found, False
        if op is _c.SUBPATTERN:
            inner = _first(av[-1])
        elif op in _REPEATS:
            inner = _first(av[2])
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        elif op is _c.BRANCH:
            parts = [_first(branch) for branch in av[1]]
            if any(p is None for p in parts):
                return None
            inner = (set().union(*(p[0] for p in parts if p)), any(p[1] for p in parts if p))
        elif op is _c.GROUPREF_EXISTS:
            yes = _first(av[1])
            no = _first(av[2]) if av[2] is not None else (set(), True)
            if yes is None or no is None:
                return None
            inner = (yes[0] | no[0], yes[1] or no[1])
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            inner = _first(av)
        else:  # any character, a back reference, ...: unknown
            return None
        if inner is None:
            return None
        chars |= inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


# The characters outside ASCII that an ignore-case match takes for an ASCII letter (Python's own folding:
# dotted and dotless i, the long s, the Kelvin sign); a test reads them again from the engine.
ASCII_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def with_first_look(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead on the characters its matches can start with, or as it is when those
    cannot be read or are too many to help (``first_look``)."""
    look = first_look(pattern)
    return re.compile(look + pattern.pattern, pattern.flags) if look else pattern


def compile_with_first_look(source: Source) -> re.Pattern[str]:
    """``source`` compiled with its lookahead (``first_look``): one compilation, where compiling the
    pattern and then ``with_first_look`` compiles it twice."""
    return re.compile(first_look(source) + source.pattern, source.flags)


def first_look(pattern: re.Pattern[str] | Source) -> str:
    """A lookahead on the characters the matches of ``pattern`` can start with, to put in front of it; ""
    when those cannot be read or are too many to help.

    For an ignore-case pattern whose first characters are ASCII the look is written case-sensitively with
    both cases (and ``ASCII_FOLDS``) in its class: the engine tests a plain class faster than one it must
    fold, at every position of the text."""
    found = _first(_parsed(pattern))
    if found is None or found[1] or not found[0]:
        return ""
    chars = found[0]
    plain = False
    if pattern.flags & re.IGNORECASE:
        chars = chars | {c.swapcase() for c in chars}
        plain = all(c.isascii() for c in chars)
        if plain:
            chars = chars | {f for c in chars for f in ASCII_FOLDS.get(c.lower(), "")}
    if len(chars) > _MAX_SET:
        return ""
    cls = "".join(sorted(re.escape(c) if c not in "-]\\^" else "\\" + c for c in chars))
    return f"(?-i:(?=[{cls}]))" if plain else f"(?=[{cls}])"


# --- words a match cannot do without -------------------------------------------------------------------

_MIN_WORD = 3  # a shorter necessary string ("-", "at") is in nearly every text: no use as a gate


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several necessary sets: the one whose shortest string is longest."""
    usable = [o for o in options if o and min(map(len, o)) >= _MIN_WORD]
    return max(usable, key=lambda o: (min(map(len, o)), -len(o))) if usable else None


def _needed(seq: Any) -> frozenset[str] | None:
    """Lower-case strings one of which every match of the sequence contains, or None when none is known."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in seq:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        flush()
        inner: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            inner = _needed(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            inner = _needed(av[2])
        elif op is _c.BRANCH:
            parts = [_needed(branch) for branch in av[1]]
            if all(p is not None for p in parts):
                inner = frozenset().union(*parts)  # type: ignore[arg-type]
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            inner = _needed(av)
        if inner is not None:
            options.append(inner)
    flush()
    return _best(options)


def needed_words(pattern: re.Pattern[str] | Source) -> frozenset[str] | None:
    """Lower-case strings one of which is in every text the pattern matches in (None: no such set known).

    Read from the pattern itself: a run of literal characters, a group, a repeat taken at least once, and an
    alternation whose every branch has such a set of its own, each gives one; the most selective is kept.
    Testing ``any(w in text.lower() for w in words)`` before a scan skips the scans that cannot match."""
    return _needed(_parsed(pattern))


# --- scanning only where a match can start -------------------------------------------------------------
#
# A pattern whose every match holds one of its needed words, and is at most ``widest`` characters long,
# can only start within ``widest`` characters before an occurrence of one of them. ``Anchors.windows``
# lists those stretches of start positions; ``matches`` runs the pattern there alone, with the text cut
# ``reach`` characters past each stretch (as far as an attempt from inside it can look), which is
# exactly what ``finditer`` over the whole text finds: one scan of a few hundred characters where the
# engine would otherwise try the pattern at every position of the article.

_LOOK_OPS = {_c.ASSERT, _c.ASSERT_NOT}
# Non-ASCII characters an ignore-case match takes for an ASCII letter although ``str.lower`` does not give
# that letter: in a text holding one, the occurrences of a needed word cannot be told from the lowered text.
_UNLOWERED_FOLDS = "\u0130\u0131\u017f"


def _reach(seq: Any) -> tuple[int, int] | None:
    """(most characters the sequence consumes, most characters from its start the engine may examine)."""
    consumed = seen = 0
    for op, av in seq:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            width, look = 1, 1
        elif op is _c.GROUPREF:  # as long as the group it repeats, at most
            width = seq.state.groupwidths[av][1]
            if width >= _c.MAXREPEAT:
                return None
            look = width
        elif op is _c.AT:
            width, look = 0, 2  # "$" looks at the character after a final newline too
        elif op is _c.SUBPATTERN:
            inner = _reach(av[-1])
            if inner is None:
                return None
            width, look = inner
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            inner = _reach(av)
            if inner is None:
                return None
            width, look = inner
        elif op in _REPEATS:
            inner = _reach(av[2])
            if inner is None or av[1] >= _c.MAXREPEAT:
                return None
            width, look = av[1] * inner[0], av[1] * max(inner)
        elif op is _c.BRANCH:
            parts = [_reach(branch) for branch in av[1]]
            if any(p is None for p in parts):
                return None
            width = max(p[0] for p in parts if p)
            look = max(p[1] for p in parts if p)
        elif op is _c.GROUPREF_EXISTS:
            parts = [_reach(av[1]), _reach(av[2]) if av[2] is not None else (0, 0)]
            if any(p is None for p in parts):
                return None
            width = max(p[0] for p in parts if p)
            look = max(p[1] for p in parts if p)
        elif op in _LOOK_OPS:  # a look behind ends here, a look ahead starts here: neither goes further
            inner = _reach(av[1])
            if inner is None:
                return None
            width, look = 0, max(inner)
        else:  # a back reference, ...: unknown
            return None
        seen = max(seen, consumed + look)
        consumed += width
    return consumed, max(seen, consumed)


def reach(pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """(longest match, farthest character past a match's start that an attempt may look at), or None when
    either is unbounded or cannot be read."""
    return _reach(_parsed(pattern))


def ends_at_end(pattern: re.Pattern[str]) -> bool:
    """Whether every match of the pattern ends where the text (or the ``endpos`` of a search) does: its
    last item, outside any alternation, is ``\\Z``."""
    items = _parsed(pattern).data
    return bool(items) and items[-1] == (_c.AT, _c.AT_END_STRING)


def lowered_usable(text: str, lowered: str) -> bool:
    """Whether a case-sensitive scan of ``lowered`` (``text.lower()``) finds what an ignore-case scan of
    ``text`` finds, at the same offsets: lowering kept every character one character, and the text holds
    none of the few characters an ignore-case match takes for an ASCII letter that ``str.lower`` leaves."""
    return len(lowered) == len(text) and (text.isascii() or not any(c in text for c in _UNLOWERED_FOLDS))


DIGIT = "\\d"  # in a set of anchor characters: any decimal digit, as ``\\d`` reads it

# An anchor: needles (lower-case strings, or characters, DIGIT for any digit) one of which every match holds,
# starting at most ``offset`` characters after the match's start.
Anchor = tuple[frozenset[str], frozenset[str], int]


def _anchor_class(items: Any) -> frozenset[str] | None:
    """The characters of a class usable as an anchor (digits and ASCII punctuation: characters no case
    folding reaches), or None."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL and chr(av).isascii() and not chr(av).isalpha() and not chr(av).isspace():
            chars.add(chr(av))
        elif op is _c.RANGE and all(chr(c).isdigit() and chr(c).isascii() for c in range(av[0], av[1] + 1)):
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            return None
    return frozenset(chars)


def _foldless(char: str) -> bool:
    """Whether the lowered text shows every character an ignore-case match takes for ``char``: an ASCII
    one (``Anchors`` checks the text for the few folds ``str.lower`` misses), or one without case."""
    return char.isascii() or char.lower() == char.upper() == char


def _options(seq: Any) -> list[Anchor]:
    """Every anchor the sequence cannot match without, with its offset from the sequence's start."""
    options: list[Anchor] = []
    before: int | None = 0
    run: list[str] = []
    run_at = 0
    for item in seq:
        op, av = item
        if op is _c.LITERAL and _foldless(chr(av)):
            if not run:
                run_at = before if before is not None else -1
            run.append(chr(av).lower())
        else:
            if run and run_at >= 0:
                options.append((frozenset({"".join(run)}), frozenset(), run_at))
            run = []
        inner: list[Anchor] = []
        if op is _c.IN:
            chars = _anchor_class(av)
            if chars:
                inner = [(frozenset(), chars, 0)]
        elif op is _c.SUBPATTERN:
            inner = _options(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            inner = _options(av[2])
        elif getattr(_c, "ATOMIC_GROUP", None) is op:
            inner = _options(av)
        elif op is _c.BRANCH:
            branches = [_options(branch) for branch in av[1]]
            if all(branches):
                best = [min(b, key=_rank) for b in branches]
                inner = [(frozenset().union(*(b[0] for b in best)), frozenset().union(*(b[1] for b in best)),
                          max(b[2] for b in best))]
        if before is not None:
            options += [(words, chars, before + at) for words, chars, at in inner]
        width = _reach(seq.__class__(seq.state, [item]) if hasattr(seq, "state") else [item])
        before = None if before is None or width is None else before + width[0]
    if run and run_at >= 0:
        options.append((frozenset({"".join(run)}), frozenset(), run_at))
    return options


def _rank(option: Anchor) -> tuple[int, int, int]:
    """Lower is better: long words first (rare in a text), then digits and punctuation, then short words."""
    words, chars, offset = option
    shortest = min(map(len, words)) if words else 0
    if words and not chars and (shortest >= _MIN_WORD or offset == 0):
        # a short word starting every match: each occurrence is one position to try
        return (0 if shortest >= _MIN_WORD else 1, -shortest, offset)
    if chars and not words:
        return (1, len(chars), offset)
    return (2, -shortest, offset)


# An anchor as ``Anchors.windows`` reads it: the words (none of them starting another), or the scan for runs
# of the characters, and the offset.
Needles = tuple[tuple[str, ...], "re.Pattern[str] | None", int]


def anchors_of(pattern: re.Pattern[str], most: int = 2) -> list[Needles]:
    """The best few anchors of a pattern (``_rank``): words alone or characters alone, for ``Anchors.windows``."""
    options = sorted(set(_options(_parsed(pattern))), key=_rank)
    return [_needles(o) for o in options if _rank(o)[0] < 2][:most]


def _needles(anchor: Anchor) -> Needles:
    words, chars, offset = anchor
    # A word another one starts with is left out: its occurrences are theirs.
    kept = tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))
    runs = re.compile("[" + "".join(c if c == DIGIT else re.escape(c) for c in sorted(chars)) + "]+") if chars else None
    return kept, runs, offset


class Anchors:
    """Where in one text the anchors of the date grammar occur, found once and shared by the patterns."""

    def __init__(self, text: str, lowered: str) -> None:
        self.size = len(text)
        self.lowered = lowered
        # Offsets of the lowered text are those of the text only when lowering kept every character one
        # character; the few folds ``str.lower`` does not make would hide occurrences.
        self.usable = lowered_usable(text, lowered)
        self._in: dict[str, bool] = {}
        self._sets: dict[frozenset[str], bool] = {}  # by the set: rules share sets (the months' names in five)
        self._words: dict[str, list[int]] = {}
        self._runs: dict[int, list[tuple[int, int]]] = {}  # by the scan's id: hashing a pattern hashes its code
        # By the needles' words and the id of their scan: the rules of the date grammar share a few sets of
        # needles (the months' first letters in eight of them), each listed and sorted once per text.
        self._found: dict[tuple[tuple[str, ...], int], list[tuple[int, int]]] = {}

    def holds_any(self, words: Iterable[str]) -> bool:
        """Whether one of ``words`` is in the lowered text (each word looked up once per text)."""
        seen = self._in
        for word in words:
            hit = seen.get(word)
            if hit is None:
                hit = seen[word] = word in self.lowered
            if hit:
                return True
        return False

    def holds_any_of(self, words: frozenset[str]) -> bool:
        """``holds_any`` for a set of words, answered once per text for each set (a frozenset keeps its hash:
        the lookup costs less than going through its words again)."""
        hit = self._sets.get(words)
        if hit is None:
            hit = self._sets[words] = self.holds_any(words)
        return hit

    def _starts(self, needles: Needles) -> list[tuple[int, int]]:
        """(first, last) start of every occurrence of the needles: a run of characters from its first to its last."""
        words, runs, _offset = needles
        key = (words, id(runs))
        known = self._found.get(key)
        if known is not None:
            return known
        found: list[tuple[int, int]] = []
        for word in words:
            at = self._words.get(word)
            if at is None:
                at = []
                if self._in.get(word, True):
                    lowered, i = self.lowered, self.lowered.find(word)
                    while i >= 0:
                        at.append(i)
                        i = lowered.find(word, i + 1)
                self._words[word] = at
            found += [(i, i) for i in at]
        if runs is not None:
            spans = self._runs.get(id(runs))
            if spans is None:
                spans = self._runs[id(runs)] = [(m.start(), m.end() - 1) for m in runs.finditer(self.lowered)]
            found += spans
        if len(words) > 1 or runs is not None and words:
            found.sort()
        self._found[key] = found
        return found

    def windows(self, anchors: list[Needles], most: int | None = None) -> list[tuple[int, int]] | None:
        """Merged (first, last) start positions of any match, read from whichever of ``anchors`` leaves the
        fewest; None when the whole text must be scanned (the offsets cannot be trusted, or more than
        ``most`` positions are left: half the text when not given)."""
        if not self.usable or not anchors:
            return None
        best: list[tuple[int, int]] | None = None
        least = self.size // 2 if most is None else most
        for needles in anchors:
            offset = needles[2]
            merged: list[tuple[int, int]] = []
            covered = 0
            low = high = -2  # the stretch being merged, kept in two names and put in ``merged`` when closed
            for start, end in self._starts(needles):
                first = start - offset if start > offset else 0
                if high >= 0 and first <= high + 1:
                    if end > high:
                        covered += end - high
                        high = end
                else:
                    if high >= 0:
                        merged.append((low, high))
                    low, high = first, end
                    covered += end - first + 1
                if covered > least:
                    break
            if high >= 0:
                merged.append((low, high))
            if covered <= least:
                best, least = merged, covered
                if covered * 16 < self.size:
                    break  # few enough: the next anchor would not pay for its own search
        return best


_FEW = 8  # a window this narrow is tried position by position: a search would try ``look`` more past it


def matches(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], look: int | None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, for a pattern whose matches all start inside ``windows``
    and whose attempts look at most ``look`` characters past their start (``reach``; None: no bound known).
    A wide window is searched with the text cut just past what an attempt from inside it can see; a
    narrow one, or any when ``look`` is unknown, is tried at each of its positions over the whole text.
    Matches are never empty there (each holds a needle), so the scan goes on from the end of the last."""
    pos = 0
    size = len(text)
    match, search = pattern.match, pattern.search
    for first, last in windows:
        at = first if first > pos else pos
        if look is None or last - at < _FEW:
            while at <= last:
                m = match(text, at)
                if m is None:
                    at += 1
                    continue
                yield m
                pos = at = m.end()
            continue
        stop = last + look + 2
        if stop > size:
            stop = size
        while at <= last:
            m = search(text, at, stop)
            if m is None or m.start() > last:
                break
            yield m
            pos = at = m.end()


_last: tuple[str, Anchors] | None = None  # the last text read and its anchors (kept alive, so ``is`` is safe)


def text_anchors(text: str) -> Anchors:
    """The ``Anchors`` of ``text``, shared by the extractors that read one article after another: each word
    is then looked for once per article, not once per extractor. (One reference, read and replaced whole:
    threads reading other texts at once each get the anchors of their own.)"""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    anchors = Anchors(text, text.lower())
    _last = (text, anchors)
    return anchors


class Scan:
    """``pattern.finditer`` run only where a match can start (``anchors_of``, ``matches``): the same matches,
    found from the words every match holds instead of a try at every position of the text. A text holding
    none of the words the pattern needs (``needed_words``) is not scanned at all."""

    def __init__(self, pattern: re.Pattern[str], most: int = 256) -> None:
        self.pattern = pattern
        self.needed = needed_words(pattern)
        self.anchors = anchors_of(pattern)
        extent = reach(pattern)
        self.look = extent[1] if extent else None
        self.most = most  # without a bound on how far an attempt looks, at most this many starts tried one by one

    def finditer(self, text: str, anchors: Anchors | None = None) -> Iterator[re.Match[str]]:
        anchors = anchors if anchors is not None else text_anchors(text)
        if not anchors.usable:
            return self.pattern.finditer(text)
        if self.needed is not None and not anchors.holds_any(self.needed):
            return iter(())
        windows = anchors.windows(self.anchors, None if self.look is not None else self.most)
        return self.pattern.finditer(text) if windows is None else matches(self.pattern, text, windows, self.look)


# Words that may follow the hour of a clock time told in words ("a quarter to nine our time", "half past ten by
# the mayor"): any other word after it is a noun the number counts ("a quarter to ten people", "cut by a quarter
# to 10 percent"). Read by the date reader, which takes the clock time, and the figure reader, which leaves it.
CLOCK_HOUR_FOLLOWERS = (
    "o['’]?clock|in|at|on|and|or|when|after|before|for|with|as|but|is|was|will|it|he|she|they|we|the|a\\.?m|p\\.?m"
    "|tonight|today|tomorrow|yesterday|sharp|this|local|our|their|gmt|utc|by|from|near|outside|inside|into|under"
    "|amid|while|then|that|there|every|each|until|till|during|beside|behind|across|along|against|so"
)
