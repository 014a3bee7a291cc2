"""A web page's publication date, read from the page in a fixed order of evidence, strongest first.

htmldate (through trafilatura) finds a date on almost any page, but in its own order: a date in the URL
before anything else, then the ``<meta>`` tags in document order, where the first tag on its list wins even
when it is an analytics stamp or the time the page was served, and where a modified date found there is
returned before the page's JSON-LD is read. On trafilatura's 728 dated evaluation pages its date was wrong on
96; the page said otherwise, and rightly, in its publication metadata or in the date line under its headline
on most of those it could be right about. So the page is read here first, in this order (``EVIDENCE``):

1. ``meta``: the publication tags of Open Graph, Dublin Core and the common publishing systems
   (``article:published_time``, ``DC.date.issued``, ``parsely-pub-date`` ...; best first, ``PUBLISHED_META``);
2. ``json-ld``: schema.org ``datePublished`` (else ``dateCreated``) of the page's own entity: a top-level
   node, an article type first; nested nodes (an article's images, a recipe's reviews) date themselves;
3. ``microdata``: an element marked ``itemprop="datePublished"``;
4. ``time``: a ``<time pubdate>``, or a ``<time>`` classed as the entry's publication (``published``,
   ``entry-date``), by its ``datetime``;
5. ``url``: a date in the page's URL ("/2024/03/07/");
6. ``headline``: the date line the page shows right under its headline ("7. März 2024, 18:40 Uhr");
7. ``label``: a date anywhere in the page's text labelled as the publication ("Erschienen am: 07.03.2024");
8. ``any time``: the first ``<time datetime>`` of the page;
9. else htmldate's answer, which also searches the rest of the page (in ``consistency.html_text``).

Measured on those 728 pages (``python -m benchmarks --only ingest``): htmldate alone is right on 632, this
order (then htmldate) on 650, with no page left undated that htmldate dates. Of the pages it decides
differently from htmldate, 28 are right and 10 wrong; the date line under the headline alone beats htmldate's
reading 21 to 6 where the two disagree, and where meta tags and JSON-LD disagree the meta tag is right 4 times
in 5. Only machine-readable values count as metadata (ISO 8601, RFC 2822), so a tag written
"Mo., 04.03.2024 - 09:15" is left to the later steps.

A modified or updated date (``dateModified``, ``article:modified_time``, ``og:updated_time``, a date line
labelled "Updated" or "Aktualisiert") never counts as the publication, whatever its place on the page:
relative dates in the story hang on the day it was first published.

Time zones: a stamp with an offset ("2024-03-11T23:40:00-05:00") is dated as written, the publisher's own
day and clock. A stamp in UTC ("...T23:10:00Z") fixes the moment, not the day: between UTC-12 and UTC+14 that
moment falls on the day before or after too. When the page names one of those days in a way written on the
publisher's clock (its URL's date, the date line under its headline), that day is taken; else the UTC day.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from consistency.metadata import find_url_date

# The order of evidence (module docstring); a page's date is the first of these it gives.
EVIDENCE = ("meta", "json-ld", "microdata", "time", "url", "headline", "label", "any time")

# schema.org types whose dates are the page's story: the main entity of a news page or a blog post.
ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle reviewnewsarticle "
    "backgroundnewsarticle askpublicnewsarticle blogposting liveblogposting socialmediaposting report "
    "scholarlyarticle techarticle medicalscholarlyarticle satiricalarticle advertisercontentarticle "
    "discussionforumposting".split()
)
WEB_PAGE_TYPES = frozenset("webpage itempage collectionpage aboutpage faqpage qapage profilepage".split())
_ENTITY_RANKS = (ARTICLE_TYPES, WEB_PAGE_TYPES)
# JSON-LD keys for the first publication, best first; dateModified and its kin are never read.
JSON_LD_KEYS = ("datePublished", "dateCreated")
# <meta> names and properties that state the first publication (lower case), best first. Not "date" alone,
# "timestamp" or analytics fields: those are as often the last revision or the time the page was served.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "parsely-pub-date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "og:pubdate",
    "citation_publication_date",
)
_META_RANK = {name: rank for rank, name in enumerate(PUBLISHED_META)}
_TIME_CLASSES = re.compile(
    r"(?:^|\s)(?:published|entry-date|date-published|publish-date|pubdate)(?:\s|$)", re.I
)

# An ISO 8601 stamp as publishing systems write it, loosely: "2024-3-7", "2024-03-07 18:40",
# "2024-03-07T18:40:00.000+0100", "2024-03-07T18:40Z". The zone is kept apart to date the moment.
_ISO = re.compile(
    r"\s*(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)"
    r"(?:[T\s]+(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:[.:,]\d{1,9})?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-][0-2]\d(?::?[0-5]\d)?)?)?\s*$",
    re.I,
)
_RFC_2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d\d")
# How far a local day may lie from the UTC day of the same moment: the zones run from UTC-12 to UTC+14.
_EARLIEST_ZONE = dt.timedelta(hours=-12)
_LATEST_ZONE = dt.timedelta(hours=14)


@dataclass(frozen=True)
class Stamp:
    """A date or moment as a page declares it; ``offset`` is None when the value names no zone."""

    day: dt.date
    time: dt.time | None = None
    offset: dt.timedelta | None = None

    def in_utc(self) -> bool:
        """Whether the value is a moment written in UTC (its day is UTC's, not necessarily the publisher's)."""
        return self.time is not None and self.offset == dt.timedelta(0)

    def iso(self) -> str:
        """The day, with the time of day as written when there is one."""
        if self.time is None:
            return self.day.isoformat()
        return dt.datetime.combine(self.day, self.time).isoformat()

    def falls_on(self, day: dt.date) -> bool:
        """Whether this moment falls on ``day`` in some time zone (for a value with a time and a zone)."""
        if self.time is None or self.offset is None:
            return day == self.day
        moment = dt.datetime.combine(self.day, self.time) - self.offset
        return (moment + _EARLIEST_ZONE).date() <= day <= (moment + _LATEST_ZONE).date()


@dataclass(frozen=True)
class DeclaredDate:
    """The publication date a page gives, which kind of evidence (``EVIDENCE``) gave it, and for a UTC stamp
    the evidence that named the publisher's day ("" when the UTC day was kept)."""

    published: str  # ISO day, or day and time as written
    evidence: str
    day_from: str = ""

    def provenance(self) -> str:
        """How ``consistency read`` names the source: "html meta", "url", "html meta (day from url)"."""
        name = self.evidence if self.evidence == "url" else f"html {self.evidence}"
        return f"{name} (day from {self.day_from})" if self.day_from else name


