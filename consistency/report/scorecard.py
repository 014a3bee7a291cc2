"""The per-outlet scorecard of an audit: how each outlet stands against the others, from the findings.

Per outlet: its articles and facts, the slots it shares with at least one other outlet, the shares
of its verdicts against other outlets that agree, are compatible or conflict (from the findings'
lead pairs; two articles of one outlet are not compared with each other here), how often it is the
odd one out of a conflicting slot, and how often it alone states a claim. The counting is a few
joins and group-bys over tables of facts, slots and pair verdicts, which is what pandas is for; it
is imported only when a scorecard is asked for (it costs about a second to import).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from consistency.model import Alignment, Finding, OutletScore, RunResult

SHARE_STATUSES: tuple[str, ...] = ("agree", "compatible", "conflict")
_STATUS_CODE = {status: n for n, status in enumerate(SHARE_STATUSES)}


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
    """One line per outlet, the most conflicting first (then by name)."""
    if not result.articles:
        return ()
    tally = OutletTally(result)
    for alignment in result.alignments:
        tally.slot(alignment)
    for finding in result.findings:
        tally.finding(finding)
    return tally.scores()


class OutletTally:
    """``outlet_scores`` in three steps, so that a report's own pass over the slots and the findings
    can count them (``tally.slot``, ``tally.finding``, each once, in the run's order) and the
    scorecard needs no pass of its own: an audit's slots and findings are spooled (``consistency.spool``),
    and each pass over them unpickles them again (at 10,000 articles about a second of a warm run).

    The tables are built column by column, not as a row object per fact: an audit of ten thousand
    articles holds about two million facts, and a row object for each cost seconds. Outlets and
    slots are numbered, so the two largest tables (a slot's facts, the findings' lead pairs: over a
    million rows at 10,000 articles) are integer columns, not rows of strings: as rows they took
    more memory at the end of a run than any stage before it."""

    def __init__(self, result: RunResult) -> None:
        self.result = result
        self.article_outlet = {a.id: a.outlet or a.id for a in result.articles}
        self.names = sorted(set(self.article_outlet.values()))
        code = {name: n for n, name in enumerate(self.names)}
        outlet_code = {aid: code[outlet] for aid, outlet in self.article_outlet.items()}
        # Every fact's outlet number (a fact in no slot and no pair is never looked up): cheaper than
        # first collecting the wanted ids from hundreds of thousands of pairs.
        self.outlet_of = {f.id: outlet_code[f.article_id] for f in result.facts if f.article_id in outlet_code}
        self.slots = 0  # slots counted (``slot``), in order: a slot's row is its place among them
        self.findings = 0  # findings counted
        self.slot_rows, self.slot_outlets = array("q"), array("q")
        self.sides_outlet, self.sides_status = array("q"), array("q")
        self.outlier_rows: list[tuple[str, str]] = []
        self.alone_rows: list[tuple[str, str]] = []
        self.seen: set[str] = set()

    def slot(self, alignment: Alignment) -> None:
        """Count one slot (every slot of the run, in order)."""
        row = self.slots
        self.slots += 1
        outlet_of = self.outlet_of
        for fid in alignment.fact_ids:
            if (outlet := outlet_of.get(fid)) is not None:
                self.slot_rows.append(row)
                self.slot_outlets.append(outlet)

    def finding(self, f: Finding) -> None:
        """Count one finding (every finding of the run, in order): each slot's first only (its pairs
        counted once, however many rules reported on it), keeping what the table needs and not the
        findings."""
        self.findings += 1
        if f.alignment_id in self.seen:
            return
        self.seen.add(f.alignment_id)
        outlet_of, article_outlet = self.outlet_of, self.article_outlet
        for p in f.pairs:
            if not p.representative or (verdict := _STATUS_CODE.get(p.status)) is None:
                continue
            a, b = outlet_of.get(p.fact_ids[0]), outlet_of.get(p.fact_ids[1])
            if a is not None and b is not None and a != b:
                self.sides_outlet.extend((a, b))
                self.sides_status.extend((verdict, verdict))
        self.outlier_rows.extend((f.alignment_id, article_outlet[aid]) for aid in (outlier_articles([f]) or ())
                                 if aid in article_outlet)
        if (f.status == "unverified" and len(f.groups) == 1 and f.groups[0].article_ids
                and f.groups[0].article_ids[0] in article_outlet
                and len({article_outlet.get(a) for a in f.groups[0].article_ids}) == 1):
            self.alone_rows.append((f.alignment_id, article_outlet[f.groups[0].article_ids[0]]))

    def complete(self) -> bool:
        """Whether every slot and every finding of the run was counted."""
        return self.slots == len(self.result.alignments) and self.findings == len(self.result.findings)

    def scores(self) -> tuple[OutletScore, ...]:
        """The scorecard from what was counted (``outlet_scores``'s lines)."""
        import numpy as np
        import pandas as pd

        result, names, article_outlet = self.result, self.names, self.article_outlet
        self.seen.clear()  # the slots' ids, needed while counting only
        if not result.articles:
            return ()
        articles = pd.DataFrame({"article_id": list(article_outlet), "outlet": list(article_outlet.values())})
        table = articles.groupby("outlet").size().rename("articles").to_frame()
        per_article = pd.Series(Counter(map(attrgetter("article_id"), result.facts)), dtype="int64")
        per_article = per_article[per_article.index.isin(articles["article_id"])]
        table["facts"] = per_article.groupby(per_article.index.map(article_outlet)).sum()

        # Each (slot, outlet) once; a slot is shared where two outlets or more hold it. Counted by
        # numpy (a sort and two bincounts), not a table of rows: the tables were the report's largest moment.
        slot_of, outlet_in = np.divmod(np.unique(_column(self.slot_rows) * len(names) + _column(self.slot_outlets)),
                                       len(names))
        shared = np.bincount(slot_of)[slot_of] >= 2 if len(slot_of) else np.zeros(0, dtype=bool)
        table["slots_shared"] = pd.Series(np.bincount(outlet_in[shared], minlength=len(names)), index=names)

        width = len(SHARE_STATUSES)
        counts = np.bincount(_column(self.sides_outlet) * width + _column(self.sides_status),
                             minlength=len(names) * width).reshape(len(names), width)
        for status in SHARE_STATUSES:
            table[f"n_{status}"] = pd.Series(counts[:, _STATUS_CODE[status]], index=names)
        table = table.fillna(0)
        table["pairs"] = sum(table[f"n_{s}"] for s in SHARE_STATUSES)
        for status in SHARE_STATUSES:
            table[status] = (table[f"n_{status}"] / table["pairs"].where(table["pairs"] > 0)).fillna(0.0)

        outliers = pd.DataFrame(self.outlier_rows, columns=["alignment_id", "outlet"])
        table["outlier"] = outliers.groupby("outlet")["alignment_id"].nunique()
        alone = pd.DataFrame(self.alone_rows, columns=["alignment_id", "outlet"])
        table["only_source"] = alone.groupby("outlet")["alignment_id"].nunique()
        table = table.fillna(0).reset_index().sort_values(["conflict", "outlet"], ascending=[False, True])
        return tuple(
            OutletScore(
                outlet=str(row.outlet),
                articles=int(row.articles),
                facts=int(row.facts),
                slots_shared=int(row.slots_shared),
                pairs=int(row.pairs),
                agree=round(float(row.agree), 4),
                compatible=round(float(row.compatible), 4),
                conflict=round(float(row.conflict), 4),
                outlier=int(row.outlier),
                only_source=int(row.only_source),
            )
            for row in table.itertuples(index=False)
        )


def _column(values: array[int]) -> Any:
    """An integer column from an ``array('q')``, without a Python object per value."""
    import numpy as np

    return np.frombuffer(values, dtype=np.int64) if len(values) else np.empty(0, dtype=np.int64)
