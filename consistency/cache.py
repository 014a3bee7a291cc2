"""An on-disk cache of per-article extraction results, keyed by content, never by file times.

A key is the SHA-256 of everything the result depends on: the article's content and metadata
(not its id or path: a renamed or copied file hits), the tool's version and a digest of its own
source (a changed extractor never reads an old result), and the extraction options, including
the content of the vocabulary files. So a CI machine or a fresh checkout can reuse a cache
safely, and a pre-commit run on one changed file extracts only that file.

Entries are pickles of the model's own dataclasses, written atomically, one file per key under
``<dir>/<namespace>/<2 hex>/<key>.pkl`` behind a header naming the format and the key. A warm run
reads hundreds of thousands of values: a pickle is rebuilt in C, where a JSON entry had to be
walked in Python to become objects again (three quarters of a warm run's reading). The pickles are
read by a restricted unpickler (``loads``): it builds only the dataclasses the kind of entry may
hold, each through its own ``__init__`` (so every field, and no other, is given), and Python's own
values; anything else (another class, a function, a module) stops the entry. An entry that does not
unpickle, names another key or format, or holds anything else is ignored and rewritten: a corrupt or
foreign entry is never trusted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import json
import operator
import os
import pickle
import queue
import re
import tempfile
import threading
import time
import tokenize
from collections.abc import Callable, Iterable
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from consistency import __version__, model
from consistency.files import write_atomic

DEFAULT_DIR = ".consistency-cache"
FORMAT = "consistency-cache/2"
SUFFIX = ".pkl"
_OLD_SUFFIXES = (".json",)  # entries of format 1: never read by this version
DEFAULT_MAX_AGE_DAYS = 30.0  # an entry no run has used for this long is removed
PRUNED_MARKER = "last-pruned"
PRUNE_EVERY_SECONDS = 86400.0  # a prune walks the whole cache: once a day is enough
# Entries given to the background writer and not yet written, at most (bytes): beyond, ``put`` waits
# for it. Unbounded, a writer slowed by a busy machine held 31 MB of a cold 10,000-article audit's
# entries in memory when grouping began, and more the busier the machine.
PENDING_BYTES = 8 * 2**20

# The only types an entry may hold: the model's value types, by name (never a class a file names).
_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (model.Fact, model.DateValue, model.Quantity, model.Attribution, model.Frame, model.Removal)
}


class CorruptEntry(ValueError):
    """An entry that is not what this version writes."""


def source_digest(cache: Cache | None = None) -> str:
    """The tool's version and a digest of its Python source, its comments left out (``code_digest``):
    a changed extractor is a new tool, a changed comment is not. With ``cache``, each file's digest
    is read back from it by the digest of the file's bytes, so only an edited file is read as tokens.

    Every key holds this digest: with the file bytes in it, a comment-only commit made every entry
    miss, and a 100,000-article warm re-run straddling one took 0.95x of its cold run."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(_file_digest(path.read_bytes(), cache).encode())
    return digest.hexdigest()


SOURCE = "source"  # a source file's ``code_digest``, keyed by the digest of its bytes
_CODE_DIGESTS: dict[str, str] = {}  # the same, for this process
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def _file_digest(data: bytes, cache: Cache | None) -> str:
    raw = hashlib.sha256(data).hexdigest()
    known = _CODE_DIGESTS.get(raw)
    if known is None and cache is not None:
        stored = cache.get(raw, namespace=SOURCE)
        if type(stored) is str and _HEX_DIGEST.fullmatch(stored):
            known = stored
    if known is None:
        known = code_digest(data)
        if cache is not None:
            cache.put(raw, known, namespace=SOURCE)
    _CODE_DIGESTS[raw] = known
    return known


