"""RunResult -> one self-contained HTML page: outlets side by side, differences highlighted.

The Python side builds a view model (plain dataclasses with the text already cut into
segments); ``reports/report.html.j2`` only loops and formats. Jinja autoescapes
everything, so text from articles never reaches the page unescaped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import jinja2

from consistency.model import DRAFT_VERDICTS, Alignment, Article, Event, Fact, Finding, RunResult
from consistency.report import caps
from consistency.report.audit_view import AuditView, audit_view
from consistency.report.options import ReportOptions
from consistency.report.provenance_view import ProvenanceView, provenance_view
from consistency.report.scorecard import outlier_articles
from consistency.report.view import (
    STATUS_PRIORITY,
    Lookup,
    Segment,
    diff_segments,
    format_value,
    sentence_parts,
    status_rank,
    summary_counts,
    unresolved_date,
)

TEMPLATE = "report.html.j2"

# A sentence longer than this is cut around the fact so a table cell stays readable.
_CONTEXT_CHARS = 160


@dataclass(frozen=True)
class Column:
    """One article of an event, shown as a column."""

    article_id: str
    label: str
    title: str | None
    published: str | None
    url: str | None  # only http(s) links; anything else is shown as text, never as a link
    url_text: str | None
    path: str
    draft: bool
    copy_of: str | None = None  # the label of the article this one copies: one voice with it


@dataclass(frozen=True)
class FactView:
    id: str
    kind: str
    value: tuple[Segment, ...]
    surface: tuple[Segment, ...]  # the fact's wording, diffed against the row
    marked: bool  # the sentence holds the fact at its offsets: show before + surface + after
    before: str  # the sentence before the fact (the whole sentence when not ``marked``)
    after: str
    unresolved: bool
    cited: bool  # named by one of the row's findings (others are context, shown muted)
    outlier: bool = False  # the value stands against the slot's largest group: the one to check


@dataclass(frozen=True)
class Badge:
    status: str
    rule: str
    severity: str
    message: str
    detail: str
    cause: str = ""


@dataclass(frozen=True)
class SlotRow:
    anchor: str
    alignment_id: str
    kind: str
    slot: str
    status: str  # the most urgent status among the badges; "none" when no rule spoke
    badges: tuple[Badge, ...]
    cells: tuple[tuple[FactView, ...], ...]  # one tuple of facts per column


@dataclass(frozen=True)
class Unchecked:
    label: str
    slot: str | None
    fact: FactView
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DraftSource:
    """A source's statement shown under the draft's: who, and the sentence it came from."""

    label: str
    fact: FactView


@dataclass(frozen=True)
class DraftItem:
    """Check mode: one draft statement, its verdict, then the sources for and against it."""

    verdict: str  # agrees | conflicts | unsupported | over_precise | stale
    slot: str
    anchor: str  # the slot's row in the table below
    rule: str
    severity: str
    label: str  # the draft's outlet
    fact: FactView
    message: str
    contradicting: tuple[DraftSource, ...]
    newer: tuple[DraftSource, ...]
    supporting: tuple[DraftSource, ...]


@dataclass(frozen=True)
class EventView:
    id: str
    anchor: str
    label: str
    keywords: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: tuple[SlotRow, ...]
    unchecked: tuple[Unchecked, ...]
    counts: tuple[tuple[str, int], ...]  # status -> findings, in display order
    drafts: tuple[DraftItem, ...] = ()  # check mode: the draft's statements first, worst verdict first
    # Why the articles were grouped: ("names", "Velmora, Halvik"), ("dates", ...), ...; empty for one article.
    evidence: tuple[tuple[str, str], ...] = ()
    voices: str = ""  # "5 articles, 2 voices (3 wire copies)" when copies are among them
    provenance: ProvenanceView | None = None  # who credits whom, and how many origins the story has
    limits_note: str = ""  # what the page's limits left out of this event (consistency.report.caps)
    unchecked_total: int = 0  # the "Could not be checked" list before any limit cut it


@dataclass(frozen=True)
class ConflictLink:
    anchor: str
    event_label: str
    slot: str
    rule: str
    severity: str
    text: str


@dataclass(frozen=True)
class Page:
    title: str
    tool_name: str
    tool_version: str
    mode: str
    rule_pack: str
    counts: dict[str, object]
    statuses: tuple[tuple[str, int], ...]
    conflicts: tuple[ConflictLink, ...]
    problems: tuple[tuple[str, str], ...]
    events: tuple[EventView, ...]
    ungrouped: tuple[Column, ...]
    # What the team accepted and this page leaves out: the baseline's counts, each inline suppression
    accepted: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what the page's limits left out, and huge-article warnings
    audit: AuditView | None = None  # the weekly audit: window, scorecard, history


def render(result: RunResult, options: ReportOptions | None = None) -> str:
    """The HTML page for ``result``."""
    page = build_page(result, options or ReportOptions())
    return _environment().get_template(TEMPLATE).render(page=page)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    from consistency.resources import templates_dir

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        # Set explicitly: select_autoescape() does not cover ".j2" names.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def build_page(result: RunResult, options: ReportOptions) -> Page:
    """The view model of the whole page."""
    lookup = Lookup.of(result)
    anchors = _Anchors()
    drafts = set(result.draft_ids)
    alignments_of: dict[str, list[Alignment]] = {}
    for alignment in result.alignments:
        alignments_of.setdefault(alignment.event_id, []).append(alignment)
    _add_missing_alignments(result, alignments_of)
    facts_of: dict[str, list[Fact]] = {}
    for fact in result.facts:
        facts_of.setdefault(fact.article_id, []).append(fact)
    # A finding must never vanish from the page because its event is missing from the run:
    # such findings get a section of their own, with a column per article they cite.
    known = {e.id for e in result.events}
    strays = [
        Event(event_id, f"Findings outside any event ({event_id})", ())
        for event_id in dict.fromkeys(f.event_id for f in result.findings if f.event_id not in known)
    ]
    shown, events_note = caps.pick_events(result, options.max_events)
    views = []
    for event in (*shown, *strays):
        alignments, omitted = caps.pick_alignments(alignments_of.get(event.id, []), lookup.findings_by_alignment,
                                                   options.max_rows)
        view = _event_view(event, alignments, facts_of, lookup, anchors, drafts, options.max_unchecked)
        views.append(caps.trim_event(view, omitted_rows=omitted, max_facts=options.max_facts,
                                     max_unchecked=options.max_unchecked))
    events = tuple(views)
    provenance_of = {p.event_id: provenance_view(p) for p in result.provenance}
    events = tuple(dataclasses.replace(ev, provenance=provenance_of.get(ev.id)) for ev in events)
    anchor_of = {row.alignment_id: row.anchor for ev in events for row in ev.rows}
    label_of = {e.id: e.label for e in (*result.events, *strays)}
    conflicts = tuple(
        ConflictLink(
            anchor=anchor_of.get(f.alignment_id, ""),
            event_label=label_of.get(f.event_id, f.event_id),
            slot=f.slot,
            rule=f.rule,
            severity=f.severity,
            text=f.message if f.drafts else (f.detail or f.message),  # check mode: the draft's standing
        )
        for f in sorted(result.findings, key=lambda f: -_severity_rank(f.severity))
        if f.status == "conflict"
    )
    conflicts, conflicts_note = caps.cap_list(conflicts, options.max_conflicts, "conflicts")
    notes = tuple(n for n in (*caps.huge_articles(result, options.huge_chars), *caps.huge_events(result), events_note, conflicts_note) if n)
    grouped = {a for e in result.events for a in e.article_ids}
    counts = summary_counts(result)
    findings = counts["findings"]
    assert isinstance(findings, dict)
    return Page(
        title=options.title or _title(result),
        tool_name=options.tool_name,
        tool_version=options.tool_version,
        mode=result.mode,
        rule_pack=result.rule_pack,
        counts=counts,
        statuses=tuple((s, sum(dict(ev.counts).get(s, 0) for ev in events)) for s in STATUS_PRIORITY),
        conflicts=conflicts,
        problems=tuple((p.path, p.message) for p in result.problems),
        events=events,
        ungrouped=tuple(_column(a, lookup, a.id in drafts) for a in result.articles if a.id not in grouped),
        accepted=_accepted(result, lookup),
        notes=notes,
        audit=audit_view(result),
    )


def _accepted(result: RunResult, lookup: Lookup) -> tuple[str, ...]:
    """One line for the baseline and one per inline suppression, with its reason and file line."""
    lines = []
    if result.baseline is not None:
        kept, gone = result.baseline.baselined, result.baseline.gone
        lines.append(
            f"{kept} {'finding' if kept == 1 else 'findings'} recorded in {result.baseline.path} "
            f"{'is' if kept == 1 else 'are'} not shown; {gone} recorded {'finding is' if gone == 1 else 'findings are'} gone"
        )
    for item in result.suppressed:
        article = lookup.articles.get(item.article_id)
        where = (article.path if article else item.article_id) + (f":{item.line}" if item.line else "")
        lines.append(f"{item.finding.rule} · {item.finding.slot}: suppressed in {where}: {item.reason}")
    return tuple(lines)


def _add_missing_alignments(result: RunResult, alignments_of: dict[str, list[Alignment]]) -> None:
    """Stand-in alignments for findings that name an alignment the run does not hold."""
    known = {a.id for a in result.alignments}
    stand_ins: dict[tuple[str, str], Alignment] = {}
    for f in result.findings:
        if f.alignment_id in known:
            continue
        key = (f.event_id, f.alignment_id)
        previous = stand_ins.get(key)
        fact_ids = (*previous.fact_ids, *f.fact_ids) if previous else f.fact_ids
        stand_ins[key] = Alignment(f.alignment_id, f.event_id, f.kind, f.slot, tuple(dict.fromkeys(fact_ids)))
    for (event_id, _), alignment in stand_ins.items():
        alignments_of.setdefault(event_id, []).append(alignment)


def _severity_rank(severity: str) -> int:
    return {"info": 0, "warning": 1, "error": 2}.get(severity, -1)


def _title(result: RunResult) -> str:
    if len(result.events) == 1:
        return f"Consistency report: {result.events[0].label}"
    return "Consistency report"


class _Anchors:
    """HTML ids made from our ids: only safe characters, unique within the page."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, prefix: str, raw: str) -> str:
        base = f"{prefix}-{re.sub(r'[^A-Za-z0-9_-]', '_', raw)}"
        anchor, n = base, 1
        while anchor in self.used:
            n += 1
            anchor = f"{base}-{n}"
        self.used.add(anchor)
        return anchor


