"""A hedged year: "painted around 1642", "dates from about 1642", "in about 1890".

Shared by the date reader, which reads it as an approximate year, and the figure reader, which then
leaves it alone: "about 1500" is a count after most words, a year after a preposition of time or a
verb of making.
"""

from __future__ import annotations

import re

# Words before the hedge that date what follows: prepositions of time, and verbs of making a thing whose
# year is told ("killed about 1500" stays a count).
_DATING = frozenset(
    "in from since until circa painted built made founded born written composed completed constructed erected "
    "dated established created carved drawn begun designed published".split()
)
HEDGES = ("about", "around", "roughly", "approximately")
_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]{1,3}([A-Za-z]+)[^\S\n]{1,3}\Z")
_REACH = 40  # characters before the number the two words are looked for in


def dated_by_words(text: str, number_start: int) -> bool:
    """Whether the two words before the four-digit number at ``number_start`` ("painted around") make it a
    hedged year."""
    m = _BEFORE.search(text, max(0, number_start - _REACH), number_start)
    return m is not None and m.group(2).lower() in HEDGES and m.group(1).lower() in _DATING
