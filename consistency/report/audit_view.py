"""The weekly audit's part of the HTML page: the window, the per-outlet scorecard and its chart, history.

Plain view-model dataclasses; the chart is laid out here (coordinates of inline SVG rectangles), so
the template only loops. Nothing is fetched from anywhere: the page stays one self-contained file.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.model import HistoryEntry, RunResult

# The chart: one horizontal bar per outlet, split into its agree / compatible / conflict shares.
CHART_LABEL = 170  # room for the outlet's name, in SVG units
CHART_BAR = 400
CHART_ROW = 24
CHART_PAD = 6


@dataclass(frozen=True)
class ScoreRow:
    outlet: str
    articles: int
    facts: int
    slots_shared: int
    pairs: int
    agree: str  # "56%"
    compatible: str
    conflict: str
    outlier: int
    only_source: int
    trend: str  # the conflict share against the previous recorded run: "+12 pts", "−5 pts", "="; "" without history


@dataclass(frozen=True)
class Segment:
    status: str
    x: float
    width: float
    share: str


@dataclass(frozen=True)
class Bar:
    outlet: str
    y: float
    text_y: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_x: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class WindowView:
    span: str  # "2025-06-02 to 2025-06-08"
    kept: int
    excluded: tuple[tuple[str, str], ...]  # (path, reason)


@dataclass(frozen=True)
class TrendRow:
    outlet: str
    values: tuple[str, ...]  # conflict share per run, "" where the outlet had no articles


@dataclass(frozen=True)
class HistoryView:
    path: str
    run: str
    previous: str | None
    new: tuple[HistoryEntry, ...]
    resolved: tuple[HistoryEntry, ...]
    persisting: tuple[HistoryEntry, ...]
    runs: tuple[str, ...]  # the trend table's columns, oldest first
    trend: tuple[TrendRow, ...]


@dataclass(frozen=True)
class AuditView:
    scores: tuple[ScoreRow, ...]
    chart: Chart | None
    window: WindowView | None
    history: HistoryView | None


def audit_view(result: RunResult) -> AuditView | None:
    """The audit sections of the page; None when the run has none of them (check mode, a bare run)."""
    if not (result.scorecard or result.window or result.history):
        return None
    previous = _previous_conflict(result)
    scores = tuple(
        ScoreRow(
            outlet=s.outlet,
            articles=s.articles,
            facts=s.facts,
            slots_shared=s.slots_shared,
            pairs=s.pairs,
            agree=_percent(s.agree),
            compatible=_percent(s.compatible),
            conflict=_percent(s.conflict),
            outlier=s.outlier,
            only_source=s.only_source,
            trend=_trend(s.conflict, previous.get(s.outlet)) if result.history and result.history.previous else "",
        )
        for s in result.scorecard
    )
    return AuditView(scores=scores, chart=_chart(result), window=_window(result), history=_history(result))


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _previous_conflict(result: RunResult) -> dict[str, float]:
    history = result.history
    if history is None or history.previous is None:
        return {}
    return {t.outlet: t.conflict for t in history.trend if t.run == history.previous}


def _trend(now: float, before: float | None) -> str:
    if before is None:
        return "new"
    points = round((now - before) * 100)
    if points == 0:
        return "="
    return f"+{points} pts" if points > 0 else f"−{-points} pts"


def _chart(result: RunResult) -> Chart | None:
    rows = [s for s in result.scorecard if s.pairs]
    if not rows:
        return None
    bars = []
    for n, score in enumerate(rows):
        y = CHART_PAD + n * CHART_ROW
        x = float(CHART_LABEL)
        segments = []
        for status, share in (("agree", score.agree), ("compatible", score.compatible), ("conflict", score.conflict)):
            width = round(share * CHART_BAR, 1)
            if width > 0:
                segments.append(Segment(status, round(x, 1), width, _percent(share)))
            x += width
        bars.append(Bar(score.outlet, y, y + CHART_ROW * 0.6, tuple(segments)))
    return Chart(
        width=CHART_LABEL + CHART_BAR + CHART_PAD,
        height=2 * CHART_PAD + len(rows) * CHART_ROW,
        label_x=CHART_LABEL - 8,
        bars=tuple(bars),
    )


def _window(result: RunResult) -> WindowView | None:
    window = result.window
    if window is None:
        return None
    since = window.since.isoformat() if window.since else "the start"
    until = window.until.isoformat() if window.until else "today"
    return WindowView(span=f"{since} to {until}", kept=window.kept, excluded=window.excluded)


def _history(result: RunResult) -> HistoryView | None:
    history = result.history
    if history is None:
        return None
    runs = tuple(sorted({t.run for t in history.trend}))
    share = {(t.outlet, t.run): _percent(t.conflict) for t in history.trend}
    outlets = sorted({t.outlet for t in history.trend})
    return HistoryView(
        path=history.path,
        run=history.run,
        previous=history.previous,
        new=history.new,
        resolved=history.resolved,
        persisting=history.persisting,
        runs=runs,
        trend=tuple(TrendRow(o, tuple(share.get((o, r), "") for r in runs)) for o in outlets),
    )
