"""Crawl archives: each HTML response record is an article, with its target URI and capture date."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from consistency.errors import InputError
from consistency.ingest import load_articles, read_file

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

STORY = (
    "The council of Velmora approved the new ferry route to Halvik on Tuesday after a debate that lasted "
    "two hours, the mayor's office said in a statement."
)
DATED = f"""<html lang="en"><head><title>Ferry route approved</title>
<meta property="og:site_name" content="Velmora Herald">
<meta property="article:published_time" content="2024-05-02T09:15:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry route approved</h1><p>{STORY}</p>
<p>The first ferry will sail in June, officials said, and tickets go on sale next month.</p></article></body></html>"""
UNDATED = f"""<html><head><title>Harbour news</title></head><body><article><p>{STORY.replace("Tuesday", "Monday")}</p>
<p>Marta Vellacourt said the harbour in Brask would stay open during the works.</p></article></body></html>"""


def write_warc(path: Path, records: list[tuple[str, str, bytes, str, str]], *, gzip: bool) -> None:
    """records: (record type, target URI, payload, content type, WARC date)."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for rec_type, uri, payload, content_type, date in records:
            if rec_type == "response":
                status = "404 Not Found" if uri.endswith("/missing") else "200 OK"
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                   http_headers=http, warc_headers_dict={"WARC-Date": date})
            else:
                record = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(payload),
                                                   warc_content_type=content_type,
                                                   warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)


RECORDS = [
    ("warcinfo", "", b"software: test", "application/warc-fields", "2024-05-03T10:00:00Z"),
    ("response", "https://herald.example/ferry", DATED.encode(), "text/html; charset=utf-8", "2024-05-03T10:00:00Z"),
    ("response", "https://herald.example/logo.png", b"\x89PNG\r\n", "image/png", "2024-05-03T10:00:01Z"),
    ("response", "https://herald.example/missing", b"<html><body><p>Not found</p></body></html>", "text/html",
     "2024-05-03T10:00:02Z"),
    ("response", "https://news.example/harbour", UNDATED.encode("windows-1252"), "text/html; charset=windows-1252",
     "2024-05-04T11:30:00Z"),
]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_each_html_response_is_an_article(tmp_path: Path, name: str) -> None:
    write_warc(tmp_path / name, RECORDS, gzip=name.endswith(".gz"))
    articles = read_file(tmp_path / name)
    assert [a.id for a in articles] == [f"{name}#2", f"{name}#5"]
    dated, undated = articles
    assert dated.url == "https://herald.example/ferry"
    assert dated.published == dt.datetime(2024, 5, 2, 9, 15)  # the page's own date beats the capture date
    assert dated.outlet == "Velmora Herald"
    assert STORY in dated.body and "Home" not in dated.body
    provenance = dict(dated.provenance)
    assert (provenance["url"], provenance["published"]) == ("warc", "html meta")
    assert undated.url == "https://news.example/harbour"
    assert undated.published == dt.date(2024, 5, 4)  # no date on the page: the capture day
    assert dict(undated.provenance)["published"] == "warc date"
    assert "Marta Vellacourt" in undated.body


def test_folder_walk_finds_archives(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", RECORDS, gzip=True)
    (tmp_path / "b.md").write_text("A note from Dravik about the ferry.\n", encoding="utf-8")
    articles, problems = load_articles([tmp_path])
    assert problems == []
    assert [a.id for a in articles] == ["a.warc.gz#2", "a.warc.gz#5", "b.md"]


def test_page_without_text_is_a_problem_of_its_own(tmp_path: Path) -> None:
    records = [*RECORDS, ("response", "https://herald.example/empty", b"<html><body></body></html>", "text/html",
                          "2024-05-03T10:00:03Z")]
    write_warc(tmp_path / "c.warc", records, gzip=False)
    articles, problems = load_articles([tmp_path / "c.warc"])
    assert len(articles) == 2
    assert [p.message for p in problems] == [
        "record 6 (https://herald.example/empty): no main text found in the HTML page"
    ]


def test_not_a_warc(tmp_path: Path) -> None:
    (tmp_path / "x.warc").write_bytes(b"this is not an archive\n")
    with pytest.raises(InputError) as caught:
        read_file(tmp_path / "x.warc")
    assert caught.value.one_line().startswith(f"{tmp_path / 'x.warc'}: not a readable WARC archive")


def test_archive_without_pages(tmp_path: Path) -> None:
    write_warc(tmp_path / "d.warc", RECORDS[:1], gzip=False)
    with pytest.raises(InputError, match="no HTML pages in the WARC archive"):
        read_file(tmp_path / "d.warc")