def parse_stamp(value: str) -> Stamp | None:
    """A machine-written date or moment (ISO 8601, RFC 2822), with its zone when it names one; else None."""
    match = _ISO.match(value)
    if match:
        try:
            day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            if match["hour"] is None:
                return Stamp(day)
            moment = dt.time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
        except ValueError:
            return None
        return Stamp(day, moment, _offset(match["zone"]))
    if _RFC_2822.match(value):
        try:
            parsed = email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
        return Stamp(parsed.date(), parsed.time().replace(microsecond=0), parsed.utcoffset())
    return None


def _offset(zone: str | None) -> dt.timedelta | None:
    if zone is None:
        return None
    if zone.upper() in ("Z", "UTC", "GMT"):
        return dt.timedelta(0)
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 14 or minutes >= 60:
        return None
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return -delta if zone[0] == "-" else delta


def declared_date(tree: Any, *, url: str | None = None) -> DeclaredDate | None:
    """The publication date the page ``tree`` (an lxml HTML tree) gives, by ``EVIDENCE``; None when it gives
    none of these (htmldate's search is the caller's fallback). ``url`` is the page's address, when known."""
    return choose_date(page_evidence(tree), url=url)


def page_evidence(tree: Any) -> dict[str, Stamp | None]:
    """The kinds of evidence of ``EVIDENCE`` the markup gives (all but ``url``), read in order up to the
    first that gives a date, since later ones cannot decide; plus the headline's date line when that date is a
    UTC moment, to place it on the publisher's day."""
    found: dict[str, Stamp | None] = {}
    for kind in EVIDENCE:
        reader = _READERS.get(kind)
        if reader is None:
            continue  # the URL is not in the markup: the caller knows it
        found[kind] = stamp = reader(tree)
        if stamp is not None:
            if stamp.in_utc() and "headline" not in found:
                found["headline"] = headline_date(tree)
            break
    return found


