"""Infer an article's outlet and publication date from its own text when nothing else states them.

Only what the article says counts: a byline ("by A. Name and The Kyiv Independent news
desk March 11, 2024 6:40 AM"), a labelled date ("Published: 2024-03-11"), a closing
"Source: ukrinform.net" line, the URL's domain, a wire dateline ("KYIV (Reuters) -"),
else the folder the file sits in. The clock and file times are never consulted, and
relative words ("yesterday") are never turned into dates.

The publication date is the anchor every relative date ("last week") hangs on, so an
article without one takes it from its own text, strongest evidence first: a byline or
labelled date, a dateline opening a paragraph ("WASHINGTON, March 7, 2024 —"), a date in
its URL ("/2024/03/07/"), a date with its weekday in the lede ("on Thursday (March 7,
2024)"), else the first full date the lede mentions (its first ``LEDE_CHARS``
characters). Only dates with a year count: a weekday and a day without a year
("Thursday, March 7") fit about one year in seven, several within any recent span, so
they are left to the date extractor, which keeps them year-less. Provenance names the
source ("dateline", "text: first dated mention"), so a reader can weigh a guessed anchor.

A date known only to the month or year ("2023-10", "October 2023", "2023", a URL's
"/2023/10/") is read with that precision (``parse_published_with_precision``); a byline,
dateline or URL day inside that month or year then refines it to the day.

Every search here is a bounded, linear regex over the first lines of the body (plus one
multiline search for the "Source:" line, and for an undated article one over its first
``LEDE_CHARS`` characters), so a folder of 100k files stays fast;
``dateparser`` is imported lazily and only for explicit metadata strings that the cheap
parsers could not read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

# How much of the body a byline may hide in: pages pasted from the web put banners,
# "skip to content" and the headline before it (the Kyiv Independent seed: line 8).
HEAD_CHARS = 4000
HEAD_LINES = 40
MAX_DATE_CHARS = 100  # an explicit date string longer than this is not a date
# Where a date in running text may stand in for the publication date: the lede, which carries
# the news peg. Further down come backstory dates ("the dam was built on May 2, 1989") that
# would anchor a report on the wrong year: on the ECB+ dev set, the only two undated
# reports with a full date had it past this point, and both dates were backstory.
LEDE_CHARS = 1500

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Each date shape on its own: Python forbids repeated group names in one alternation.
_DATE_SHAPES = (
    re.compile(rf"\b{_MONTH}\s{{1,3}}{_DAY},?\s{{1,3}}{_YEAR}\b", re.I),  # March 11, 2024
    re.compile(rf"\b{_DAY}\s{{1,3}}(?:of\s{{1,3}})?{_MONTH},?\s{{1,3}}{_YEAR}\b", re.I),  # 11 March 2024
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2024-03-11
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),  # 11.03.2024
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# A time right after the date: "6:40 AM", ", 18:40", "T06:40:00", " at 6:40 p.m.", " | 06:40".
_TIME_AFTER = re.compile(
    r"(?:T|\s{0,3}(?:,|at|-|–|—|\||·|/)?\s{0,3})(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::[0-5]\d)?"
    r"(?:\.\d{1,6})?(?:\s{0,2}(?P<ampm>[ap]\.?\s?m\b\.?))?",
    re.I,
)
# A time right before the date: "06:40, 11.03.2024" (Ukrainian and Russian sites).
_TIME_BEFORE = re.compile(
    r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?:\s{0,2}(?P<ampm>[ap]\.?\s?m\b\.?))?\s{0,3}[,|·-]?\s{0,3}$",
    re.I,
)
_PUBLISHED_LABEL = re.compile(
    r"\b(?:first\s+published|published|posted|publication\s+date|date)\s{0,3}(?:on|at)?\s{0,3}[:\-–]?\s{0,3}$",
    re.I,
)
_UPDATED_LABEL = re.compile(
    r"\b(?:last\s+)?(?:updated|modified)\s{0,3}(?:on|at)?\s{0,3}[:\-–]?\s{0,3}$", re.I
)
_BYLINE_START = re.compile(r"^\s{0,8}by\s", re.I)
# A line that is only a date (plus a few words like "2 min read") is a dateline, not a sentence.
_SHORT_LINE_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+")
_RELATIVE_WORDS = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this|now|hence|since|earlier|later)\b", re.I
)

# "and The Kyiv Independent news desk", "by Reuters staff", "by the BBC newsroom".
_DESK = re.compile(
    r"(?:^\s{0,3}|\band\s{1,3}|,\s{0,3})(?P<outlet>(?:[Tt]he\s{1,3})?[A-Z][\w'&.-]{0,30}"
    r"(?:\s{1,3}[A-Z][\w'&.-]{0,30}){0,5})\s{1,3}"
    r"(?:news\s?desk|staff|newsroom|editorial\s(?:team|board|staff)|reporters?|correspondents?)\b"
)
# "Source: ukrinform.net" or "Source: https://www.ukrinform.net/rubric/..." on a line of its own.
_SOURCE_LINE = re.compile(
    r"^[ \t]{0,8}Source[ \t]{0,3}:[ \t]{0,3}(?:https?://)?(?P<domain>(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24})"
    r"(?:/[^\s]{0,300})?[ \t]{0,8}\r?$",
    re.I | re.M,
)
# Wire dateline opening a paragraph: "KYIV (Reuters) - ", "WASHINGTON, March 11 (AP) — ";
# the place is in capitals, which tells it from "The ministry (MoD) - ...".
_DATELINE = re.compile(
    r"^[A-Z][A-Z.' /-]{1,30}(?:,[A-Za-z0-9 .]{1,30})?\s{0,3}\((?P<outlet>[A-Z][A-Za-z.&-]{1,20}(?: [A-Z][A-Za-z.&-]{1,20}){0,2})\)"
    r"\s{0,3}[-–—]"
)
_SECOND_LEVEL = frozenset("co com net org gov ac edu gv or ne go".split())


@dataclass(frozen=True)
class Inferred:
    """Outlet and date as finally chosen, with where each came from."""

    outlet: str
    published: dt.date | dt.datetime | None
    provenance: tuple[tuple[str, str], ...]
    published_precision: str = ""  # "", "month" or "year", as in Article


def infer_metadata(
    body: str,
    *,
    outlet: str | None = None,
    published: dt.date | dt.datetime | None = None,
    url: str | None = None,
    folder: str | None = None,
    given_by: str = "front matter",
    published_precision: str = "",
    published_by: str | None = None,
) -> Inferred:
    """Fill in what the file's own metadata (``given_by``) left open, from the text, URL and folder.

    ``folder`` is the name of the sub-folder the file was found in (None when it sits at
    the root of the inputs: a temporary or working folder's name says nothing about the outlet).
    ``published_precision`` is "month" or "year" when ``published`` is known only that far
    (its first day); the provenance then says so: ("published", "front matter (month)").
    ``published_by`` names the source of ``published`` when it is not ``given_by`` (a web page's
    outlet comes from trafilatura, its date from htmldate).
    """
    date_by = published_by or given_by
    provenance: list[tuple[str, str]] = []
    if outlet:
        provenance.append(("outlet", given_by))
    else:
        outlet, source = _infer_outlet(body, url, folder)
        provenance.append(("outlet", source))
    if published is not None and published_precision:
        stated = f"{date_by} ({published_precision})"
        finer = _refine_partial_date(body, url, published, published_precision)
        if finer is None:
            provenance.append(("published", stated))
        else:
            published, published_precision = finer.value, finer.precision
            provenance.append(("published", f"{finer.label()}, refining {stated}"))
    elif published is not None:
        provenance.append(("published", date_by))
    else:
        found = find_publication_date(body, url)
        if found is not None:
            published, published_precision = found.value, found.precision
            provenance.append(("published", found.label()))
    return Inferred(
        outlet=outlet,
        published=published,
        provenance=tuple(provenance),
        published_precision=published_precision if published is not None else "",
    )


class FoundDate(NamedTuple):
    """A publication date an article states about itself, where it says so, and how precisely."""

    value: dt.date | dt.datetime
    source: str  # "byline", "dateline", "url", "text: dated weekday", "text: first dated mention"
    precision: str = ""  # "" (the day, or the time for a datetime), "month" or "year"

    def label(self) -> str:
        """The provenance entry: "url (month)" when the date is partial."""
        return f"{self.source} ({self.precision})" if self.precision else self.source


def find_publication_date(body: str, url: str | None = None) -> FoundDate | None:
    """The article's own best word on when it was published, and where it said so; None if silent.

    In order: a byline or labelled date near the top ("byline"), a dateline opening a
    paragraph ("dateline"), a date in the URL's path ("url", "/2024/03/07/"; "/2024/03/" is a
    month), a full date with its weekday in the lede ("text: dated weekday"), the first full
    date in the lede ("text: first dated mention"). The last two say when the story happened,
    not when it was filed: close enough to anchor "on Friday" or "last year", and recorded as
    such. On trafilatura's 728 dated web pages (text and URL only), a URL date was the
    publication day on 106 of 113 pages (the month on 31 of 32); where nothing before it in
    this order was found, the first dated mention was the publication day on 22 of 31.
    """
    byline = find_byline_date(body)
    if byline is not None:
        return FoundDate(byline, "byline")
    dateline = find_dateline_date(body)
    if dateline is not None:
        return FoundDate(dateline, "dateline")
    in_url = find_url_date(url) if url else None
    if in_url is not None:
        return in_url
    return find_dated_mention(body)


def _refine_partial_date(
    body: str, url: str | None, published: dt.date | dt.datetime, precision: str
) -> FoundDate | None:
    """A byline, dateline or URL date inside the month or year the metadata gave, and finer than it."""
    finer_than = _PRECISIONS.index(precision)
    for found in (
        FoundDate(byline, "byline") if (byline := find_byline_date(body)) else None,
        FoundDate(dateline, "dateline") if (dateline := find_dateline_date(body)) else None,
        find_url_date(url) if url else None,
    ):
        if (
            found is not None
            and _PRECISIONS.index(found.precision) < finer_than
            and _same_period(found.value, published, precision)
        ):
            return found
    return None


_PRECISIONS = ("", "month", "year")  # finest first


def _same_period(day: dt.date, period_start: dt.date, precision: str) -> bool:
    if precision == "month":
        return (day.year, day.month) == (period_start.year, period_start.month)
    return day.year == period_start.year


def _infer_outlet(body: str, url: str | None, folder: str | None) -> tuple[str, str]:
    found = find_outlet_in_byline(body)
    if found:
        return found, "byline"
    domain = find_source_domain(body)
    if domain:
        return display_name(domain, body), "source line"
    domain = domain_of(url) if url else None
    if domain:
        return display_name(domain, body), "url"
    found = find_wire_dateline(body)
    if found:
        return found, "dateline"
    if folder:
        return folder, "folder"
    return "unknown", "default"


def _head_lines(body: str) -> Iterator[str]:
    """The first non-empty lines of the body, where bylines live."""
    head = body[:HEAD_CHARS]
    count = 0
    for line in head.splitlines():
        if line.strip():
            yield line
            count += 1
            if count >= HEAD_LINES:
                return


def find_outlet_in_byline(body: str) -> str | None:
    """The outlet a byline names as an author ("and The Kyiv Independent news desk"), if any."""
    for line in _head_lines(body):
        start = _BYLINE_START.match(line)
        if not start:
            continue
        match = _DESK.search(line[start.end() :])
        if match:
            name = " ".join(match.group("outlet").split())
            if name[:4] == "the ":
                name = "The " + name[4:]
            return name
    return None


def find_source_domain(body: str) -> str | None:
    """The domain of a closing "Source: ukrinform.net" line (the last one wins), www. stripped."""
    domain = None
    for match in _SOURCE_LINE.finditer(body):
        domain = match.group("domain").lower()
    return _strip_www(domain) if domain else None


def find_wire_dateline(body: str) -> str | None:
    """The agency of a wire dateline opening a paragraph near the top ("KYIV (Reuters) - ")."""
    for line in _head_lines(body):
        match = _DATELINE.match(line.strip())
        if match:
            return match.group("outlet")
    return None


def domain_of(url: str) -> str | None:
    """The host of ``url`` without "www." ("https://www.bbc.co.uk/x" -> "bbc.co.uk")."""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return _strip_www(host.lower())


def _strip_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def display_name(domain: str, body: str) -> str:
    """The outlet's own spelling of its name when the body uses it, else the domain.

    "ukrinform.net" becomes "Ukrinform" when the text says "As Ukrinform reported";
    "kyivindependent.com" becomes "Kyiv Independent". Unsure means the domain stays.
    """
    label = _main_label(domain)
    if len(label) < 3 or not label.isalnum():
        return domain
    # Letters of the label with an optional space, dot or hyphen between them: linear, bounded.
    pattern = re.compile(r"\b" + r"[ .-]?".join(re.escape(ch) for ch in label) + r"\b", re.I)
    for match in pattern.finditer(body):
        text = match.group()
        # Capitalised in mid-sentence ("As Ukrinform reported") marks a name; at the start of a
        # line or sentence any word is capitalised ("Second story." for second.example).
        before = body[max(0, match.start() - 3) : match.start()].rstrip(" \t")
        if text[0].isupper() and before and before[-1] not in ".!?\n\r\"'“‘(":
            return text
    return domain


def _main_label(domain: str) -> str:
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        parts = parts[:-2]  # bbc.co.uk, pravda.com.ua
    else:
        parts = parts[:-1]
    return parts[-1] if parts else ""


@dataclass(frozen=True)
class _DateHit:
    value: dt.date | dt.datetime
    start: int
    end: int


def _dates_in(line: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
    for shape in _DATE_SHAPES:
        for match in shape.finditer(line):
            date = _make_date(match.group("year"), match.group("month"), match.group("day"))
            if date is None:
                continue
            value: dt.date | dt.datetime = date
            end = match.end()
            start = match.start()
            after = _TIME_AFTER.match(line, end)
            # Only the few characters before the date: searching the whole prefix would be
            # quadratic on a long line full of dates.
            window = max(0, start - 24)
            before = _TIME_BEFORE.search(line, window, start) if after is None else None
            for time_match in (after, before):
                if time_match is not None:
                    moment = _make_time(time_match)
                    if moment is not None:
                        value = dt.datetime.combine(date, moment)
                        if time_match is after:
                            end = time_match.end()
                        else:
                            start = time_match.start()
                        break
            hits.append(_DateHit(value, start, end))
    hits.sort(key=lambda hit: hit.start)
    return hits


def _make_date(year: str, month: str, day: str) -> dt.date | None:
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    if month_number is None:
        return None
    try:
        return dt.date(int(year), month_number, int(day))
    except ValueError:
        return None


def _make_time(match: re.Match[str]) -> dt.time | None:
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    if hour > 23:
        return None
    return dt.time(hour, minute)


# Candidate classes, best first: a "Published:" label, a byline, a line that is only a date.
# An "Updated:" date is never taken: relative dates hang on the first publication, and a
# wrong anchor would turn into false conflicts downstream, where None only leaves them unresolved.
_RANK_PUBLISHED, _RANK_BYLINE, _RANK_SHORT = range(3)


def find_byline_date(body: str) -> dt.date | dt.datetime | None:
    """The publication date a byline or dateline near the top states, or None.

    A datetime when the line gives a time of day ("March 11, 2024 6:40 AM"), else a date.
    Dates inside running sentences ("met on July 13, 2023 in Brussels") are not bylines.
    """
    if not _HAS_YEAR.search(body, 0, HEAD_CHARS):
        return None  # cheap exit for the common case of a body with no year near the top
    best: tuple[int, dt.date | dt.datetime] | None = None
    for line in _head_lines(body):
        if not _HAS_YEAR.search(line):
            continue
        for hit in _dates_in(line):
            rank = _rank(line, hit)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, hit.value)
        if best is not None and best[0] <= _RANK_BYLINE:
            break
    return best[1] if best else None


def _rank(line: str, hit: _DateHit) -> int | None:
    prefix = line[: hit.start]
    if _PUBLISHED_LABEL.search(prefix):
        return _RANK_PUBLISHED
    if _UPDATED_LABEL.search(prefix):
        return None
    if _BYLINE_START.match(line):
        return _RANK_BYLINE
    rest = prefix + " " + line[hit.end :]
    if len(line) <= 120 and len(_WORD.findall(rest)) <= _SHORT_LINE_WORDS and not rest.rstrip().endswith("."):
        return _RANK_SHORT
    return None


# A dateline opening a paragraph: optional place in capitals ("WASHINGTON,", "LOS ANGELES, Calif.,"),
# optional weekday, the date, optional agency, then a dash, a colon or the end of the line.
_PLACE = r"(?:[A-Z][A-Z.'/ -]{1,30}(?:,\s{0,3}[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][A-Za-z.]{1,15})?)?,\s{1,3})?"
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAY_NAMES) + r")"
_DATELINE_TAIL = r"\s{0,3}(?:\([A-Z][A-Za-z.&-]{1,20}(?: [A-Z][A-Za-z.&-]{1,20}){0,2}\)\s{0,3})?(?:[-–—:]|$)"
_DATELINE_DATES = tuple(
    re.compile(rf"{_PLACE}(?i:{_WEEKDAY}\.?,?\s{{1,3}})?(?i:{date}){_DATELINE_TAIL}")
    for date in (
        rf"{_MONTH}\s{{1,3}}{_DAY},?\s{{1,3}}{_YEAR}",  # March 7, 2024
        rf"{_DAY}\s{{1,3}}{_MONTH},?\s{{1,3}}{_YEAR}",  # 7 March 2024
    )
)
# A date as a run of path segments: "/2024/03/07/", "/2024-03-07-slug", "/2024/03/" (a month).
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>0?[1-9]|1[0-2])(?:[/-](?P<day>0?[1-9]|[12]\d|3[01]))?(?=[/._-]|$)"
)
_UPDATED_WORD = re.compile(r"\b(?:updated|modified)\b", re.I)
# A weekday right before a date: "Thursday, March 7, 2024", "on Thursday (March 7, 2024)".
_WEEKDAY_BEFORE = re.compile(_WEEKDAY + r"\.?\s{0,3}[,(]?\s{0,3}$", re.I)


def find_dateline_date(body: str) -> dt.date | None:
    """The date of a dateline opening a paragraph near the top ("WASHINGTON, March 7, 2024 —").

    Only a dateline with a year: "March 7 (Reuters) -" says the day, not the year.
    A weekday that contradicts the calendar ("Friday, March 7, 2024") disqualifies the line.
    """
    if not _HAS_YEAR.search(body, 0, HEAD_CHARS):
        return None
    for line in _head_lines(body):
        line = line.strip()
        for shape in _DATELINE_DATES:
            match = shape.match(line)
            if match is None:
                continue
            if _UPDATED_WORD.search(line, 0, match.start("month")):
                continue  # "UPDATED, March 8, 2024 -": a revision, not the dateline
            date = _make_date(match.group("year"), match.group("month"), match.group("day"))
            if date is not None and _weekday_fits(match.group("weekday"), date):
                return date
    return None


def find_url_date(url: str) -> FoundDate | None:
    """The date in a URL's path: "/2024/03/07/slug" (the day), "/2024/03/slug" (the month); else None."""
    try:
        path = urlsplit(url if "//" in url else "//" + url).path
    except ValueError:
        return None
    match = _URL_DATE.search(path)
    if match is None:
        return None
    year, month, day = int(match.group("year")), int(match.group("month")), match.group("day")
    if day is None:
        return FoundDate(dt.date(year, month, 1), "url", "month")
    date = _make_date(str(year), str(month), day)
    return FoundDate(date, "url") if date is not None else None


