"""Attributions reported inside another one's content: one chain, not two attributions.

"The Velmora Post wrote that Halvik had claimed a loss of 9 million" credits the loss to Halvik
as the Post relays it: one attribution with the chain (Velmora Post, Halvik), its cue the inner
"claimed" (the cue that introduces the original source, as for "citing" and "according to").
The inner one is read as relayed when its source opens the outer one's complement: right after
the outer attribution, or after words closed by "that" ("said during a visit to Dravik that"),
with no comma, colon, dash or quotation mark between (those start a clause of the writer's own).

An inner attribution that names no new origin stays as it is found: "the board said it had
confirmed 30 deaths" keeps its own attribution to "it", which later resolves to the board. A
belief, a position or a speaking of the speaker ("said she believes", "said she opposes the levy",
"said she speaks about it often") is part of what was said and is dropped.
"""

from __future__ import annotations

import dataclasses
import re

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_found import _Found
from consistency.extract._attribution_phrases import _Part

_INNER_BELIEFS = lex.CLAUSE_VERBS | lex.STANCE_VERBS | lex.TOPIC_VERBS | frozenset(
    {"thinks", "thought", "think", "believes", "believed", "recalls", "recalled", "recall", "doubted", "doubts"}
)
_CLAUSE_BREAK = re.compile(r"[,;:\"“”«»()—–]")


def _belief_reported(text: str, outer: _Found, inner: _Found) -> bool:
    """ "Vellacourt said she believes the quay is safe", "Halvik told the council that he recalled
    the flood": a belief or memory whose subject opens what a cue of saying reports is part of
    what was said, not a second attribution."""
    if inner.cue not in _INNER_BELIEFS or inner.source_start < outer.cue_end or inner.source_start == outer.source_start:
        return False  # the same mention speaks on: '..., said Halvik, speaking of the flood'

    return text[outer.cue_end : inner.source_start].strip().lower() in ("", "that") or _reported_within(text, outer, inner)


def _reported_within(text: str, outer: _Found, inner: _Found) -> bool:
    """``inner``'s source opens what ``outer`` reports (see the module doc)."""
    if inner.source_start < outer.end or inner.source_end <= inner.source_start:
        return False
    gap = text[outer.end : inner.source_start]
    if _CLAUSE_BREAK.search(gap):
        return False
    words = gap.lower().split()
    return not words or words[-1] == "that"


def _new_origins(outer: _Found, inner: _Found) -> tuple[_Part, ...]:
    """The parts of ``inner`` that name someone ``outer`` does not: no pronoun, no anaphor."""
    known = {p.display for p in outer.parts}
    return tuple(p for p in inner.parts if not p.pronoun and not p.anaphor and p.display not in known)


def relayed(text: str, outer: _Found, inner: _Found) -> _Found | None:
    """``outer`` with ``inner`` folded into its chain when ``inner`` is reported within it and
    names a new origin; None when the two stay apart."""
    if not _reported_within(text, outer, inner):
        return None
    new = _new_origins(outer, inner)
    if not new:
        return None
    return dataclasses.replace(outer, parts=outer.parts + new, cue=inner.cue)
