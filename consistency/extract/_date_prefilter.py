"""A first-character look for a regular expression: the characters a match can start with, read from the
pattern itself, put in front of it as a lookahead ("(?=[0-9a-zA-Z])").

Python's engine tries a pattern at every position of the text; most of the date grammar's patterns open
with alternations of words ("January|February|..."), so it pays for those at every letter. A lookahead on
one character class rejects most positions at once. The set is read conservatively (anything the reader
does not know makes it give up), so the lookahead never rejects a position where the pattern could match.
"""

from __future__ import annotations

import re
import string
from typing import Any

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons name them sre_*
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

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
    cannot be read or are too many to help.

    For an ignore-case pattern whose first characters are ASCII the look is written case-sensitively with
    both cases (and ``ASCII_FOLDS``) in its class: the engine tests a plain class faster than one it must
    fold, at every position of the text."""
    found = _first(_parser.parse(pattern.pattern, pattern.flags))
    if found is None or found[1] or not found[0]:
        return pattern
    chars = found[0]
    plain = False
    if pattern.flags & re.IGNORECASE:
        chars = chars | {c.swapcase() for c in chars}
        plain = all(c.isascii() for c in chars)
        if plain:
            chars = chars | {f for c in chars for f in ASCII_FOLDS.get(c.lower(), "")}
    if len(chars) > _MAX_SET:
        return pattern
    cls = "".join(sorted(re.escape(c) if c not in "-]\\^" else "\\" + c for c in chars))
    look = f"(?-i:(?=[{cls}]))" if plain else f"(?=[{cls}])"
    return re.compile(look + pattern.pattern, pattern.flags)


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


def needed_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which is in every text the pattern matches in (None: no such set known).

    Read from the pattern itself: a run of literal characters, a group, a repeat taken at least once, and an
    alternation whose every branch has such a set of its own, each gives one; the most selective is kept.
    Testing ``any(w in text.lower() for w in words)`` before a scan skips the scans that cannot match."""
    return _needed(_parser.parse(pattern.pattern, pattern.flags))
