"""quantulum3's English fixtures: sentences with expected quantities (value, unit name, surface).

The fixtures give the surface string, not offsets: we locate each surface in the sentence,
searching left to right after the previous one, so repeated surfaces land on distinct spans.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

QUANTULUM_DIR = "quantulum3/quantulum3/_lang/en_US/tests"


@dataclass(frozen=True)
class Quant:
    start: int  # -1 when the surface is not found verbatim in the sentence
    end: int
    surface: str
    value: float
    unit: str
    uncertainty: float = 0.0  # a range is written as its midpoint +- this


@dataclass(frozen=True)
class QuantCase:
    text: str
    quantities: tuple[Quant, ...]


def parse_quantities(raw: list[dict[str, Any]]) -> list[QuantCase]:
    cases: list[QuantCase] = []
    for item in raw:
        text = item["req"]
        found: list[Quant] = []
        cursor = 0
        for q in item.get("res", []):
            surface = q.get("surface", "")
            at = text.find(surface, cursor) if surface else -1
            if at < 0 and surface:
                at = text.find(surface)
            end = at + len(surface) if at >= 0 else -1
            if at >= 0:
                cursor = end
            found.append(Quant(at, end, surface, float(q["value"]), q.get("unit", ""), float(q.get("uncertainty") or 0)))
        cases.append(QuantCase(text, tuple(found)))
    return cases


def load_quantulum(data: str | Path, names: tuple[str, ...] = ("quantities.json", "quantities.ambiguity.json")) -> list[QuantCase]:
    cases: list[QuantCase] = []
    for name in names:
        with open(Path(data) / QUANTULUM_DIR / name, encoding="utf-8") as handle:
            cases.extend(parse_quantities(json.load(handle)))
    return cases
