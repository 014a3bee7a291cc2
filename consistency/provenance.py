"""Per event: which sources each outlet credits, as chains from the outlet to the origin, and how
many independent origins the story really has.

"Five outlets report it" is often one wire story and four rewrites, or one newspaper's unnamed
officials passed along. The attribution facts of each article already carry chains ("Halvik Wire,
citing unnamed officials"); this stage puts the outlet at their head, joins the spellings of one
source (``source_names``), completes a chain whose last link is a description that a later
sentence of the same article names ("the Brask media" ... "the Brask newspaper Dravik Daily
writes, citing sources"), and counts the origins: the last link of each chain, an unnamed one
kept apart per the named link that relays it ("sources (via Dravik Daily)"). An article that
credits no one rests on its own reporting. Wire copies (``copies``: article id -> the article it
copies) share the origins of their original and are counted once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from consistency.extract import _attribution_lexicon as lex
from consistency.fingerprint import fingerprint
from consistency.model import (
    Article,
    Attribution,
    Credit,
    Event,
    Fact,
    Finding,
    Origin,
    OutletCredits,
    Provenance,
    RuleInfo,
)
from consistency.source_names import SourceNames, is_named
from consistency.vocabulary import Vocabulary

SINGLE_ORIGIN_RULE = "single-origin"
# "Many outlets rest on one origin": at least this many articles, and this share of the
# independent articles that credit anyone, credit the same origin and no other origin is shared.
SINGLE_ORIGIN_INFO = RuleInfo(
    SINGLE_ORIGIN_RULE,
    "info",
    "attribution",
    "Many outlets rest on one origin (a single wire, a single unnamed source).",
    "Five outlets reporting a claim is not five confirmations when all of them credit one wire or one "
    "unnamed source; the editor should know the story has one leg.",
)
SINGLE_ORIGIN_MIN_ARTICLES = 3
SINGLE_ORIGIN_SHARE = 0.75
# How many later attributions of an article may name a description ("Danish media" ... "the Danish
# newspaper Dravik Daily"): a news story names it within a few paragraphs, and a bound keeps an
# article of a hundred thousand attributions linear.
NAMING_REACH = 100


def trace_provenance(
    events: Sequence[Event],
    articles: Mapping[str, Article],
    facts: Iterable[Fact],
    vocabulary: Vocabulary,
    copies: Mapping[str, str] | None = None,
) -> list[Provenance]:
    """One Provenance per event, in the order of ``events``; ``copies`` defaults to the articles' own
    ``copy_of`` (the events stage marks wire copies)."""
    if copies is None:
        copies = {aid: a.copy_of for aid, a in articles.items() if a.copy_of is not None}
    by_article: dict[str, list[Fact]] = {}
    for fact in facts:
        if isinstance(fact.value, Attribution):
            by_article.setdefault(fact.article_id, []).append(fact)
    seen = [a.outlet for a in articles.values() if a.outlet]
    for group in by_article.values():
        for fact in group:
            assert isinstance(fact.value, Attribution)
            seen.extend(fact.value.chain)
    names = SourceNames(vocabulary, seen)
    return [_event_provenance(event, articles, by_article, names, copies) for event in events]


def _event_provenance(
    event: Event,
    articles: Mapping[str, Article],
    by_article: Mapping[str, list[Fact]],
    names: SourceNames,
    copies: Mapping[str, str],
) -> Provenance:
    outlets: list[OutletCredits] = []
    for article_id in event.article_ids:
        article = articles.get(article_id)
        if article is None:
            continue
        outlet = names.canonical(article.outlet or article.id)
        credits = _credits(outlet, by_article.get(article_id, []), names)
        origins = tuple(dict.fromkeys(_origin_name(c) for c in credits)) or (outlet,)
        copy_of = copies.get(article_id)
        outlets.append(OutletCredits(article_id, outlet, tuple(credits), origins, copy_of))
    # A wire copy rests on its original's origins.
    by_id = {o.article_id: o for o in outlets}
    origin_articles: dict[str, list[str]] = {}
    origin_credits: dict[str, list[Credit]] = {}
    for o in outlets:
        source = by_id.get(o.copy_of or "", o)
        for credit in source.credits:
            origin_credits.setdefault(_origin_name(credit), []).append(credit)
        for name in source.origins:
            if o.article_id not in origin_articles.setdefault(name, []):
                origin_articles[name].append(o.article_id)
    found: list[Origin] = []
    for name, ids in origin_articles.items():
        label, named = _origin_label(name, origin_credits.get(name, []))
        own = all(by_id[a].outlet == name for a in ids if a in by_id)
        kind = "media" if own else names.kind(name) if named else "other"
        found.append(Origin(label, named, kind, tuple(ids)))
    found.sort(key=lambda g: (-len(g.article_ids), g.name))
    # Each article's origins by their display names.
    labels = {name: _origin_label(name, origin_credits.get(name, []))[0] for name in origin_articles}
    outlets = [dataclasses.replace(o, origins=tuple(dict.fromkeys(labels.get(x, x) for x in o.origins))) for o in outlets]
    by_id = {o.article_id: o for o in outlets}
    independent = sum(1 for o in outlets if not (o.copy_of and o.copy_of in by_id))
    return Provenance(
        event_id=event.id,
        articles=len(outlets),
        independent_articles=independent,
        origins=tuple(found),
        outlets=tuple(outlets),
        single_origin=_single_origin(outlets, found, by_id),
    )


def _credits(outlet: str, facts: Sequence[Fact], names: SourceNames) -> list[Credit]:
    """Chains of one article, outlet first; a chain ending in a description that a later
    attribution of the article names is completed by that attribution's chain."""
    chains: list[tuple[tuple[str, ...], list[str], int]] = []  # chain, fact ids, index in ``facts``
    for n, fact in enumerate(facts):
        value = fact.value
        assert isinstance(value, Attribution)
        links = [outlet]
        for link in (names.canonical(x) for x in value.chain if x.strip()):
            if link != links[-1]:
                links.append(link)
        if len(links) > 1:
            chains.append((tuple(links), [fact.id], n))
    completed: list[tuple[tuple[str, ...], list[str]]] = []
    absorbed: set[str] = set()  # fact ids whose chain another one completes
    heads: list[_Head | None] | None = None  # read once, when a chain ends in a description
    for chain, ids, n in chains:
        if not is_named(chain[-1]):
            heads = _heads(facts) if heads is None else heads
            later = _named_by(chain[-1], heads[n + 1 : n + 1 + NAMING_REACH], names)
            if later is not None:
                fact, more = later
                chain = chain + tuple(x for x in more if x not in chain)
                ids = [*ids, fact.id]
                absorbed.add(fact.id)
        completed.append((chain, ids))
    ends: dict[tuple[str, ...], dict[tuple[str, ...], None]] = {}  # each end of a chain -> the chains, in order
    for other, _ in completed:
        for k in range(1, len(other) + 1):
            ends.setdefault(other[-k:], {})[other] = None
    merged: dict[tuple[str, ...], list[str]] = {}
    for chain, ids in completed:
        # An absorbed chain joins the first longer chain it ends: (outlet, Dravik Daily, sources)
        # joins (outlet, Halvik Wire, Brask media, Dravik Daily, sources).
        if ids[0] in absorbed:
            target = next((other for other in ends.get(chain[1:], ()) if len(other) > len(chain)), None)
            if target is not None:
                merged.setdefault(target, []).extend(ids)
                continue
        merged.setdefault(chain, []).extend(ids)
    return [Credit(chain, tuple(dict.fromkeys(ids)), is_named(chain[-1])) for chain, ids in merged.items()]


