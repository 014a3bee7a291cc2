"""RunResult -> a plain-text summary an editor can read in ten seconds.

Per event: a header (label, outlets), the conflicts and compatible differences with the
values each outlet gave, then one line of counts; problems at the end. ANSI colour
only when ``ReportOptions.color`` is set (the CLI decides from the TTY and NO_COLOR).
"""

from __future__ import annotations

import textwrap
import unicodedata

from consistency.model import Fact, Finding, RunResult
from consistency.report.options import ReportOptions
from consistency.report.view import (
    STATUS_PRIORITY,
    Lookup,
    format_value,
    status_rank,
    summary_counts,
)

_STYLES = {
    "conflict": "1;31",
    "compatible": "33",
    "agree": "32",
    "unverified": "2",
    "error": "31",
    "warning": "33",
    "info": "36",
    "heading": "1",
    "dim": "2",
}

# Statuses shown finding by finding; the others only as counts and slot names.
_DETAILED = ("conflict", "compatible")
_STATUS_WIDTH = max(len(s) for s in STATUS_PRIORITY) + 2
_VERDICT_WIDTH = len("over-precise") + 2


def _copy_of(lookup: Lookup, article_id: str) -> str | None:
    """The article this one copies (a wire copy is one voice with it), if any."""
    article = lookup.articles.get(article_id)
    return article.copy_of if article is not None else None


def render(result: RunResult, options: ReportOptions | None = None) -> str:
    """The terminal report for ``result``, ending in a newline."""
    options = options or ReportOptions()
    writer = _Writer(options)
    lookup = Lookup.of(result)
    _summary(writer, result)
    event_ids = [e.id for e in result.events]
    for event in result.events:
        writer.blank()
        writer.wrapped(f"{event.label}  [{event.id}]", indent="", hanging="  ", style="heading")
        drafts = set(result.draft_ids)
        outlets = ", ".join(
            lookup.label(a)
            + (" (draft)" if a in drafts else "")
            + (f" (copy of {lookup.label(original)})" if (original := _copy_of(lookup, a)) else "")
            for a in event.article_ids
        )
        writer.wrapped(f"outlets: {outlets}", indent="  ", hanging="           ")
        _findings(writer, lookup, lookup.findings_by_event.get(event.id, ()))
    orphans = [f for f in result.findings if f.event_id not in set(event_ids)]
    if orphans:
        writer.blank()
        writer.line(writer.paint("Findings outside any event", "heading"))
        _findings(writer, lookup, tuple(orphans))
    if result.suppressed:
        writer.blank()
        writer.line(writer.paint(f"Suppressed inline ({len(result.suppressed)})", "heading"))
        for item in result.suppressed:
            where = lookup.articles[item.article_id].path if item.article_id in lookup.articles else item.article_id
            where += f":{item.line}" if item.line else ""
            writer.wrapped(f"{item.finding.rule} · {item.finding.slot}: {item.reason} ({where})", indent="  ", hanging="    ")
    if result.problems:
        writer.blank()
        writer.line(writer.paint(f"Problems ({len(result.problems)})", "heading"))
        for problem in result.problems:
            writer.wrapped(f"{problem.path}: {problem.message}", indent="  ", hanging="    ")
    return writer.text()


