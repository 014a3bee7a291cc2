"""Check mode: judge each draft's statement of a claim against the sources' values for it.

An editor checking a draft needs to know whether *the draft* is right, not whether the sources
agree among themselves. So each draft fact that leads a slot gets a verdict against the sources
(never against another draft):

- ``agrees``: more sources support it (agree or compatible) than contradict it; sources that
  contradict it are the outliers and are named, as context;
- ``conflicts``: at least as many sources contradict it as support it;
- ``stale``: it matches an earlier report, and a source published later gives an updated tally;
- ``over_precise``: it states an exact value ("1,512") where every supporting source is hedged or
  coarser ("more than 1,500");
- ``unsupported``: no source states the claim.

The finding's severity then follows the draft's verdict: a conflict keeps its rule's severity,
the other verdicts take theirs from ``DRAFT_SEVERITY`` (a conflict among the sources alone becomes
``info``), so that the exit code speaks of the draft's own problems only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from consistency.model import (
    DRAFT_VERDICTS,
    SEVERITIES,
    Article,
    DateValue,
    DraftVerdict,
    Fact,
    Finding,
    PairVerdict,
    Quantity,
)

# The severity of a finding whose worst draft verdict is this one; None keeps the rule's severity.
DRAFT_SEVERITY: dict[str, str | None] = {
    "conflicts": None,
    "stale": "warning",
    "over_precise": "warning",
    "unsupported": "info",
    "agrees": "info",
}

_GRANULARITY = {"time": 0, "day": 1, "week": 2, "month": 3, "part_of_year": 4, "year": 5, "period": 6}


def judge_drafts(
    findings: Sequence[Finding],
    facts: Mapping[str, Fact],
    articles: Mapping[str, Article],
    draft_ids: Sequence[str],
    severity: Mapping[str, str | None] | None = None,
) -> list[Finding]:
    """The findings with each draft's verdict, message and severity set; order kept."""
    drafts = set(draft_ids)
    table = dict(DRAFT_SEVERITY, **(severity or {}))
    out = []
    for finding in findings:
        verdicts = tuple(_judge(finding, facts, articles, drafts))
        out.append(_with_verdicts(finding, verdicts, table))
    return out


def _with_verdicts(finding: Finding, verdicts: tuple[DraftVerdict, ...], table: Mapping[str, str | None]) -> Finding:
    if not verdicts:
        # The draft states this claim in a way that could not be compared (an unanchored date):
        # whatever the sources say among themselves is context only.
        return dataclasses.replace(finding, severity="info")
    worst = min(verdicts, key=lambda v: DRAFT_VERDICTS.index(v.verdict))
    wanted = table.get(worst.verdict)
    # A conflict the draft is not party to is among the sources: context, not the draft's problem.
    level = finding.severity if wanted is None or wanted not in SEVERITIES else wanted
    message = "; ".join(v.message for v in verdicts)
    return dataclasses.replace(
        finding,
        severity=level,  # type: ignore[arg-type]
        drafts=verdicts,
        message=f"{finding.slot}: {message}",
    )


def _judge(finding: Finding, facts: Mapping[str, Fact], articles: Mapping[str, Article], drafts: set[str]) -> list[DraftVerdict]:
    # Each article's lead statement stands for it in the slot (the groups hold exactly those).
    leads = [(fid, aid) for group in finding.groups for fid, aid in zip(group.fact_ids, group.article_ids, strict=True)]
    draft_leads = [(fid, aid) for fid, aid in leads if aid in drafts]
    source_leads = [(fid, aid) for fid, aid in leads if aid not in drafts]
    pair_of = {frozenset(p.fact_ids): p for p in finding.pairs if p.representative}
    out = []
    for fid, aid in draft_leads:
        if fid not in facts:
            continue
        fact = facts[fid]
        if not source_leads:
            out.append(DraftVerdict(aid, fid, "unsupported", message=f"the draft's {_value(fact)}: no source gives it"))
            continue
        verdict_pairs = [(sid, pair_of.get(frozenset((fid, sid)))) for sid, _ in source_leads]
        out.append(_verdict(fact, [(facts[s], p) for s, p in verdict_pairs if p and s in facts], pair_of, facts, articles))
    return out


def _verdict(
    draft: Fact,
    judged: list[tuple[Fact, PairVerdict]],
    pair_of: Mapping[frozenset[str], PairVerdict],
    facts: Mapping[str, Fact],
    articles: Mapping[str, Article],
) -> DraftVerdict:
    supporting = [s for s, p in judged if p.status in ("agree", "compatible")]
    contradicting = [s for s, p in judged if p.status == "conflict"]
    label = _Labels(articles)
    said = f"the draft's {_value(draft)}"
    newer = _newer_tallies(draft, judged, pair_of, articles)
    if newer:
        later = newer[0]
        return DraftVerdict(
            draft.article_id, draft.id, "stale",
            tuple(s.id for s in supporting if s not in newer),
            tuple(s.id for s in contradicting if s not in newer),
            tuple(s.id for s in newer),
            f"{said} is out of date: {label.of(newer)} published later "
            f"({_published(articles.get(later.article_id))}) {_gives(newer)} {_value(later)}",
        )
    support_ids = tuple(s.id for s in supporting)
    against_ids = tuple(s.id for s in contradicting)
    if not supporting and not contradicting:  # every source's value was one the draft's cannot be set against
        return DraftVerdict(draft.article_id, draft.id, "unsupported",
                            message=f"{said}: no source gives a value it can be compared with")
    if contradicting and len(contradicting) >= len(supporting):
        text = f"{said} is contradicted by {label.of(contradicting)} ({_values(contradicting)})"
        if supporting:
            text += f"; {label.of(supporting)} {_support(supporting)} it"
        return DraftVerdict(draft.article_id, draft.id, "conflicts", support_ids, against_ids, message=text)
    if _over_precise(draft, supporting, judged):
        text = f"{said} is more precise than {label.of(supporting)} ({_values(supporting)})"
        return DraftVerdict(draft.article_id, draft.id, "over_precise", support_ids, against_ids, message=text)
    text = f"{said} agrees with {label.of(supporting)}"
    if contradicting:
        text += f"; the outlier is a source: {label.of(contradicting)} {_gives(contradicting)} {_values(contradicting)}"
    return DraftVerdict(draft.article_id, draft.id, "agrees", support_ids, against_ids, message=text)


