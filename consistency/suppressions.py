"""Inline suppressions: ``<!-- consistency: ignore RULE-ID reason -->`` in an article silences that rule
for the findings the article takes part in.

A team that has checked a discrepancy and accepts it says so where the article is edited, with the
reason, so the next reader of the article sees why. A suppression without a reason, with an action
other than ``ignore`` or naming an unknown rule is an error (exit 2, ``path:line: problem``): a
silenced check must never be an accident. The comment sits on a line of its own; Markdown does not
show it, and cleaning blanks it so nothing in it becomes a fact.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from consistency.errors import InputError
from consistency.model import Article, Finding, RunResult, Suppressed

# "<!-- consistency:" opens a directive; what follows up to "-->" is "ACTION RULE-ID reason".
_OPENING = re.compile(r"<!--[ \t]*consistency[ \t]*:", re.IGNORECASE)
_RULE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
_MAX_DIRECTIVE = 2000  # characters between the opening and "-->": a longer one is a missing "-->"


@dataclass(frozen=True)
class Suppression:
    """One ``ignore`` directive of one article."""

    article_id: str
    rule: str
    reason: str
    line: int  # the file line of the directive (the body's line when the file line is unknown)


def parse_suppressions(article: Article, known_rules: Iterable[str] = ()) -> list[Suppression]:
    """The article's directives, in order; raises InputError at the first malformed one.

    ``known_rules`` (when given) are the rule ids of the run: a directive naming another rule is an
    error with the closest id suggested, since a misspelt id would silence nothing.
    """
    known = sorted(set(known_rules))
    found: list[Suppression] = []
    body = article.body
    for opening in _OPENING.finditer(body):
        line = article.body_line + body.count("\n", 0, opening.start())
        closing = body.find("-->", opening.end(), opening.end() + _MAX_DIRECTIVE)
        if closing < 0:
            raise InputError(article.path, "consistency directive: no closing '-->'", line=line)
        words = body[opening.end() : closing].split()
        if not words:
            raise InputError(article.path, "consistency directive: empty; write '<!-- consistency: ignore RULE-ID reason -->'", line=line)
        action, rest = words[0], words[1:]
        if action.casefold() != "ignore":
            raise InputError(
                article.path,
                f"consistency directive: unknown action '{action}'; write '<!-- consistency: ignore RULE-ID reason -->'",
                line=line,
            )
        if not rest or not _RULE_ID.match(rest[0]):
            raise InputError(article.path, "consistency directive: 'ignore' needs a rule id and a reason", line=line)
        rule, reason = rest[0], " ".join(rest[1:])
        if known and rule not in known:
            close = difflib.get_close_matches(rule, known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else "; see 'consistency rules list'"
            raise InputError(article.path, f"consistency directive: unknown rule '{rule}'{hint}", line=line)
        if not reason:
            raise InputError(
                article.path,
                f"consistency directive: the suppression of '{rule}' gives no reason; "
                f"write why the finding is accepted: '<!-- consistency: ignore {rule} REASON -->'",
                line=line,
            )
        found.append(Suppression(article.id, rule, reason, line))
    return found


def apply_suppressions(result: RunResult, known_rules: Sequence[str] | None = None) -> RunResult:
    """Move the findings that a directive of one of their articles silences to ``result.suppressed``.

    A finding belongs to the articles whose facts it holds; a directive in any of them silences
    the finding for that rule, whatever the other articles say. ``known_rules`` defaults to the
    rules the run applied.
    """
    rule_ids = list(known_rules) if known_rules is not None else [r.id for r in result.rules]
    by_article: dict[str, dict[str, Suppression]] = {}
    for article in result.articles:
        for suppression in parse_suppressions(article, rule_ids):
            by_article.setdefault(article.id, {}).setdefault(suppression.rule, suppression)
    if not by_article:
        return result
    article_of = {fact.id: fact.article_id for fact in result.facts}
    kept: list[Finding] = []
    suppressed = list(result.suppressed)
    for finding in result.findings:
        match = _silencing(finding, article_of, by_article)
        if match is None:
            kept.append(finding)
        else:
            suppressed.append(Suppressed(finding, match.article_id, match.reason, match.line))
    return dataclasses.replace(result, findings=tuple(kept), suppressed=tuple(suppressed))


def _silencing(
    finding: Finding, article_of: dict[str, str], by_article: dict[str, dict[str, Suppression]]
) -> Suppression | None:
    for article_id in dict.fromkeys(article_of.get(fid, "") for fid in finding.fact_ids):
        suppression = by_article.get(article_id, {}).get(finding.rule)
        if suppression is not None:
            return suppression
    return None
