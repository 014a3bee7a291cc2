"""Fact extractors: one module per kind, registered in the literal dict EXTRACTORS.

Each extractor takes the cleaned text (the article body with boilerplate blanked,
same length as the body) and an ExtractionContext, and returns Extractions whose
spans index that text. The engine turns them into Facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from consistency.model import Extraction


@dataclass(frozen=True)
class ExtractionContext:
    """What an extractor may know besides the text; nothing is read from the clock."""

    published: dt.date | dt.datetime | None = None
    # "" when ``published`` is known to the day (or time); "month" or "year" when only that
    # much is (``published`` is then its first day): relative dates resolve no finer than that.
    published_precision: str = ""
    language: str = "en"
    sentences: tuple[tuple[int, int], ...] = ()
    outlet: str = ""  # the publishing outlet: an outlet citing itself is no source


class Extractor(Protocol):
    def __call__(self, text: str, context: ExtractionContext) -> list[Extraction]: ...


def _registry() -> dict[str, Extractor]:
    # Imported here, not at module top, so that one broken extractor does not hide the others' errors
    # behind an import cycle; the dict itself stays a plain literal.
    from consistency.extract.attributions import extract_attributions
    from consistency.extract.dates import extract_dates
    from consistency.extract.implied_counts import extract_counted_figures

    return {
        "date": extract_dates,
        "figure": extract_counted_figures,
        "attribution": extract_attributions,
    }


def extractors() -> dict[str, Extractor]:
    """kind -> extractor."""
    return _registry()