def choose_date(found: dict[str, Stamp | None], *, url: str | None = None) -> DeclaredDate | None:
    """The first date of ``EVIDENCE`` among ``found`` (``page_evidence``) and the date in ``url``; a UTC moment
    goes to the day the URL or the headline's date line names when it falls on that day (module docstring)."""
    in_url = find_url_date(url) if url else None
    found = {**found, "url": Stamp(in_url.value) if in_url is not None and not in_url.precision else None}
    # Days written on the publisher's clock, which place a UTC moment on its local day.
    local_days = [(kind, stamp.day) for kind in ("url", "headline") if (stamp := found.get(kind)) is not None]
    for kind in EVIDENCE:
        stamp = found.get(kind)
        if stamp is None:
            continue
        if stamp.in_utc():
            for other, day in local_days:
                if day != stamp.day and stamp.falls_on(day):
                    return DeclaredDate(day.isoformat(), kind, other)
        return DeclaredDate(stamp.iso(), kind)
    return None


def json_ld_date(tree: Any) -> Stamp | None:
    """``datePublished`` (else ``dateCreated``) of the page's own entity in its JSON-LD, else of any node.

    The page's entity is a node at the top of a block (or of its ``@graph``): an article type first, then a web
    page, then any other; nested nodes (an article's images, a recipe's reviews) carry dates of their own.
    """
    ranked: list[tuple[int, int, Stamp]] = []
    for block in tree.iterfind(".//script"):
        if (block.get("type") or "").strip().lower() != "application/ld+json" or not block.text:
            continue
        for depth, node in _json_nodes(block.text):
            stamp = _first_stamp(node.get(key) for key in JSON_LD_KEYS)
            if stamp is not None:
                rank = _entity_rank(node) + (0 if depth == 0 else len(_ENTITY_RANKS) + 1)
                ranked.append((rank, len(ranked), stamp))
    return min(ranked)[2] if ranked else None


