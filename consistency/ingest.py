"""Turn files, folders, stdin and JSONL/CSV feeds into Articles; never writes an input.

Formats, chosen by extension:

- ``.md``, ``.markdown``, ``.txt``: the text, with optional YAML front matter (a ``---``
  block at the very top; fields outlet, url, published, title, language; unknown fields
  are ignored). ``published`` may be known only to the month or year ("2023-10",
  "October 2023", ``2023``): it is read with that precision (``Article.published_precision``),
  never rejected. ``Article.body`` is the text after the front matter exactly as decoded
  (no stripping, no re-flowing, ``\\r\\n`` kept), so offsets index the file's own text.
- ``.html``, ``.htm``: the page's main text (trafilatura, see ``html_text``) and its metadata
  (trafilatura's title, site name and URL, htmldate's publication date; the byline inference of
  ``metadata`` fills what they leave open). Bytes are decoded as a browser would (``encoding``).
- ``.warc``, ``.warc.gz``: one article per successful HTML response record (see ``warc``), its id
  ``<file>#<record number>``, its ``url`` the record's target URI and, when the page states no date,
  its ``published`` the capture date (provenance "warc date").
- ``.jsonl``, ``.csv``: one article per record, same field names plus ``text``
  (``body`` and ``content`` are accepted as aliases).

Ids are the path relative to the common root of the inputs (posix separators), with
``#<line>`` for a feed record (the line its record starts on), ``#<n>`` for a WARC record. What the file does not
state is inferred by ``metadata.infer_metadata``; ``Article.provenance`` says where
each value came from.

Errors: ``read_file`` raises ``InputError`` (one line, ``path[:line]: problem``);
``load_articles`` turns them into ``Problem``s and goes on, and keeps the good records
of a feed whose other records are bad (each bad record is a Problem of its own, its
message starting with ``line N:``). A path that does not exist is a usage error and raises.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from consistency.encoding import decode_html, decode_text
from consistency.errors import InputError
from consistency.metadata import (
    find_publication_date,
    infer_metadata,
    parse_published_with_precision,
    published_year,
)
from consistency.model import Article, Problem
from consistency.parallel import Mapper
from consistency.parsed_cache import ParsedCache

DEFAULT_MAX_BYTES = 20_000_000
TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".jsonl", ".csv"})
WARC_SUFFIXES = (".warc", ".warc.gz")  # names end with these; Path.suffix of "a.warc.gz" is ".gz"
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | frozenset(WARC_SUFFIXES)
STDIN = "-"
STDIN_ID = "<stdin>"

META_FIELDS = ("outlet", "url", "published", "title", "language")
TEXT_FIELDS = ("text", "body", "content")  # first present wins

_FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FENCE = re.compile(r"---[ \t]*(?:\r?\n|\r?$)")
_CLOSING_FENCE = re.compile(r"^---[ \t]*\r?$", re.M)
_MARKDOWN_TITLE = re.compile(r"[ \t]{0,3}#[ \t]{1,4}(?P<title>[^\n]{1,300}?)[ \t#]*\r?$", re.M)


@dataclass(frozen=True)
class _Meta:
    """Metadata a file states about itself, before inference."""

    outlet: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    title: str | None = None
    language: str | None = None
    published_precision: str = ""  # "month" or "year" when only that much is stated


def load_articles(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
    root: str | Path | None = None,
    parsed: ParsedCache | None = None,
    mapper: Mapper | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``paths`` (files, folders recursively, "-" for stdin).

    Folders are walked in sorted order, skipping hidden entries and files with other
    extensions; all files are then read in order of their id. A file that cannot be read
    becomes a Problem and the run goes on. ``progress`` is called with the number of
    files read so far after each file. Raises InputError for a path that does not exist.

    Ids are relative to the common root of ``paths`` unless ``root`` is given: a caller
    reading two sets of inputs in two calls (drafts and sources) passes the common root
    of both (``common_root``) so that ids stay unique across the calls. ``parsed`` reads text files
    that were parsed before back from the content cache. ``mapper`` (a pool of local workers) parses
    the files in its workers, in order (``_read_in_workers``): the articles and problems are the same.
    """
    files, anchors, problems, read_stdin = _collect(paths)
    root = Path(root) if root is not None else _common_root(anchors)
    entries = sorted(
        ((_relative_id(path, root), path) for path in files),
        key=lambda entry: entry[0].split("/"),
    )
    articles: list[Article] = []
    done = 0
    if read_stdin:
        try:
            articles.append(_read_stdin(max_bytes))
        except InputError as error:
            problems.append(_problem(error))
        done += 1
        if progress:
            progress(done)
    if parsed is not None:  # the files by their paths inside the folders given (not by this run's ids)
        # Each id is the path relative to ``root``, which holds the folders given: the path inside
        # them is the id without the folders' own path (one relpath, not one per file).
        folders = _common_root(anchors)
        inside = _relative_id(folders, root) if folders is not None and root is not None else "."
        cut = 0 if inside == "." else len(inside) + 1
        parsed.begin([article_id[cut:] for article_id, _ in entries])
    read = (_read_in_workers(entries, max_bytes, parsed, mapper) if mapper is not None else
            (_read_any(path, article_id, _folder_of(article_id, path), max_bytes, strict=False, parsed=parsed)
             for article_id, path in entries))
    for found, bad in read:
        articles.extend(found)
        problems.extend(bad)
        done += 1
        if progress:
            progress(done)
    if parsed is not None:
        parsed.end()
    return articles, problems


