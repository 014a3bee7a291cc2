"""A long, read-only sequence of a run's results held pickled, a chunk at a time.

At 100,000 articles the main process held every slot and finding as objects from the end of the
event stage to the end of the report: about 1.5 GB, the run's largest moment (5 GB with the rest).
The reports read them in order, one pass each (the JSON writer, the outlet scorecard, the exit
code), so nothing needs them all as objects at once. Pickled, they take about a quarter of that;
each pass makes one chunk's objects at a time and drops them. A chunk is also compressed (zlib's
fastest level, about four times smaller again: its pair verdicts repeat statuses, causes and ids),
which costs a pass a few tenths of a second at 10,000 articles.

A ``Spool`` behaves as the tuple it stands for: ``len``, iteration, indexing and slicing, equality
with any sequence of the same items, pickling (as its bytes). Reading one item unpickles its whole
chunk, and the last chunk read is kept, so reading in order costs one unpickling per chunk.
"""

from __future__ import annotations

import bisect
import dataclasses
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from consistency import cache, model

T = TypeVar("T")

CHUNK_ITEMS = 512  # items pickled together: the pickle shares their equal strings and values


class Spool(Sequence[T], Generic[T]):
    """Items appended in chunks, then read as one sequence (see the module's docstring)."""

    __slots__ = ("_chunks", "_starts", "_length", "_pending", "_last")

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._chunks: list[bytes] = []
        self._starts: list[int] = []  # the index of each chunk's first item
        self._length = 0
        self._pending: list[T] = []  # appended, not yet pickled
        self._last: tuple[int, list[T]] | None = None  # the chunk read last: (its number, its items)
        self.extend(items)

    def extend(self, items: Iterable[T]) -> None:
        """Append ``items``; a full chunk is pickled at once, so only a chunk's worth is held as objects."""
        for item in items:
            self._pending.append(item)
            if len(self._pending) >= CHUNK_ITEMS:
                self._seal()

    def sealed(self) -> Spool[T]:
        """This spool with its last items pickled too (a spool is read, once built, not held half-made)."""
        self._seal()
        return self

    def _seal(self) -> None:
        if self._pending:
            self._starts.append(self._length)
            self._chunks.append(to_bytes(self._pending))
            self._length += len(self._pending)
            self._pending = []
            self._last = None

    def _chunk(self, number: int) -> list[T]:
        if self._last is not None and self._last[0] == number:
            return self._last[1]
        items: list[T] = from_bytes(self._chunks[number])
        self._last = (number, items)
        return items

    def __len__(self) -> int:
        return self._length + len(self._pending)

    def __iter__(self) -> Iterator[T]:
        for number in range(len(self._chunks)):
            # Each pass makes its own objects and lets them go with the chunk (not ``_last``, which
            # would keep one chunk alive between passes).
            yield from from_bytes(self._chunks[number]) if self._last is None or self._last[0] != number \
                else self._last[1]
        yield from list(self._pending)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return tuple(self[i] for i in range(start, stop, step))
            out: list[T] = []
            at = start
            while at < stop:
                items, first = self._holding(at)
                out.extend(items[at - first : stop - first])
                at = first + len(items)
            return tuple(out)
        length = len(self)
        if index < 0:
            index += length
        if not 0 <= index < length:
            raise IndexError("Spool index out of range")
        items, first = self._holding(index)
        return items[index - first]

    def _holding(self, index: int) -> tuple[list[T], int]:
        """The chunk holding item ``index`` and the index of its first item."""
        if index >= self._length:
            return self._pending, self._length
        number = bisect.bisect_right(self._starts, index) - 1
        return self._chunk(number), self._starts[number]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # a tuple's hash would unpickle everything

    def __repr__(self) -> str:
        return f"Spool({len(self)} items in {len(self._chunks) + bool(self._pending)} chunks)"

    def __reduce__(self) -> tuple[Any, ...]:
        self._seal()
        return _rebuilt, (self._chunks, self._starts, self._length)


# The model's dataclasses by name: what a spool and an event's results hold (slots, findings and
# what they hold), each written as its class called with its fields (``cache.dumps``).
_MODEL_TYPES: dict[str, type] = {
    cls.__name__: cls for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
}


def to_bytes(obj: Any) -> bytes:
    """Pickled as the cache pickles (``cache.dumps``) and compressed at zlib's fastest level: the form
    results wait in (a spool's chunks, an event's results from a worker until every event is done).

    The cache's form writes a list of findings as one run of their fields, and their pair verdicts as
    runs too, which read back in one loop each rather than one call per object: each report's pass over
    a 10,000-article audit's findings (about 650,000 pair verdicts) unpickled them again, a fifth of a
    warm run's time. Read back by ``from_bytes`` only (the bytes never leave the run)."""
    return zlib.compress(cache.dumps(obj), 1)


def from_bytes(data: bytes) -> Any:
    return cache.loads(zlib.decompress(data), _MODEL_TYPES, own=True)


def _rebuilt(chunks: list[bytes], starts: list[int], length: int) -> Spool[Any]:
    spool: Spool[Any] = Spool()
    spool._chunks, spool._starts, spool._length = list(chunks), list(starts), length
    return spool