def _heads(facts: Sequence[Fact]) -> list[_Head | None]:
    """Per fact, what ``_named_by`` reads of it when its source is named (None otherwise)."""
    named: dict[str, bool] = {}
    out: list[_Head | None] = []
    for fact in facts:
        value = fact.value
        assert isinstance(value, Attribution)
        head = value.chain[0] if value.chain else ""
        if head not in named:
            named[head] = is_named(head)
        out.append(_Head(fact, head, fact.text.lower().split()) if named[head] else None)
    return out


class _Head(NamedTuple):
    fact: Fact
    source: str  # the first link of its chain, a named source
    wording: list[str]  # its text's words, lower-cased


def _named_by(description: str, later: Sequence[_Head | None], names: SourceNames) -> tuple[Fact, tuple[str, ...]] | None:
    """The first later attribution whose wording carries the description's words and whose source
    is a named outlet of that kind: "Danish media" is named by "the Danish newspaper Dravik Daily"."""
    words = [w.lower() for w in description.split()]
    media = any(w in lex.MEDIA_NOUNS for w in words)
    marks = [w for w in words if w not in lex.MEDIA_NOUNS and w not in lex.DETERMINERS]
    if not marks:
        return None
    for head in later:
        if head is None:
            continue
        if all(w in head.wording for w in marks) and (not media or names.kind(head.source) == "media"):
            value = head.fact.value
            assert isinstance(value, Attribution)
            return head.fact, tuple(names.canonical(x) for x in value.chain)
    return None

