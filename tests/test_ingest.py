"""Files, folders, stdin and feeds into Articles; every unusable input named in one line."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.errors import InputError
from consistency.ingest import common_root, load_articles, read_file
from consistency.model import Problem
from tests.conftest import SEEDS, Corpus

FRONT_MATTER = """---
outlet: Harbour Gazette
url: https://www.harbour.example/ports
published: 2024-03-11T06:40:00
title: Ports reopen
language: en-GB
tags: [ports, weather]
---
Ports reopened on Sunday.

Officials said queues remain.
"""


# --- formats -------------------------------------------------------------------------------------


def test_markdown_front_matter(corpus: Corpus) -> None:
    root = corpus({"gazette/ports.md": FRONT_MATTER})
    [article] = read_file(root / "gazette/ports.md", root=root)
    assert article.id == "gazette/ports.md"
    assert article.path == str(root / "gazette/ports.md")
    assert article.outlet == "Harbour Gazette"
    assert article.url == "https://www.harbour.example/ports"
    assert article.published == dt.datetime(2024, 3, 11, 6, 40)
    assert article.title == "Ports reopen"
    assert article.language == "en"  # the primary subtag: stages choose extractors by language
    assert ("language", "front matter") in article.provenance
    assert article.body == "Ports reopened on Sunday.\n\nOfficials said queues remain.\n"
    assert ("outlet", "front matter") in article.provenance
    assert ("published", "front matter") in article.provenance


def test_body_is_the_text_after_front_matter_byte_for_byte(corpus: Corpus) -> None:
    body = "\n  Indented first line.\r\nSecond line with trailing spaces   \r\n\r\n"
    root = corpus({"a.md": "---\r\noutlet: X\r\n---\r\n" + body})
    [article] = read_file(root / "a.md")
    assert article.body == body


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(min_size=1, max_size=200).filter(lambda text: text.strip() and "\x00" not in text))
def test_body_offsets_index_the_file_text(tmp_path: Path, body: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(("---\noutlet: X\n---\n" + body).encode("utf-8"))
    [article] = read_file(path)
    assert article.body == body


def test_plain_text_without_front_matter(corpus: Corpus) -> None:
    text = "Headline\n\nA paragraph of text.\n"
    root = corpus({"story.txt": text})
    [article] = read_file(root / "story.txt")
    assert article.body == text
    assert article.id == "story.txt"
    assert article.outlet == "corpus"  # nothing states it: the parent folder's name
    assert article.published is None
    assert article.title is None


def test_markdown_heading_is_the_title(corpus: Corpus) -> None:
    root = corpus({"a.md": "# Ports reopen ##\n\nText.\n"})
    [article] = read_file(root / "a.md")
    assert article.title == "Ports reopen"
    assert ("title", "heading") in article.provenance


def test_unknown_and_empty_front_matter_fields_ignored(corpus: Corpus) -> None:
    root = corpus({"a.md": "---\nauthor: Someone\noutlet: ''\npublished:\n---\nText.\n"})
    [article] = read_file(root / "a.md")
    assert article.outlet == "corpus"
    assert article.published is None


HAFEN_STORY = (
    "Der Hafen von Velmora ist nach einer Woche Sturm wieder offen, teilte die Hafenbehörde am Sonntag mit.",
    "Die Fähren nach Halvik fahren seit Montagmorgen wieder nach Fahrplan, an den Schaltern bildeten sich "
    "jedoch lange Schlangen.",
)
HAFEN_PAGE = f"""<html lang="de"><head><title>Hafen offen</title>
    <meta property="og:site_name" content="Hafenblatt">
    <meta property="article:published_time" content="2024-03-11T06:40:00Z">
    <link rel="canonical" href="https://hafen.example/a"></head>
    <body><nav><a href="/">Start</a> <a href="/welt">Welt</a></nav><script>alert("x")</script>
    <article><h1>Hafen offen</h1><p>{HAFEN_STORY[0]}</p><p>{HAFEN_STORY[1]}</p></article>
    <footer>Impressum</footer></body></html>"""


def test_html_page(corpus: Corpus) -> None:
    root = corpus({"page.html": HAFEN_PAGE})
    [article] = read_file(root / "page.html")
    assert "\n\n".join(HAFEN_STORY) in article.body
    for chrome in ("Welt", "alert", "Impressum"):
        assert chrome not in article.body
    assert article.outlet == "Hafenblatt"
    assert article.published == dt.datetime(2024, 3, 11, 6, 40)
    assert article.url == "https://hafen.example/a"
    assert article.language == "de"
    assert article.title == "Hafen offen"
    provenance = dict(article.provenance)
    assert provenance["outlet"] == "trafilatura"
    assert provenance["published"] == "html meta"  # article:published_time
    assert provenance["body"] == "trafilatura"


def test_html_page_without_date_takes_the_byline(corpus: Corpus) -> None:
    page = HAFEN_PAGE.replace('<meta property="article:published_time" content="2024-03-11T06:40:00Z">', "")
    page = page.replace("<h1>Hafen offen</h1>", "<h1>Hafen offen</h1><p>Published: 12 March 2024</p>")
    root = corpus({"page.html": page})
    [article] = read_file(root / "page.html")
    assert article.published is not None and article.published.isoformat()[:10] == "2024-03-12"


@pytest.mark.parametrize(
    ("line", "published", "precision"),
    [
        pytest.param("published: 2023-10", dt.date(2023, 10, 1), "month", id="year-month"),
        pytest.param("published: 2023", dt.date(2023, 1, 1), "year", id="yaml-int-year"),
        pytest.param("published: '2023'", dt.date(2023, 1, 1), "year", id="quoted-year"),
        pytest.param("published: October 2023", dt.date(2023, 10, 1), "month", id="month-name"),
        pytest.param("published: 2023-10-05", dt.date(2023, 10, 5), "", id="full-date"),
    ],
)
def test_partial_dates_in_front_matter_are_read_with_their_precision(
    corpus: Corpus, line: str, published: dt.date, precision: str
) -> None:
    root = corpus({"desk/canal.md": f"---\n{line}\n---\nCanal fees rose last month.\n"})
    articles, problems = load_articles([root])
    assert problems == []
    [article] = articles
    assert (article.published, article.published_precision) == (published, precision)
    source = f"front matter ({precision})" if precision else "front matter"
    assert ("published", source) in article.provenance


def test_partial_dates_in_feeds(corpus: Corpus) -> None:
    root = corpus(
        {
            "feed.jsonl": '{"text": "Fees rose.", "published": 2023}\n{"text": "Fees fell.", "published": "2023-10"}\n',
            "feed.csv": 'published,text\n"Oct. 2023",Fees held.\n',
        }
    )
    articles, problems = load_articles([root])
    assert problems == []
    assert [(a.id, a.published, a.published_precision) for a in articles] == [
        ("feed.csv#2", dt.date(2023, 10, 1), "month"),
        ("feed.jsonl#1", dt.date(2023, 1, 1), "year"),
        ("feed.jsonl#2", dt.date(2023, 10, 1), "month"),
    ]
    assert all(("published", f"record ({a.published_precision})") in a.provenance for a in articles)


def test_partial_date_in_html_metadata(corpus: Corpus) -> None:
    page = """<html><head><meta property="article:published_time" content="2023-10"></head>
    <body><article><p>The canal reopened to barges after the lock repairs were finished.</p></article></body></html>"""
    root = corpus({"page.html": page})
    [article] = read_file(root / "page.html")
    assert (article.published, article.published_precision) == (dt.date(2023, 10, 1), "month")
    assert ("published", "html metadata (month)") in article.provenance


def test_undated_article_takes_its_dateline_as_anchor(corpus: Corpus) -> None:
    root = corpus({"a.txt": "Canal reopens\n\nGHENT, March 7, 2024 — Barges moved again on Thursday.\n"})
    [article] = read_file(root / "a.txt")
    assert (article.published, article.published_precision) == (dt.date(2024, 3, 7), "")
    assert ("published", "dateline") in article.provenance


def test_html_declared_charset(corpus: Corpus) -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Київ</p></body></html>'
    root = corpus({"page.htm": page.encode("windows-1251")})
    [article] = read_file(root / "page.htm")
    assert article.body == "Київ"


def test_jsonl_feed(corpus: Corpus) -> None:
    feed = (
        '{"text": "First story.", "outlet": "Wire One", "published": "2024-03-11"}\n'
        "\n"
        '{"body": "Second story.", "url": "https://www.second.example/x", "title": "Two"}\n'
        '{"content": "Third story.", "extra": [1, 2]}\n'
    )
    root = corpus({"feeds/wire.jsonl": feed})
    articles = read_file(root / "feeds/wire.jsonl", root=root)
    assert [a.id for a in articles] == ["feeds/wire.jsonl#1", "feeds/wire.jsonl#3", "feeds/wire.jsonl#4"]
    assert [a.body for a in articles] == ["First story.", "Second story.", "Third story."]
    assert articles[0].outlet == "Wire One"
    assert articles[0].published == dt.date(2024, 3, 11)
    assert ("outlet", "record") in articles[0].provenance
    assert articles[1].outlet == "second.example"
    assert ("outlet", "url") in articles[1].provenance
    assert articles[2].outlet == "feeds"  # the folder the feed sits in
    assert ("outlet", "folder") in articles[2].provenance


def test_csv_feed_ids_are_record_start_lines(corpus: Corpus) -> None:
    feed = (
        "outlet,published,text\r\n"
        'Wire One,2024-03-11,"One line."\r\n'
        'Wire Two,,"Two lines,\r\nquoted."\r\n'
        "\r\n"
        "Wire Three,,Three.\r\n"
    )
    root = corpus({"wire.csv": feed})
    articles = read_file(root / "wire.csv")
    assert [a.id for a in articles] == ["wire.csv#2", "wire.csv#3", "wire.csv#6"]
    assert articles[1].body == "Two lines,\r\nquoted."
    assert [a.outlet for a in articles] == ["Wire One", "Wire Two", "Wire Three"]
    assert articles[1].published is None


# --- errors --------------------------------------------------------------------------------------

ERRORS = [
    pytest.param("a.txt", b"abc\x00def", "{p}: binary file (NUL byte at offset 3), not text", id="binary"),
    pytest.param("a.txt", b"Hello wor\xffld text", "{p}: not valid UTF-8: byte 0xff at offset 9", id="utf8"),
    pytest.param("a.txt", b" \n\t\n", "{p}: empty file", id="whitespace-only"),
    pytest.param("a.txt", b"", "{p}: empty file", id="empty"),
    pytest.param(
        "a.md", b"---\noutlet: X\nText without a closing fence.\n",
        "{p}:1: front matter: the '---' block opened here is never closed", id="unterminated",
    ),
    pytest.param(
        "a.md", b"---\noutlet: X\ntitle: [unclosed\n---\nText.\n",
        "{p}:4: front matter: invalid YAML: expected ',' or ']', but got '<stream end>'", id="bad-yaml",
    ),
    pytest.param("a.md", b"---\n- a\n- b\n---\nText.\n",
                 "{p}:2: front matter: expected 'field: value' lines, got a list", id="not-mapping"),
    pytest.param("a.md", b"---\ntitle: T\noutlet: [a, b]\n---\nText.\n",
                 "{p}:3: front matter: field 'outlet' must be a string, got a list", id="wrong-type"),
    pytest.param("a.md", b"---\npublished: yesterday\n---\nText.\n",
                 "{p}:2: front matter: field 'published': cannot read 'yesterday' as a date", id="relative-date"),
    pytest.param("a.md", b"---\npublished: 12\n---\nText.\n",
                 "{p}:2: front matter: field 'published' must be a date, got a number", id="date-type"),
    pytest.param("a.md", b"---\ntitle: T\npublished: banana\n---\nText.\n",
                 "{p}:3: front matter: field 'published': cannot read 'banana' as a date", id="unreadable-date"),
    pytest.param("a.md", b"---\npublished: true\n---\nText.\n",
                 "{p}:2: front matter: field 'published' must be a date, got a boolean", id="boolean-date"),
    pytest.param("a.jsonl", b'{"text": "ok", "published": 2023.5}\n',
                 "{p}:1: record: field 'published' must be a date, got a number", id="jsonl-float-date"),
    pytest.param("a.md", b"---\ntitle: T\npublished: 2024-13-45\n---\nText.\n",
                 "{p}:2: front matter: invalid value: month must be in 1..12", id="impossible-yaml-date"),
    pytest.param("a.md", b"---\noutlet: A\noutlet: B\n---\nText.\n",
                 "{p}:3: front matter: duplicate field 'outlet'", id="duplicate"),
    pytest.param("a.md", b"---\noutlet: A\n---\n\n  \n", "{p}: no article text after the front matter",
                 id="no-body"),
    pytest.param("a.jsonl", b'{"text": "ok"}\n{"title": "no text"}\n',
                 "{p}:2: record has no 'text' field (nor 'body' or 'content')", id="jsonl-no-text"),
    pytest.param("a.jsonl", b'{"text": "ok"}\n{"text": "broken"\n',
                 "{p}:2: invalid JSON: Expecting ',' delimiter (column 18)", id="jsonl-bad-json"),
    pytest.param("a.jsonl", b'["text"]\n', "{p}:1: record is a list, expected a JSON object", id="jsonl-list"),
    pytest.param("a.jsonl", b'{"text": 5}\n', "{p}:1: record field 'text' must be a string, got a number",
                 id="jsonl-text-type"),
    pytest.param("a.csv", b"outlet,title\nX,Y\n", "{p}:1: CSV header has no 'text' column (nor 'body' or 'content')",
                 id="csv-no-column"),
    pytest.param("a.csv", b"outlet,text\nX,ok\nY,\n", "{p}:3: record text is empty", id="csv-empty-text"),
    pytest.param("a.csv", b"text\n", "{p}: no records in the feed", id="csv-no-records"),
    pytest.param("a.pdf", b"%PDF", "{p}: unsupported file type '.pdf' (expected one of .csv, .htm, .html, "
                 ".jsonl, .markdown, .md, .txt, .warc, .warc.gz)", id="unsupported"),
    pytest.param("a.html", b"<html><head><title>T</title></head><body> </body></html>",
                 "{p}: no main text found in the HTML page", id="html-no-text"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "expected"), ERRORS)
def test_read_file_errors(corpus: Corpus, name: str, content: bytes, expected: str) -> None:
    root = corpus({name: content})
    with pytest.raises(InputError) as caught:
        read_file(root / name)
    assert caught.value.one_line() == expected.format(p=root / name)


def test_too_large(corpus: Corpus) -> None:
    root = corpus({"a.txt": "x" * 101})
    with pytest.raises(InputError) as caught:
        read_file(root / "a.txt", max_bytes=100)
    assert (
        caught.value.one_line() == f"{root / 'a.txt'}: file is larger than the limit of 100 bytes (max_bytes)"
    )
    [article] = read_file(root / "a.txt", max_bytes=101)
    assert len(article.body) == 101


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(codecs.BOM_UTF8 + "Київ text.".encode(), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + "Київ text.".encode("utf-16-le"), id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE + "Київ text.".encode("utf-16-be"), id="utf-16-be"),
    ],
)
def test_byte_order_marks(corpus: Corpus, encoded: bytes) -> None:
    root = corpus({"a.txt": encoded})
    [article] = read_file(root / "a.txt")
    assert article.body == "Київ text."


# --- load_articles -------------------------------------------------------------------------------


def test_folder_recursion_order_and_skips(corpus: Corpus) -> None:
    root = corpus(
        {
            "b/two.md": "Two.",
            "a/z.txt": "Z.",
            "a/sub/deep.txt": "Deep.",
            "a.md": "Top.",
            "notes.pdf": b"%PDF",  # other extensions inside a folder: skipped silently
            "image.png": b"\x89PNG",
            ".hidden.md": "Hidden.",
            ".git/config.txt": "Git.",
            "b/.cache/x.md": "Cached.",
        }
    )
    articles, problems = load_articles([root])
    assert [a.id for a in articles] == ["a/sub/deep.txt", "a/z.txt", "a.md", "b/two.md"]
    assert problems == []
    assert [a.outlet for a in articles] == ["sub", "a", "corpus", "b"]


def test_bad_files_become_problems_and_the_run_goes_on(corpus: Corpus) -> None:
    root = corpus(
        {
            "good.txt": "Fine.",
            "bad.txt": b"ok \xff\xfa not utf",
            "empty.md": "",
            "feed.jsonl": '{"text": "kept"}\nnot json\n{"text": "also kept"}\n',
        }
    )
    articles, problems = load_articles([root])
    assert [a.id for a in articles] == ["feed.jsonl#1", "feed.jsonl#3", "good.txt"]
    assert problems == [
        Problem(str(root / "bad.txt"), "not valid UTF-8: byte 0xff at offset 3"),
        Problem(str(root / "empty.md"), "empty file"),
        Problem(str(root / "feed.jsonl"), "line 2: invalid JSON: Expecting value (column 1)"),
    ]


def test_explicit_unsupported_file_is_a_problem(corpus: Corpus) -> None:
    root = corpus({"a.pdf": b"%PDF", "b.txt": "Text."})
    articles, problems = load_articles([root / "a.pdf", root / "b.txt"])
    assert [a.id for a in articles] == ["b.txt"]
    assert [p.path for p in problems] == [str(root / "a.pdf")]
    assert problems[0].message.startswith("unsupported file type '.pdf'")


def test_missing_path_raises(corpus: Corpus) -> None:
    root = corpus({"a.txt": "Text."})
    with pytest.raises(InputError) as caught:
        load_articles([root / "a.txt", root / "nope.md"])
    assert caught.value.one_line() == f"{root / 'nope.md'}: no such file or directory"


def test_ids_relative_to_common_root_of_inputs(corpus: Corpus) -> None:
    root = corpus({"one/x.txt": "X.", "two/deeper/y.txt": "Y.", "two/deeper/z.txt": "Z."})
    articles, _ = load_articles([root / "two" / "deeper", root / "one" / "x.txt"])
    assert [a.id for a in articles] == ["one/x.txt", "two/deeper/y.txt", "two/deeper/z.txt"]
    assert articles[0].path == str(root / "one" / "x.txt")
    assert articles[1].path == str(root / "two" / "deeper" / "y.txt")


def test_explicit_root_keeps_ids_unique_across_calls(corpus: Corpus) -> None:
    root = corpus({"drafts/a.md": "Draft.", "sources/a.md": "Source."})
    shared = common_root([root / "drafts", root / "sources"])
    drafts, _ = load_articles([root / "drafts"], root=shared)
    sources, _ = load_articles([root / "sources"], root=shared)
    assert [a.id for a in drafts + sources] == ["drafts/a.md", "sources/a.md"]
    alone, _ = load_articles([root / "drafts"])
    assert [a.id for a in alone] == ["a.md"]


def test_same_file_twice_read_once_and_same_outlet_two_sources(corpus: Corpus) -> None:
    root = corpus({"w/a.md": "---\noutlet: Wire\n---\nA.", "w/b.md": "---\noutlet: Wire\n---\nB."})
    articles, _ = load_articles([root, root / "w" / "a.md"])
    assert [a.id for a in articles] == ["w/a.md", "w/b.md"]
    assert {a.outlet for a in articles} == {"Wire"}


def test_progress_counts_files(corpus: Corpus) -> None:
    root = corpus({"a.txt": "A.", "b.txt": "B.", "c.txt": b"\x00"})
    seen: list[int] = []
    load_articles([root], progress=seen.append)
    assert seen == [1, 2, 3]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"---\noutlet: Piped\n---\nFrom a pipe.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, problems = load_articles(["-"])
    assert problems == []
    [article] = articles
    assert (article.id, article.path, article.outlet, article.body) == (
        "<stdin>",
        "-",
        "Piped",
        "From a pipe.\n",
    )


def test_inputs_unchanged(corpus: Corpus) -> None:
    files: dict[str, str | bytes] = {
        "a.md": FRONT_MATTER,
        "b.txt": "Text with\r\nCRLF\r\n",
        "c.html": "<article><p>Page.</p></article>",
        "d.jsonl": '{"text": "x"}\n',
        "e.csv": "text\nrow\n",
        "f.txt": b"\xff bad",
    }
    root = corpus(files)
    before = {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}
    stats = {path: path.stat().st_mtime_ns for path in before}
    load_articles([root])
    assert {path: path.read_bytes() for path in before} == before
    assert {path: path.stat().st_mtime_ns for path in before} == stats


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not present")
def test_seed_corpus(tmp_path: Path) -> None:
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    articles, problems = load_articles([tmp_path])
    assert problems == []
    by_id = {a.id: a for a in articles}
    kyiv = by_id["002_9d2f1d6f514bbeda.txt"]
    assert kyiv.outlet == "The Kyiv Independent"
    assert kyiv.published == dt.datetime(2024, 3, 11, 6, 40)
    assert kyiv.body == (SEEDS / "002_9d2f1d6f514bbeda.txt").read_text(encoding="utf-8")
    ukrinform = by_id["000_2aeab099173c560c.txt"]
    assert ukrinform.outlet in ("Ukrinform", "ukrinform.net")
    assert ukrinform.published is None


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html", ".jsonl", ".csv"])
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=120),
        st.text(max_size=120).map(str.encode),
        # Structural characters of every format, so that the parsers' edge cases come up.
        st.text(alphabet=list("-\n\r:{}[]\",'#<>/ abptext&!*?|"), max_size=120).map(str.encode),
        st.text(alphabet=list('-\n:{}[]",abptexo '), max_size=80).map(lambda t: ("---\n" + t).encode()),
        st.text(alphabet=list('{}[]",:\ntexbody 0'), max_size=80).map(
            lambda t: ('{"text": "a"}\n' + t).encode()
        ),
    )
)
def test_any_bytes_give_articles_or_an_input_error(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        articles = read_file(path)
    except InputError as error:
        assert error.one_line().startswith(str(path))
        assert "\n" not in error.one_line()
    else:
        assert articles and all(article.body.strip() for article in articles)


@pytest.mark.parametrize(
    "front",
    [
        b"---\n",
        b"---\n? [a, b]\n: c\n---\nx",
        b"---\n!!python/object:os.system x\n---\nx",
        b"---\n&a [*a]\n---\nx",
    ],
)
def test_hostile_front_matter_is_an_input_error(tmp_path: Path, front: bytes) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(front)
    with pytest.raises(InputError):
        read_file(path)


def test_html_pages_read_as_a_browser_would(corpus: Corpus) -> None:
    story = "Le port de Velmora a rouvert dimanche après une semaine de tempête, a déclaré l’autorité portuaire."
    late = "<html><head><script>" + "var x = 1;\n" * 600 + '</script><meta charset="windows-1252"></head>'
    root = corpus({
        "late.html": (late + f"<body><article><p>{story}</p></article></body></html>").encode("cp1252"),
        "nul.html": f"<html><body><article><p>{story}</p>\x00<p>{story}</p></article></body></html>".encode(),
    })
    articles, problems = load_articles([root])
    assert problems == []
    assert [story in a.body for a in articles] == [True, True]
