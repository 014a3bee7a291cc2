"""What every suite shares: result rows, guarded access to the pipeline, dates, progress on a TTY."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, TypeVar

import yaml

T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    """One line of the table. ``value`` is what floors compare (None: not measured, see ``note``)."""

    section: str
    key: str  # stable id used by floors.json and results.json: "dates.te3_platinum.strict_f1"
    label: str  # what the table shows
    value: float | None
    counts: str = ""
    unit: str = ""  # "" for a score in [0, 1]; "articles/s", "MB/s", "MiB", "x" for speed
    note: str = ""
    gated: bool = True  # accuracy metrics are gated by floors; speed is not

    def shown(self) -> str:
        if self.value is None:
            return self.note or "not available"
        if self.unit == "":
            return f"{self.value:.3f}"
        if self.unit == "x":
            return f"{self.value:.2f}x"
        return f"{self.value:,.2f} {self.unit}"


def load_yaml(stream: str | IO[str]) -> Any:
    """YAML data through libyaml's safe loader where PyYAML has it (the same safe tags as ``yaml.safe_load``):
    the own claims sets alone are megabytes of YAML that every claims run and the format tests read, and the
    pure-Python loader took most of their time."""
    return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # safe: no tag builds objects


class Unavailable(Exception):
    """A part of the pipeline (or a peer) the suite needs is not there (yet)."""


def need(getter: Callable[[], T], what: str) -> T:
    """Call ``getter`` (an import); turn a missing module or name into ``Unavailable``."""
    try:
        return getter()
    except (ImportError, AttributeError) as error:
        raise Unavailable(f"{what} not available ({error})") from error


_MODULES = {"date": ("dates", "extract_dates"), "figure": ("figures", "extract_figures"),
            "attribution": ("attributions", "extract_attributions")}


def extractor(kind: str) -> Callable[..., list[Any]]:
    """Our extractor of ``kind``, through the registry; straight from its module when another
    extractor is missing and breaks the registry (while the pipeline is being built)."""
    import importlib

    def from_registry() -> Callable[..., list[Any]]:
        from consistency.extract import extractors

        return extractors()[kind]

    def from_module() -> Callable[..., list[Any]]:
        module, name = _MODULES[kind]
        return getattr(importlib.import_module(f"consistency.extract.{module}"), name)

    try:
        return from_registry()
    except (ImportError, AttributeError, KeyError):
        return need(from_module, f"{kind} extractor")


def context(published: dt.date | dt.datetime | None, sentences: tuple[tuple[int, int], ...] = ()) -> Any:
    from consistency.extract import ExtractionContext

    return ExtractionContext(published=published, sentences=sentences)


def parse_when(value: str | None, utc: bool = False) -> dt.date | dt.datetime | None:
    """A corpus creation time / reference date -> date (or datetime when it has a time of day).

    ``utc``: a time of day written with "Z" comes back aware, in UTC, as the corpus states it (the
    date suite passes it on, so an article's stamp can tell its own zone); naive otherwise.
    """
    if not value:
        return None
    if utc and value.strip().endswith("Z"):
        moment = parse_when(value)
        return moment.replace(tzinfo=dt.UTC) if isinstance(moment, dt.datetime) else moment
    value = value.strip().rstrip("Z")
    try:
        if "T" in value or " " in value:
            moment = dt.datetime.fromisoformat(value.replace(" ", "T")[:19])
            return moment if (moment.hour, moment.minute, moment.second) != (0, 0, 0) else moment.date()
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    # Corpus quirks: "t_2013-09-09", "2009-12-3T14:36Z", "2009:02:03T17:59:13Z".
    found = re.search(r"(\d{4})\D(\d{1,2})\D(\d{1,2})(?:T(\d{1,2}):(\d{2}))?", value)
    if not found:
        # "03-02-2009": day first, as one MEANTIME file writes its creation time.
        day_first = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", value)
        if day_first:
            try:
                return dt.date(int(day_first.group(3)), int(day_first.group(2)), int(day_first.group(1)))
            except ValueError:
                return None
        return None
    try:
        year, month, day = (int(found.group(i)) for i in (1, 2, 3))
        if found.group(4):
            moment = dt.datetime(year, month, day, int(found.group(4)), int(found.group(5)))
            return moment if (moment.hour, moment.minute) != (0, 0) else moment.date()
        return dt.date(year, month, day)
    except ValueError:
        return None


def progress(items: Iterable[T], what: str, total: int | None = None) -> Iterator[T]:
    """Yield ``items``, printing a counter to stderr only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    for n, item in enumerate(items, 1):
        if n == 1 or n % 20 == 0 or n == total:
            sys.stderr.write(f"\r{what}: {n}" + (f"/{total}" if total else "") + " " * 8)
            sys.stderr.flush()
        yield item
    sys.stderr.write("\r" + " " * 60 + "\r")
    sys.stderr.flush()


def note(message: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
