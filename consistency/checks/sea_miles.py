"""Whether a distance in plain miles is told at sea, where news writes "miles" for nautical miles ("the trawler
sank some 30 miles off the cape" beside another outlet's "about 55 km off the cape": 30 nautical miles is 56 km).

The words that set a sentence at sea are data (``rules/vocabulary/sea_miles.yaml``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from consistency.errors import RuleError
from consistency.model import Fact, Quantity
from consistency.vocabulary import active, is_word_list, vocabulary_file
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

FILE_NAME = "sea_miles.yaml"
KEYS = ("sea",)
_WORD = re.compile(r"[a-z]+")
MILE, NAUTICAL_MILE = "mi", "nmi"


def at_sea_in_nautical_miles(a: Fact, qa: Quantity, b: Fact, qb: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two figures with a plain-miles one read as nautical miles, when one of them is in plain miles, the other
    in another unit of length, and either sentence is set at sea; None otherwise."""
    if (qa.unit == MILE) == (qb.unit == MILE) or NAUTICAL_MILE in (qa.unit, qb.unit):
        return None
    if not (told_at_sea(a) or told_at_sea(b)):
        return None
    as_nautical = (dataclasses.replace(q, unit=NAUTICAL_MILE) if q.unit == MILE else q for q in (qa, qb))
    return tuple(as_nautical)  # type: ignore[return-value]


def told_at_sea(fact: Fact) -> bool:
    """Whether the figure's sentence has a word of the sea ("boat", "off the coast", "coastguard")."""
    words = _WORD.findall(fact.sentence.lower())
    return any(_has(words, phrase) for phrase in _sea_words(active()))


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


@functools.lru_cache(maxsize=8)
def _sea_words(folder: str | None) -> tuple[tuple[str, ...], ...]:
    """The sea words of the active folder's file, else the shipped one's."""
    path = vocabulary_file(FILE_NAME)
    name = str(Path(path))
    node = compose_file(Path(path), "vocabulary file")
    if node is None:
        return ()
    fields = mapping(name, node, "a sea word vocabulary")
    reject_unknown(name, fields, KEYS, "the sea word vocabulary")
    if "sea" not in fields:
        return ()
    key_node, value_node = fields["sea"]
    words = value_of(name, value_node)
    if not is_word_list(words):
        raise RuleError(name, "'sea' needs a list of words or phrases", line_of(key_node))
    return tuple(p for p in (tuple(_WORD.findall(w.lower())) for w in words) if p)
