"""The per-outlet scorecard of an audit: how each outlet stands against the others, from the findings.

Per outlet: its articles and facts, the slots it shares with at least one other outlet, the shares
of its verdicts against other outlets that agree, are compatible or conflict (from the findings'
lead pairs; two articles of one outlet are not compared with each other here), how often it is the
odd one out of a conflicting slot, and how often it alone states a claim.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from consistency.model import Finding, OutletScore, RunResult

SHARE_STATUSES: tuple[str, ...] = ("agree", "compatible", "conflict")


def outlier_articles(findings: Iterable[Finding]) -> set[str] | None:
    """Articles whose value conflicts with the slot's largest group; None when the slot has no conflict.

    In a 4-to-1 slot the one outlet to check stands out, and the four that agree are not painted
    as different. With no majority (a tie), every side of a conflict is to be checked.
    """
    for finding in findings:
        if finding.status != "conflict" or not finding.groups:
            continue
        majority = set(finding.groups[0].fact_ids)
        tied = len(finding.groups) > 1 and len(finding.groups[1].fact_ids) == len(majority)
        against: set[str] = set()
        for pair in finding.pairs:
            if pair.status != "conflict" or not pair.representative:
                continue
            a, b = pair.fact_ids
            if tied:
                against.update((a, b))
            elif a in majority and b not in majority:
                against.add(b)
            elif b in majority and a not in majority:
                against.add(a)
        by_fact = {fid: aid for g in finding.groups for fid, aid in zip(g.fact_ids, g.article_ids, strict=True)}
        return {by_fact[f] for f in against if f in by_fact}
    return None


def outlet_scores(result: RunResult) -> tuple[OutletScore, ...]:
    """One line per outlet, the most conflicting first (then by name).

    Plain counting over the run's facts, slots and lead pairs, one pass each (pandas made the same
    joins, at the price of a second's import and a few hundred milliseconds of frames per run).
    """
    if not result.articles:
        return ()
    outlet_of_article = {a.id: a.outlet or a.id for a in result.articles}
    articles: Counter[str] = Counter(outlet_of_article[a.id] for a in result.articles)
    outlet_of_fact = {f.id: outlet_of_article[f.article_id] for f in result.facts if f.article_id in outlet_of_article}
    facts: Counter[str] = Counter(outlet_of_fact.values())

    shared: defaultdict[str, set[str]] = defaultdict(set)  # outlet -> slots it shares with another outlet
    for alignment in result.alignments:
        outlets = {outlet_of_fact[fid] for fid in alignment.fact_ids if fid in outlet_of_fact}
        if len(outlets) >= 2:
            for outlet in outlets:
                shared[outlet].add(alignment.id)

    judged = _one_finding_per_slot(result.findings)
    verdicts: defaultdict[str, Counter[str]] = defaultdict(Counter)  # outlet -> status -> its sides of pairs
    for finding in judged:
        for pair in finding.pairs:
            a, b = pair.fact_ids
            if not pair.representative or a not in outlet_of_fact or b not in outlet_of_fact:
                continue
            if outlet_of_fact[a] != outlet_of_fact[b]:
                verdicts[outlet_of_fact[a]][pair.status] += 1
                verdicts[outlet_of_fact[b]][pair.status] += 1

    outliers: defaultdict[str, set[str]] = defaultdict(set)
    alone: defaultdict[str, set[str]] = defaultdict(set)
    for finding in judged:
        for aid in outlier_articles([finding]) or ():
            if aid in outlet_of_article:
                outliers[outlet_of_article[aid]].add(finding.alignment_id)
        group_ids = finding.groups[0].article_ids if len(finding.groups) == 1 else ()
        if (
            finding.status == "unverified"
            and group_ids
            and group_ids[0] in outlet_of_article
            and len({outlet_of_article.get(a) for a in group_ids}) == 1
        ):
            alone[outlet_of_article[group_ids[0]]].add(finding.alignment_id)

    rows = []
    for outlet, count in articles.items():
        counts = verdicts.get(outlet, Counter())
        pairs = sum(counts[s] for s in SHARE_STATUSES)
        shares = {s: counts[s] / pairs if pairs > 0 else 0.0 for s in SHARE_STATUSES}
        rows.append((shares, OutletScore(
            outlet=str(outlet),
            articles=count,
            facts=facts.get(outlet, 0),
            slots_shared=len(shared.get(outlet, ())),
            pairs=pairs,
            agree=round(shares["agree"], 4),
            compatible=round(shares["compatible"], 4),
            conflict=round(shares["conflict"], 4),
            outlier=len(outliers.get(outlet, ())),
            only_source=len(alone.get(outlet, ())),
        )))
    rows.sort(key=lambda row: (-row[0]["conflict"], row[1].outlet))
    return tuple(score for _, score in rows)


def _one_finding_per_slot(findings: Sequence[Finding]) -> list[Finding]:
    """A slot's pairs are counted once, however many rules reported on it."""
    seen: set[str] = set()
    out = []
    for finding in findings:
        if finding.alignment_id not in seen:
            seen.add(finding.alignment_id)
            out.append(finding)
    return out
