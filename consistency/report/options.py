"""The options every reporter accepts; the CLI fills them in (colour from TTY/NO_COLOR, version)."""

from __future__ import annotations

from dataclasses import dataclass

from consistency import __version__


@dataclass(frozen=True)
class ReportOptions:
    """How to render a RunResult. Defaults give plain, deterministic output."""

    color: bool = False  # ANSI colour in the terminal report; the CLI decides (TTY, NO_COLOR)
    width: int = 100  # terminal report line width
    tool_name: str = "consistency"
    tool_version: str = __version__
    title: str | None = None  # HTML page title; None builds one from the events
    fail_on: str = "error"  # the severity at or above which a finding fails the run (JUnit failures); "never"