def code_digest(data: bytes) -> str:
    """A digest of a Python file's tokens without its comments and blank lines: what runs. Strings
    (docstrings too), names, operators, line ends and indentation all count; a file that does not
    tokenize counts by its bytes."""
    digest = hashlib.sha256()
    try:
        for token in tokenize.tokenize(io.BytesIO(data).readline):
            if token.type not in (tokenize.COMMENT, tokenize.NL):
                digest.update(f"{token.type}\0{token.string}\0".encode())
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError):
        return hashlib.sha256(b"bytes\0" + data).hexdigest()
    return digest.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """The content of some files (a vocabulary folder's YAML), in name order."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()


def article_key(article: model.Article, salt: str) -> str:
    """What extraction reads of an article: every field but its id and path, plus the run's salt."""
    fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name not in ("id", "path")}
    text = json.dumps(fields, default=_plain, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{salt}\0{text}".encode()).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return f"{type(value).__name__}:{value.isoformat()}"
    raise TypeError(f"cannot key {type(value).__name__}")


def dumps(value: Any) -> bytes:
    """A pickle of ``value`` (model dataclasses in tuples, lists, dicts and Python's scalars) that
    ``loads`` reads back: each dataclass as a call of its class with its fields in order."""
    buffer = io.BytesIO()
    pickler = _Pickler(buffer)
    pickler.dump(pickler.runs_within(value))
    return buffer.getvalue()


def loads(data: bytes | memoryview, types: dict[str, type] | None = None, *, own: bool = False) -> Any:
    """The value ``dumps`` wrote; raises ``CorruptEntry`` for anything but the model's value types,
    the dataclasses ``types`` adds (by name) and Python's own values, or a class called with other fields.

    ``own``: bytes this run wrote itself (a spool's chunks, a worker's results), never a file's: any
    other class or function they name is found as ``pickle`` finds it; the dataclasses of ``types``
    are still built in one call each and their runs in one loop, the reason to write them so."""
    allowed = {**(types or {}), **_TYPES}
    try:
        return _Unpickler(io.BytesIO(data), allowed, own).load()
    except CorruptEntry:
        raise
    except Exception as error:  # noqa: BLE001 - whatever a damaged pickle raises, it is one bad entry
        raise CorruptEntry(f"entry does not unpickle ({type(error).__name__})") from error


class _Pickler(pickle.Pickler):
    def __init__(self, handle: BinaryIO, protocol: int = pickle.HIGHEST_PROTOCOL) -> None:
        super().__init__(handle, protocol=protocol)
        # Each tuple or list written as a run, by id: one held twice (the pairs a slot's findings
        # share) is one run, written once and read back as one, as pickle shares any other object.
        self._runs: dict[int, _Run] = {}

    def reducer_override(self, obj: Any) -> Any:
        """A dataclass as its class called with its fields in order (read back by ``_builder``, which
        refuses a missing or an extra field), those of its fields that hold several dataclasses of
        one class as runs (``_Run``); a run as ``_run`` called with its class's name, whether it is a
        list, and every item's fields one after another."""
        cls: type = type(obj)
        if cls is _Run:
            return _run, self._reduced(obj.items)
        getter = _fields_getter(cls)
        if getter is None:
            return NotImplemented
        values = getter(obj)
        slots = _run_fields(cls)
        if slots:
            values = tuple(self.as_run(v) if n in slots else v for n, v in enumerate(values))
        return cls, values

    def _reduced(self, items: tuple[Any, ...] | list[Any]) -> tuple[str, bool, tuple[Any, ...]]:
        cls: type = type(items[0])
        getter = _fields_getter(cls)
        assert getter is not None
        slots = _run_fields(cls)
        fields: Iterable[Any] = chain.from_iterable(map(getter, items))
        if slots:  # a run of findings holds runs of pairs
            size = len(_field_names(cls))
            fields = (self.as_run(v) if n % size in slots else v for n, v in enumerate(fields))
        return cls.__name__, type(items) is list, tuple(fields)

    def as_run(self, value: Any) -> Any:
        """``value`` as a ``_Run`` when it is a tuple or list of two or more dataclasses of one class."""
        if type(value) is not tuple and type(value) is not list or len(value) < 2:
            return value
        run = self._runs.get(id(value))
        if run is not None:
            return run
        kinds = set(map(type, value))
        if len(kinds) != 1:
            return value
        cls = kinds.pop()
        if _fields_getter(cls) is None or not _field_names(cls):
            return value
        run = self._runs[id(value)] = _Run(value)  # (the run holds the value: its id stays its own)
        return run

    def runs_within(self, value: Any) -> Any:
        """A payload with its runs wrapped: the value itself, or the values or items of a dict, tuple
        or list, one level down (the payloads' runs stand there: an entry's facts, an event's findings)."""
        value = self.as_run(value)
        if type(value) is dict:
            return {k: self.runs_within(v) if type(v) is tuple else self.as_run(v) for k, v in value.items()}
        if type(value) is tuple:
            return tuple(map(self.as_run, value))
        return value


class _Run:
    """A tuple or list of two or more dataclasses of one class, written as one call (``_run``).

    A warm run reads about 650,000 pair verdicts and 170,000 facts at 10,000 articles: built one call
    each, the calls cost more than the unpickling (``_run_builder`` builds a run in one loop). (The
    pickler's ``reducer_override`` is never asked about a tuple or a list: a run is wrapped first.)"""

    __slots__ = ("items",)

    def __init__(self, items: tuple[Any, ...] | list[Any]) -> None:
        self.items = items


_RUN_FIELD = re.compile(r"(?:tuple|list)\[[A-Z]\w*, \.\.\.\]")


@functools.cache
def _run_fields(cls: type) -> frozenset[int]:
    """The positions of a dataclass's fields declared as tuples of a class (``tuple[PairVerdict, ...]``)."""
    return frozenset(n for n, f in enumerate(dataclasses.fields(cls))
                     if isinstance(f.type, str) and _RUN_FIELD.fullmatch(f.type))


def _run(name: str, as_list: bool, flat: tuple[Any, ...]) -> Any:
    """The global a run is written under (``_Unpickler`` reads it as ``_build_run``; never called)."""
    raise CorruptEntry("a run is built by the unpickler")


_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}