def _origin_name(credit: Credit) -> str:
    """The deepest named link of the chain: one origin for everything a source says, whether it
    names its informants or not ("Dravik Daily" and "Dravik Daily, citing sources" are one leg of
    the story). The outlet itself when no link past it is named: its own unnamed informants."""
    named = [x for x in credit.chain[1:] if is_named(x)]
    return named[-1] if named else credit.chain[0]


def _origin_label(name: str, credits: Sequence[Credit]) -> tuple[str, bool]:
    """Display name and namedness of an origin: "unnamed officials (via Dravik Daily)" when every
    credit that reaches it ends in informants it does not name."""
    if any(c.named and c.chain[-1] == name for c in credits) or not credits:
        return name, True
    return f"{credits[0].chain[-1]} (via {name})", False


def _single_origin(
    outlets: Sequence[OutletCredits], origins: Sequence[Origin], by_id: Mapping[str, OutletCredits]
) -> str | None:
    crediting = [o for o in outlets if o.credits and not (o.copy_of and o.copy_of in by_id)]
    if not origins or len(crediting) < SINGLE_ORIGIN_MIN_ARTICLES:
        return None
    top = origins[0]
    independent_ids = {o.article_id for o in crediting}
    resting = [a for a in top.article_ids if a in independent_ids]
    if len(resting) < SINGLE_ORIGIN_MIN_ARTICLES or len(resting) < SINGLE_ORIGIN_SHARE * len(crediting):
        return None
    if any(len(set(g.article_ids) & independent_ids) > 1 for g in origins[1:]):
        return None  # a second shared origin: the story has more than one leg
    if len({by_id[a].outlet for a in resting}) < 2:
        return None
    return top.name


def provenance_findings(provenance: Sequence[Provenance], facts: Sequence[Fact]) -> list[Finding]:
    """An ``info`` finding for each event whose outlets rest on one origin."""
    out: list[Finding] = []
    for p in provenance:
        if p.single_origin is None:
            continue
        origin = next(o for o in p.origins if o.name == p.single_origin)
        resting = set(origin.article_ids)
        fact_ids = tuple(
            fid
            for o in p.outlets
            if o.article_id in resting
            for c in o.credits
            if origin.name in (_origin_name(c), _origin_label(_origin_name(c), [c])[0])
            or origin.name.endswith(f"(via {_origin_name(c)})")
            for fid in c.fact_ids
        )
        outlets = sorted({o.outlet for o in p.outlets if o.article_id in resting})
        what = "a single unnamed source" if not origin.named else f"a single {'wire' if origin.kind == 'media' else 'source'}"
        message = (
            f"{len(resting)} of {p.articles} articles ({', '.join(outlets)}) rest on {what}: {origin.name}; "
            f"{len(p.origins)} independent origin{'s' if len(p.origins) != 1 else ''} in all"
        )
        out.append(
            Finding(
                rule=SINGLE_ORIGIN_RULE,
                severity="info",
                status="unverified",
                event_id=p.event_id,
                kind="attribution",
                slot="origin of the story",
                alignment_id=f"provenance-{p.event_id}",
                fact_ids=fact_ids,
                message=message,
                fingerprint=fingerprint(SINGLE_ORIGIN_RULE, "origin of the story", [(o, origin.name) for o in outlets]),
                cause="single_origin",
            )
        )
    return out