def _json_nodes(text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(depth, object) for each JSON-LD object of a script block, outer ones first; ``@graph`` members and
    the items of a top-level list are at depth 0."""
    try:
        data = json.loads(text, strict=False)
    except ValueError:
        return
    pending: deque[tuple[int, Any]] = deque([(0, data)])  # breadth first: outer objects before inner ones
    while pending:
        depth, item = pending.popleft()
        if isinstance(item, list):
            pending.extendleft((depth, member) for member in reversed(item))
        elif isinstance(item, dict):
            yield depth, item
            for key, value in item.items():
                if isinstance(value, (dict, list)):
                    pending.append((depth if key == "@graph" else depth + 1, value))


def _entity_rank(node: dict[str, Any]) -> int:
    """0 for an article type, 1 for a web page type, 2 for any other node."""
    kinds = node.get("@type")
    names = {
        name.rsplit("/", 1)[-1].lower()
        for name in (kinds if isinstance(kinds, list) else [kinds])
        if isinstance(name, str)
    }
    for rank, types in enumerate(_ENTITY_RANKS):
        if names & types:
            return rank
    return len(_ENTITY_RANKS)


def _first_stamp(values: Iterable[Any]) -> Stamp | None:
    for value in values:
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str):
            stamp = parse_stamp(value)
            if stamp is not None:
                return stamp
    return None


def meta_date(tree: Any) -> Stamp | None:
    """The best-ranked publication ``<meta>`` tag (``PUBLISHED_META``) with a machine-readable value."""
    best: tuple[int, Stamp] | None = None
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        rank = _META_RANK.get(key)
        if rank is None or (best is not None and rank >= best[0]):
            continue
        stamp = parse_stamp(meta.get("content") or meta.get("datetime") or "")
        if stamp is not None:
            best = (rank, stamp)
    return best[1] if best else None


def microdata_date(tree: Any) -> Stamp | None:
    """The first element marked ``itemprop="datePublished"`` (not a ``<meta>``) with a readable date."""
    for element in tree.iterfind(".//*[@itemprop]"):
        if element.tag == "meta" or element.get("itemprop", "").strip().lower() != "datepublished":
            continue
        value = element.get("datetime") or element.get("content") or (element.text or "")
        stamp = parse_stamp(value)
        if stamp is not None:
            return stamp
    return None


def time_element_date(tree: Any) -> Stamp | None:
    """The first ``<time pubdate>``, or ``<time>`` classed as the publication, by its ``datetime``."""
    for element in tree.iterfind(".//time[@datetime]"):
        if element.get("pubdate") is not None or _TIME_CLASSES.search(element.get("class") or ""):
            if "updated" in (element.get("class") or "").lower().split() and element.get("pubdate") is None:
                continue  # "entry-date updated": the revision
            stamp = parse_stamp(element.get("datetime") or "")
            if stamp is not None:
                return stamp
    return None


def first_time_element(tree: Any) -> Stamp | None:
    """The first ``<time>`` of the page with a machine-readable ``datetime``."""
    for element in tree.iterfind(".//time[@datetime]"):
        stamp = parse_stamp(element.get("datetime") or "")
        if stamp is not None:
            return stamp
    return None


# Month names of the languages news pages are most often written in, as a page writes them in a date line
# ("7. März 2024", "7 mars 2024", "March 7, 2024", "7 de marzo de 2024"); abbreviations with or without a dot.
MONTH_NAMES: dict[str, int] = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "okt": 10, "dez": 12, "mär": 3,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # Spanish, Portuguese, Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}  # fmt: skip
# Words that mark a date as a revision, not the publication: "Updated", "Aktualisiert am", "Stand:",
# "Mis à jour le", "Actualizado", "Atualizado", "Aggiornato", "Bijgewerkt", "Last modified".
_REVISION_WORDS = re.compile(
    r"(?:updated?|modified|revised|aktualisiert|geändert|änderung|stand|mis\s+à\s+jour|modifié|actualizad[oa]|"
    r"atualizad[oa]|aggiornat[oa]|bijgewerkt)(?:\W{1,3}\w{1,4}){0,2}\W{0,3}$",
    re.I,
)
# Words that label a date as the publication: "Published on", "Veröffentlicht am", "Erschienen am:",
# "Publié le", "Publicado el", "Pubblicato il", "Gepubliceerd op".
_PUBLICATION_WORDS = re.compile(
    r"(?:published|publication\s+date|posted\s+on|veröffentlicht|erschienen|publié|publicado|pubblicato|"
    r"gepubliceerd)(?:\W{1,3}\w{1,4}){0,2}\W{0,3}$",
    re.I,
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_WORD = r"(?P<name>[^\W\d_]{3,10})\.?"
_DAY_NUMBER = r"(?P<day>[0-3]?\d)"
_FULL_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Date shapes of a date line, each on its own (Python forbids repeated group names in an alternation).
_LINE_DATES = (
    re.compile(rf"\b{_DAY_NUMBER}\.\s?(?P<month>[01]?\d)\.\s?{_FULL_YEAR}\b"),  # 7.3.2024, 07. 03. 2024
    re.compile(rf"\b{_FULL_YEAR}-(?P<month>[01]\d)-{_DAY_NUMBER}\b"),  # 2024-03-07
    re.compile(
        rf"\b{_DAY_NUMBER}(?:\.|er|st|nd|rd|th)?\s{{1,3}}(?:de\s)?{_MONTH_WORD},?\s{{1,3}}(?:de\s)?{_FULL_YEAR}\b",
        re.I,
    ),
    re.compile(rf"\b{_MONTH_WORD}\s{{1,3}}{_DAY_NUMBER}(?:st|nd|rd|th)?,?\s{{1,3}}{_FULL_YEAR}\b", re.I),
)
# How far a date line may sit from the headline: the characters of text after it (bylines, kickers, share
# bars come first on many pages), and how many words besides the date a date line may hold ("Von Marta
# Vellacourt | 7. März 2024, 18:40 Uhr"); a date in a longer line is in a sentence of the story.
HEADLINE_REACH = 600
DATE_LINE_WORDS = 6
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


def headline_date(tree: Any) -> Stamp | None:
    """The date the page shows by its headline: the first date line in the text right after the first
    ``<h1>`` of two words or more, unless a word marks it as a revision ("Aktualisiert am 7. März 2024")."""
    headline = next((h for h in tree.iter("h1") if len((h.text_content() or "").split()) >= 2), None)
    if headline is None:
        return None
    budget = HEADLINE_REACH + len(headline.text_content() or "")
    before = ""
    for text in _texts_from(tree, headline):
        budget -= len(text)
        if budget < 0:
            break
        for start, end, stamp in _dates_in(text):
            if len(_WORDS.findall(text[:start] + " " + text[end:])) > DATE_LINE_WORDS:
                continue
            if _REVISION_WORDS.search((before + " " + text[:start]).rstrip()[-40:]):
                continue
            return stamp
        before = text
    return None


def labelled_date(tree: Any) -> Stamp | None:
    """The first date anywhere in the page's text that a word labels as its publication ("Published on
    7 March 2024", "Erschienen am: 07.03.2024", "Publié le 7 mars 2024")."""
    before = ""
    for text in _texts_from(tree, tree):
        if _HAS_YEAR.search(text):
            for start, _end, stamp in _dates_in(text):
                if _PUBLICATION_WORDS.search((before + " " + text[:start]).rstrip()[-40:]):
                    return stamp
        before = text
    return None


_READERS: dict[str, Callable[[Any], Stamp | None]] = {
    "meta": meta_date,
    "json-ld": json_ld_date,
    "microdata": microdata_date,
    "time": time_element_date,
    "headline": headline_date,
    "label": labelled_date,
    "any time": first_time_element,
}


def _dates_in(text: str) -> Iterator[tuple[int, int, Stamp]]:
    """(start, end, date) of each full date in ``text`` (``_LINE_DATES``), shape by shape."""
    for shape in _LINE_DATES:
        for match in shape.finditer(text):
            stamp = _line_date(match)
            if stamp is not None:
                yield match.start(), match.end(), stamp


_WORDS = re.compile(r"[^\W\d_]+")


def _texts_from(tree: Any, start: Any) -> Iterator[str]:
    """The page's text nodes in reading order from ``start`` (its own text first), skipping scripts and styles."""
    from lxml import etree

    started = False
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if element is start:
            started = True
        if not started:
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start" and tag and tag not in _SKIPPED_TAGS and element.text and element.text.strip():
            yield element.text
        elif event == "end" and element.tail and element.tail.strip():
            yield element.tail


def _line_date(match: re.Match[str]) -> Stamp | None:
    groups = match.groupdict()
    month = (
        int(groups["month"]) if groups.get("month") else MONTH_NAMES.get((groups.get("name") or "").lower())
    )
    if month is None:
        return None
    try:
        return Stamp(dt.date(int(groups["year"]), month, int(groups["day"])))
    except ValueError:
        return None
