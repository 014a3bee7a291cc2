"""The HTML report in a real browser: filters, conflict links, no script errors, phone width.

Headless Debian Chromium (``/usr/bin/chromium``) driven by Playwright; no browser is ever
downloaded. The test skips, saying why, when Playwright or Chromium is not installed (``.ci/run``
installs both, so CI runs it).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from consistency.engine import run
from consistency.report.html import render
from tests.conftest import EXAMPLES

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str | None:
    for candidate in (os.environ.get("CONSISTENCY_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install '.[test]')")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium found at /usr/bin/chromium or on PATH (apt-get install chromium)")
    with sync_api.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=executable, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "report.html"
    path.write_text(render(run([EXAMPLES])), encoding="utf-8")
    return path


def _open(browser, report: Path, width: int = 1280):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": 800})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(report.as_uri())
    return page, errors


def _shown(page, selector: str) -> list[bool]:  # type: ignore[no-untyped-def]
    """Whether each element is rendered, in one round trip (is_visible per element is slow)."""
    return page.eval_on_selector_all(selector, "els => els.map(e => e.getClientRects().length > 0)")


def test_status_filters_hide_and_show_rows_and_lists(browser, report: Path) -> None:  # type: ignore[no-untyped-def]
    page, errors = _open(browser, report)
    assert page.is_visible(".filters")  # the script un-hides them
    for status, selector in (
        ("agree", "tbody.status-agree"),
        ("conflict", "tbody.status-conflict"),
        ("unverified", "details.unchecked"),
    ):
        assert _shown(page, selector) and all(_shown(page, selector)), status
        page.uncheck(f'input[data-status="{status}"]')
        assert not any(_shown(page, selector)), f"{status} still shown after unchecking"
        page.check(f'input[data-status="{status}"]')
        assert all(_shown(page, selector)), f"{status} not shown again"
    assert errors == []
    page.close()


def test_conflict_links_scroll_to_their_rows(browser, report: Path) -> None:  # type: ignore[no-untyped-def]
    page, errors = _open(browser, report)
    links = page.query_selector_all("ol.conflicts a")
    assert links
    for link in links:
        anchor = link.get_attribute("href")
        assert anchor and anchor.startswith("#")
        page.evaluate("window.scrollTo(0, 0)")
        link.click()
        page.wait_for_function("id => location.hash === id", arg=anchor)
        top, height = page.evaluate(
            "id => { const r = document.getElementById(id.slice(1)).getBoundingClientRect(); return [r.top, innerHeight]; }",
            anchor,
        )
        # A row may sit half a pixel above the viewport once scrolled to: layout is sub-pixel, scrolling is not.
        assert -1 < top < height, f"{anchor} is not in view after clicking its link (top {top})"
    assert errors == []
    page.close()


def test_outlet_columns_can_be_reached_at_phone_width(browser, report: Path) -> None:  # type: ignore[no-untyped-def]
    page, errors = _open(browser, report, width=420)
    assert page.evaluate("document.documentElement.scrollWidth") <= 420 + 1  # the page itself does not overflow
    wraps = page.query_selector_all("section.event .table-wrap")
    assert wraps
    reached = 0
    for wrap in wraps:
        heads = wrap.query_selector_all("thead th")[1:]  # the outlet columns
        if len(heads) < 2:
            continue
        assert wrap.evaluate("w => w.scrollWidth > w.clientWidth")  # it scrolls sideways
        hint = wrap.evaluate_handle("w => w.previousElementSibling")
        assert hint.evaluate("h => h.classList.contains('scroll-hint') && getComputedStyle(h).display !== 'none'")
        for head in heads:
            head.evaluate("h => h.scrollIntoView({inline: 'end', block: 'nearest'})")
            left, right = head.evaluate("h => { const r = h.getBoundingClientRect(); return [r.left, r.right]; }")
            assert 0 <= left and right <= 421, f"{head.inner_text()!r} cannot be brought into view ({left}..{right})"
            reached += 1
    assert reached >= 2
    assert errors == []
    page.close()
    wide, _ = _open(browser, report, width=1280)
    assert not any(_shown(wide, ".scroll-hint"))  # no hint where nothing needs scrolling
    wide.close()
