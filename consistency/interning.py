"""One object for many equal ones: the facts of a large corpus repeat themselves.

A corpus's facts are most of what a run holds (about 1.3 KB each before this, some 170,000 facts in
10,000 articles), and most of that is repetition: a sentence's facts each carried their own copy of
the sentence, wire copies repeat whole sentences, and one frame ("death toll, current") or value
("2 to 2 people") stands under thousands of facts. Facts come back from the workers and the cache
as fresh objects, equal but not shared; ``Interner`` makes the equal ones one object again, before
the run keeps them.

Values and frames are frozen dataclasses, so sharing one is safe. Equality is not quite the test:
a date's equality leaves out its TimeML value and zone, and ``1 == 1.0 == True``, ``0.0 == -0.0``;
two objects are shared only when every field is equal, of the same type, with the same sign.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

from consistency.model import Fact


class Interner:
    """Shares equal strings, offsets, values and frames among the facts given to ``facts``."""

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._numbers: dict[int, int] = {}
        self._objects: dict[Hashable, object] = {}

    def facts(self, facts: Iterable[Fact]) -> list[Fact]:
        """``facts`` with their sentences, texts, values and frames shared, set in place: they are
        fresh objects of this run (from a worker or the cache), which nothing else holds yet."""
        out = list(facts)
        strings = self._strings.setdefault
        numbers = self._numbers.setdefault
        put = object.__setattr__  # facts are frozen and slotted: set as ``__init__`` sets them
        for fact in out:
            put(fact, "sentence", strings(fact.sentence, fact.sentence))
            put(fact, "text", strings(fact.text, fact.text))
            # Offsets past 256 are an object each (28 bytes), four a fact; copies of one story and
            # sentences at one place repeat them, so a run needs a few thousand, not 700,000.
            put(fact, "start", numbers(fact.start, fact.start))
            put(fact, "end", numbers(fact.end, fact.end))
            put(fact, "sentence_start", numbers(fact.sentence_start, fact.sentence_start))
            put(fact, "sentence_end", numbers(fact.sentence_end, fact.sentence_end))
            put(fact, "value", self._shared(fact.value))
            if fact.frame is not None:
                put(fact, "frame", self._shared(fact.frame))
        return out

    def _shared(self, obj: object) -> object:
        try:
            key = _key(obj)
            return self._objects.setdefault(key, obj)
        except TypeError:  # a field that cannot be hashed: kept as it is
            return obj


def _key(obj: object) -> Hashable:
    """Equal only for objects of one class with every field equal, of one type and one sign."""
    values = tuple(obj.__dict__.values())
    types = tuple(map(type, values))
    if float not in types:  # most frames: no sign to tell apart
        return (obj.__class__, values, types)
    return (obj.__class__, values, types, tuple(math.copysign(1.0, v) for v in values if v.__class__ is float and v == 0.0))
