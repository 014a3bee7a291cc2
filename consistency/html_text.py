"""Extract an HTML page's main text and its metadata (title, outlet, date, URL, language).

Standard library only (``html.parser``): a tolerant tree builder, then a walk that drops
site chrome (script, style, nav, header, footer, aside, form, ...) and hidden elements,
prefers the longest ``<article>`` (else ``<main>``, else ``<body>``), and renders
paragraphs, headings and list items as lines separated by blank lines.

A ``<header>`` inside an ``<article>`` is kept: there it holds the headline and byline,
not the site's masthead.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Dropped with everything inside them wherever they are.
CHROME = frozenset(
    "script style nav footer aside form noscript iframe svg template button select canvas object embed dialog".split()
)
# Dropped unless inside an <article> (where it carries the headline and byline).
SITE_HEADER = "header"
# Elements whose text stands as a block of its own.
BLOCKS = frozenset(
    """
    p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre section article main header footer figure
    figcaption table tr td th caption address details summary hr body html
    """.split()
)
# Elements that never have children (HTML void elements): never pushed on the open stack.
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Opening one of these closes an open <p> (what browsers do).
CLOSES_P = frozenset(
    "p div h1 h2 h3 h4 h5 h6 ul ol dl blockquote pre section article main header footer figure table form hr".split()
)
_DISPLAY_NONE = re.compile(r"display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden", re.I)
_WHITESPACE = re.compile(r"\s+")
_MAX_DEPTH = 2000  # deeper nesting is flattened: hostile pages cannot exhaust memory through the stack


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None
    children: list[_Node | str] = field(default_factory=list)


@dataclass(frozen=True)
class HtmlPage:
    """What a page says about itself; any field may be None when the page does not say."""

    text: str
    title: str | None = None
    site_name: str | None = None
    published: str | None = None  # as written (an ISO string usually); ingest parses it
    url: str | None = None
    language: str | None = None


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.current = self.root
        self.depth = 0
        self.meta: dict[str, str] = {}  # first value wins for each meta key
        self.canonical: str | None = None
        self.language: str | None = None
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.json_ld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._note_metadata(tag, values)
        if tag == "p" or tag in CLOSES_P:
            self._close_open_p()
        if tag == "li":
            self._close_if_open("li", stop_at=("ul", "ol"))
        node = _Node(tag, values, self.current)
        self.current.children.append(node)
        if tag in VOID or self.depth >= _MAX_DEPTH:
            return
        self.current = node
        self.depth += 1
        if tag == "title" and self.title is None:
            self.title_parts = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._note_metadata(tag, values)
        self.current.children.append(_Node(tag, values, self.current))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split()) or None
            self.title_parts = None
        node: _Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is None or node is self.root:
            return  # a stray end tag: ignore it as browsers do
        while self.current is not node:
            self._pop()
        self._pop()

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if (
            self.current.tag == "script"
            and self.current.attrs.get("type", "").lower() == "application/ld+json"
        ):
            self.json_ld.append(data)
        self.current.children.append(data)

    def _pop(self) -> None:
        if self.current.parent is not None:
            self.current = self.current.parent
            self.depth -= 1

    def _close_open_p(self) -> None:
        if self.current.tag == "p":
            self._pop()

    def _close_if_open(self, tag: str, stop_at: tuple[str, ...]) -> None:
        node: _Node | None = self.current
        while node is not None and node is not self.root and node.tag not in stop_at:
            if node.tag == tag:
                while self.current is not node:
                    self._pop()
                self._pop()
                return
            node = node.parent

    def _note_metadata(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            content = attrs.get("content", "").strip()
            if key and content:
                self.meta.setdefault(key, content)
        elif tag == "link" and "canonical" in attrs.get("rel", "").lower().split():
            self.canonical = self.canonical or attrs.get("href", "").strip() or None
        elif tag == "html" and self.language is None:
            self.language = attrs.get("lang", "").strip() or None


def extract_page(html: str) -> HtmlPage:
    """Main text and metadata of one HTML page."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    container = _main_container(builder.root)
    text = _render(container)
    meta = builder.meta
    ld = _json_ld_fields(builder.json_ld)
    title = meta.get("og:title") or builder.title or _first_text(builder.root, "h1") or ld.get("headline")
    published = (
        meta.get("article:published_time")
        or _itemprop_date(builder.root)
        or _first_time(container)
        or meta.get("datepublished")
        or meta.get("pubdate")
        or meta.get("publishdate")
        or meta.get("date")
        or meta.get("dc.date.issued")
        or ld.get("datePublished")
    )
    return HtmlPage(
        text=text,
        title=title,
        site_name=meta.get("og:site_name") or ld.get("publisher"),
        published=published,
        url=builder.canonical or meta.get("og:url") or None,
        language=builder.language,
    )