def read_file(path: Path, *, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """The articles of one file (one, or one per feed record); raises InputError when unusable.

    Ids are relative to ``root`` when given (and the outlet may come from the sub-folder
    of ``root`` the file is in), else the file's name.
    """
    path = Path(path)
    article_id = _relative_id(path, root) if root is not None else path.name
    if not supported(path.name):
        raise InputError(str(path), _unsupported_message(path))
    articles, _ = _read_any(path, article_id, _folder_of(article_id, path), max_bytes, strict=True)
    return articles


# --- finding files -------------------------------------------------------------------------------


def _collect(paths: Sequence[str | Path]) -> tuple[list[Path], list[Path], list[Problem], bool]:
    """Files to read, the folders ids are relative to (each folder given, each file's parent),
    problems for explicit unsupported files, and whether "-" was given."""
    files: list[Path] = []
    anchors: list[Path] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    read_stdin = False
    for given in paths:
        if str(given) == STDIN:
            read_stdin = True
            continue
        path = Path(given)
        if path.is_dir():
            found = _walk(path)
            anchors.append(path)
        elif path.exists():
            if not supported(path.name):
                problems.append(Problem(str(path), _unsupported_message(path)))
                continue
            found = [path]
            anchors.append(path.parent)
        else:
            raise InputError(str(path), "no such file or directory")
        for file in found:
            key = os.path.abspath(file)  # realpath would cost an lstat per path component
            if key not in seen:  # the same file named twice (or via a folder) is read once
                seen.add(key)
                files.append(file)
    return files, anchors, problems, read_stdin


def _walk(folder: Path) -> list[Path]:
    """Supported files under ``folder``, sorted, skipping hidden entries; symlinked folders are not followed."""
    found: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue  # an unreadable sub-folder has no articles we could read anyway
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                pending.append(current / entry.name)
            elif supported(entry.name) and entry.is_file():
                found.append(current / entry.name)
    return found


def common_root(paths: Sequence[str | Path]) -> Path | None:
    """The folder ids are relative to when ``paths`` are read together (None for none or only "-")."""
    anchors = [Path(p) if Path(p).is_dir() else Path(p).parent for p in paths if str(p) != STDIN]
    return _common_root(anchors)


def _common_root(anchors: list[Path]) -> Path | None:
    if not anchors:
        return None
    return Path(os.path.commonpath([os.path.abspath(anchor) for anchor in anchors]))


def _relative_id(path: Path, root: Path | None) -> str:
    if root is None:
        return path.name
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return Path(relative).as_posix()


def _folder_of(article_id: str, path: Path) -> str | None:
    """The folder a file sits in, which often names the outlet: the last resort before "unknown"."""
    parts = article_id.split("/")
    if len(parts) >= 2 and parts[-2] not in ("..", "."):
        return parts[-2]
    name = path.absolute().parent.name
    return name or None


def supported(name: str) -> bool:
    """Whether a file of this name is read (by its extension; ".warc.gz" counts as one)."""
    lower = name.lower()
    return os.path.splitext(lower)[1] in SUPPORTED_SUFFIXES or lower.endswith(WARC_SUFFIXES)


def _unsupported_message(path: Path) -> str:
    suffix = path.suffix or "(none)"
    expected = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return f"unsupported file type '{suffix}' (expected one of {expected})"


def _problem(error: InputError) -> Problem:
    message = " ".join(error.message.split())
    return Problem(error.path, f"line {error.line}: {message}" if error.line else message)


# --- reading one file ----------------------------------------------------------------------------


def _read_any(
    path: Path, article_id: str, folder: str | None, max_bytes: int, *, strict: bool,
    parsed: ParsedCache | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Articles and (when not ``strict``) problems of one file; ``strict`` raises the first error."""
    suffix = path.suffix.lower()
    if path.name.lower().endswith(WARC_SUFFIXES):
        return _warc_articles(path, article_id, folder, max_bytes, strict=strict)
    try:
        data = _read_bytes(path, max_bytes)
        if suffix in HTML_SUFFIXES:
            return [_html_article(decode(data, str(path), html=True), str(path), article_id, folder)], []
        text = decode(data, str(path))
        if suffix in TEXT_SUFFIXES:
            markdown = suffix != ".txt"
            if parsed is None:
                return [_text_article(text, str(path), article_id, folder, markdown=markdown)], []
            key = parsed.key(data, folder, markdown)
            article = parsed.get(key, text, str(path), article_id)
            if article is None:
                article = _text_article(text, str(path), article_id, folder, markdown=markdown)
                parsed.put(key, article, text)
            return [article], []
        records = _jsonl_records(text, str(path)) if suffix == ".jsonl" else _csv_records(text, str(path))
    except InputError as error:
        if strict:
            raise
        return [], [_problem(error)]
    articles: list[Article] = []
    problems: list[Problem] = []
    for line, record in records:
        try:
            if isinstance(record, InputError):
                raise record
            articles.append(_record_article(record, str(path), f"{article_id}#{line}", line, folder))
        except InputError as error:
            if strict:
                raise
            problems.append(_problem(error))
    if not articles and not problems:
        empty = InputError(str(path), "no records in the feed")
        if strict:
            raise empty
        problems.append(_problem(empty))
    return articles, problems


def _read_in_workers(
    entries: Sequence[tuple[str, Path]], max_bytes: int, parsed: ParsedCache | None, mapper: Mapper,
) -> Iterator[tuple[list[Article], list[Problem]]]:
    """``_read_any`` of each entry, in order, with the parsing done in ``mapper``'s workers.

    Reading a corpus was the run's one long stretch on one core before extraction (about half a
    millisecond a text file: its front matter, and for most files a search of the text for a
    publication date), while the workers, started before it, waited. The parse is a pure function
    of the file's text, path, id and folder, so where it runs changes nothing. The content cache
    stays in this process: a file it holds is read back here and never sent; a parse made in a
    worker is stored here, as ``_read_any`` stores it.
    """
    tasks: list[_ReadTask] = []
    here: dict[int, tuple[list[Article], list[Problem]]] = {}  # entries settled in this process
    keys: dict[int, tuple[str, str]] = {}  # entry -> (its content key, its text), for the parses to store
    for n, (article_id, path) in enumerate(entries):
        folder = _folder_of(article_id, path)
        suffix = path.suffix.lower()
        if parsed is None or suffix not in TEXT_SUFFIXES:
            tasks.append(("file", path, article_id, folder, max_bytes))
            continue
        try:
            data = _read_bytes(path, max_bytes)
            text = decode(data, str(path))
        except InputError as error:
            here[n] = ([], [_problem(error)])
            continue
        markdown = suffix != ".txt"
        key = parsed.key(data, folder, markdown)
        article = parsed.get(key, text, str(path), article_id)
        if article is not None:
            here[n] = ([article], [])
            continue
        keys[n] = (key, text)
        tasks.append(("text", text, str(path), article_id, folder, markdown))
    done = mapper(_read_task, tasks)
    for n in range(len(entries)):
        if n in here:
            yield here.pop(n)
            continue
        found, bad = next(done)
        if n in keys:
            key, text = keys.pop(n)
            if found:
                assert parsed is not None
                parsed.put(key, found[0], text)
        yield found, bad


# ("file", path, id, folder, max_bytes): a whole file; ("text", text, path, id, folder, markdown): a text to parse
_ReadTask = tuple[Any, ...]


def _read_task(task: _ReadTask) -> tuple[list[Article], list[Problem]]:
    """One file read or one text parsed, in a worker (module level, so a worker receives it by name)."""
    if task[0] == "file":
        _, path, article_id, folder, max_bytes = task
        return _read_any(path, article_id, folder, max_bytes, strict=False)
    _, text, path, article_id, folder, markdown = task
    try:
        return [_text_article(text, path, article_id, folder, markdown=markdown)], []
    except InputError as error:
        return [], [_problem(error)]


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as handle:  # read-only: inputs are never modified
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise InputError(str(path), f"file is larger than the limit of {max_bytes:,} bytes (max_bytes)")
    return data


def decode(data: bytes, path: str, *, html: bool = False) -> str:
    """The text of a file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM, else an InputError; a web
    page is decoded as a browser would (its declared charset wherever it stands, else detection)."""
    return decode_html(data, path) if html else decode_text(data, path)


def _read_stdin(max_bytes: int) -> Article:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError(STDIN, "no standard input to read")
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(STDIN, f"input is larger than the limit of {max_bytes:,} bytes (max_bytes)")
    return _text_article(decode(data, STDIN), STDIN, STDIN_ID, None, markdown=True)


def _text_article(text: str, path: str, article_id: str, folder: str | None, *, markdown: bool) -> Article:
    meta, body, provenance_source = split_front_matter(text, path)
    if not body.strip():
        raise InputError(path, "no article text after the front matter")
    title = meta.title
    provenance: list[tuple[str, str]] = []
    if title is None and markdown:
        heading = _MARKDOWN_TITLE.match(body.lstrip("\r\n"))
        if heading:
            title = heading.group("title").strip()
            provenance.append(("title", "heading"))
    article = _build(body, meta, path, article_id, folder, provenance_source, provenance, title=title)
    # The body is the end of the file: reports give a fact's file line from the line it starts on.
    body_line = text.count("\n", 0, len(text) - len(body)) + 1
    return replace(article, body_line=body_line) if body_line != 1 else article


def _html_article(
    html: str,
    path: str,
    article_id: str,
    folder: str | None,
    *,
    url: str | None = None,
    captured: str | None = None,
) -> Article:
    """An article from a decoded page; ``url`` and ``captured`` (an ISO time) come from a crawl archive."""
    from consistency.html_text import extract_page  # only HTML corpora pay for trafilatura

    page = extract_page(html, url=url)
    if not page.text.strip():
        raise InputError(path, "no main text found in the HTML page")
    # An unreadable date in a page's metadata is left out, not an error: pages carry odd
    # values in their meta tags, and the text may still state the date.
    published = parse_published_with_precision(page.published) if page.published else None
    published_by = page.published_by
    if published is None and captured:
        # The capture time bounds the publication from above, and news is captured within hours:
        # better than nothing, after what the page and its text say (byline inference runs first).
        found = find_publication_date(page.text, url or page.url)
        if found is None:
            published = parse_published_with_precision(captured[:10])
            published_by = "warc date"
    meta = _Meta(
        outlet=page.site_name or None,
        url=url or page.url,
        published=published[0] if published else None,
        title=page.title,
        language=page.language,
        published_precision=published[1] if published else "",
    )
    stated_by = {"title": "trafilatura", "url": "warc" if url else "trafilatura", "language": "html"}
    provenance = [("body", page.extractor)]
    return _build(page.text, meta, path, article_id, folder, "trafilatura", provenance,
                  published_by=published_by, stated_by=stated_by)


def _warc_articles(
    path: Path, article_id: str, folder: str | None, max_bytes: int, *, strict: bool
) -> tuple[list[Article], list[Problem]]:
    """One article per HTML page of the archive; a page without main text is a problem of its own, and
    a broken archive keeps the pages read before the break."""
    from consistency.warc import warc_pages

    articles: list[Article] = []
    problems: list[Problem] = []
    try:
        for page in warc_pages(path, max_bytes):
            where = f"record {page.number} ({page.url or 'no target URI'})"
            try:
                if page.payload is None:
                    raise InputError(str(path), page.size_note)
                html = decode_html(page.payload, str(path), content_type=page.content_type)
                articles.append(_html_article(html, str(path), f"{article_id}#{page.number}", folder,
                                              url=page.url, captured=page.date))
            except InputError as error:
                bad = InputError(str(path), f"{where}: {error.message}")
                if strict:
                    raise bad from None
                problems.append(_problem(bad))
    except InputError as error:
        if strict:
            raise
        problems.append(_problem(error))
    if not articles and not problems:
        empty = InputError(str(path), "no HTML pages in the WARC archive")
        if strict:
            raise empty
        problems.append(_problem(empty))
    return articles, problems


def _build(
    body: str,
    meta: _Meta,
    path: str,
    article_id: str,
    folder: str | None,
    given_by: str,
    provenance: list[tuple[str, str]],
    *,
    title: str | None = None,
    published_by: str | None = None,
    stated_by: dict[str, str] | None = None,
) -> Article:
    inferred = infer_metadata(
        body,
        outlet=meta.outlet,
        published=meta.published,
        url=meta.url,
        folder=folder,
        given_by=given_by,
        published_precision=meta.published_precision,
        published_by=published_by,
    )
    title = title if title is not None else meta.title
    stated_by = stated_by or {}
    stated = [(name, stated_by.get(name, given_by)) for name in ("title", "url", "language") if getattr(meta, name)]
    return Article(
        id=article_id,
        path=path,
        outlet=inferred.outlet,
        body=body,
        title=title,
        url=meta.url,
        published=inferred.published,
        language=_primary_language(meta.language),
        provenance=inferred.provenance + tuple(provenance) + tuple(stated),
        published_precision=inferred.published_precision,
    )


def _primary_language(tag: str | None) -> str:
    """ "en-GB" -> "en": later stages pick extractors by language, not by region."""
    if not tag:
        return "en"
    primary = tag.replace("_", "-").split("-")[0].strip().lower()
    return primary or "en"


# --- front matter --------------------------------------------------------------------------------


def split_front_matter(text: str, path: str) -> tuple[_Meta, str, str]:
    """(metadata, body, provenance label): the body is everything after the closing ``---`` line."""
    if not _FENCE.match(text):
        return _Meta(), text, "front matter"
    opening = _FENCE.match(text)
    assert opening is not None
    closing = _CLOSING_FENCE.search(text, opening.end())
    if closing is None:
        raise InputError(path, "front matter: the '---' block opened here is never closed", line=1)
    block = text[opening.end() : closing.start()]
    after = closing.end()
    if text.startswith("\r\n", after):
        after += 2
    elif text.startswith(("\n", "\r"), after):
        after += 1
    return _parse_front_matter(block, path), text[after:], "front matter"


def _parse_front_matter(block: str, path: str) -> _Meta:
    first_line = 2  # the block starts on the line after the opening '---'
    try:
        # One parse, with libyaml when present (the pure-Python parser dominated the time of
        # a 100k-file run); the nodes keep line numbers, and the safe constructor is the one
        # yaml.safe_load uses, so no tag can build arbitrary objects.
        node = yaml.compose(block, Loader=_FAST_SAFE_LOADER)
        data = yaml.constructor.SafeConstructor().construct_document(node) if node is not None else None
    except yaml.YAMLError:
        raise _yaml_error(block, path, first_line) from None
    except (ValueError, OverflowError) as error:
        # YAML's own timestamp type lets "2024-13-45" through its pattern, then datetime refuses it.
        raise InputError(path, f"front matter: invalid value: {error}", line=first_line) from None
    if data is None:
        return _Meta()
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise InputError(
            path, f"front matter: expected 'field: value' lines, got a {_yaml_kind(data)}", line=first_line
        )
    lines: dict[str, int] = {}
    for key_node, _ in node.value:
        key = str(key_node.value)
        if key in lines:
            line = first_line + key_node.start_mark.line
            raise InputError(path, f"front matter: duplicate field '{key}'", line=line)
        lines[key] = first_line + key_node.start_mark.line
    return _meta_from_fields(data, path, "front matter", lines.get)


def _yaml_error(block: str, path: str, first_line: int) -> InputError:
    """The error of the pure-Python parser: its wording does not depend on whether libyaml is installed."""
    try:
        yaml.safe_load(block)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        line = first_line + mark.line if mark is not None else first_line
        return InputError(path, f"front matter: invalid YAML: {problem}", line=line)
    return InputError(path, "front matter: invalid YAML", line=first_line)


def _yaml_kind(value: object) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    return type(value).__name__


def _meta_from_fields(
    fields: dict[Any, Any], path: str, where: str, line_of: Callable[[str], int | None]
) -> _Meta:
    """Validated metadata fields (unknown ones ignored); None and empty strings count as absent."""
    values: dict[str, Any] = {}
    for name in META_FIELDS:
        value = fields.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if name == "published":
            values[name], values["published_precision"] = _published_field(value, path, where, line_of(name))
        elif isinstance(value, str):
            values[name] = value.strip()
        else:
            raise InputError(
                path, f"{where}: field '{name}' must be a string, got {_type_name(value)}", line=line_of(name)
            )
    return _Meta(**values)


def _published_field(
    value: object, path: str, where: str, line: int | None
) -> tuple[dt.date | dt.datetime, str]:
    """(date, precision): precision "" for a full date, "month" or "year" for a partial one."""
    if isinstance(value, dt.datetime):
        # The wall-clock time as published, as metadata.parse_published keeps it.
        return value.replace(tzinfo=None), ""
    if isinstance(value, dt.date):
        return value, ""
    # YAML and JSON read "published: 2023" as a number: a year, when it can be one.
    year = published_year(value) if isinstance(value, int) and not isinstance(value, bool) else None
    if year is not None:
        return year
    if not isinstance(value, str):
        raise InputError(
            path, f"{where}: field 'published' must be a date, got {_type_name(value)}", line=line
        )
    parsed = parse_published_with_precision(value)
    if parsed is None:
        raise InputError(
            path, f"{where}: field 'published': cannot read {value.strip()!r} as a date", line=line
        )
    return parsed


def _type_name(value: object) -> str:
    names = {list: "a list", dict: "a mapping", bool: "a boolean", int: "a number", float: "a number"}
    return names.get(type(value), f"a {type(value).__name__}")


# --- feeds ---------------------------------------------------------------------------------------

_Record = tuple[int, "dict[str, Any] | InputError"]


def _jsonl_records(text: str, path: str) -> list[_Record]:
    records: list[_Record] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            records.append(
                (number, InputError(path, f"invalid JSON: {error.msg} (column {error.colno})", line=number))
            )
            continue
        if not isinstance(value, dict):
            message = f"record is {_type_name(value)}, expected a JSON object"
            records.append((number, InputError(path, message, line=number)))
            continue
        records.append((number, value))
    return records


def _csv_records(text: str, path: str) -> list[_Record]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(path, "empty file") from None
    except csv.Error as error:
        raise InputError(path, f"invalid CSV: {error}", line=1) from None
    names = [name.strip().lower() for name in header]
    if not any(name in TEXT_FIELDS for name in names):
        raise InputError(path, "CSV header has no 'text' column (nor 'body' or 'content')", line=1)
    records: list[_Record] = []
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            records.append((start, InputError(path, f"invalid CSV: {error}", line=start)))
            break  # the reader cannot resynchronise after a broken quote
        if any(cell.strip() for cell in row):
            if len(row) > len(names):
                message = f"record has {len(row)} fields, the header names {len(names)}"
                records.append((start, InputError(path, message, line=start)))
            else:
                records.append((start, dict(zip(names, row, strict=False))))
        start = reader.line_num + 1
    return records


def _record_article(
    record: dict[str, Any], path: str, article_id: str, line: int, folder: str | None
) -> Article:
    text = None
    for name in TEXT_FIELDS:
        if name in record and record[name] is not None:
            text = record[name]
            break
    if text is None:
        raise InputError(path, "record has no 'text' field (nor 'body' or 'content')", line=line)
    if not isinstance(text, str):
        raise InputError(path, f"record field 'text' must be a string, got {_type_name(text)}", line=line)
    if not text.strip():
        raise InputError(path, "record text is empty", line=line)
    meta = _meta_from_fields(record, path, "record", lambda _name: line)
    return _build(text, meta, path, article_id, folder, "record", [])
