"""The web pages inside a WARC archive (``.warc``, ``.warc.gz``): crawl archives, Common Crawl News and a
newsroom's own captures, read with ``warcio`` (the Webrecorder project's reader, which knows the format's
gzip members, chunked and compressed payloads and its many dialects).

Each successful HTML response (or resource) record is one page: its target URI is where it came from and
its WARC date when it was captured, which ingest uses as the publication date only when the page itself
gives none. Records are streamed, one at a time: an archive may be far larger than memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import InputError

WARC_SUFFIXES = (".warc", ".warc.gz")
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WarcPage:
    """One HTML page of an archive: its record number (1 = first record of the file), bytes and headers."""

    number: int
    url: str | None
    date: str | None  # the WARC-Date, ISO 8601 ("2024-03-11T06:40:00Z")
    content_type: str | None  # the HTTP Content-Type, which may name the charset
    payload: bytes | None  # None when the page is larger than the limit
    size_note: str = ""


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def warc_pages(path: Path, max_bytes: int) -> Iterator[WarcPage]:
    """The HTML pages of the archive at ``path``, in file order; raises InputError when it is not a WARC."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = open(path, "rb")  # read-only: inputs are never modified
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    with handle:
        start = handle.read(5)
        handle.seek(0)
        if not start.startswith((b"WARC/", b"\x1f\x8b")):
            raise InputError(str(path), "not a readable WARC archive: it does not start with 'WARC/' (nor gzip)")
        number = 0
        try:
            for record in ArchiveIterator(handle):
                number += 1
                page = _page(record, number, max_bytes)
                if page is not None:
                    yield page
        except ArchiveLoadFailed as error:
            where = f" (record {number + 1})" if number else ""
            raise InputError(str(path), f"not a readable WARC archive{where}: {_first_line(error)}") from None
        except (OSError, EOFError, ValueError) as error:
            raise InputError(str(path), f"WARC archive broken at record {number + 1}: {_first_line(error)}") from None


def _page(record: object, number: int, max_bytes: int) -> WarcPage | None:
    rec_type = getattr(record, "rec_type", "")
    headers = record.rec_headers  # type: ignore[attr-defined]
    if rec_type == "response":
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # redirects and errors are not articles
        content_type = http.get_header("Content-Type")
    elif rec_type == "resource":
        content_type = headers.get_header("Content-Type")
    else:
        return None
    if not content_type or content_type.split(";")[0].strip().lower() not in _PAGE_TYPES:
        return None
    stream = record.content_stream()  # type: ignore[attr-defined]  # chunked and gzip payloads decoded
    payload = stream.read(max_bytes + 1)
    url = headers.get_header("WARC-Target-URI")
    date = headers.get_header("WARC-Date")
    if len(payload) > max_bytes:
        return WarcPage(number, url, date, content_type, None, f"page is larger than the limit of {max_bytes:,} bytes")
    return WarcPage(number, url, date, content_type, payload)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
