"""The HTML report: escaping, self-containment, side-by-side rows, diffs, the view model."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.model import Alignment, Article, DateValue, Event, Finding, Quantity, RunResult
from consistency.report import REPORTERS, ReportOptions, html
from consistency.report.view import Segment, diff_segments, format_date, format_number, format_quantity

try:  # tests/ is a package in some layouts and a plain folder on sys.path in others
    from tests.report_fixtures import (
        ALIGNMENTS,
        FACTS,
        FINDINGS,
        HERALD,
        MERIDIAN,
        TIMES,
        assert_golden,
        make_fact,
        summit_result,
    )
except ImportError:
    from report_fixtures import (
        ALIGNMENTS,
        FACTS,
        FINDINGS,
        HERALD,
        MERIDIAN,
        TIMES,
        assert_golden,
        make_fact,
        summit_result,
    )

TEMPLATES = Path(__file__).resolve().parents[1] / "reports"
OPTIONS = ReportOptions(tool_version="0.0.0-test")
SCRIPT = "<script>alert(1)</script>"


def page(result: RunResult | None = None) -> str:
    return html.render(result or summit_result(), OPTIONS)


def slot_fragment(text: str, anchor: str) -> str:
    match = re.search(rf'<tbody class="slot [^"]*" id="{anchor}">.*?</tbody>', text, re.S)
    assert match, f"no slot row {anchor}"
    return match.group() + "\n"


class _Checker(HTMLParser):
    """Collects tags and checks that every opened element is closed in order."""

    VOID = {"meta", "col", "input", "br", "link", "img"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (
            f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        )
        self.stack.pop()


def parse(text: str) -> _Checker:
    checker = _Checker()
    checker.feed(text)
    checker.close()
    assert checker.stack == []
    return checker


# ---------------------------------------------------------------- the page


def test_slot_row_matches_golden_fragment() -> None:
    assert_golden("slot-conflict.html", slot_fragment(page(), "slot-al1"))


def test_registered_under_html() -> None:
    assert REPORTERS["html"] is html.render


def test_page_is_well_formed_and_deterministic() -> None:
    text = page()
    assert text.startswith("<!DOCTYPE html>")
    parse(text)
    assert page() == text


def test_page_is_self_contained() -> None:
    text = page()
    tags = parse(text).tags
    assert not [t for t, attrs in tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [attrs for t, attrs in tags if t == "script" and "src" in attrs]
    assert "@import" not in text and "url(" not in text
    hrefs = [attrs["href"] for t, attrs in tags if t == "a"]
    assert all(h.startswith("#") or h in (HERALD.url, TIMES.url) for h in hrefs)


def test_environment_escapes_and_is_strict() -> None:
    env = html._environment()
    assert env.autoescape is True
    assert env.undefined is jinja2.StrictUndefined


def test_templates_never_mark_text_safe() -> None:
    for template in TEMPLATES.glob("*.j2"):
        source = template.read_text(encoding="utf-8")
        assert "|safe" not in source.replace(" ", "") and "autoescape false" not in source, template
    assert "Markup" not in Path(html.__file__).read_text(encoding="utf-8")


def test_article_text_outlet_and_title_are_escaped() -> None:
    body = f"The summit opens on May 12 {SCRIPT} in Lisbon."
    hostile = Article("x1", f"corpus/{SCRIPT}.txt", f"Outlet {SCRIPT}", body, title=f"Title {SCRIPT}")
    fact = make_fact(
        "x-f1", hostile, "date", f"May 12 {SCRIPT}", DateValue("2031-05-12", "2031-05-12", "day")
    )
    other = FACTS[1]
    event = Event("e1", f"Label {SCRIPT}", ("x1", "a2"), (SCRIPT,))
    alignment = Alignment("al1", "e1", "date", f"slot {SCRIPT}", ("x-f1", other.id))
    finding = Finding(
        SCRIPT, "error", "conflict", "e1", "date", SCRIPT, "al1", ("x-f1", other.id), SCRIPT, SCRIPT, SCRIPT
    )
    result = summit_result(
        articles=(hostile, TIMES),
        events=(event,),
        facts=(fact, other),
        alignments=(alignment,),
        findings=(finding,),
        problems=(),
        removed=(),
    )
    text = page(result)
    assert "alert(1)" in text  # it is shown...
    assert "<script>alert" not in text  # ...but never as markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert [t for t, _ in parse(text).tags].count("script") == 1  # only the report's own filter script


@settings(max_examples=40, deadline=None)
@given(hostile=st.text(alphabet=st.sampled_from("<>&\"'/=ab !-"), min_size=1, max_size=40))
def test_no_article_text_changes_the_page_structure(hostile: str) -> None:
    def tags(outlet: str, title: str, label: str) -> list[str]:
        articles = (dataclasses.replace(HERALD, outlet=outlet, title=title), TIMES, MERIDIAN)
        events = (dataclasses.replace(summit_result().events[0], label=label),)
        return [t for t, _ in parse(page(summit_result(articles=articles, events=events))).tags]

    assert tags(hostile, hostile, hostile) == tags("x", "x", "x")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "vbscript:x", "//evil.example/"])
def test_only_http_links_become_links(url: str) -> None:
    text = page(summit_result(articles=(dataclasses.replace(HERALD, url=url), TIMES, MERIDIAN)))
    hrefs = [attrs["href"] for t, attrs in parse(text).tags if t == "a"]
    assert url not in hrefs


def test_summary_comes_first_and_lists_conflicts_and_problems() -> None:
    text = page()
    summary = text[text.index('id="summary"') : text.index('id="event-e1"')]
    assert '<a href="#slot-al1">summit date</a>' in summary
    assert "2031-05-12 vs 2031-05-13" in summary
    assert "corpus/broken.csv: line 3: expected 4 fields, found 2" in summary


def test_summary_bar_is_sticky() -> None:
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    assert re.search(r"\.bar \{[^}]*position: sticky", css)


def test_one_column_per_article_in_event_order() -> None:
    text = page()
    head = text[text.index("<thead>") : text.index("</thead>")]
    outlets = re.findall(r'<div class="outlet">([^<]*)', head)
    assert outlets == ["Northwind Herald", "Coastal Times", "Meridian Daily"]


def test_rows_are_ordered_conflict_compatible_agree() -> None:
    statuses = re.findall(r'<tbody class="slot status-(\w+)" id="slot-(\w+)"', page())
    assert statuses == [
        ("conflict", "al1"),
        ("compatible", "al2"),
        ("compatible", "al5"),
        ("agree", "al3"),
        ("agree", "al4"),
    ]


def test_missing_value_is_shown_as_not_reported() -> None:
    row = slot_fragment(page(), "slot-al5")  # Meridian Daily does not name the Gazette
    assert row.count('<span class="absent">not reported</span>') == 1


def test_differing_day_is_highlighted_in_value_and_sentence() -> None:
    row = slot_fragment(page(), "slot-al1")
    assert '<div class="value">2031-05-<mark class="chg">12</mark></div>' in row
    assert '<span class="span">May <mark class="chg">13</mark></span>' in row


def test_agreeing_values_are_not_highlighted() -> None:
    row = slot_fragment(page(), "slot-al4")
    assert '<mark class="chg">' not in row


def test_uncited_fact_is_muted_and_does_not_colour_the_others() -> None:
    row = slot_fragment(page(), "slot-al1")
    assert '<div class="fact aside" data-fact="f3">' in row
    assert '<mark class="chg">2031</mark>' not in row


def test_could_not_be_checked_lists_single_source_and_unresolved_facts() -> None:
    text = page()
    section = text[text.index('<details class="unchecked"') : text.index("</details>")]
    assert "Could not be checked (2)" in section
    assert 'data-fact="f15"' in section and "Only Northwind Herald reports this." in section
    assert 'data-fact="f3"' in section and "date could not be resolved" in section
    assert 'id="slot-al6"' not in text  # a single-source slot is not a comparison row


def test_facts_outside_any_alignment_cannot_be_checked() -> None:
    extra = make_fact("f99", TIMES, "figure", "300 delegates", Quantity(300.0, 300.0, counted="delegates"))
    text = page(summit_result(facts=(*FACTS, extra)))
    section = text[text.index('<details class="unchecked"') : text.index("</details>")]
    assert 'data-fact="f99"' in section and "not matched with any other outlet" in section


def test_check_mode_puts_the_draft_column_first_and_marks_it() -> None:
    text = page(summit_result(mode="check", draft_ids=("a3",)))
    assert 'Meridian Daily<span class="badge none draft">draft</span>' in text
    head = text[text.index("<thead>") : text.index("</thead>")]
    assert re.findall(r'<div class="outlet">([^<]*)', head) == [
        "Meridian Daily",
        "Northwind Herald",
        "Coastal Times",
    ]


def test_empty_run_renders() -> None:
    text = page(RunResult((), (), (), (), ()))
    parse(text)
    assert "No conflicts found." in text


def test_alignment_without_findings_shows_no_rule() -> None:
    text = page(summit_result(findings=tuple(f for f in FINDINGS if f.alignment_id != "al4")))
    assert '<tbody class="slot status-none" id="slot-al4">' in text


def test_view_model_ids_are_safe_and_unique() -> None:
    alignments = (*ALIGNMENTS, dataclasses.replace(ALIGNMENTS[0], id='al1"><b>'))
    model = html.build_page(summit_result(alignments=alignments), OPTIONS)
    anchors = [row.anchor for ev in model.events for row in ev.rows]
    assert len(anchors) == len(set(anchors))
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", a) for a in anchors)


def test_findings_without_their_event_or_alignment_still_show() -> None:
    stray = Finding(
        "date-conflict",
        "error",
        "conflict",
        "gone",
        "date",
        "launch day",
        "zz",
        ("f1", "f2"),
        "Differs.",
        "fp",
    )
    lost = dataclasses.replace(FINDINGS[2], alignment_id="missing", slot="lost slot")
    text = page(summit_result(findings=(*FINDINGS, stray, lost)))
    assert "Findings outside any event (gone)" in text
    assert '<a href="#slot-zz">launch day</a>' in text
    assert 'id="slot-missing"' in text and "lost slot" in text
    parse(text)


# ---------------------------------------------------------------- diffs and wording


@pytest.mark.parametrize(
    ("text", "others", "changed"),
    [
        ("April 10", ["April 11"], ["10"]),
        ("April 10", ["April 10"], []),
        ("2024-04-10", ["2024-04-11"], ["10"]),
        ("$8.5 billion", ["$8 billion"], [".5"]),
        ("8 billion USD", ["9 million USD"], ["8 billion"]),
        ("Yomiuri", ["Bloomberg"], ["Yomiuri"]),
        ("May 12", ["May 12", "May 13"], ["12"]),
    ],
)
def test_diff_marks_the_differing_tokens(text: str, others: list[str], changed: list[str]) -> None:
    segments = diff_segments(text, others)
    assert [s.text for s in segments if s.changed] == changed


@given(st.text(max_size=40), st.lists(st.text(max_size=40), max_size=4))
def test_diff_keeps_the_text_and_ignores_order(text: str, others: list[str]) -> None:
    segments = diff_segments(text, others)
    assert "".join(s.text for s in segments) == text
    assert diff_segments(text, list(reversed(others))) == segments
    assert all(s.text for s in segments)


def test_identical_text_has_no_changes() -> None:
    assert diff_segments("About 300", ["About 300"]) == (Segment("About 300", False),)


@pytest.mark.parametrize(
    ("number", "written"),
    [(8e9, "8 billion"), (4.2e9, "4.2 billion"), (1.5e12, "1.5 trillion"), (12500, "12,500"), (2.5, "2.5")],
)
def test_numbers_are_worded_for_editors(number: float, written: str) -> None:
    assert format_number(number) == written


@pytest.mark.parametrize(
    ("quantity", "written"),
    [
        (Quantity(8e9, 8e9, unit="USD"), "8 billion USD"),
        (Quantity(10, None), "≥ 10"),
        (Quantity(None, 5, unit="percent"), "≤ 5%"),
        (Quantity(300, 300, approximate=True, counted="delegates"), "~300 (delegates)"),
        (Quantity(2e9, 1e12, unit="USD", vague=True), "2 billion–1 trillion USD (vague)"),
    ],
)
def test_quantities_are_worded_for_editors(quantity: Quantity, written: str) -> None:
    assert format_quantity(quantity) == written


@pytest.mark.parametrize(
    ("start", "end", "resolved", "written"),
    [
        ("2024-04-10", "2024-04-10", True, "2024-04-10"),
        ("2024-04-10T18:40", "2024-04-10T18:40", True, "2024-04-10 18:40"),
        ("2023-12-01", "2023-12-31", True, "2023-12"),
        ("2024-02-01", "2024-02-29", True, "2024-02"),
        ("2023-02-01", "2023-02-28", True, "2023-02"),
        ("2023-01-01", "2023-12-31", True, "2023"),
        ("2023-10-01", "2023-12-31", True, "2023-10-01..2023-12-31"),
        ("2023-12-01", "2023-12-30", True, "2023-12-01..2023-12-30"),
        ("--05-12", "--05-12", False, "12 May (year unknown)"),
        ("--04-10", "--04-12", False, "10 April..12 April (year unknown)"),
        ("--12-01", "--12-31", False, "December (year unknown)"),
        (None, None, False, "unresolved"),
    ],
)
def test_dates_are_written_compactly(
    start: str | None, end: str | None, resolved: bool, written: str
) -> None:
    assert format_date(DateValue(start, end, "day", resolved=resolved)) == written
