"""Our own annotated texts (``benchmarks/own/extractors.yaml``): invented news with gold dates, figures
and attributions, to measure the extractors on news they were not tuned on.

The file names each span by its surface string and, when the surface occurs more than once, its
occurrence ``n`` (1 = the first): a surface written by hand is easier to check than an offset. An
occurrence is a whole-word one (no letter or digit on either side), so "3" is never found inside "13".
The guidelines the annotations follow are in ``benchmarks/own/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import load_yaml

OWN_DIR = Path(__file__).resolve().parent.parent / "own"
EXTRACTORS_FILE = OWN_DIR / "extractors.yaml"

Interval = tuple[int, int]


@dataclass(frozen=True)
class OwnDate:
    start: int
    end: int
    type: str  # TimeML TIMEX3 type: DATE, TIME, DURATION, SET
    value: str  # TimeML value resolved against the publication date


@dataclass(frozen=True)
class OwnFigure:
    start: int
    end: int
    low: float  # the number as written (both bounds equal), or a range's two ends
    high: float
    unit: str | None  # ISO 4217 code, "percent", a unit code ("km", "t"); None for a count


@dataclass(frozen=True)
class OwnAttribution:
    source: Interval | None  # None: no source named ("are said to oppose")
    cue: Interval


@dataclass(frozen=True)
class OwnText:
    id: str
    text: str
    published: str | None  # ISO date, or date and time with "Z"; None when the text has none
    dates: tuple[OwnDate, ...]
    figures: tuple[OwnFigure, ...]
    attributions: tuple[OwnAttribution, ...]


def _whole_word(text: str, at: int, end: int) -> bool:
    return (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def locate(text: str, surface: str, n: int = 1) -> Interval:
    """The ``n``-th whole-word occurrence of ``surface`` in ``text`` (1 = the first): ValueError when
    there are fewer."""
    if not surface or n < 1:
        raise ValueError(f"bad surface {surface!r} or occurrence {n}")
    seen = 0
    at = text.find(surface)
    while at >= 0:
        if _whole_word(text, at, at + len(surface)):
            seen += 1
            if seen == n:
                return at, at + len(surface)
        at = text.find(surface, at + 1)
    raise ValueError(f"{surface!r}: occurrence {n} not found ({seen} whole-word occurrences)")


def _figure(text: str, item: dict[str, Any]) -> OwnFigure:
    start, end = locate(text, item["surface"], item.get("n", 1))
    if "value" in item:
        low = high = float(item["value"])
    else:
        low, high = float(item["low"]), float(item["high"])
        if low > high:
            raise ValueError(f"{item['surface']!r}: low {low} above high {high}")
    unit = item.get("unit")
    return OwnFigure(start, end, low, high, None if unit is None else str(unit))


def _attribution(text: str, item: dict[str, Any]) -> OwnAttribution:
    source = item.get("source")
    return OwnAttribution(
        locate(text, source, item.get("source_n", 1)) if source is not None else None,
        locate(text, item["cue"], item.get("cue_n", 1)),
    )


def parse_text(item: dict[str, Any]) -> OwnText:
    """One text of the file; ValueError (naming the text) when a surface is not where it says."""
    text = item["text"]
    try:
        dates = tuple(
            OwnDate(*locate(text, d["surface"], d.get("n", 1)), str(d["type"]), str(d["value"]))
            for d in item.get("dates") or ()
        )
        figures = tuple(_figure(text, f) for f in item.get("figures") or ())
        attributions = tuple(_attribution(text, a) for a in item.get("attributions") or ())
    except (KeyError, ValueError, TypeError) as error:
        raise ValueError(f"{item.get('id', '?')}: {error}") from error
    published = item.get("published")
    return OwnText(str(item["id"]), text, None if published is None else str(published), dates, figures, attributions)


def load_own(path: Path = EXTRACTORS_FILE) -> list[OwnText]:
    with open(path, encoding="utf-8") as handle:
        data = load_yaml(handle)
    return [parse_text(item) for item in data["texts"]]
