"""Rules x slots -> findings. Each check runs once per slot and parameter set; rules pick statuses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from consistency.checks import CHECKS, Outcome, SlotFacts
from consistency.checks.comparisons import keys_of
from consistency.fingerprint import fingerprint
from consistency.model import Alignment, Article, Event, Fact, Finding
from consistency.rulepack import Rule


def slot_facts(alignment: Alignment, facts: Mapping[str, Fact], articles: Mapping[str, Article]) -> SlotFacts:
    """The slot's facts grouped per article, articles in first-appearance order."""
    per_article: dict[str, list[Fact]] = {}
    for fid in alignment.fact_ids:
        fact = facts[fid]
        per_article.setdefault(fact.article_id, []).append(fact)
    return [(articles[aid], group) for aid, group in per_article.items()]


def evaluate(
    rules: Sequence[Rule],
    alignments: Sequence[Alignment],
    facts: Mapping[str, Fact],
    articles: Mapping[str, Article],
    events: Mapping[str, Event],
) -> list[Finding]:
    findings: list[Finding] = []
    contexts: dict[str, Mapping[str, object]] = {}
    for alignment in alignments:
        slot = slot_facts(alignment, facts, articles)
        outcomes: dict[tuple[str, tuple[tuple[str, object], ...]], Outcome] = {}
        for rule in rules:
            if rule.kind != alignment.kind:
                continue
            key = (rule.check, tuple(sorted(rule.params.items())))
            if key not in outcomes:
                check = CHECKS[rule.check]
                if check.event_context is not None and rule.check not in contexts:
                    contexts[rule.check] = check.event_context(facts.values())
                outcomes[key] = check.run(slot, rule.params, contexts.get(rule.check))
            outcome = outcomes[key]
            if outcome.status not in rule.when:
                continue
            event = events[alignment.event_id]
            findings.append(
                Finding(
                    rule=rule.id,
                    severity=rule.severity,  # type: ignore[arg-type]
                    status=outcome.status,
                    event_id=alignment.event_id,
                    kind=alignment.kind,
                    slot=alignment.slot,
                    alignment_id=alignment.id,
                    fact_ids=alignment.fact_ids,
                    message=_message(rule, alignment, slot, outcome, event),
                    fingerprint=_fingerprint(rule, alignment, slot),
                    detail=outcome.detail,
                    cause=outcome.cause,
                    groups=outcome.groups,
                    pairs=outcome.pairs,
                )
            )
    return findings


class _Fields(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:  # validated at load time; never reached for shipped packs
        return "{" + key + "}"


def _message(rule: Rule, alignment: Alignment, slot: SlotFacts, outcome: Outcome, event: Event) -> str:
    outlets = [article.outlet for article, _ in slot]
    return rule.message.format_map(
        _Fields(
            slot=alignment.slot,
            values=outcome.detail,
            detail=outcome.detail,
            outlets=", ".join(dict.fromkeys(outlets)),
            count=len(slot),
            kind=alignment.kind,
            status=outcome.status,
            event=event.label,
            outlier=outcome.outlier or outcome.detail,
            cause=outcome.cause.replace("_", " "),
        )
    )


def _fingerprint(rule: Rule, alignment: Alignment, slot: SlotFacts) -> str:
    """Rule + the slot's claim + each outlet's values: survives file moves, reordering and edits elsewhere."""
    statements = [(article.outlet or article.id, value) for article, group in slot for value in keys_of(group)]
    return fingerprint(rule.id, alignment.slot, statements)