def _fields_getter(cls: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """A dataclass's field values in order, read in C (made once per class: a run writes a hundred
    thousand values); None for any other type."""
    try:
        return _GETTERS[cls]
    except KeyError:
        getter: Callable[[Any], tuple[Any, ...]] | None = None
        if dataclasses.is_dataclass(cls):
            names = [f.name for f in dataclasses.fields(cls)]
            many = operator.attrgetter(*names) if names else None
            getter = (lambda obj: ()) if many is None else many if len(names) > 1 else (lambda obj: (many(obj),))
        _GETTERS[cls] = getter
        return getter


def with_fields(value: Any, **changes: Any) -> Any:
    """``dataclasses.replace`` for the frozen dataclasses without ``__post_init__`` the cache holds,
    without calling ``__init__`` (a copy of the fields, some changed): a run copies tens of thousands."""
    cls: type = type(value)
    if hasattr(value, "__post_init__"):
        return dataclasses.replace(value, **changes)
    copy: Any = object.__new__(cls)
    if "__slots__" in cls.__dict__:  # no ``__dict__``: each field set as ``__init__`` sets it
        put = object.__setattr__
        for name in _field_names(cls):
            put(copy, name, changes[name] if name in changes else getattr(value, name))
        return copy
    copy.__dict__.update(value.__dict__)
    copy.__dict__.update(changes)
    return copy


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


class _Unpickler(pickle.Unpickler):
    """Builds only the allowed dataclasses (asked for by module and name, matched against the very
    classes), never another global: no function, no module, no class a file names."""

    def __init__(self, handle: io.BytesIO, allowed: dict[str, type], own: bool = False) -> None:
        super().__init__(handle)
        self.allowed = allowed
        self.own = own  # bytes of this run (``loads``): other globals found as pickle finds them

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (_run.__module__, _run.__name__):
            return functools.partial(_build_run, self.allowed)
        cls = self.allowed.get(name)
        if cls is None or cls.__module__ != module:
            if self.own:
                return super().find_class(module, name)
            raise CorruptEntry(f"type {module}.{name} may not be in a cache entry")
        # A function, not the class: pickle then refuses to make an instance without calling it
        # (NEWOBJ wants a type), so every object of an entry was given all its fields, and no other.
        return _builder(cls)

    def persistent_load(self, pid: Any) -> Any:
        raise CorruptEntry("persistent references may not be in a cache entry")


@functools.cache
def _builder(cls: type) -> Any:
    """A maker of ``cls`` from its fields' values in order, as ``cls(*values)`` makes it for these
    frozen dataclasses without ``__post_init__`` (a class with one is called as it is): one call of
    code made for the class (``_made``), no ``__init__`` setting each field through ``__setattr__``.
    Another number of values is a ``TypeError`` (a corrupt entry): every field is given, no other."""
    if hasattr(cls, "__post_init__"):
        return functools.partial(cls)
    return _made(cls, "one")


def _build_run(allowed: dict[str, type], name: str, as_list: bool, flat: tuple[Any, ...]) -> Any:
    """The items of a run (``_Run``) of an allowed class, each given all its fields."""
    cls = allowed.get(name) if type(name) is str else None
    if cls is None or type(as_list) is not bool or type(flat) is not tuple:
        raise CorruptEntry(f"a run of {name!r} may not be in a cache entry")
    size = len(_field_names(cls))
    if not flat or len(flat) % size:
        raise CorruptEntry(f"a run of {cls.__name__} with {len(flat)} values, not a multiple of {size}")
    items = _run_builder(cls)(flat)
    return items if as_list else tuple(items)


@functools.cache
def _run_builder(cls: type) -> Callable[[tuple[Any, ...]], list[Any]]:
    """A maker of a run of ``cls`` from its items' fields one after another, in one loop: what
    ``_builder`` makes of each, without a call per item."""
    if hasattr(cls, "__post_init__"):
        size = len(_field_names(cls))
        return lambda flat: [cls(*values) for values in zip(*[iter(flat)] * size, strict=True)]
    return _made(cls, "run")  # type: ignore[no-any-return]


def _made(cls: type, kind: str) -> Any:
    """Straight-line code for ``cls``'s fields, made once per class (as ``dataclasses`` makes an
    ``__init__``): ``one(v0, v1, ...)`` makes an object, ``run(flat)`` a list of them. A slotted
    class's fields are set through its slots' own setters, another's in its dictionary: a loop over
    the fields took twice as long, and a warm run builds a million objects."""
    names = _field_names(cls)
    scope: dict[str, Any] = {"new": object.__new__, "cls": cls}
    values = ", ".join(f"v{n}" for n in range(len(names)))
    if "__slots__" in cls.__dict__:
        scope.update({f"set{n}": getattr(cls, name).__set__ for n, name in enumerate(names)})
        fill = "; ".join(f"set{n}(item, v{n})" for n in range(len(names)))
    else:
        # Key by key into the object's own dictionary: as small as ``update`` from pairs makes it
        # (``update`` from a dict copies the dict's larger table: 60 MB more at 10,000 articles).
        fill = "; ".join(["fields = item.__dict__", *(f"fields[{name!r}] = v{n}" for n, name in enumerate(names))])
    source = (f"def one({values}):\n item = new(cls); {fill}\n return item\n"
              f"def run(flat):\n made = []\n add = made.append\n"
              f" for {values + ',' if names else '()'} in zip(*[iter(flat)] * {len(names)}, strict=True):\n"
              f"  item = new(cls); {fill}; add(item)\n return made\n")
    exec(source, scope)  # noqa: S102 - code of this module's own making, from the class's field names
    return scope[kind]


class Cache:
    """Get and put payloads by key; a miss, a corrupt entry and an unreadable file are all None."""

    def __init__(self, folder: str | Path, *, background: bool = False) -> None:
        """``background``: entries are written by a thread of their own (``put`` returns at once; ``get``
        sees them; ``flush`` or ``finish`` waits for the last). Creating a file costs a run about a
        millisecond an entry, in the operating system, while Python may go on with the next article."""
        self.folder = Path(folder)
        self._root = str(self.folder)
        self.hits = 0
        self.misses = 0
        self._read: list[str] = []  # entries this run read: marked as used when it ends (``finish``)
        self._background = background
        self._pending: dict[str, bytes] = {}  # path -> data, until the writer has written it
        self._pending_bytes = 0
        self._lock = threading.Lock()
        self._room = threading.Condition(self._lock)  # the writer has made room (``PENDING_BYTES``)
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None

    def _path(self, key: str, namespace: str) -> str:
        return os.path.join(self._root, namespace, key[:2], key + SUFFIX)  # str: a Path per entry costs

    @staticmethod
    def _header(key: str) -> bytes:
        return f"{FORMAT}\n{key}\n".encode("ascii")

    def get(self, key: str, namespace: str = "v1", types: dict[str, type] | None = None) -> Any | None:
        """The payload under ``key`` in ``namespace`` (a kind of entry: "v1" for articles, "events"),
        holding only the model's value types and ``types``."""
        path = self._path(key, namespace)
        try:
            with self._lock:
                data = self._pending.get(path)  # (bytes)
            if data is None:
                with open(path, "rb") as handle:
                    data = handle.read()
            header = self._header(key)
            if not data.startswith(header):
                raise CorruptEntry("not this entry")
            payload = loads(memoryview(data)[len(header):], types)
        except (OSError, ValueError):  # CorruptEntry is a ValueError
            self.misses += 1
            return None
        self.hits += 1
        self._read.append(path)
        return payload

    def put(self, key: str, payload: Any, namespace: str = "v1") -> None:
        """Write atomically; a cache that cannot be written (read-only checkout) is skipped silently."""
        path = self._path(key, namespace)
        try:
            data = self._header(key) + dumps(payload)
        except (TypeError, pickle.PicklingError, AttributeError):
            return  # not a value an entry may hold: computed again next time
        if not self._background:
            _write_entry(path, data)
            return
        with self._lock:
            self._pending_bytes += len(data) - len(self._pending.get(path, b""))
            self._pending[path] = data
        if self._writer is None:
            self._writer = threading.Thread(target=self._write_pending, name="cache-writer", daemon=True)
            self._writer.start()
        self._queue.put(path)
        with self._room:  # a writer behind (a busy machine) makes the run wait, not grow
            while self._pending_bytes > PENDING_BYTES and self._writer is not None and self._writer.is_alive():
                self._room.wait(0.5)

    def put_now(self, key: str, payload: Any, namespace: str = "v1") -> None:
        """``put`` for a large entry: pickled straight into its file, here and now, and renamed into
        place. ``put`` holds an entry's bytes (and copies of them) until its writer has written them:
        for a corpus's whole extraction, tens of megabytes at 10,000 articles."""
        path = self._path(key, namespace)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=os.path.dirname(path))
        except OSError:
            return  # a cache that cannot be written (read-only checkout) is skipped silently
        try:
            with os.fdopen(fd, "wb") as handle:
                mask = os.umask(0o022)  # the mode every entry gets (``write_atomic``), not mkstemp's 0600
                os.umask(mask)
                os.fchmod(handle.fileno(), 0o666 & ~mask)
                handle.write(self._header(key))
                pickler = _Pickler(handle)
                pickler.dump(pickler.runs_within(payload))
            os.replace(tmp, path)
        except (OSError, TypeError, pickle.PicklingError, AttributeError):
            try:  # not a value an entry may hold, or a full disk: computed again next time
                os.unlink(tmp)
            except OSError:
                pass

    def _write_pending(self) -> None:
        while (path := self._queue.get()) is not None:
            with self._lock:
                data = self._pending.get(path)
            if data is None:  # put twice: the later data went with the first of its turns
                continue
            _write_entry(path, data)
            with self._lock:
                if self._pending.get(path) is data:
                    del self._pending[path]
                    self._pending_bytes -= len(data)
                    self._room.notify_all()

    def flush(self) -> None:
        """Wait until every entry ``put`` gave is written (with ``background``)."""
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join()
            self._writer = None

    def mark_used(self, keys: Iterable[str | None], namespace: str) -> None:
        """Entries a run relies on without reading them (the per-article halves of a corpus-wide entry
        it read back): kept as long as what was built from them."""
        self._read.extend(self._path(key, namespace) for key in keys if key)

    def finish(self, max_age_days: float | None = DEFAULT_MAX_AGE_DAYS, now: float | None = None) -> int:
        """The end of a run: every entry it read is marked as used now (its file time: the cache never
        trusts file times for what an entry holds, only for when it last served), and once a day the
        entries no run has used for ``max_age_days`` are removed (``prune``). None keeps everything.
        Returns how many entries were removed."""
        self.flush()
        now = time.time() if now is None else now
        for path in self._read:
            try:
                os.utime(path, (now, now))
            except OSError:
                pass
        self._read.clear()
        if max_age_days is None:
            return 0
        marker = self.folder / PRUNED_MARKER
        try:
            if now - marker.stat().st_mtime < PRUNE_EVERY_SECONDS:
                return 0
        except OSError:
            if not self.folder.is_dir():
                return 0
        removed = prune(self.folder, max_age_days, now)
        try:
            marker.touch()
            os.utime(marker, (now, now))
        except OSError:
            pass
        return removed


