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
    # HTML limits (consistency.report.caps), so that a page stays openable; the JSON has everything. 0: no limit.
    max_events: int = 300  # events shown, those with conflicts first
    max_rows: int = 200  # slots shown per event, the most urgent first
    max_facts: int = 10  # facts of one article shown in one slot
    max_unchecked: int = 200  # unchecked facts listed per event
    max_conflicts: int = 500  # conflicts listed at the top
    huge_chars: int = 2_000_000  # an article longer than this gets a warning that only part of it is shown
    compact_json: bool = False  # JSON on one line, with no indentation (--compact-json): some 38% smaller
