"""The HTML report's workflow parts and rough edges: outlier, counts, filters, phones, the audit sections."""

from __future__ import annotations

import re
from pathlib import Path

from consistency.cli import main
from consistency.engine import run
from consistency.report.html import render
from consistency.report.scorecard import outlet_scores
from tests.conftest import EXAMPLES
from tests.test_audit_history import _week_one, _week_two, _write
from tests.test_check_draft import QUAKE_SOURCES


def _sections(html: str) -> list[str]:
    return html.split('<section class="card event"')[1:]


def test_only_the_outlier_is_highlighted(corpus) -> None:  # type: ignore[no-untyped-def]
    html = render(run([corpus(QUAKE_SOURCES) / "src"]))
    row = next(b for b in html.split("<tbody ")[1:] if 'slotname">magnitude' in b)
    facts = [(chunk.split('"', 1)[0], chunk) for chunk in row.split('<div class="fact')[1:]]
    assert len(facts) == 4
    outliers = [body for classes, body in facts if "outlier" in classes]
    assert len(outliers) == 1 and "5.9" in re.sub(r"<[^>]+>", "", outliers[0]) and 'mark class="chg"' in outliers[0]
    for classes, body in facts:
        value = re.search(r'<div class="value">(.*?)</div>', body, re.S)
        assert value is not None
        if "outlier" not in classes:
            assert "<mark" not in value.group(1)  # the three that agree are not painted as different


def test_badge_counts_agree_with_what_the_page_lists() -> None:
    html = render(run([EXAMPLES]))
    total = 0
    for section in _sections(html):
        sub = section.split('<div class="sub">', 1)[1].split("</div>", 1)[0]
        shown = re.search(r'badge unverified">(\d+) unverified', sub)
        badge = int(shown.group(1)) if shown else 0
        rows = section.count('class="slot status-unverified"')
        listed = re.search(r"Could not be checked \((\d+)\)", section)
        items = section.split('<details class="unchecked"', 1)[1].count("<li>") if listed else 0
        assert badge == rows + (int(listed.group(1)) if listed else 0) == rows + items
        total += badge
    chip = re.search(r'<div class="chips">\s*(.*?)</div>', html, re.S)
    assert chip is not None and f">{total} unverified<" in chip.group(1)
    assert total > 0


def test_the_unverified_filter_hides_the_list_and_phones_get_a_scroll_hint() -> None:
    html = render(run([EXAMPLES]))
    css = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert re.search(r"body\.hide-unverified details\.unchecked[^{]*\{ display: none; \}", css, re.S)
    assert "@media (max-width: 700px)" in css and ".scroll-hint { display: block; }" in css
    assert "scroll the table sideways to see them all" in html


def test_audit_html_has_scorecard_table_and_inline_chart(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = _write(tmp_path / "w2", _week_two())
    target = tmp_path / "audit.html"
    main(["audit", str(root), "--html", str(target)])
    capsys.readouterr()
    html = target.read_text(encoding="utf-8")
    audit = html.split('<section class="card audit"', 1)[1].split("</section>", 1)[0]
    scores = outlet_scores(run([root]))
    for score in scores:
        assert f'<th scope="row">{score.outlet}</th><td>{score.articles}</td><td>{score.facts}</td>' in audit
    assert audit.count("<rect ") >= len(scores) and '<svg class="chart"' in audit
    assert "<script src" not in html and "http://" not in audit and "https://" not in audit


def test_history_in_the_html_after_two_runs(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    history = tmp_path / "h.sqlite"
    one = _write(tmp_path / "w1", _week_one())
    two = _write(tmp_path / "w2", _week_two())
    main(["audit", str(one), "--since", "2025-06-02", "--until", "2025-06-08", "--history", str(history)])
    target = tmp_path / "week2.html"
    main(["audit", str(two), "--since", "2025-06-09", "--until", "2025-06-15", "--history", str(history), "--html", str(target)])
    capsys.readouterr()
    audit = target.read_text(encoding="utf-8").split('<section class="card audit"', 1)[1].split("</section>", 1)[0]
    assert "Since the previous run (2025-06-08)" in audit
    new = audit.split('<ul class="history new">', 1)[1].split("</ul>", 1)[0]
    resolved = audit.split('<ul class="history resolved">', 1)[1].split("</ul>", 1)[0]
    persisting = audit.split('<ul class="history persisting">', 1)[1].split("</ul>", 1)[0]
    assert "<b>cost" in new and "<b>duration" in resolved and "<b>magnitude" in persisting
    assert '<th scope="col">2025-06-08</th><th scope="col">2025-06-15</th>' in audit  # the week-over-week trend
    assert "Conflict vs 2025-06-08" in audit


def test_slot_ids_are_unique_across_events_and_every_report_renders(tmp_path: Path) -> None:
    result = run([_write(tmp_path / "w2", _week_two())])
    assert len(result.events) >= 2
    ids = [a.id for a in result.alignments]
    assert len(ids) == len(set(ids)) and ids == [f"s{n}" for n in range(1, len(ids) + 1)]
    by_alignment = {a.id: set(a.fact_ids) for a in result.alignments}
    assert all(set(f.fact_ids) <= by_alignment[f.alignment_id] for f in result.findings if f.alignment_id in by_alignment)
    assert "<section class=\"card event\"" in render(result)
