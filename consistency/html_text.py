"""A web page's main text and what it says about itself, through trafilatura (text, title, site name, URL),
``consistency.page_date`` and htmldate (publication date).

trafilatura and htmldate are made for exactly this and measured on real pages: on trafilatura's 990-page
evaluation corpus our own walker over ``<article>``/``<main>``/``<body>`` scored main-text F1 0.784 and found
the right date on 0.739 of the dated pages; trafilatura and htmldate give 0.926 and 0.868 (``python -m
benchmarks --only ingest``). The date is read first from what the page declares, in the fixed order of
``consistency.page_date`` (publication metadata, URL, the date line under the headline, a date labelled as the
publication), and from htmldate's search of the whole page only when it declares none of these: 0.893 on the
same pages. What trafilatura keeps of a page's furniture, ``consistency.clean`` blanks afterwards, as for
pasted text.

The text is trafilatura's plain-text output with its paragraphs set apart by blank lines, as a person
pasting the page would have it: that text is the article body every fact offset points into, and what the
report shows. A page too small for trafilatura's main-text rules falls back to its baseline extractor
(every paragraph of the page) rather than to nothing.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from consistency.page_date import Stamp, choose_date, page_evidence

# trafilatura and htmldate log what they could not find at WARNING; a corpus run reports its own problems.
for _name in ("trafilatura", "htmldate", "charset_normalizer"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# The settings trafilatura evaluates itself with (its tests/eval_common.py): comments are readers' words,
# not the outlet's; tables often carry the figures of a story.
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_links": False,
    "include_images": False,
    "with_metadata": True,
}
# htmldate as trafilatura calls it: the original publication date rather than the last update, and the
# extensive search over the page's text when the markup has none.
# The time of day too, when the page gives one (midnight means "no time": the day alone is kept).
DATE_OPTIONS: dict[str, Any] = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S"}

_HTML_LANG = re.compile(r"""<html\b[^>]{0,500}?\blang\s{0,3}=\s{0,3}["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3})""", re.I)
_META_LANG = re.compile(
    r"""<meta\b[^>]{0,200}?(?:http-equiv\s{0,3}=\s{0,3}["']?content-language|property\s{0,3}=\s{0,3}["']?og:locale)"""
    r"""[^>]{0,200}?content\s{0,3}=\s{0,3}["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3})""",
    re.I,
)
_BLANK_LINES = re.compile(r"\n\s*\n")
_HAS_ROOT = re.compile(r"<(?:html|body|head)\b", re.I)
# A publication date the page declares only to the month or year ("2023-10", "2023"). htmldate completes
# such a date with the day of the month it runs on (dateutil's default), which would invent a day.
_DATE_KEYS = r"(?:article:published_time|og:published_time|datepublished|pubdate|publishdate|dc\.date\.issued|date)"
_PARTIAL = r"""["']\s{0,3}(\d{4}(?:-\d{1,2})?)\s{0,3}["']"""
_PARTIAL_DATE = (
    re.compile(rf"""<meta\b[^>]{{0,300}}?(?:property|name|itemprop)\s{{0,3}}=\s{{0,3}}["']?{_DATE_KEYS}["']?[^>]{{0,300}}?"""
               rf"""\bcontent\s{{0,3}}=\s{{0,3}}{_PARTIAL}""", re.I),
    re.compile(rf"""<meta\b[^>]{{0,300}}?\bcontent\s{{0,3}}=\s{{0,3}}{_PARTIAL}[^>]{{0,300}}?"""
               rf"""(?:property|name|itemprop)\s{{0,3}}=\s{{0,3}}["']?{_DATE_KEYS}["'\s/>]""", re.I),
    re.compile(rf""""datePublished"\s{{0,3}}:\s{{0,3}}{_PARTIAL}"""),
)


