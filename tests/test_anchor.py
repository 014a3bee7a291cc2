"""Publication dates as anchors, end to end: partial dates are read, never dropped; undated articles
take their anchor from their own text; relative dates never come out more precise than the anchor."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from consistency.cli import main
from consistency.engine import extract_facts
from consistency.ingest import load_articles
from consistency.model import Article, DateValue
from tests.conftest import Corpus

MONTH_ONLY = """---
outlet: Lowland Courier
published: 2023-10
---
Barge traffic on the canal fell last month after the lock failed.

The lock was repaired yesterday, the operator said, and tolls will return to normal next month.
"""

FULL_DATE = """---
outlet: Delta Post
published: 2023-10-12
---
Barge traffic on the canal fell in September after the lock failed, the operator said.
"""


def date_facts(article: Article) -> dict[str, DateValue]:
    facts, _ = extract_facts(article)
    values = {}
    for fact in facts:
        if fact.kind == "date":
            assert isinstance(fact.value, DateValue)
            values[fact.text] = fact.value
    return values


def test_month_only_article_is_read_and_anchors_at_month_precision(corpus: Corpus) -> None:
    root = corpus({"courier/canal.md": MONTH_ONLY, "post/canal.md": FULL_DATE})
    articles, problems = load_articles([root])
    assert problems == []
    by_id = {a.id: a for a in articles}
    assert set(by_id) == {"courier/canal.md", "post/canal.md"}
    courier = by_id["courier/canal.md"]
    assert (courier.published, courier.published_precision) == (dt.date(2023, 10, 1), "month")
    assert ("published", "front matter (month)") in courier.provenance
    values = date_facts(courier)
    assert values["last month"] == DateValue("2023-09-01", "2023-09-30", "month", True, True)
    assert values["next month"] == DateValue("2023-11-01", "2023-11-30", "month", True, True)
    # The day before an unknown day of October: any day from 30 September to 30 October, not a day.
    assert values["yesterday"] == DateValue("2023-09-30", "2023-10-30", "month", False, True)


def test_year_only_article_is_read(corpus: Corpus) -> None:
    root = corpus({"a.md": "---\npublished: 2023\n---\nTolls rose last year and again on March 7.\n"})
    [article], problems = load_articles([root])
    assert problems == []
    assert (article.published, article.published_precision) == (dt.date(2023, 1, 1), "year")
    values = date_facts(article)
    assert values["last year"] == DateValue("2022-01-01", "2022-12-31", "year", True, True)
    assert values["March 7"] == DateValue("2023-03-07", "2023-03-07", "day", True, False)


def test_undated_article_anchors_on_its_dateline(corpus: Corpus) -> None:
    text = "Canal reopens\n\nGHENT, March 7, 2024 — Barges moved again on Tuesday, two days after the lock failed.\n"
    root = corpus({"a.txt": text})
    [article], _ = load_articles([root])
    assert (article.published, article.published_precision) == (dt.date(2024, 3, 7), "")
    assert ("published", "dateline") in article.provenance
    values = date_facts(article)
    assert values["Tuesday"] == DateValue("2024-03-05", "2024-03-05", "day", True, True)


def test_undated_article_anchors_on_a_dated_weekday(corpus: Corpus) -> None:
    text = "The lock failed on Thursday, March 7, 2024, and barges waited until the next day.\n"
    root = corpus({"a.txt": text})
    [article], _ = load_articles([root])
    assert article.published == dt.date(2024, 3, 7)
    assert ("published", "text: dated weekday") in article.provenance


def test_weekday_with_a_yearless_date_in_an_undated_article(corpus: Corpus) -> None:
    text = "The lock failed on Thursday (March 7) and reopened the next week, the operator said.\n"
    root = corpus({"a.txt": text})
    [article], _ = load_articles([root])
    assert article.published is None  # a weekday and a day fit several recent years: no anchor
    assert all(field != "published" for field, _ in article.provenance)
    values = date_facts(article)
    assert values["Thursday (March 7)"] == DateValue("--03-07", "--03-07", "day", False, False)


def run_cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_keeps_the_month_only_article(capsys: pytest.CaptureFixture[str], corpus: Corpus) -> None:
    root = corpus({"courier/canal.md": MONTH_ONLY, "post/canal.md": FULL_DATE})
    code, out, err = run_cli(capsys, "audit", root, "--format", "json", "--fail-on", "never")
    assert code == 0
    assert err == ""
    report = json.loads(out)
    assert report["problems"] == []
    courier = next(a for a in report["articles"] if a["id"] == "courier/canal.md")
    assert courier["provenance"]["published"] == "front matter (month)"


def test_cli_unreadable_date_named_explicitly_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], corpus: Corpus
) -> None:
    root = corpus(
        {"bad.md": "---\noutlet: X\npublished: banana\n---\nText on April 10.\n", "good.md": FULL_DATE}
    )
    code, out, err = run_cli(capsys, "audit", root / "bad.md", root / "good.md")
    assert code == 2
    assert out == ""
    assert (
        err
        == f"{root / 'bad.md'}:3: front matter: field 'published': cannot read 'banana' as a date\n"
    )


def test_cli_unreadable_date_in_a_folder_is_a_problem_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], corpus: Corpus
) -> None:
    root = corpus({"bad.md": "---\npublished: banana\n---\nText on April 10.\n", "good.md": FULL_DATE})
    code, out, err = run_cli(capsys, "audit", root, "--format", "json", "--fail-on", "never")
    assert code == 0
    assert [a["id"] for a in json.loads(out)["articles"]] == ["good.md"]
    assert "bad.md" in err and "banana" in err and "(skipped)" in err
