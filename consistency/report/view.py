"""What every reporter needs from a RunResult: lookups, counts, value wording and text diffs.

Pure functions over ``consistency.model``; nothing here knows about an output format.
"""

from __future__ import annotations

import calendar
import difflib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from consistency.model import (
    DRAFT_VERDICTS,
    KINDS,
    SEVERITIES,
    STATUSES,
    Alignment,
    Article,
    Attribution,
    DateValue,
    Event,
    Fact,
    Finding,
    Quantity,
    RunResult,
    Value,
)

# Display order: what an editor must act on first.
STATUS_PRIORITY: tuple[str, ...] = ("conflict", "compatible", "unverified", "agree")


def status_rank(status: str) -> int:
    """Position of ``status`` in STATUS_PRIORITY; unknown statuses sort last."""
    try:
        return STATUS_PRIORITY.index(status)
    except ValueError:
        return len(STATUS_PRIORITY)


@dataclass(frozen=True)
class Lookup:
    """Index of a RunResult by id, built once per render."""

    articles: dict[str, Article]
    facts: dict[str, Fact]
    events: dict[str, Event]
    alignments: dict[str, Alignment]
    findings_by_alignment: dict[str, tuple[Finding, ...]]
    findings_by_event: dict[str, tuple[Finding, ...]]
    labels: dict[str, str]  # article id -> outlet label, unique within the run

    @classmethod
    def of(cls, result: RunResult) -> Lookup:
        by_alignment: dict[str, list[Finding]] = {}
        by_event: dict[str, list[Finding]] = {}
        for finding in result.findings:
            by_alignment.setdefault(finding.alignment_id, []).append(finding)
            by_event.setdefault(finding.event_id, []).append(finding)
        return cls(
            articles={a.id: a for a in result.articles},
            facts={f.id: f for f in result.facts},
            events={e.id: e for e in result.events},
            alignments={a.id: a for a in result.alignments},
            findings_by_alignment={k: tuple(v) for k, v in by_alignment.items()},
            findings_by_event={k: tuple(v) for k, v in by_event.items()},
            labels=article_labels(result.articles),
        )

    def facts_of(self, fact_ids: Iterable[str]) -> list[Fact]:
        """The facts with these ids, in the given order; ids that name no fact are skipped."""
        return [self.facts[i] for i in fact_ids if i in self.facts]

    def label(self, article_id: str) -> str:
        return self.labels.get(article_id, article_id)


