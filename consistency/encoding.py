"""Bytes to text the way a browser does it: a byte-order mark, then what the page or the server declares,
then detection; a clear problem only when nothing reads the bytes as text.

Plain text files (Markdown, text, feeds) are held to UTF-8 (or UTF-16 with a BOM): a newsroom writes them,
and guessing could garble a name without anyone noticing. Web pages come from anywhere, so they get what a
browser gives them: a ``<meta charset>`` or ``http-equiv`` declaration wherever it stands in the page (many
pages declare it after 4 KB of scripts), labels read as the WHATWG Encoding Standard reads them
("iso-8859-1" is windows-1252), and when nothing is declared, ``charset-normalizer``'s best guess. A stray
NUL byte in an HTML page is dropped, as browsers do, instead of making the page "binary".
"""

from __future__ import annotations

import codecs
import re

from consistency.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, and the XML
# declaration of XHTML pages; bounded repetitions only, scanned over the whole page.
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,400}?\bcharset\s{0,3}=\s{0,3}["']?\s{0,3}([A-Za-z0-9_.:-]{1,40})""", re.I
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s{0,3}=\s{0,3}["']([A-Za-z0-9_.:-]{1,40})""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s{0,3}=\s{0,3}["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
# Labels a browser reads as a superset (WHATWG Encoding Standard): pages labelled latin-1 are
# written on Windows machines and use its curly quotes and dashes in 0x80-0x9F.
_BROWSER_SUPERSET = {
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
}
# More NUL bytes than this share means UTF-16/32 without a BOM, or a binary file: not stray NULs.
_STRAY_NUL_SHARE = 0.01


def decode_text(data: bytes, path: str) -> str:
    """A text file's characters: UTF-8 (a BOM is dropped) or UTF-16 with a BOM; else an InputError."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(path, f"not valid UTF-16: bytes at offset {error.start}") from None
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(path, f"binary file (NUL byte at offset {nul}), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            offset = error.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
            raise InputError(path, f"not valid UTF-8: byte 0x{data[offset]:02x} at offset {offset}") from None
    if not text.strip():
        raise InputError(path, "empty file")
    return text


def decode_html(data: bytes, path: str, *, content_type: str | None = None) -> str:
    """A web page's characters, read as a browser would; ``content_type`` is the HTTP header when known.

    Order: a byte-order mark; valid UTF-8 (which a legacy encoding almost never is by accident, while pages
    that declare latin-1 and are written in UTF-8 are common); the server's charset; the page's own
    declaration; ``charset-normalizer``. A declared or detected encoding decodes with replacement
    characters for the odd bad byte, as a browser shows them.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _non_empty(data.decode(encoding, errors="replace"), path)
    nuls = data.count(b"\x00")
    if nuls and nuls <= _STRAY_NUL_SHARE * len(data):
        data = data.replace(b"\x00", b"")
        nuls = 0
    if not nuls:
        try:
            return _non_empty(data.decode("utf-8"), path)
        except UnicodeDecodeError:
            pass
        declared = charset_of_header(content_type) if content_type else None
        declared = declared or declared_charset(data)
        if declared is not None and declared not in ("utf_16", "utf_32"):  # a page read as bytes is not UTF-16
            return _non_empty(data.decode(declared, errors="replace"), path)
    detected = detect_charset(data)
    if detected is None:
        offset = data.find(b"\x00")
        if offset >= 0:
            raise InputError(path, f"binary file (NUL byte at offset {offset}), not text")
        raise InputError(path, "cannot tell the page's character encoding (none declared, none detected)")
    return _non_empty(data.decode(detected, errors="replace"), path)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` tag or an XML declaration, anywhere in it."""
    for pattern in (_META_CHARSET, _XML_ENCODING):
        for match in pattern.finditer(data):
            encoding = browser_encoding(match.group(1).decode("ascii"))
            if encoding is not None:
                return encoding
    return None


def charset_of_header(content_type: str) -> str | None:
    """The encoding named by an HTTP ``Content-Type`` header ("text/html; charset=ISO-8859-1")."""
    match = _HEADER_CHARSET.search(content_type)
    return browser_encoding(match.group(1)) if match else None


def browser_encoding(label: str) -> str | None:
    """Python's codec for an encoding label as a browser reads it; None for an unknown label."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None
    return _BROWSER_SUPERSET.get(name, name)


def detect_charset(data: bytes) -> str | None:
    """``charset-normalizer``'s best guess, or None when the bytes do not look like text in any encoding."""
    from charset_normalizer import from_bytes  # only pages with neither UTF-8 nor a declaration pay for it

    best = from_bytes(data).best()
    if best is None:
        return None
    return browser_encoding(best.encoding) or best.encoding


def _non_empty(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(path, "empty file")
    return text