class _Writer:
    def __init__(self, options: ReportOptions) -> None:
        self.color = options.color
        self.width = max(40, options.width)
        self.lines: list[str] = []

    def paint(self, text: str, style: str) -> str:
        code = _STYLES.get(style)
        if not self.color or code is None:
            return text
        return f"\x1b[{code}m{text}\x1b[0m"

    def line(self, text: str = "") -> None:
        self.lines.append(text.rstrip())

    def blank(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def wrapped(
        self,
        text: str,
        indent: str,
        hanging: str,
        prefix: str = "",
        prefix_width: int = 0,
        style: str | None = None,
    ) -> None:
        """Wrap ``text`` to the width; ``prefix`` (maybe coloured) takes ``prefix_width`` columns.

        ``text`` comes from articles and rules, so control characters are neutralised here,
        in the one place every such string passes through.
        """
        first = indent + " " * prefix_width
        parts = textwrap.wrap(
            printable(text),
            width=self.width,
            initial_indent=first,
            subsequent_indent=hanging,
            break_long_words=True,
            break_on_hyphens=False,
        ) or [first]
        parts[0] = indent + prefix + parts[0][len(first) :]
        for part in parts:
            self.line(self.paint(part, style) if style else part)

    def items(self, items: list[tuple[str, str | None]], indent: str) -> None:
        """Comma-separated items, each maybe coloured, wrapped between items to fit the width."""
        current, width = indent, len(indent)
        for i, (item, style) in enumerate(items):
            piece = item + ("," if i < len(items) - 1 else "")
            if width > len(indent) and width + 1 + len(piece) > self.width:
                self.line(current)
                current, width = indent, len(indent)
            if width > len(indent):
                current, width = current + " ", width + 1
            current += self.paint(piece, style) if style else piece
            width += len(piece)
        self.line(current)

    def text(self) -> str:
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


# Bidirectional overrides can make a terminal show text in an order other than the bytes'.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """``text`` without terminal control characters: escape sequences in an article must not
    recolour or rewrite the editor's terminal. White space becomes a space, others U+FFFD."""
    out = []
    for char in text:
        if char in _BIDI_CONTROLS:
            out.append("\ufffd")
        elif unicodedata.category(char) == "Cc":
            out.append(" " if char.isspace() else "\ufffd")
        else:
            out.append(char)
    return "".join(out)


def _summary(writer: _Writer, result: RunResult) -> None:
    counts = summary_counts(result)
    facts = counts["facts"]
    findings = counts["findings"]
    assert isinstance(facts, dict) and isinstance(findings, dict)
    by_status = findings["by_status"]
    head = (
        f"{_plural(counts['articles'], 'article')}, {_plural(counts['events'], 'event')}, "
        f"{_plural(facts['total'], 'fact')}, {_plural(findings['total'], 'finding')}"
    )
    writer.wrapped(f"consistency: {result.mode} — {head}", indent="", hanging="  ", style="heading")
    items = [(f"{by_status[s]} {s}", s if by_status[s] else None) for s in STATUS_PRIORITY]
    items.append((_plural(counts["problems"], "problem"), "conflict" if counts["problems"] else None))
    writer.items(items, indent="  ")
    if result.window is not None:
        w = result.window
        undated = sum(1 for _, reason in w.excluded if reason == "no publication date")
        span = f"{w.since.isoformat() if w.since else '…'}..{w.until.isoformat() if w.until else '…'}"
        writer.wrapped(f"window {span}: {w.kept} kept, {len(w.excluded)} left out ({undated} undated)",
                       indent="  ", hanging="    ", style="dim")
    if result.history is not None:
        h = result.history
        since = f"since {h.previous}" if h.previous else f"first run in {h.path}"
        writer.wrapped(f"{since}: {len(h.new)} new, {len(h.resolved)} resolved, {len(h.persisting)} persisting conflicts",
                       indent="  ", hanging="    ")
    verdicts = counts.get("draft_verdicts")
    if isinstance(verdicts, dict):  # check mode: the draft's own standing comes first
        writer.items([(f"{n} {v.replace('_', '-')}", _VERDICT_STYLE[v] if n else None) for v, n in verdicts.items()], indent="  draft: ")
    accepted = []
    if result.baseline is not None:
        accepted.append(
            f"{result.baseline.baselined} baselined in {result.baseline.path}, "
            f"{result.baseline.gone} baselined {'finding' if result.baseline.gone == 1 else 'findings'} gone"
        )
    if result.suppressed:
        accepted.append(f"{len(result.suppressed)} suppressed inline")
    if accepted:
        writer.wrapped("; ".join(accepted), indent="  ", hanging="  ", style="dim")


def _plural(count: object, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _findings(writer: _Writer, lookup: Lookup, findings: tuple[Finding, ...]) -> None:
    if not findings:
        writer.line(writer.paint("  no findings", "dim"))
        return
    writer.items([(f"{sum(1 for f in findings if f.status == s)} {s}", None) for s in STATUS_PRIORITY], "  ")
    ordered = sorted(findings, key=lambda f: status_rank(f.status))  # stable: RunResult order within a status
    for finding in ordered:
        if finding.drafts:
            if finding.status in _DETAILED or any(d.verdict in _DRAFT_DETAILED for d in finding.drafts):
                _draft_finding(writer, lookup, finding)
        elif finding.status in _DETAILED:
            _finding(writer, lookup, finding)
    for status in STATUS_PRIORITY:
        if status in _DETAILED:
            continue
        slots = [f.slot for f in ordered if f.status == status]
        if slots:
            label = status.upper().ljust(_STATUS_WIDTH)
            writer.wrapped(
                f"({len(slots)}) " + _first_names(list(dict.fromkeys(slots))),
                indent="  ",
                hanging="  " + " " * _STATUS_WIDTH,
                prefix=writer.paint(label, status),
                prefix_width=len(label),
            )


# Beyond this many slot names a line of counts stops being readable at a glance.
_MAX_NAMES = 6


def _first_names(names: list[str]) -> str:
    if len(names) <= _MAX_NAMES:
        return ", ".join(names)
    return ", ".join(names[:_MAX_NAMES]) + f" and {len(names) - _MAX_NAMES} more"


def _finding(writer: _Writer, lookup: Lookup, finding: Finding) -> None:
    label = finding.status.upper().ljust(_STATUS_WIDTH)
    head = f"{finding.slot} · {finding.rule} ({finding.severity})"
    writer.wrapped(
        head,
        indent="  ",
        hanging="  " + " " * _STATUS_WIDTH,
        prefix=writer.paint(label, finding.status),
        prefix_width=len(label),
    )
    pad = "  " + " " * _STATUS_WIDTH
    for value_text, facts in _group_by_value(lookup.facts_of(finding.fact_ids)):
        sources = ", ".join(f'{lookup.label(f.article_id)} "{_one_line(f.text)}"' for f in facts)
        writer.wrapped(f"{value_text}: {sources}", indent=pad, hanging=pad + "    ")
    if finding.message:
        writer.wrapped(finding.message, indent=pad, hanging=pad)


# Draft verdicts shown statement by statement even when the slot's status alone would not be.
_DRAFT_DETAILED = ("conflicts", "stale", "over_precise")
_VERDICT_STYLE = {"conflicts": "conflict", "stale": "compatible", "over_precise": "compatible", "unsupported": "unverified", "agrees": "agree"}


def _draft_finding(writer: _Writer, lookup: Lookup, finding: Finding) -> None:
    """Check mode: the draft's sentence first, then the sources that support or contradict it."""
    pad = "  " + " " * _VERDICT_WIDTH
    for verdict in finding.drafts:
        label = verdict.verdict.replace("_", "-").upper().ljust(_VERDICT_WIDTH)
        style = _VERDICT_STYLE.get(verdict.verdict, "agree")
        writer.wrapped(
            f"{finding.slot} · {finding.rule} ({finding.severity})",
            indent="  ",
            hanging=pad,
            prefix=writer.paint(label, style),
            prefix_width=len(label),
        )
        for draft in lookup.facts_of([verdict.fact_id]):
            writer.wrapped(f"draft ({lookup.label(draft.article_id)}): {_marked_sentence(draft)}", indent=pad, hanging=pad + "    ")
        for title, ids in (("contradicted by", verdict.contradicting), ("newer", verdict.newer), ("supported by", verdict.supporting)):
            facts = lookup.facts_of(ids)
            if facts:
                sources = "; ".join(f'{lookup.label(f.article_id)} "{_one_line(f.text)}"' for f in facts)
                writer.wrapped(f"{title}: {sources}", indent=pad, hanging=pad + "    ")
        if verdict.message:
            writer.wrapped(verdict.message, indent=pad, hanging=pad, style="dim")


def _marked_sentence(fact: Fact) -> str:
    """The fact's sentence with the fact in brackets: "killing [350] people"."""
    lo, hi = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    sentence = fact.sentence
    if 0 <= lo <= hi <= len(sentence) and sentence[lo:hi] == fact.text:
        sentence = f"{sentence[:lo]}[{sentence[lo:hi]}]{sentence[hi:]}"
    return _one_line(sentence)


def _group_by_value(facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """Facts grouped by their normalized value, in order of first appearance."""
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(format_value(fact.value), []).append(fact)
    return list(groups.items())


def _one_line(text: str) -> str:
    return " ".join(text.split())