def article_labels(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> outlet name, with the article id added when two articles share an outlet.

    Two articles from one outlet are still two sources, so the reader must be able to tell
    them apart.
    """
    counts = Counter(a.outlet or a.id for a in articles)
    labels: dict[str, str] = {}
    for article in articles:
        name = article.outlet or article.id
        labels[article.id] = name if counts[name] == 1 else f"{name} ({article.id})"
    return labels


class FindingCounts:
    """The findings' statuses, severities and draft verdicts, counted as a pass over them goes: a large
    audit's findings are unpickled for each pass (``Spool``), so a report that reads them anyway
    counts them on its way (``summary_counts(result, counted)``) rather than in a pass of its own."""

    def __init__(self) -> None:
        self.statuses: Counter[str] = Counter()
        self.severities: Counter[str] = Counter()
        self.verdicts: Counter[str] = Counter()
        self.total = 0

    def add(self, finding: Finding) -> None:
        self.statuses[finding.status] += 1
        self.severities[finding.severity] += 1
        self.verdicts.update(d.verdict for d in finding.drafts)
        self.total += 1


def summary_counts(result: RunResult, counted: FindingCounts | None = None) -> dict[str, object]:
    """Counts for the top of every report; every key is present even when its count is 0.

    ``counted``: the run's findings, every one of them, already counted (``FindingCounts``)."""
    fact_kinds: Counter[str] = Counter(f.kind for f in result.facts)
    if counted is None:
        counted = FindingCounts()
        for finding in result.findings:  # one pass: a large audit's findings are unpickled for each (``Spool``)
            counted.add(finding)
    statuses, severities = counted.statuses, counted.severities
    counts: dict[str, object] = {
        "articles": len(result.articles),
        "drafts": len(result.draft_ids),
        "events": len(result.events),
        "alignments": len(result.alignments),
        "facts": {"total": len(result.facts), **{k: fact_kinds.get(k, 0) for k in KINDS}},
        "findings": {
            "total": len(result.findings),
            "by_status": {s: statuses.get(s, 0) for s in STATUSES},
            "by_severity": {s: severities.get(s, 0) for s in SEVERITIES},
        },
        "problems": len(result.problems),
        "copies": sum(1 for a in result.articles if a.copy_of),
        "grouping": {key: dict(result.grouping_stats).get(key, 0) for key in ("pairs_scored", "largest_block")},
    }
    if result.mode == "check":
        counts["draft_verdicts"] = {v: counted.verdicts.get(v, 0) for v in DRAFT_VERDICTS}
    return counts


# ---------------------------------------------------------------- value wording

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def format_number(number: float) -> str:
    """A figure as an editor would write it: 8e9 -> "8 billion", 12500 -> "12,500", 2.5 -> "2.5"."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    magnitude = abs(number)
    for scale, word in _SCALES:
        if magnitude >= scale:
            return f"{_trim(number / scale, 3)} {word}"
    if float(number).is_integer():
        return f"{int(number):,}"
    return _trim(number, 3)


def _trim(number: float, places: int) -> str:
    text = f"{number:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _with_unit(number: str, unit: str | None) -> str:
    if unit is None:
        return number
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}"


def format_quantity(q: Quantity) -> str:
    """Bounds, unit, hedges and what is counted, in one short line."""
    if q.low is not None and q.high is not None and q.low == q.high:
        core = _with_unit(format_number(q.low), q.unit)
    elif q.low is not None and q.high is not None:
        core = _with_unit(f"{format_number(q.low)}–{format_number(q.high)}", q.unit)
    elif q.low is not None:
        core = "≥ " + _with_unit(format_number(q.low), q.unit)
    elif q.high is not None:
        core = "≤ " + _with_unit(format_number(q.high), q.unit)
    else:
        core = _with_unit("?", q.unit)
    if q.approximate:
        core = "~" + core
    notes = [n for n in (q.counted, "vague" if q.vague else None) if n]
    return f"{core} ({', '.join(notes)})" if notes else core


_ISO_DAY = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})")


def _month_end(year: str, month: int) -> int:
    if month == 2:
        # A year-less February may hold the 29th; any real year is checked by the calendar.
        return 29 if year == "-" else calendar.monthrange(int(year), 2)[1]
    return calendar.monthrange(2001, month)[1]


def _whole_period(start: str, end: str) -> str | None:
    """ "2023-12" for a whole month, "2023" for a whole year, None for anything else."""
    a, b = _ISO_DAY.fullmatch(start), _ISO_DAY.fullmatch(end)
    if not a or not b or a.group(1) != b.group(1) or a.group(3) != "01":
        return None
    year, month = a.group(1), int(a.group(2))
    if not 1 <= month <= 12 or not 1 <= int(b.group(2)) <= 12:
        return None
    if a.group(2) == b.group(2) and int(b.group(3)) == _month_end(year, month):
        return f"{year}-{a.group(2)}" if year != "-" else f"--{a.group(2)}"
    if year != "-" and (a.group(2), b.group(2), b.group(3)) == ("01", "12", "31"):
        return year
    return None


def format_date(d: DateValue) -> str:
    """ISO day, month ("2023-12"), year or range; a marker when the year or anchor is unknown."""
    if d.start is None and d.end is None:
        text = "unresolved"
    elif d.start is not None and d.end is not None and d.start != d.end and _whole_period(d.start, d.end):
        text = str(_whole_period(d.start, d.end))
    elif d.start == d.end or d.end is None:
        text = str(d.start)
    elif d.start is None:
        text = f"…{d.end}"
    else:
        text = f"{d.start}..{d.end}"
    text = re.sub(r"(\d)T(\d)", r"\1 \2", text)  # "2024-04-10 18:40" reads better than ISO's "T"
    text = _YEARLESS.sub(_yearless_words, text)  # "--04-10" is ISO; a reader wants "10 April"
    if d.start is not None and not d.resolved:
        # "--05-12" is ISO for a day without a year; say so in words for the reader.
        text += " (year unknown)" if d.start.startswith("--") else " (unresolved)"
    return text


_YEARLESS = re.compile(r"(?<![\w-])--(\d{2})(?:-(\d{2}))?(?![\w-])")


def _yearless_words(found: re.Match[str]) -> str:
    month = int(found.group(1))
    if not 1 <= month <= 12:
        return found.group(0)
    name = calendar.month_name[month]
    return f"{int(found.group(2))} {name}" if found.group(2) else name


def format_attribution(a: Attribution) -> str:
    """The original source first, then who passed it on: "unnamed officials via Yomiuri"."""
    chain = [c for c in a.chain if c] or [a.source]
    text = " via ".join(reversed(chain))
    return text if a.named else f"{text} (unnamed)"


def format_value(value: Value) -> str:
    """One line for any fact value."""
    if isinstance(value, DateValue):
        return format_date(value)
    if isinstance(value, Quantity):
        return format_quantity(value)
    if isinstance(value, Attribution):
        return format_attribution(value)
    return str(value)


def unresolved_date(fact: Fact) -> bool:
    """A date fact that could not be pinned to a calendar day or period."""
    return isinstance(fact.value, DateValue) and (not fact.value.resolved or fact.value.start is None)


# ---------------------------------------------------------------- diffs


@dataclass(frozen=True)
class Segment:
    """A piece of text, and whether it differs from the other values it is compared with."""

    text: str
    changed: bool = False


# Words, numbers, white space and single other characters: a diff on these tokens marks
# "10" in "April 10" vs "April 11", not just the last digit.
_TOKEN = re.compile(r"[^\W_]+|\s+|[\W_]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_segments(text: str, others: Iterable[str]) -> tuple[Segment, ...]:
    """Split ``text`` into segments, marking tokens that differ from any of ``others``.

    Comparing against every other distinct value keeps the marking independent of the
    order of the outlets: with "April 10" and "April 11" both days are marked.
    """
    tokens = tokenize(text)
    changed = [False] * len(tokens)
    for other in dict.fromkeys(o for o in others if o != text):
        matcher = difflib.SequenceMatcher(None, tokens, tokenize(other), autojunk=False)
        for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
            if tag in ("replace", "delete"):
                for i in range(i1, i2):
                    changed[i] = True
    return _merge(tokens, changed)


def _merge(tokens: Sequence[str], changed: Sequence[bool]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for token, flag in zip(tokens, changed, strict=True):
        # White space between two changed tokens belongs to the change ("8 billion" vs "9 million").
        if segments and segments[-1].changed == flag:
            segments[-1] = Segment(segments[-1].text + token, flag)
        else:
            segments.append(Segment(token, flag))
    return _absorb_inner_spaces(segments)


def _absorb_inner_spaces(segments: list[Segment]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for i, seg in enumerate(segments):
        between_changes = (
            not seg.changed
            and seg.text.isspace()
            and 0 < i < len(segments) - 1
            and segments[i - 1].changed
            and segments[i + 1].changed
        )
        if between_changes or (out and out[-1].changed and seg.changed):
            out[-1] = Segment(out[-1].text + seg.text, True)
        else:
            out.append(seg)
    return tuple(out)


@dataclass(frozen=True)
class SentenceParts:
    """A fact's sentence cut around the fact: ``before`` + ``fact`` + ``after``."""

    before: str
    fact: str
    after: str


def sentence_parts(fact: Fact) -> SentenceParts:
    """Cut the sentence at the fact's span; the whole sentence as ``before`` if offsets disagree."""
    lo = fact.start - fact.sentence_start
    hi = fact.end - fact.sentence_start
    if 0 <= lo <= hi <= len(fact.sentence) and fact.sentence[lo:hi] == fact.text:
        return SentenceParts(fact.sentence[:lo], fact.sentence[lo:hi], fact.sentence[hi:])
    return SentenceParts(fact.sentence, "", "")