def prune(folder: Path, max_age_days: float, now: float) -> int:
    """Remove the entries under ``folder`` that no run has read or written for ``max_age_days``, the
    files of other cache formats (a cache an older version wrote), and temporary files a killed run
    left. An entry that went stale (an article edited, a corpus grown, the tool changed) is never read
    again, so a cache that is never pruned only grows. Returns how many files were removed."""
    cutoff = now - max_age_days * 86400
    removed = 0
    for namespace in _folders(folder):
        for bucket in _folders(namespace):
            try:
                files = list(os.scandir(bucket))
            except OSError:
                continue
            for entry in files:
                try:
                    if not entry.is_file(follow_symlinks=False):
                        continue
                    mtime = entry.stat(follow_symlinks=False).st_mtime
                    name = entry.name
                    stale = mtime < cutoff if name.endswith(SUFFIX) and not name.startswith(".") else (
                        mtime < now - 3600 if name.endswith(".tmp") else name.endswith(_OLD_SUFFIXES))
                    if stale:
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    continue
            try:
                bucket.rmdir()  # only when empty
            except OSError:
                pass
    return removed


def _folders(folder: Path) -> list[Path]:
    try:
        return [Path(e.path) for e in os.scandir(folder) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []


def _write_entry(path: str, data: bytes) -> None:
    """One entry, atomically; a cache that cannot be written (read-only checkout) is skipped silently."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomic(Path(path), data, durable=False)  # a lost entry is only a miss
    except OSError:
        return