def find_dated_mention(body: str) -> FoundDate | None:
    """A full date in the lede, as a stand-in anchor for an article that states none.

    A date with its weekday ("on Thursday (March 7, 2024)") wins: news names weekdays only
    for days close to publication. Else the first full date ("text: first dated mention").
    A weekday that contradicts its date disqualifies that date. The time of day is dropped:
    a time in running text is when something happened, not when the story was filed.
    Only the first ``LEDE_CHARS`` characters are read: further down, dates are backstory.
    """
    if not _HAS_YEAR.search(body, 0, LEDE_CHARS):
        return None
    lede = body[:LEDE_CHARS]
    first: tuple[int, dt.date] | None = None
    pinned: tuple[int, dt.date] | None = None
    for shape in _DATE_SHAPES:
        for match in shape.finditer(lede):
            date = _make_date(match.group("year"), match.group("month"), match.group("day"))
            if date is None:
                continue
            if _UPDATED_LABEL.search(lede, max(0, match.start() - 24), match.start()):
                continue  # the day it was revised, not the day it happened
            before = _WEEKDAY_BEFORE.search(lede, max(0, match.start() - 16), match.start())
            weekday = before.group("weekday") if before else None
            if not _weekday_fits(weekday, date):
                continue
            if first is None or match.start() < first[0]:
                first = (match.start(), date)
            if weekday and (pinned is None or match.start() < pinned[0]):
                pinned = (match.start(), date)
    if pinned is not None:
        return FoundDate(pinned[1], "text: dated weekday")
    if first is not None:
        return FoundDate(first[1], "text: first dated mention")
    return None