def _hidden(node: _Node) -> bool:
    attrs = node.attrs
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden", "").lower() == "true"
        or bool(_DISPLAY_NONE.search(attrs.get("style", "")))
    )


def _dropped(node: _Node, in_article: bool) -> bool:
    if node.tag in CHROME or _hidden(node):
        return True
    return node.tag == SITE_HEADER and not in_article


def _outermost(root: _Node) -> dict[str, list[_Node]]:
    """Kept (non-chrome) article, main and body elements not nested in one of their own kind."""
    found: dict[str, list[_Node]] = {"article": [], "main": [], "body": []}
    # (node, tags of interest among its ancestors); chrome subtrees are never entered.
    stack: list[tuple[_Node, frozenset[str]]] = [(root, frozenset())]
    while stack:
        node, above = stack.pop()
        if node.tag in found and node.tag not in above:
            found[node.tag].append(node)
        below = above | {node.tag} if node.tag in found else above
        for child in reversed(node.children):
            if isinstance(child, _Node) and not _dropped(child, "article" in below or child.tag == "article"):
                stack.append((child, below))
    return found


def _main_container(root: _Node) -> _Node:
    outermost = _outermost(root)
    for tag in ("article", "main"):
        # An <article> inside another is a comment or a quoted card, not the story.
        candidates = outermost[tag]
        if candidates:
            # News pages list related stories as <article> cards too: the story is the longest.
            return max(candidates, key=lambda node: len(_render(node)))
    return outermost["body"][0] if outermost["body"] else root


def _render(container: _Node) -> str:
    """Text of ``container``: one block per paragraph, heading or list item, blank lines between."""
    blocks: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        if not pieces:
            return
        lines = (" ".join(segment.split()) for segment in "".join(pieces).split("\n"))
        block = "\n".join(line for line in lines if line)
        pieces.clear()
        if block:
            blocks.append(block)

    # Explicit stack of (node or closing marker): deep pages cannot hit the recursion limit.
    in_article = container.tag == "article" or _has_ancestor(container, "article")
    stack: list[tuple[_Node | str, bool, bool]] = [(container, False, in_article)]
    while stack:
        item, closing, inside = stack.pop()
        if isinstance(item, str):
            # Source line breaks are just white space; only <br> breaks a line.
            pieces.append(_WHITESPACE.sub(" ", item))
            continue
        if closing:
            if item.tag in BLOCKS:
                flush()
            continue
        if item.tag == "br":
            pieces.append("\n")
            continue
        if item.tag in BLOCKS:
            flush()
        stack.append((item, True, inside))
        for child in reversed(item.children):
            if isinstance(child, str):
                stack.append((child, False, inside))
            else:
                child_inside = inside or child.tag == "article"
                if not _dropped(child, child_inside):
                    stack.append((child, False, child_inside))
    flush()
    return "\n\n".join(blocks)


def _has_ancestor(node: _Node, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _walk(root: _Node) -> list[_Node]:
    found: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(child for child in reversed(node.children) if isinstance(child, _Node))
    return found


def _first_text(root: _Node, tag: str) -> str | None:
    for node in _walk(root):
        if node.tag == tag:
            text = " ".join(_render(node).split())
            if text:
                return text
    return None


def _itemprop_date(root: _Node) -> str | None:
    for node in _walk(root):
        if node.attrs.get("itemprop", "").lower() == "datepublished":
            value = node.attrs.get("datetime") or node.attrs.get("content") or _render(node)
            if value.strip():
                return value.strip()
    return None


def _first_time(container: _Node) -> str | None:
    for node in _walk(container):
        if node.tag == "time" and node.attrs.get("datetime", "").strip():
            return node.attrs["datetime"].strip()
    return None


def _json_ld_fields(scripts: list[str]) -> dict[str, str]:
    """headline, datePublished and publisher name from schema.org JSON-LD blocks (first found wins)."""
    fields: dict[str, str] = {}
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _ld_items(data):
            for key in ("headline", "datePublished"):
                value = item.get(key)
                if isinstance(value, str) and value.strip():
                    fields.setdefault(key, value.strip())
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                fields.setdefault("publisher", publisher["name"].strip())
    return fields


def _ld_items(data: object) -> list[dict[str, object]]:
    if isinstance(data, list):
        return [item for item in data if isinstance(item, dict)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            return [data, *(item for item in graph if isinstance(item, dict))]
        return [data]
    return []
