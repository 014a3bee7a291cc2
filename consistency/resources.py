"""Where the shipped rule packs and templates are: inside the wheel, or at the top of a checkout."""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, checkout: str) -> Path:
    inside = _PACKAGE / installed
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / checkout


@functools.cache  # where the package lies does not change while it runs; the checks ask per pair of figures
def rules_dir() -> Path:
    """The folder holding the shipped rule packs (``default/`` and any others)."""
    return _find("rules", "rules")


def templates_dir() -> Path:
    """The folder holding the Jinja report templates."""
    return _find("templates", "reports")
