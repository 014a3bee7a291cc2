"""The per-outlet scorecard: its numbers are the findings', counted per outlet."""

from __future__ import annotations

from collections import Counter

from consistency.engine import run
from consistency.model import RunResult
from consistency.report.scorecard import outlet_scores
from tests.conftest import EXAMPLES
from tests.test_check_draft import QUAKE_SOURCES


def _recount(result: RunResult) -> dict[str, Counter[str]]:
    """The same numbers the slow way: loop over every finding's lead pairs, once per slot."""
    outlet = {a.id: a.outlet for a in result.articles}
    of_fact = {f.id: outlet[f.article_id] for f in result.facts}
    counts: dict[str, Counter[str]] = {name: Counter() for name in outlet.values()}
    seen = set()
    for finding in result.findings:
        if finding.alignment_id in seen:
            continue
        seen.add(finding.alignment_id)
        for pair in finding.pairs:
            a, b = (of_fact[i] for i in pair.fact_ids)
            if pair.representative and a != b:
                counts[a][pair.status] += 1
                counts[b][pair.status] += 1
        if finding.status == "unverified" and len({outlet[x] for g in finding.groups for x in g.article_ids}) == 1:
            counts[outlet[finding.groups[0].article_ids[0]]]["only"] += 1
    for article in result.articles:
        counts[article.outlet]["articles"] += 1
    for fact in result.facts:
        counts[of_fact[fact.id]]["facts"] += 1
    return counts


def test_scorecard_numbers_match_the_findings() -> None:
    result = run([EXAMPLES])
    scores = outlet_scores(result)
    expected = _recount(result)
    assert {s.outlet for s in scores} == set(expected)
    for score in scores:
        mine = expected[score.outlet]
        pairs = mine["agree"] + mine["compatible"] + mine["conflict"]
        assert (score.articles, score.facts, score.pairs, score.only_source) == (mine["articles"], mine["facts"], pairs, mine["only"])
        for status in ("agree", "compatible", "conflict"):
            assert abs(getattr(score, status) - (mine[status] / pairs if pairs else 0.0)) < 1e-4
    conflicts = [s.conflict for s in scores]
    assert conflicts == sorted(conflicts, reverse=True)  # the most conflicting outlet first


def test_the_outlier_of_a_four_to_one_slot(corpus) -> None:  # type: ignore[no-untyped-def]
    result = run([corpus(QUAKE_SOURCES) / "src"])
    scores = {s.outlet: s for s in outlet_scores(result)}
    assert scores["Velmora Times"].outlier == 1
    assert all(s.outlier == 0 for name, s in scores.items() if name != "Velmora Times")
    magnitude = next(f for f in result.findings if f.slot.startswith("magnitude"))
    shared = {a.outlet for a in result.articles if any(i in magnitude.fact_ids for i in (f.id for f in result.facts if f.article_id == a.id))}
    assert shared == set(scores) and all(s.slots_shared >= 1 for s in scores.values())
    assert scores["Velmora Times"].conflict > scores["Halvik Herald"].conflict
