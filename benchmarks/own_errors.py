"""Each extractor's errors on our own annotated set (``benchmarks/own/extractors.yaml``), one line each:
a gold span missed, a false span, a span matched with other bounds, a value (or unit) read wrong.

    python -m benchmarks.own_errors [dates|figures|attributions ...]

For reading what the rows ``*.own.*`` count, matched as they are (relaxed, one to one). The set estimates
how the extractors do on news they were not tuned on: fix a class of error by a general rule checked on
the tuning corpora, never by fitting one of these sentences (see ``benchmarks/own/README.md``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import Any

from benchmarks.common import context, extractor, parse_when
from benchmarks.loaders.own import OwnText, load_own
from benchmarks.metrics import match_spans

Interval = tuple[int, int]


def _compare(
    text: str, gold: Sequence[Interval], ours: Sequence[Interval]
) -> Iterator[tuple[str, int | None, int | None]]:
    """("boundary"|"matched", gold index, our index), ("missed", i, None), ("false", None, j)."""
    pairs = match_spans(gold, ours, "relaxed")
    for i, j in pairs:
        yield ("matched" if gold[i] == ours[j] else "boundary"), i, j
    yield from (("missed", i, None) for i in sorted(set(range(len(gold))) - {i for i, _ in pairs}))
    yield from (("false", None, j) for j in sorted(set(range(len(ours))) - {j for _, j in pairs}))


def _line(kind: str, text: OwnText, gold: Interval | None, ours: Interval | None, note: str = "") -> str:
    shown = " / ".join(f"{side} {text.text[s[0]:s[1]]!r}" for side, s in (("gold", gold), ("ours", ours)) if s)
    return f"{text.id}: {kind}: {shown}" + (f" ({note})" if note else "")


def date_errors(texts: list[OwnText]) -> Iterator[str]:
    from benchmarks.suites.dates import _timeml_extractor, _value_of
    from benchmarks.values import same_timeml

    extract = _timeml_extractor()
    for text in texts:
        found = extract(text.text, context(parse_when(text.published, utc=True)))
        gold = [(d.start, d.end) for d in text.dates]
        ours = [(e.start, e.end) for e in found]
        for kind, i, j in _compare(text.text, gold, ours):
            g, o = (gold[i] if i is not None else None), (ours[j] if j is not None else None)
            if kind == "missed" and i is not None:
                yield _line(kind, text, g, None, f"{text.dates[i].type} {text.dates[i].value}")
            elif kind == "false" and j is not None:
                yield _line(kind, text, None, o, f"{found[j].type} {found[j].value}")
            elif i is not None and j is not None:
                if kind == "boundary":
                    yield _line(kind, text, g, o)
                if not same_timeml(text.dates[i].value, _value_of(found[j])):
                    yield _line("value", text, g, None, f"gold {text.dates[i].value}, ours {found[j].value}")


def figure_errors(texts: list[OwnText]) -> Iterator[str]:
    from benchmarks.suites.figures import _TIME_UNITS, _own_number, _own_unit

    extract = extractor("figure")
    for text in texts:
        found = [e for e in extract(text.text, context(parse_when(text.published)))
                 if getattr(e.value, "unit", None) not in _TIME_UNITS]
        gold = [(f.start, f.end) for f in text.figures]
        ours = [(e.start, e.end) for e in found]
        for kind, i, j in _compare(text.text, gold, ours):
            g, o = (gold[i] if i is not None else None), (ours[j] if j is not None else None)
            if kind in ("missed", "false"):
                yield _line(kind, text, g, o, _quantity(found[j].value) if j is not None else "")
            elif i is not None and j is not None:
                if kind == "boundary":
                    yield _line(kind, text, g, o)
                figure, value = text.figures[i], found[j].value
                if not _own_number(figure, value):
                    yield _line("number", text, g, None, f"gold {figure.low:g}..{figure.high:g}, ours {_quantity(value)}")
                if not _own_unit(figure, value):
                    yield _line("unit", text, g, None, f"gold {figure.unit}, ours {getattr(value, 'unit', None)}")


def _quantity(value: Any) -> str:
    return f"{getattr(value, 'low', None)}..{getattr(value, 'high', None)} {getattr(value, 'unit', None)}"


def attribution_errors(texts: list[OwnText]) -> Iterator[str]:
    from benchmarks.suites.attributions import (
        _opens_anothers_content,
        _restates_its_speaker,
        system_relations,
    )
    from consistency.extract.attributions import ALL_KINDS, find_attributions
    from consistency.text import split_sentences

    for text in texts:  # the matches score_split keeps
        sentences = split_sentences(text.text)
        found = [e for e in find_attributions(text.text, sentences, kinds=ALL_KINDS) if e.value.cue != "quote"]
        found = [e for e in found if not _restates_its_speaker(text.text, e, found)]
        found = [e for e in found if not _opens_anothers_content(text.text, e, found)]
        relations = system_relations(text.text, found, sentences, phrases=True)  # as own_rows scores
        roles = {
            "cue": ([a.cue for a in text.attributions], [r[1] for r in relations]),
            "source": (sorted({a.source for a in text.attributions if a.source}), sorted({r[0] for r in relations if r[0]})),
        }
        for role, (gold, ours) in roles.items():
            for kind, i, j in _compare(text.text, gold, ours):
                if kind != "matched":
                    yield _line(f"{role} {kind}", text, gold[i] if i is not None else None,
                                ours[j] if j is not None else None)


_LISTS = {"dates": date_errors, "figures": figure_errors, "attributions": attribution_errors}


def main(argv: Sequence[str]) -> None:
    texts = load_own()
    for name in argv or list(_LISTS):
        print(f"# {name}")
        for line in _LISTS[name](texts):
            print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