def _weekday_fits(weekday: str | None, date: dt.date) -> bool:
    return weekday is None or _WEEKDAY_NAMES.index(weekday.lower()) == date.weekday()


# Dates known only to the month or the year, as a whole metadata value: "2023-10", "2023/10",
# "10/2023", "October 2023", "Oct. 2023", "2023". The years are those the date extractor reads.
_PARTIAL_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
_PARTIAL_MONTH = r"(?P<month>0?[1-9]|1[0-2])"
_PARTIAL_SHAPES = (
    (re.compile(rf"{_PARTIAL_YEAR}[-/]{_PARTIAL_MONTH}"), "month"),
    (re.compile(rf"{_PARTIAL_MONTH}/{_PARTIAL_YEAR}"), "month"),
    (re.compile(rf"{_MONTH},?\s(?:of\s)?{_PARTIAL_YEAR}", re.I), "month"),
    (re.compile(_PARTIAL_YEAR), "year"),
)


def parse_partial_date(value: str) -> tuple[dt.date, str] | None:
    """(first day, "month" or "year") for a date known only that far ("2023-10", "2023"); else None."""
    text = " ".join(value.split())
    for shape, precision in _PARTIAL_SHAPES:
        match = shape.fullmatch(text)
        if match is None:
            continue
        year = int(match.group("year"))
        if precision == "year":
            return dt.date(year, 1, 1), "year"
        month = match.group("month")
        number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        return dt.date(year, number, 1), "month"
    return None


