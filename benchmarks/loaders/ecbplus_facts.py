"""The ecbplus-facts gold set: ECB+ articles in the natural rendering and their annotated fact pairs.

``<data>/ecbplus-facts/cases.yaml`` holds, per gold event (an ECB+ topic half), the articles
with their outlet and publication date, and the facts stated by several of them: one value per
article (an inclusive ``t_id`` range) and a label for every pair of articles. The text the
checker reads is the README's *natural rendering*; it is produced by the set's own reference
implementation, ``Corpus.render_natural`` in ``<data>/ecbplus-facts/validate.py``, imported at
run time from the data folder (it is not copied here: it is the definition the figures are
judged by). Without it the set cannot be read and ``Unavailable`` is raised.

A value's span is ``(offsets[tokens[0]][0], offsets[tokens[1]][1])`` in that rendering; its
text is the gold ``surface`` without the tokenizer's spaces, which ``check_spans`` verifies.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.common import Unavailable, load_yaml

FACTS_DIR = "ecbplus-facts"
ECB_ROOT = "ecbplus/ECB+_LREC2014/ECB+"  # the folder holding <topic>/<doc>.xml (validate.py's --ecb-root)


@dataclass(frozen=True)
class FactDoc:
    """One article: the natural rendering, its ``t_id`` -> (start, end) map and the front matter fields."""

    doc: str  # "37_1ecbplus.xml"
    event: str  # gold event id, "t37_ecbplus"
    text: str
    offsets: dict[int, tuple[int, int]] = field(compare=False, hash=False)
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # "YYYY-MM-DD"


@dataclass(frozen=True)
class GoldValue:
    """One article's value of a fact: ``text[start:end]`` of the natural rendering."""

    doc: str
    start: int
    end: int
    surface: str  # tokens joined by single spaces, as in cases.yaml
    normalized: Any = None
    group: str = ""


@dataclass(frozen=True)
class GoldPair:
    a: str  # doc names
    b: str
    label: str  # agree | compatible | conflict
    cause: str | None = None
    reason: str = field(default="", compare=False)


@dataclass(frozen=True)
class GoldFact:
    id: str
    event: str
    kind: str  # date | figure | attribution
    about: str
    label: str
    values: dict[str, GoldValue] = field(compare=False, hash=False)  # doc -> value
    pairs: tuple[GoldPair, ...] = ()


@dataclass(frozen=True)
class FactSet:
    docs: dict[str, FactDoc]  # doc -> article, in cases.yaml order
    facts: tuple[GoldFact, ...]


def reference(data: str | Path) -> ModuleType:
    """``validate.py`` of the data folder, imported as a module; ``Unavailable`` when it cannot be."""
    path = Path(data) / FACTS_DIR / "validate.py"
    if not path.is_file():
        raise Unavailable(f"{path}: the reference rendering (validate.py) is not there")
    try:
        spec = importlib.util.spec_from_file_location("ecbplus_facts_validate", path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 - whatever breaks the import, the set cannot be rendered
        raise Unavailable(
            f"{path}: cannot import the reference rendering ({type(error).__name__}: {error})"
        ) from error
    if not callable(getattr(getattr(module, "Corpus", None), "render_natural", None)):
        raise Unavailable(f"{path}: no Corpus.render_natural in the reference implementation")
    return module


def load_ecbplus_facts(data: str | Path, *, renderer: ModuleType | None = None) -> FactSet:
    """The gold set under ``data``: every article of every event in the natural rendering, every fact.

    ``renderer`` is the module providing ``Corpus`` (default: ``reference(data)``).
    """
    data = Path(data)
    cases = data / FACTS_DIR / "cases.yaml"
    if not cases.is_file():
        raise Unavailable(f"{cases}: the ecbplus-facts gold set is not there")
    ecb_root = data / ECB_ROOT
    if not ecb_root.is_dir():
        raise Unavailable(f"{ecb_root}: the ECB+ corpus is not there")
    module = renderer or reference(data)
    corpus = module.Corpus(str(ecb_root))
    with open(cases, encoding="utf-8") as handle:
        gold = load_yaml(handle)
    docs: dict[str, FactDoc] = {}
    facts: list[GoldFact] = []
    for event in gold["events"]:
        for article in event.get("articles") or []:
            doc = article["doc"]
            text, offsets, url = corpus.render_natural(doc)
            published = article.get("published")
            docs[doc] = FactDoc(
                doc,
                event["id"],
                text,
                dict(offsets),
                url,
                article.get("outlet"),
                str(published) if published is not None else None,
            )
        for fact in event.get("facts") or []:
            values = {}
            for doc, value in (fact.get("values") or {}).items():
                first, last = value["tokens"]
                offsets = docs[doc].offsets
                values[doc] = GoldValue(
                    doc,
                    offsets[first][0],
                    offsets[last][1],
                    value["surface"],
                    value.get("normalized"),
                    str(value.get("group", "")),
                )
            pairs = tuple(
                GoldPair(p["a"], p["b"], p["label"], p.get("cause"), p.get("reason") or "")
                for p in fact.get("pairs") or []
            )
            facts.append(
                GoldFact(fact["id"], event["id"], fact["kind"], fact["about"], fact["label"], values, pairs)
            )
    return FactSet(docs, tuple(facts))


def check_spans(facts: FactSet) -> list[str]:
    """Values whose span in the rendering is not their surface without the tokenizer's spaces (none expected)."""
    bad = []
    for fact in facts.facts:
        for value in fact.values.values():
            shown = facts.docs[value.doc].text[value.start : value.end]
            if shown.replace(" ", "") != value.surface.replace(" ", "") or "\n" in shown:
                bad.append(f"{fact.id} {value.doc}: {shown!r} != {value.surface!r}")
    return bad
