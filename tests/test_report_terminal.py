"""The terminal report: what an editor sees first, colour only on request, bounded width."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.model import Event, Finding, RunResult
from consistency.report import REPORTERS, ReportOptions
from consistency.report.terminal import render

try:  # tests/ is a package in some layouts and a plain folder on sys.path in others
    from tests.report_fixtures import EVENT, FINDINGS, assert_golden, summit_result
except ImportError:
    from report_fixtures import EVENT, FINDINGS, assert_golden, summit_result

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_matches_golden_file() -> None:
    assert_golden("summit.txt", render(summit_result()))


def test_registered_under_text() -> None:
    assert REPORTERS["text"] is render


def test_no_colour_unless_asked() -> None:
    assert "\x1b[" not in render(summit_result())
    assert "\x1b[" not in render(summit_result(), ReportOptions(color=False))


def test_colour_only_adds_escape_codes() -> None:
    coloured = render(summit_result(), ReportOptions(color=True))
    assert "\x1b[1;31mCONFLICT" in coloured
    assert ANSI.sub("", coloured) == render(summit_result())


@pytest.mark.parametrize("width", [60, 80, 100])
def test_lines_fit_the_width(width: int) -> None:
    for line in render(summit_result(), ReportOptions(width=width)).splitlines():
        assert len(line) <= width, line


def test_event_header_names_label_and_outlets() -> None:
    lines = render(summit_result()).splitlines()
    header = lines.index("Arcadia–Borealis summit in Lisbon  [e1]")
    assert lines[header + 1] == "  outlets: Northwind Herald, Coastal Times, Meridian Daily"
    assert lines[header + 2] == "  1 conflict, 2 compatible, 1 unverified, 2 agree"


def test_conflicts_come_first_with_values_and_outlets() -> None:
    text = render(summit_result())
    assert text.index("CONFLICT") < text.index("COMPATIBLE") < text.index("UNVERIFIED") < text.index("AGREE")
    conflict = text[text.index("CONFLICT") : text.index("COMPATIBLE")]
    assert "summit date · date-conflict (error)" in conflict
    assert '2031-05-12: Northwind Herald "May 12"' in conflict
    assert '2031-05-13: Coastal Times "May 13"' in conflict


def test_outlets_with_the_same_value_share_a_line() -> None:
    text = render(summit_result())
    assert 'Northwind Herald "$4 billion", Meridian Daily "4 billion' in text


def test_agreements_and_unverified_are_counted_by_slot() -> None:
    lines = render(summit_result()).splitlines()
    assert "  AGREE       (2) delegates, source of the pact figure" in lines
    assert "  UNVERIFIED  (1) second round of talks" in lines


def test_problems_come_last() -> None:
    lines = render(summit_result()).splitlines()
    assert lines[-2:] == ["Problems (1)", "  corpus/broken.csv: line 3: expected 4 fields, found 2"]


def test_summary_line_counts_statuses() -> None:
    first, second = render(summit_result()).splitlines()[:2]
    assert first == "consistency: audit — 3 articles, 1 event, 15 facts, 6 findings"
    assert second == "  1 conflict, 2 compatible, 1 unverified, 2 agree, 1 problem"


def test_event_without_findings_says_so() -> None:
    quiet = Event("e2", "Harbour reopening", ("a2",))
    text = render(summit_result(events=(EVENT, quiet)))
    assert "Harbour reopening  [e2]\n  outlets: Coastal Times\n  no findings\n" in text


def test_findings_outside_any_event_are_still_shown() -> None:
    stray = Finding(
        "date-conflict", "error", "conflict", "gone", "date", "launch day", "alx", (), "Differs.", "fp"
    )
    text = render(summit_result(findings=(*FINDINGS, stray)))
    assert "Findings outside any event" in text
    assert "launch day · date-conflict (error)" in text


def test_empty_run() -> None:
    text = render(RunResult((), (), (), (), ()))
    assert text == (
        "consistency: audit — 0 articles, 0 events, 0 facts, 0 findings\n"
        "  0 conflict, 0 compatible, 0 unverified, 0 agree, 0 problems\n"
    )


@settings(max_examples=50, deadline=None)
@given(label=st.text(max_size=300), message=st.text(max_size=300), slot=st.text(max_size=60))
def test_any_text_stays_within_width_and_cannot_inject_escapes(label: str, message: str, slot: str) -> None:
    event = Event("e1", label, EVENT.article_ids)
    finding = Finding("r", "error", "conflict", "e1", "date", slot, "al1", ("f1", "f2"), message, "fp")
    text = render(summit_result(events=(event,), findings=(finding,)), ReportOptions(width=80))
    assert text.endswith("\n")
    assert "\x1b" not in text and "\r" not in text
    for line in text.splitlines():
        assert len(line) <= 80, line


def test_escape_sequences_from_articles_are_neutralised() -> None:
    event = Event("e1", "Summit \x1b[2J\x1b[31mred\u202eevil", EVENT.article_ids)
    text = render(summit_result(events=(event,)), ReportOptions(color=True))
    assert "\x1b[2J" not in text and "\u202e" not in text
    assert "Summit \ufffd[2J\ufffd[31mred\ufffdevil" in text


def test_long_lists_of_slots_are_cut_short() -> None:
    many = tuple(
        Finding(
            "single-source",
            "info",
            "unverified",
            "e1",
            "date",
            f"slot {i}",
            f"x{i}",
            (),
            "Only one.",
            f"p{i}",
        )
        for i in range(9)
    )
    lines = render(summit_result(findings=many)).splitlines()
    assert "  UNVERIFIED  (9) slot 0, slot 1, slot 2, slot 3, slot 4, slot 5 and 3 more" in lines


def test_check_mode_names_the_draft() -> None:
    text = render(summit_result(mode="check", draft_ids=("a3",)))
    assert "  outlets: Northwind Herald, Coastal Times, Meridian Daily (draft)\n" in text
    assert text.startswith("consistency: check — ")
