"""Microsoft Recognizers-Text spec JSON: cases of an input, a reference date and expected results.

Files are UTF-8 with a byte-order mark. In ``*Model.json`` files ``End`` is inclusive (we turn it
into an exclusive end) and ``Text`` is lower-cased; ``*Extractor.json`` files give ``Start`` and
``Length``. A case marked ``NotSupported``/``NotSupportedByDesign`` for some ports is kept and
flagged, so it can be counted separately.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPECS_DIR = "recognizers-text/Specs"
MODELS = {
    "datetime": "DateTime/English/DateTimeModel.json",
    "number": "Number/English/NumberModel.json",
    "currency": "NumberWithUnit/English/CurrencyModel.json",
    "dimension": "NumberWithUnit/English/DimensionModel.json",
}


@dataclass(frozen=True)
class Result:
    start: int
    end: int  # exclusive
    text: str
    type_name: str
    resolution: dict[str, Any]


@dataclass(frozen=True)
class Case:
    input: str
    reference: str | None  # ISO date-time, the "now" of the case
    results: tuple[Result, ...]
    not_supported: str = ""  # the ports that do not support it ("javascript, python"), "" when all do


def _result(raw: dict[str, Any], model: bool) -> Result:
    start = int(raw["Start"])
    end = int(raw["End"]) + 1 if model else start + int(raw["Length"])
    type_name = raw.get("TypeName") or raw.get("Typename") or raw.get("Type") or ""
    return Result(start, end, raw.get("Text", ""), type_name, raw.get("Resolution") or {})


def parse_cases(raw: list[dict[str, Any]], model: bool = True) -> list[Case]:
    cases: list[Case] = []
    for item in raw:
        context = item.get("Context") or {}
        ports = ", ".join(x for x in (item.get("NotSupported", ""), item.get("NotSupportedByDesign", "")) if x)
        results = tuple(_result(r, model) for r in item.get("Results", []))
        cases.append(Case(item["Input"], context.get("ReferenceDateTime"), results, ports))
    return cases


def load_spec(path: str | Path) -> list[Case]:
    """Read one spec file; ``End`` is inclusive in ``*Model.json``, ``Length`` is used elsewhere."""
    with open(path, encoding="utf-8-sig") as handle:
        raw = json.load(handle)
    return parse_cases(raw, model=Path(path).name.endswith("Model.json") or "Model" in Path(path).stem)


def load_model(data: str | Path, which: str) -> list[Case]:
    return load_spec(Path(data) / SPECS_DIR / MODELS[which])