def _newer_tallies(
    draft: Fact,
    judged: list[tuple[Fact, PairVerdict]],
    pair_of: Mapping[frozenset[str], PairVerdict],
    articles: Mapping[str, Article],
) -> list[Fact]:
    """Sources published later with an updated tally the draft has not caught up with.

    Either the pair says so itself (the draft is dated and the later source's figure grew), or the
    draft sides with an earlier source that the later one updates (an undated draft).
    """
    draft_article = articles.get(draft.article_id)
    supporting = [s for s, p in judged if p.status in ("agree", "compatible") and p.cause != "update"]
    newer = []
    for source, pair in judged:
        later_than_draft = _order(draft_article, articles.get(source.article_id)) < 0
        if pair.cause == "update" and pair.status == "compatible" and later_than_draft and _higher(source, draft):
            newer.append(source)
            continue
        if pair.status not in ("conflict", "compatible") or pair.cause not in ("error", "unexplained", "update"):
            continue
        for old in supporting:
            between = pair_of.get(frozenset((old.id, source.id)))
            if (
                between is not None
                and between.status == "compatible"
                and between.cause == "update"
                and _order(articles.get(old.article_id), articles.get(source.article_id)) < 0
                and _higher(source, old)
            ):
                newer.append(source)
                break
    return newer


def _higher(a: Fact, b: Fact) -> bool:
    qa, qb = a.value, b.value
    if not isinstance(qa, Quantity) or not isinstance(qb, Quantity):
        return False
    la = qa.low if qa.low is not None else qa.high
    lb = qb.low if qb.low is not None else qb.high
    return la is not None and lb is not None and la > lb


def _order(a: Article | None, b: Article | None) -> int:
    """-1 when ``a`` was published before ``b``; 1 after; 0 unknown or same. An undated draft is "now"."""
    if b is None or b.published is None:
        return 0
    if a is None or a.published is None:
        return 1  # a draft without a date is being written now, after every source
    da, db = a.published, b.published
    if isinstance(da, dt.datetime) and isinstance(db, dt.datetime):
        return (da > db) - (da < db)
    day_a = da.date() if isinstance(da, dt.datetime) else da
    day_b = db.date() if isinstance(db, dt.datetime) else db
    return (day_a > day_b) - (day_a < day_b)


def _over_precise(draft: Fact, supporting: list[Fact], judged: list[tuple[Fact, PairVerdict]]) -> bool:
    if not supporting or any(p.status != "compatible" or p.cause != "precision" for s, p in judged if s in supporting):
        return False
    value = draft.value
    if isinstance(value, Quantity):
        exact = value.low is not None and value.low == value.high and not value.approximate and not value.vague
        return exact and all(not _exact(s.value) for s in supporting)
    if isinstance(value, DateValue):
        rank = _GRANULARITY.get(value.granularity, 9)
        return all(isinstance(s.value, DateValue) and _GRANULARITY.get(s.value.granularity, 9) > rank for s in supporting)
    return False


def _exact(value: object) -> bool:
    return isinstance(value, Quantity) and value.low is not None and value.low == value.high and not value.approximate and not value.vague


class _Labels:
    def __init__(self, articles: Mapping[str, Article]) -> None:
        self.articles = articles

    def of(self, facts: Sequence[Fact]) -> str:
        names = [self._name(f.article_id) for f in facts]
        return ", ".join(dict.fromkeys(names))

    def _name(self, article_id: str) -> str:
        article = self.articles.get(article_id)
        return (article.outlet or article.id) if article else article_id


def _value(fact: Fact) -> str:
    return f"“{' '.join(fact.text.split())}”"


def _values(facts: Sequence[Fact]) -> str:
    shown: dict[str, str] = {}
    for fact in facts:
        shown.setdefault(_value(fact).casefold(), _value(fact))
    return ", ".join(shown.values())


def _gives(facts: Sequence[Fact]) -> str:
    return "gives" if len({f.article_id for f in facts}) == 1 else "give"


def _support(facts: Sequence[Fact]) -> str:
    return "supports" if len({f.article_id for f in facts}) == 1 else "support"


def _published(article: Article | None) -> str:
    if article is None or article.published is None:
        return "date unknown"
    value = article.published
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else value.isoformat()