@dataclass(frozen=True)
class HtmlPage:
    """What a page says about itself; any field may be None when the page does not say."""

    text: str
    title: str | None = None
    site_name: str | None = None
    published: str | None = None  # ISO day from htmldate; ingest parses it
    url: str | None = None
    language: str | None = None
    author: str | None = None
    extractor: str = "trafilatura"  # "trafilatura", or "trafilatura baseline" for a page too small for it
    # "html meta", "html json-ld", "url", "html headline" ... (``DeclaredDate.provenance``), "htmldate" when
    # htmldate's search found it, "html metadata" for a date declared only to the month or year
    published_by: str = "htmldate"


def extract_page(html: str, *, url: str | None = None) -> HtmlPage:
    """Main text and metadata of one decoded HTML page; ``url`` is where it was fetched from, when known."""
    import trafilatura
    from trafilatura.utils import load_html

    if not _HAS_ROOT.search(html[:100_000]):
        # A fragment ("<p>Short note.</p>"): lxml parses it as the page would be shown, in a body.
        html = f"<html><body>{html}</body></html>"
    # One parse, by trafilatura's own loader: the date evidence is read before extraction prunes the tree.
    tree = load_html(html)
    evidence = page_evidence(tree) if tree is not None else {}
    document: Any = trafilatura.bare_extraction(
        tree if tree is not None else html, url=url, date_extraction_params=dict(DATE_OPTIONS), **EXTRACT_OPTIONS
    )
    text = paragraphs(_field(document, "text", keep_lines=True) or "")
    extractor = "trafilatura"
    if not text.strip():
        _, fallback, _ = trafilatura.baseline(html)
        text = paragraphs(fallback or "")
        extractor = "trafilatura baseline"
    if document is None:
        document = trafilatura.extract_metadata(html, default_url=url, date_config=dict(DATE_OPTIONS))
    page_url = _field(document, "url") or url
    published, published_by = publication_date(html, evidence, url=page_url)
    return HtmlPage(
        text=text,
        title=_field(document, "title"),
        site_name=_field(document, "sitename"),
        published=published or _day_or_time(_field(document, "date")),
        url=page_url,
        language=_field(document, "language") or page_language(html),
        author=_field(document, "author"),
        extractor=extractor,
        published_by=published_by,
    )


def publication_date(
    html: str, evidence: dict[str, Stamp | None], *, url: str | None = None
) -> tuple[str | None, str]:
    """(date, where the page gave it) before htmldate's search: the first of ``consistency.page_date``'s order
    of evidence (``evidence`` is the page's, from ``page_evidence``); else a date the metadata gives only to
    the month or year, as written (htmldate would complete it with today's day); else (None, "htmldate").

    A full date wins over a partial one: a month or year alone is as often a cited work's, in a reference
    list marked up with ``itemprop="datePublished"``, as the page's own."""
    declared = choose_date(evidence, url=url)
    if declared is not None:
        return _day_or_time(declared.published), declared.provenance()
    partial = declared_partial_date(html)
    if partial:
        return partial, "html metadata"
    return None, "htmldate"


def paragraphs(text: str) -> str:
    """One paragraph per line becomes paragraphs set apart by a blank line; spaces inside a line stay."""
    lines = (line.strip() for line in _BLANK_LINES.sub("\n", text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def declared_partial_date(html: str) -> str | None:
    """A publication date the page's metadata gives only to the month or year ("2023-10"), as written."""
    head = html[:500_000]
    for pattern in _PARTIAL_DATE:
        match = pattern.search(head)
        if match:
            return match.group(1)
    return None


def page_language(html: str) -> str | None:
    """The language the page declares: ``<html lang>``, else a content-language or og:locale meta tag."""
    head = html[:200_000]  # declarations sit at the top; a bounded search on very large pages
    for pattern in (_HTML_LANG, _META_LANG):
        match = pattern.search(head)
        if match:
            return match.group(1)
    return None


def _day_or_time(value: str | None) -> str | None:
    if value and value.endswith("T00:00:00"):
        return value[:10]
    return value


def _field(document: Any, name: str, *, keep_lines: bool = False) -> str | None:
    value = getattr(document, name, None)
    if not isinstance(value, str):
        return None
    value = value if keep_lines else " ".join(value.split())
    return value or None