def _column(article: Article, lookup: Lookup, draft: bool) -> Column:
    url = article.url if article.url and urlsplit(article.url).scheme in ("http", "https") else None
    return Column(
        article_id=article.id,
        label=lookup.label(article.id),
        title=article.title,
        published=_published(article.published),
        url=url,
        url_text=article.url,
        path=article.path,
        draft=draft,
        copy_of=lookup.label(article.copy_of) if article.copy_of else None,
    )


def _published(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _event_view(
    event: Event,
    alignments: list[Alignment],
    facts_of: dict[str, list[Fact]],
    lookup: Lookup,
    anchors: _Anchors,
    drafts: set[str],
    max_unchecked: int = 0,
) -> EventView:
    """``max_unchecked`` (0: no limit): the unchecked facts beyond it are counted, not drawn (a huge
    article's hundreds of thousands of facts each cost a diffed view, and the page shows a few)."""
    article_ids = list(event.article_ids)
    for alignment in alignments:  # a fact from an article outside the event still gets a column
        for fact in lookup.facts_of(alignment.fact_ids):
            if fact.article_id not in article_ids:
                article_ids.append(fact.article_id)
    # In check mode the draft is what the editor is checking: its column comes first.
    article_ids.sort(key=lambda a: a not in drafts)
    columns = tuple(
        _column(lookup.articles[a], lookup, a in drafts)
        if a in lookup.articles
        else Column(a, a, None, None, None, None, "", False)
        for a in article_ids
    )
    position = {c.article_id: i for i, c in enumerate(columns)}

    rows: list[tuple[int, int, SlotRow]] = []
    # (fact, slot, reasons, the facts it is shown with) of each fact that could not be checked
    unchecked: list[tuple[Fact, str | None, list[str], list[Fact]]] = []
    compared: set[str] = set()  # facts shown in a row that compares two or more articles
    for order, alignment in enumerate(alignments):
        findings = lookup.findings_by_alignment.get(alignment.id, ())
        fact_ids = list(dict.fromkeys([*alignment.fact_ids, *(i for f in findings for i in f.fact_ids)]))
        facts = lookup.facts_of(fact_ids)
        sources = {f.article_id for f in facts}
        spoke = any(f.status != "unverified" for f in findings)
        if len(sources) < 2 and not spoke:
            reason = findings[0].message if findings else "reported by one outlet only"
            for fact in facts:
                unchecked.append((fact, alignment.slot, [reason], facts))
                compared.add(fact.id)
            continue
        compared.update(f.id for f in facts)
        row = _slot_row(alignment.id, alignment.kind, alignment.slot, facts, findings, position, anchors)
        rows.append((status_rank(row.status), order, row))

    event_facts = [f for a in dict.fromkeys(event.article_ids) for f in facts_of.get(a, ())]
    listed = {item[0].id: n for n, item in enumerate(unchecked)}
    for fact in event_facts:
        reasons = []
        if fact.id not in compared:
            reasons.append("not matched with any other outlet")
        if unresolved_date(fact):
            reasons.append("date could not be resolved (year or anchor unknown)")
        if reasons and fact.id in listed:  # one line per fact, with every reason it could not be checked
            unchecked[listed[fact.id]][2].extend(reasons)
        elif reasons:
            unchecked.append((fact, None, reasons, [fact]))
    drawn = unchecked[:max_unchecked] if max_unchecked else unchecked

    # The badges count what the page shows: rows by their status, and every line of the
    # "Could not be checked" list as unverified, so the two never disagree.
    statuses: Counter[str] = Counter(row.status for _, _, row in rows)
    statuses["unverified"] += len(unchecked)
    anchor_of = {row.alignment_id: row.anchor for _, _, row in rows}
    return EventView(
        id=event.id,
        anchor=anchors.make("event", event.id),
        label=event.label,
        keywords=event.keywords,
        columns=columns,
        rows=tuple(r for _, _, r in sorted(rows, key=lambda t: (t[0], t[1]))),
        unchecked=tuple(_unchecked(fact, lookup, slot, reasons, row) for fact, slot, reasons, row in drawn),
        unchecked_total=len(unchecked),
        counts=tuple((s, statuses.get(s, 0)) for s in STATUS_PRIORITY),
        drafts=_draft_items(lookup.findings_by_event.get(event.id, ()), lookup, anchor_of),
        evidence=tuple(
            (kind, ", ".join(items))
            for kind, items in (
                ("names", event.evidence.names),
                ("dates", event.evidence.dates),
                ("figures", event.evidence.figures),
                ("terms", event.evidence.terms),
            )
            if items
        ),
        voices=_voices(event, lookup),
    )


def _voices(event: Event, lookup: Lookup) -> str:
    """Copies of one wire story are one voice: say how many independent voices the event has."""
    copies = sum(1 for a in event.article_ids if a in lookup.articles and lookup.articles[a].copy_of)
    if not copies:
        return ""
    n = len(event.article_ids)
    return f"{n} articles, {n - copies} independent voices ({copies} wire {'copy' if copies == 1 else 'copies'})"


def _draft_items(findings: tuple[Finding, ...], lookup: Lookup, anchor_of: dict[str, str]) -> tuple[DraftItem, ...]:
    """The draft's statements with the sources that support or contradict each, worst verdict first."""
    items = []
    for finding in findings:
        for verdict in finding.drafts:
            drafts = lookup.facts_of([verdict.fact_id])
            if not drafts:
                continue
            compared = lookup.facts_of([verdict.fact_id, *verdict.contradicting, *verdict.newer, *verdict.supporting])

            def sources(ids: tuple[str, ...], compared: list[Fact] = compared) -> tuple[DraftSource, ...]:
                return tuple(DraftSource(lookup.label(f.article_id), _fact_view(f, compared, True)) for f in lookup.facts_of(ids))

            items.append(
                DraftItem(
                    verdict=verdict.verdict,
                    slot=finding.slot,
                    anchor=anchor_of.get(finding.alignment_id, ""),
                    rule=finding.rule,
                    severity=finding.severity,
                    label=lookup.label(verdict.article_id),
                    fact=_fact_view(drafts[0], compared, True),
                    message=verdict.message,
                    contradicting=sources(verdict.contradicting),
                    newer=sources(verdict.newer),
                    supporting=sources(verdict.supporting),
                )
            )
    return tuple(sorted(items, key=lambda i: DRAFT_VERDICTS.index(i.verdict) if i.verdict in DRAFT_VERDICTS else 99))


def _slot_row(
    alignment_id: str,
    kind: str,
    slot: str,
    facts: list[Fact],
    findings: tuple[Finding, ...],
    position: dict[str, int],
    anchors: _Anchors,
) -> SlotRow:
    cited = {i for f in findings for i in f.fact_ids}
    # Diff against the facts the findings name: an unresolved date that no rule compared
    # should not mark the year of every other outlet as different.
    peers = [f for f in facts if f.id in cited] or facts
    outliers = outlier_articles(findings)
    cells: list[list[FactView]] = [[] for _ in position]
    for fact in facts:
        view = _fact_view(fact, peers, fact.id in cited or not findings, outliers)
        cells[position[fact.article_id]].append(view)
    badges = tuple(
        Badge(f.status, f.rule, f.severity, f.message, f.detail, f.cause)
        for f in sorted(findings, key=lambda f: status_rank(f.status))
    )
    status = badges[0].status if badges else "none"
    return SlotRow(
        anchor=anchors.make("slot", alignment_id),
        alignment_id=alignment_id,
        kind=kind,
        slot=slot,
        status=status,
        badges=badges,
        cells=tuple(tuple(c) for c in cells),
    )


def _fact_view(fact: Fact, row: list[Fact], cited: bool, outliers: set[str] | None = None) -> FactView:
    """A fact with its value and wording diffed against ``row``, the facts it is compared with."""
    value_text = format_value(fact.value)
    values = [format_value(f.value) for f in row]
    value: tuple[Segment, ...]
    surface: tuple[Segment, ...]
    outlier = outliers is not None and fact.article_id in outliers
    if not cited or (outliers is not None and not outlier):
        # No rule compared this fact, or it sides with the majority of a conflicting slot:
        # marking it "different" would claim too much.
        value, surface = (Segment(value_text),), (Segment(fact.text),)
    else:
        value = diff_segments(value_text, values)
        # Wording is only diffed when the values differ: "About 300" vs "Roughly 300" is not news.
        if len(set(values)) > 1:
            surface = diff_segments(fact.text, [f.text for f in row])
        else:
            surface = (Segment(fact.text),)
    parts = sentence_parts(fact)
    return FactView(
        id=fact.id,
        kind=fact.kind,
        value=value,
        surface=surface,
        marked=bool(parts.fact),
        before=_shorten_before(parts.before) if parts.fact else parts.before,
        after=_shorten_after(parts.after),
        unresolved=unresolved_date(fact),
        cited=cited,
        outlier=outlier,
    )


def _shorten_before(text: str) -> str:
    if len(text) <= _CONTEXT_CHARS:
        return text
    cut = text[-_CONTEXT_CHARS:]
    space = cut.find(" ")
    return "…" + (cut[space + 1 :] if 0 <= space < 40 else cut)


def _shorten_after(text: str) -> str:
    if len(text) <= _CONTEXT_CHARS:
        return text
    cut = text[:_CONTEXT_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > _CONTEXT_CHARS - 40 else cut) + "…"


def _unchecked(
    fact: Fact, lookup: Lookup, slot: str | None, reasons: list[str], row: list[Fact]
) -> Unchecked:
    return Unchecked(
        label=lookup.label(fact.article_id),
        slot=slot,
        fact=_fact_view(fact, row, True),
        reasons=tuple(reasons),
    )
