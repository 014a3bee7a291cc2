"""Our own invented claims sets (``benchmarks/own/claims*.yaml``) read into the ecbplus-facts shapes.

Each set was written by us, with made-up events, outlets, names and numbers, and annotated in the
ecbplus-facts spirit (same kinds, labels and causes; see ``benchmarks/own/README.md``). It is read
into a ``FactSet`` so the claims suite writes, runs and scores it exactly as it does ecbplus-facts:
an article's ``text`` is its Markdown body (headline line included), and a gold value's span is
found from its ``surface`` (the ``occurrence``-th match, counted from 0, when it appears more than
once), so the set holds no offsets that could drift when a body is edited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.common import load_yaml
from benchmarks.loaders.ecbplus_facts import FactDoc, FactSet, GoldFact, GoldPair, GoldValue

OWN_CLAIMS = Path(__file__).resolve().parents[1] / "own" / "claims.yaml"
# The second set: other kinds of event, annotated the same way, measured untuned when it was added.
OWN_CLAIMS2 = OWN_CLAIMS.with_name("claims2.yaml")
# The third set: still other kinds of event, held back unrun as a blind test of one session's changes.
OWN_CLAIMS3 = OWN_CLAIMS.with_name("claims3.yaml")
# The fourth set: kinds of event none of the first three has, held back unrun as a blind test like the third.
OWN_CLAIMS4 = OWN_CLAIMS.with_name("claims4.yaml")
# The fifth set: ten more kinds of event, held back unrun as a blind test until one run scored it once.
OWN_CLAIMS5 = OWN_CLAIMS.with_name("claims5.yaml")
# The sixth set: ten more kinds of event, held back unrun as a blind test until one run scored it once.
OWN_CLAIMS6 = OWN_CLAIMS.with_name("claims6.yaml")
# The seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS7 = OWN_CLAIMS.with_name("claims7.yaml")
# The eighth set: ten more kinds of event, leaning on figures, held back blind, then run once and registered.
OWN_CLAIMS8 = OWN_CLAIMS.with_name("claims8.yaml")
# The ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS9 = OWN_CLAIMS.with_name("claims9.yaml")
# The tenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS10 = OWN_CLAIMS.with_name("claims10.yaml")
# The eleventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS11 = OWN_CLAIMS.with_name("claims11.yaml")
# The twelfth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS12 = OWN_CLAIMS.with_name("claims12.yaml")
# The thirteenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS13 = OWN_CLAIMS.with_name("claims13.yaml")
# The fourteenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS14 = OWN_CLAIMS.with_name("claims14.yaml")
# The fifteenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS15 = OWN_CLAIMS.with_name("claims15.yaml")
# The sixteenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS16 = OWN_CLAIMS.with_name("claims16.yaml")
# The seventeenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS17 = OWN_CLAIMS.with_name("claims17.yaml")
# The eighteenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS18 = OWN_CLAIMS.with_name("claims18.yaml")
# The nineteenth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS19 = OWN_CLAIMS.with_name("claims19.yaml")
# The twentieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS20 = OWN_CLAIMS.with_name("claims20.yaml")
# The twenty-first set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS21 = OWN_CLAIMS.with_name("claims21.yaml")
# The twenty-second set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS22 = OWN_CLAIMS.with_name("claims22.yaml")
# The twenty-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS23 = OWN_CLAIMS.with_name("claims23.yaml")
# The twenty-fourth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS24 = OWN_CLAIMS.with_name("claims24.yaml")
# The twenty-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS25 = OWN_CLAIMS.with_name("claims25.yaml")
# The twenty-sixth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS26 = OWN_CLAIMS.with_name("claims26.yaml")
# The twenty-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS27 = OWN_CLAIMS.with_name("claims27.yaml")
# The twenty-eighth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS28 = OWN_CLAIMS.with_name("claims28.yaml")
# The twenty-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS29 = OWN_CLAIMS.with_name("claims29.yaml")
# The thirtieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS30 = OWN_CLAIMS.with_name("claims30.yaml")
# The thirty-first set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS31 = OWN_CLAIMS.with_name("claims31.yaml")
# The thirty-second set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS32 = OWN_CLAIMS.with_name("claims32.yaml")
# The thirty-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS33 = OWN_CLAIMS.with_name("claims33.yaml")
# The thirty-fourth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS34 = OWN_CLAIMS.with_name("claims34.yaml")
# The thirty-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS35 = OWN_CLAIMS.with_name("claims35.yaml")
# The thirty-sixth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS36 = OWN_CLAIMS.with_name("claims36.yaml")
# The thirty-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS37 = OWN_CLAIMS.with_name("claims37.yaml")
# The thirty-eighth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS38 = OWN_CLAIMS.with_name("claims38.yaml")
# The thirty-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS39 = OWN_CLAIMS.with_name("claims39.yaml")
# The fortieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS40 = OWN_CLAIMS.with_name("claims40.yaml")
# The forty-first set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS41 = OWN_CLAIMS.with_name("claims41.yaml")
# The forty-second set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS42 = OWN_CLAIMS.with_name("claims42.yaml")
# The forty-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS43 = OWN_CLAIMS.with_name("claims43.yaml")
# The forty-fourth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS44 = OWN_CLAIMS.with_name("claims44.yaml")
# The forty-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS45 = OWN_CLAIMS.with_name("claims45.yaml")
# The forty-sixth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS46 = OWN_CLAIMS.with_name("claims46.yaml")
# The forty-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS47 = OWN_CLAIMS.with_name("claims47.yaml")
# The forty-eighth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS48 = OWN_CLAIMS.with_name("claims48.yaml")
# The forty-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS49 = OWN_CLAIMS.with_name("claims49.yaml")
# The fiftieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS50 = OWN_CLAIMS.with_name("claims50.yaml")
# The fifty-first set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS51 = OWN_CLAIMS.with_name("claims51.yaml")
# The fifty-second set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS52 = OWN_CLAIMS.with_name("claims52.yaml")
# The fifty-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS53 = OWN_CLAIMS.with_name("claims53.yaml")
# The fifty-fourth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS54 = OWN_CLAIMS.with_name("claims54.yaml")
# The fifty-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS55 = OWN_CLAIMS.with_name("claims55.yaml")
# The fifty-sixth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS56 = OWN_CLAIMS.with_name("claims56.yaml")
# The fifty-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS57 = OWN_CLAIMS.with_name("claims57.yaml")
# The fifty-eighth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS58 = OWN_CLAIMS.with_name("claims58.yaml")
# The fifty-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS59 = OWN_CLAIMS.with_name("claims59.yaml")
# The sixtieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS60 = OWN_CLAIMS.with_name("claims60.yaml")
# The sixty-first set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS61 = OWN_CLAIMS.with_name("claims61.yaml")
# The sixty-second set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS62 = OWN_CLAIMS.with_name("claims62.yaml")
# The sixty-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS63 = OWN_CLAIMS.with_name("claims63.yaml")
# The sixty-fourth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS64 = OWN_CLAIMS.with_name("claims64.yaml")
# The sixty-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS65 = OWN_CLAIMS.with_name("claims65.yaml")
# The sixty-sixth set: nine more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS66 = OWN_CLAIMS.with_name("claims66.yaml")
# The sixty-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS67 = OWN_CLAIMS.with_name("claims67.yaml")
# The sixty-eighth set: eight more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS68 = OWN_CLAIMS.with_name("claims68.yaml")
# The sixty-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS69 = OWN_CLAIMS.with_name("claims69.yaml")
# The seventieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS70 = OWN_CLAIMS.with_name("claims70.yaml")
# The seventy-first set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS71 = OWN_CLAIMS.with_name("claims71.yaml")
# The seventy-second set: eight more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS72 = OWN_CLAIMS.with_name("claims72.yaml")
# The seventy-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS73 = OWN_CLAIMS.with_name("claims73.yaml")
# The seventy-fourth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS74 = OWN_CLAIMS.with_name("claims74.yaml")
# The seventy-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS75 = OWN_CLAIMS.with_name("claims75.yaml")
# The seventy-sixth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS76 = OWN_CLAIMS.with_name("claims76.yaml")
# The seventy-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS77 = OWN_CLAIMS.with_name("claims77.yaml")
# The seventy-eighth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS78 = OWN_CLAIMS.with_name("claims78.yaml")
# The seventy-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS79 = OWN_CLAIMS.with_name("claims79.yaml")
# The eightieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS80 = OWN_CLAIMS.with_name("claims80.yaml")
# The eighty-first set: nine more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS81 = OWN_CLAIMS.with_name("claims81.yaml")
# The eighty-second set: nine more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS82 = OWN_CLAIMS.with_name("claims82.yaml")
# The eighty-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS83 = OWN_CLAIMS.with_name("claims83.yaml")
# The eighty-fourth set: nine more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS84 = OWN_CLAIMS.with_name("claims84.yaml")
# The eighty-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS85 = OWN_CLAIMS.with_name("claims85.yaml")
# The eighty-sixth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS86 = OWN_CLAIMS.with_name("claims86.yaml")
# The eighty-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS87 = OWN_CLAIMS.with_name("claims87.yaml")
# The eighty-eighth set: nine more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS88 = OWN_CLAIMS.with_name("claims88.yaml")
# The eighty-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS89 = OWN_CLAIMS.with_name("claims89.yaml")
# The ninetieth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS90 = OWN_CLAIMS.with_name("claims90.yaml")
# The ninety-first set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS91 = OWN_CLAIMS.with_name("claims91.yaml")
# The ninety-second set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS92 = OWN_CLAIMS.with_name("claims92.yaml")
# The ninety-third set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS93 = OWN_CLAIMS.with_name("claims93.yaml")
# The ninety-fourth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS94 = OWN_CLAIMS.with_name("claims94.yaml")
# The ninety-fifth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS95 = OWN_CLAIMS.with_name("claims95.yaml")
# The ninety-sixth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS96 = OWN_CLAIMS.with_name("claims96.yaml")
# The ninety-seventh set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS97 = OWN_CLAIMS.with_name("claims97.yaml")
# The ninety-eighth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS98 = OWN_CLAIMS.with_name("claims98.yaml")
# The ninety-ninth set: ten more kinds of event, held back blind, then run once and registered.
OWN_CLAIMS99 = OWN_CLAIMS.with_name("claims99.yaml")
# The hundredth set: ten more kinds of event, held back blind until a later session runs it once.
OWN_CLAIMS100 = OWN_CLAIMS.with_name("claims100.yaml")
# Every set a claims run scores, in the order they were added: the claims suite names them own, own2, own3 and so on
# by their place here. A set written blind stays out of this tuple (its constant above, and the format tests' BLIND
# list, hold it) until a session runs it once and registers it by adding it at the end.
REGISTERED: tuple[Path, ...] = (
    OWN_CLAIMS, OWN_CLAIMS2, OWN_CLAIMS3, OWN_CLAIMS4, OWN_CLAIMS5, OWN_CLAIMS6, OWN_CLAIMS7, OWN_CLAIMS8,
    OWN_CLAIMS9, OWN_CLAIMS10, OWN_CLAIMS11, OWN_CLAIMS12, OWN_CLAIMS13, OWN_CLAIMS14, OWN_CLAIMS15, OWN_CLAIMS16,
    OWN_CLAIMS17, OWN_CLAIMS18, OWN_CLAIMS19, OWN_CLAIMS20, OWN_CLAIMS21, OWN_CLAIMS22, OWN_CLAIMS23, OWN_CLAIMS24,
    OWN_CLAIMS25, OWN_CLAIMS26, OWN_CLAIMS27, OWN_CLAIMS28, OWN_CLAIMS29, OWN_CLAIMS30, OWN_CLAIMS31, OWN_CLAIMS32,
    OWN_CLAIMS33, OWN_CLAIMS34, OWN_CLAIMS35, OWN_CLAIMS36, OWN_CLAIMS37, OWN_CLAIMS38, OWN_CLAIMS39, OWN_CLAIMS40,
    OWN_CLAIMS41, OWN_CLAIMS42, OWN_CLAIMS43, OWN_CLAIMS44, OWN_CLAIMS45, OWN_CLAIMS46, OWN_CLAIMS47, OWN_CLAIMS48,
    OWN_CLAIMS49, OWN_CLAIMS50, OWN_CLAIMS51, OWN_CLAIMS52, OWN_CLAIMS53, OWN_CLAIMS54, OWN_CLAIMS55, OWN_CLAIMS56,
    OWN_CLAIMS57, OWN_CLAIMS58, OWN_CLAIMS59, OWN_CLAIMS60, OWN_CLAIMS61, OWN_CLAIMS62, OWN_CLAIMS63, OWN_CLAIMS64,
    OWN_CLAIMS65, OWN_CLAIMS66, OWN_CLAIMS67, OWN_CLAIMS68, OWN_CLAIMS69, OWN_CLAIMS70, OWN_CLAIMS71, OWN_CLAIMS72,
    OWN_CLAIMS73, OWN_CLAIMS74, OWN_CLAIMS75, OWN_CLAIMS76, OWN_CLAIMS77, OWN_CLAIMS78, OWN_CLAIMS79, OWN_CLAIMS80,
    OWN_CLAIMS81, OWN_CLAIMS82, OWN_CLAIMS83, OWN_CLAIMS84, OWN_CLAIMS85, OWN_CLAIMS86, OWN_CLAIMS87, OWN_CLAIMS88,
    OWN_CLAIMS89, OWN_CLAIMS90, OWN_CLAIMS91, OWN_CLAIMS92, OWN_CLAIMS93, OWN_CLAIMS94, OWN_CLAIMS95, OWN_CLAIMS96,
    OWN_CLAIMS97, OWN_CLAIMS98, OWN_CLAIMS99,
)


def raw(path: str | Path = OWN_CLAIMS) -> dict[str, Any]:
    """The YAML as written (the well-formedness test reads it too)."""
    with open(path, encoding="utf-8") as handle:
        loaded = load_yaml(handle)
    if not isinstance(loaded, dict) or not isinstance(loaded.get("events"), list):
        raise ValueError(f"{path}: expected a mapping with an 'events' list")
    return loaded


def find_surface(body: str, surface: str, occurrence: int = 0) -> int:
    """Start of the ``occurrence``-th match of ``surface`` in ``body`` (from 0); -1 when there is none."""
    start = -1
    for _ in range(occurrence + 1):
        start = body.find(surface, start + 1)
        if start < 0:
            return -1
    return start


def fact_label(pairs: tuple[GoldPair, ...]) -> str:
    """The README's fact label: conflict if any pair conflicts, else compatible if any, else agree."""
    labels = {pair.label for pair in pairs}
    return "conflict" if "conflict" in labels else "compatible" if "compatible" in labels else "agree"


