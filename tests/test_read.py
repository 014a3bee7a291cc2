"""`consistency read`: what the tool read from every kind of input, as JSON Lines and for a person."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from consistency.cli import main
from tests.conftest import Corpus

STORY = (
    "The council of Velmora approved the new ferry route to Halvik on Tuesday after a debate that lasted "
    "two hours, the mayor's office said."
)
PAGE = f"""<html lang="en"><head><title>Ferry route approved</title>
<meta property="og:site_name" content="Velmora Herald">
<meta property="article:published_time" content="2024-05-02T09:15:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ferry route approved</h1><p>{STORY}</p>
<p>The first ferry will sail in June, officials said, and tickets go on sale next month.</p>
<p>Read also: Council elections in Brask</p></article></body></html>"""
FIELDS = {"path", "id", "outlet", "published", "published_precision", "url", "title", "language", "provenance",
          "body", "text", "removed"}


def read(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main(["read", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def objects(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def check_offsets(record: dict[str, object]) -> None:
    body, text = str(record["body"]), str(record["text"])
    assert len(text) == len(body)
    for removed in record["removed"]:  # type: ignore[attr-defined]
        assert not text[removed["start"] : removed["end"]].strip()
        assert body[removed["start"] : removed["end"]].strip()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("a.md", f"---\noutlet: Velmora Herald\npublished: 2024-05-02\n---\n# Ferry\n\n{STORY}\n",
                     {"outlet": "Velmora Herald", "published": "2024-05-02", "title": "Ferry"}, id="markdown"),
        pytest.param("a.txt", f"By Marta Vellacourt and The Velmora Herald news desk May 2, 2024 9:15 AM\n\n{STORY}\n",
                     {"outlet": "The Velmora Herald", "published": "2024-05-02T09:15:00"}, id="text"),
        pytest.param("a.html", PAGE, {"outlet": "Velmora Herald", "published": "2024-05-02T09:15:00",
                                      "title": "Ferry route approved"}, id="html"),
        pytest.param("a.jsonl", json.dumps({"text": STORY, "outlet": "Halvik Post", "url": "https://post.example/f"}) + "\n",
                     {"outlet": "Halvik Post", "url": "https://post.example/f", "id": "a.jsonl#1"}, id="jsonl"),
        pytest.param("a.csv", f'outlet,published,text\nBrask Daily,2024-05-03,"{STORY}"\n',
                     {"outlet": "Brask Daily", "published": "2024-05-03", "id": "a.csv#2"}, id="csv"),
    ],
)  # fmt: skip
def test_every_input_kind(capsys: pytest.CaptureFixture[str], corpus: Corpus, name: str, content: str,
                          expected: dict[str, object]) -> None:
    root = corpus({name: content})
    code, out, err = read(capsys, root / name)
    assert (code, err) == (0, "")
    [record] = objects(out)
    assert set(record) == FIELDS
    for key, value in expected.items():
        assert record[key] == value, key
    assert STORY in str(record["body"]) and STORY in str(record["text"])
    assert record["path"] == str(root / name)
    check_offsets(record)


def test_html_provenance_and_removed_parts(capsys: pytest.CaptureFixture[str], corpus: Corpus) -> None:
    root = corpus({"a.html": PAGE})
    _, out, _ = read(capsys, root / "a.html")
    [record] = objects(out)
    assert record["provenance"] == {"body": "trafilatura", "language": "html", "outlet": "trafilatura",
                                    "published": "html meta", "title": "trafilatura"}
    assert "Home" not in str(record["body"])
    assert "Read also" in str(record["body"]) and "Read also" not in str(record["text"])
    assert [r["reason"] for r in record["removed"]] == ["related link"]  # type: ignore[index]


def test_warc(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(tmp_path / "crawl.warc.gz", "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://herald.example/ferry", "response", payload=io.BytesIO(PAGE.encode()), http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-05-03T10:00:00Z"}))
    assert warcio
    code, out, err = read(capsys, tmp_path / "crawl.warc.gz")
    assert (code, err) == (0, "")
    [record] = objects(out)
    assert (record["id"], record["url"]) == ("crawl.warc.gz#1", "https://herald.example/ferry")
    assert record["published"] == "2024-05-02T09:15:00"
    assert STORY in str(record["text"])


def test_text_format_marks_removed_parts(capsys: pytest.CaptureFixture[str], corpus: Corpus) -> None:
    root = corpus({"a.md": f"---\noutlet: Velmora Herald\n---\n{STORY}\n\nRead also: Council elections in Brask\n"})
    code, out, err = read(capsys, root / "a.md", "--format", "text")
    assert (code, err) == (0, "")
    assert out == (
        "== a.md ==\n"
        "outlet: Velmora Herald  [front matter]\n"
        "published: -\n"
        "url: -\n"
        "title: -\n"
        "language: en\n"
        "\n"
        f"{STORY}\n"
        "\n"
        "[removed (related link): Read also: Council elections in Brask]\n"
    )


def test_unreadable_inputs_are_named_and_the_rest_is_printed(capsys: pytest.CaptureFixture[str],
                                                              corpus: Corpus) -> None:
    root = corpus({"good.md": STORY, "bad.txt": b"abc\x00def"})
    code, out, err = read(capsys, root)
    assert code == 0
    assert [r["id"] for r in objects(out)] == ["good.md"]
    assert err == f"{root / 'bad.txt'}: binary file (NUL byte at offset 3), not text (skipped)\n"
    code, out, _ = read(capsys, root, "--strict")
    assert code == 2 and out


def test_nothing_readable_is_exit_2(capsys: pytest.CaptureFixture[str], corpus: Corpus) -> None:
    root = corpus({"bad.txt": b"abc\x00def"})
    code, out, err = read(capsys, root / "bad.txt")
    assert code == 2 and out == ""
    assert err.splitlines()[-1] == f"{root / 'bad.txt'}: no readable articles found"
