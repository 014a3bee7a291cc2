"""Reporters: one module per output format, each a pure ``render(result, options) -> str``.

The CLI picks one from REPORTERS and writes the text atomically; nothing here writes files.
"""

from __future__ import annotations

from collections.abc import Callable

from consistency.model import RunResult
from consistency.report import csv_report, github, html, json_report, junit, sarif, terminal
from consistency.report.options import ReportOptions

Reporter = Callable[[RunResult, ReportOptions | None], str]

REPORTERS: dict[str, Reporter] = {
    "json": json_report.render,
    "text": terminal.render,
    "html": html.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
    "csv": csv_report.render,
}

__all__ = ["REPORTERS", "ReportOptions", "Reporter"]
