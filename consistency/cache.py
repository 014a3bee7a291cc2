"""An on-disk cache of per-article extraction results, keyed by content, never by file times.

A key is the SHA-256 of everything the result depends on: the article's content and metadata
(not its id or path: a renamed or copied file hits), the tool's version and a digest of its own
source (a changed extractor never reads an old result), and the extraction options, including
the content of the vocabulary files. So a CI machine or a fresh checkout can reuse a cache
safely, and a pre-commit run on one changed file extracts only that file.

Entries are JSON (never pickle: a cache folder may come from elsewhere), written atomically,
one file per key under ``<dir>/v1/<2 hex>/<key>.json``. An entry that does not parse, names
another key or format, or holds anything but the model's own types is ignored and rewritten:
a corrupt or foreign entry is never trusted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from consistency import __version__, model
from consistency.files import write_atomic

DEFAULT_DIR = ".consistency-cache"
FORMAT = "consistency-cache/1"

# The only types an entry may hold: the model's value types, by name (never a class a file names).
_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (model.Fact, model.DateValue, model.Quantity, model.Attribution, model.Frame, model.Removal)
}


class CorruptEntry(ValueError):
    """An entry that is not what this version writes."""


def source_digest() -> str:
    """The tool's version and a digest of its Python source: a changed extractor is a new tool."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
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


def encode(value: Any, types: dict[str, type] | None = None) -> Any:
    """Model values to JSON-able data, each dataclass tagged with its type name.

    ``types`` adds the dataclasses a kind of entry may hold besides the model's value types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in _TYPES and name not in (types or {}):
            raise TypeError(f"cannot cache {name}")
        return {"__t": name, **{f.name: encode(getattr(value, f.name), types) for f in dataclasses.fields(value)}}
    if isinstance(value, tuple | list):
        return [encode(v, types) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot cache {type(value).__name__}")


def decode(data: Any, types: dict[str, type] | None = None) -> Any:
    """The inverse of ``encode``; anything else raises ``CorruptEntry`` (lists come back as tuples).

    ``types`` adds the dataclasses a kind of entry may hold besides the model's value types."""
    return _Decoder.of(types).value(data)


_SCALARS = frozenset({str, int, float, bool, type(None)})


class _Decoder:
    """``decode`` with each allowed type's field names looked up once, not once per value: a warm run
    decodes hundreds of thousands of values. As strict as ever: unknown types, missing or extra
    fields and anything but JSON's own scalars raise ``CorruptEntry``."""

    _made: dict[tuple[tuple[str, type], ...], _Decoder] = {}

    def __init__(self, types: dict[str, type]) -> None:
        self.classes = {name: (cls, frozenset(f.name for f in dataclasses.fields(cls))) for name, cls in types.items()}
        self.plain = {cls for cls in types.values() if not hasattr(cls, "__post_init__")}

    @classmethod
    def of(cls, types: dict[str, type] | None) -> _Decoder:
        allowed = {**(types or {}), **_TYPES}
        key = tuple(sorted(allowed.items(), key=lambda item: item[0]))
        made = cls._made.get(key)
        if made is None:
            made = cls._made[key] = cls(allowed)
        return made

    def value(self, data: Any) -> Any:
        kind = type(data)
        if kind is dict:
            found = self.classes.get(data.get("__t", ""))  # type: ignore[arg-type]
            if found is None:
                raise CorruptEntry("unknown type in cache entry")
            cls, names = found
            fields = {k: self.value(v) for k, v in data.items() if k != "__t"}
            if len(fields) != len(names) or not names.issuperset(fields):
                raise CorruptEntry(f"fields of {cls.__name__} do not match")
            if cls not in self.plain:
                return cls(**fields)
            # Every field is given and the class has no __post_init__, so filling the instance's dict
            # is what its __init__ does, without a frozen dataclass's setattr per field.
            made: Any = object.__new__(cls)
            made.__dict__.update(fields)
            return made
        if kind is list:
            if all(type(v) in _SCALARS for v in data):  # fact ids, keywords: no nesting to walk
                return tuple(data)
            return tuple([self.value(v) for v in data])
        if kind in _SCALARS:
            return data
        raise CorruptEntry("unexpected value in cache entry")


class Cache:
    """Get and put JSON payloads by key; a miss, a corrupt entry and an unreadable file are all None."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str, namespace: str) -> Path:
        return self.folder / namespace / key[:2] / f"{key}.json"

    def get(self, key: str, namespace: str = "v1") -> Any | None:
        """The payload under ``key`` in ``namespace`` (a kind of entry: "v1" for articles, "events")."""
        try:
            with open(self._path(key, namespace), encoding="utf-8") as handle:
                entry = json.load(handle)
            if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
                raise CorruptEntry("not this entry")
            payload = entry["payload"]
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return payload

    def put(self, key: str, payload: Any, namespace: str = "v1") -> None:
        """Write atomically; a cache that cannot be written (read-only checkout) is skipped silently."""
        path = self._path(key, namespace)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            entry = {"format": FORMAT, "key": key, "payload": payload}
            # dumps, not dump: one call of the C encoder (dump runs the pure-Python one piece by piece).
            text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
            write_atomic(path, text, durable=False)
        except OSError:
            return