def load_own_claims(path: str | Path = OWN_CLAIMS) -> FactSet:
    """Every article and fact of the set; ``ValueError`` when a surface is not in its body."""
    return fact_set(raw(path), path)


def fact_set(gold: dict[str, Any], path: str | Path = OWN_CLAIMS) -> FactSet:
    """``load_own_claims`` of a set already read by ``raw`` (``path`` only names it in errors): the format
    tests read each set's YAML once, for their checks and the loader's."""
    docs: dict[str, FactDoc] = {}
    facts: list[GoldFact] = []
    for event in gold["events"]:
        for article in event.get("articles") or []:
            doc = str(article["id"])
            if doc in docs:
                raise ValueError(f"{path}: article id {doc} is used twice")
            published = article.get("published")
            docs[doc] = FactDoc(
                doc,
                str(event["id"]),
                str(article["body"]).strip("\n"),
                {},
                article.get("url"),
                article.get("outlet"),
                str(published) if published is not None else None,
            )
        for fact in event.get("facts") or []:
            values = {}
            for doc, value in (fact.get("values") or {}).items():
                surface = str(value["surface"])
                start = find_surface(docs[doc].text, surface, int(value.get("occurrence", 0)))
                if start < 0:
                    raise ValueError(f"{path}: {fact['id']} {doc}: surface {surface!r} is not in the body")
                values[doc] = GoldValue(doc, start, start + len(surface), surface, value.get("normalized"))
            pairs = tuple(
                GoldPair(str(p["a"]), str(p["b"]), p["label"], p.get("cause"), p.get("reason") or "")
                for p in fact.get("pairs") or []
            )
            facts.append(
                GoldFact(
                    str(fact["id"]), str(event["id"]), fact["kind"], fact["about"], fact_label(pairs), values, pairs
                )
            )
    return FactSet(docs, tuple(facts))