def published_year(number: int) -> tuple[dt.date, str] | None:
    """A bare number as a publication year (YAML reads ``published: 2023`` as an int); None if no year."""
    return (dt.date(number, 1, 1), "year") if 1500 <= number <= 2099 else None


def parse_published_with_precision(value: str) -> tuple[dt.date | dt.datetime, str] | None:
    """``parse_published``, plus month- and year-only dates: (value, precision), precision "" for a full date."""
    partial = parse_partial_date(value)
    if partial is not None:
        return partial
    full = parse_published(value)
    return (full, "") if full is not None else None


def parse_published(value: str) -> dt.date | dt.datetime | None:
    """Read an explicit publication date string; None when it is not an absolute date.

    ISO 8601 first, then the byline shapes ("March 11, 2024 6:40 AM"), then RFC 2822
    ("Mon, 11 Mar 2024 06:40:00 GMT"), then ``dateparser`` with strict parsing and no
    relative-date parser, so "yesterday" or "March 11" (no year) give None instead of a
    guess. A time zone is dropped: the wall-clock time as published is kept, so values
    from bylines (which rarely name a zone) and from metadata compare alike.
    """
    text = " ".join(value.split())
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    iso = _parse_iso(text)
    if iso is not None:
        return iso
    if _RELATIVE_WORDS.search(text) or not _HAS_YEAR.search(text):
        return None
    hits = _dates_in(text)
    if len(hits) == 1 and len(_WORD.findall(text[: hits[0].start] + text[hits[0].end :])) <= 1:
        return hits[0].value  # at most a weekday or zone name besides the date
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.replace(tzinfo=None)
    return _parse_with_dateparser(text)


def _parse_iso(text: str) -> dt.date | dt.datetime | None:
    candidate = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    if len(candidate) == 10:
        try:
            return dt.date.fromisoformat(candidate)
        except ValueError:
            return None
    try:
        moment = dt.datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return moment.replace(tzinfo=None)


def _parse_with_dateparser(text: str) -> dt.date | dt.datetime | None:
    import dateparser  # slow to import: only for odd explicit strings, never per file

    settings = {
        "STRICT_PARSING": True,  # day, month and year must all be written
        "PARSERS": ["absolute-time"],  # no "yesterday", no "3 days ago", no timestamps
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": dt.datetime(2000, 1, 1),  # never the clock
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None:
        return None
    has_time = re.search(r"\d:\d\d", text) is not None
    return parsed.replace(tzinfo=None) if has_time else parsed.date()
