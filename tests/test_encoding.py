"""Web pages decoded as a browser would; text files held to UTF-8."""

from __future__ import annotations

import codecs

import pytest

from consistency.encoding import (
    browser_encoding,
    charset_of_header,
    declared_charset,
    decode_html,
    decode_text,
)
from consistency.errors import InputError

CYRILLIC = "Київ: порт Велмори знову відкритий після шторму, повідомила портова адміністрація в неділю."
FRENCH = "Le port de Velmora a rouvert dimanche après une semaine de tempête, a déclaré l’autorité portuaire."


def test_utf8_wins_over_a_wrong_declaration() -> None:
    page = f'<meta charset="iso-8859-1"><p>{FRENCH}</p>'.encode()
    assert FRENCH in decode_html(page, "p.html")


def test_declaration_after_four_kilobytes_of_script() -> None:
    page = "<html><head><script>" + "var x = 1;\n" * 500 + '</script><meta charset="windows-1251"></head>'
    page += f"<body><p>{CYRILLIC}</p></body></html>"
    assert FRENCH not in page
    assert CYRILLIC in decode_html(page.encode("windows-1251"), "p.html")


def test_http_equiv_declaration() -> None:
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=koi8-u"><p>{CYRILLIC}</p>'
    assert CYRILLIC in decode_html(page.encode("koi8-u"), "p.html")


def test_latin1_label_reads_as_windows_1252() -> None:
    page = '<meta charset="ISO-8859-1"><p>It said “yes” – and meant it, said the mayor of Brask.</p>'
    assert "“yes” –" in decode_html(page.encode("cp1252"), "p.html")


def test_server_charset_comes_before_the_page() -> None:
    page = f'<meta charset="utf-8"><p>{CYRILLIC}</p>'.encode("windows-1251")
    text = decode_html(page, "p.html", content_type="text/html; charset=windows-1251")
    assert CYRILLIC in text


def test_undeclared_legacy_encoding_is_detected() -> None:
    page = f"<html><body><p>{CYRILLIC} {CYRILLIC}</p><p>{CYRILLIC}</p></body></html>".encode("windows-1251")
    assert CYRILLIC in decode_html(page, "p.html")


def test_stray_nul_byte_in_html_is_not_binary() -> None:
    page = f"<html><body><p>{FRENCH}</p>\x00<p>{FRENCH}</p></body></html>".encode()
    text = decode_html(page, "p.html")
    assert "\x00" not in text and FRENCH in text


def test_utf16_without_bom_is_detected() -> None:
    page = f"<html><body><p>{FRENCH}</p></body></html>".encode("utf-16-le")
    assert FRENCH in decode_html(page, "p.html")


def test_bom_wins() -> None:
    page = codecs.BOM_UTF8 + '<meta charset="windows-1251"><p>Ünïcödé</p>'.encode()
    assert "Ünïcödé" in decode_html(page, "p.html")


def test_binary_is_refused_in_one_line() -> None:
    with pytest.raises(InputError) as caught:
        decode_html(bytes(range(256)) * 4, "img.html")
    assert caught.value.one_line().startswith("img.html: ")
    assert "\n" not in caught.value.one_line()


def test_text_files_stay_strict() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_text(b"abc\x00def", "a.txt")
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode_text("é".encode("latin-1") + b" text", "a.txt")


@pytest.mark.parametrize(
    ("label", "expected"),
    [("ISO-8859-1", "cp1252"), ("utf8", "utf_8"), ("GB2312", "gb18030"), ("shift_jis", "cp932"), ("nonsense", None)],
)
def test_browser_encoding(label: str, expected: str | None) -> None:
    assert browser_encoding(label) == expected


def test_declarations() -> None:
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1250"?><html></html>') == "cp1250"
    assert declared_charset(b"<p>none</p>") is None
    assert charset_of_header('text/html; charset="KOI8-R"') == "koi8_r"
