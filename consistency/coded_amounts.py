"""Amounts given by a currency code no table knows ("SBT 600m"), slotted with the amounts another outlet gives in
the currency's name ("900 million sambuts").

Extraction keeps such a code's amount without a unit (a code may be a word or an acronym, so no table of codes holds
it) and an amount in an unknown currency word without a unit too, counted by that word: framed apart, the two are
never compared, though they are one sum written two ways. A code is made from its name's letters (the name's first
letter, then others in the order they come), so within one event a code whose letters run through exactly one counted
noun of the event names that currency: its amounts take that noun's slot key and frame. Only a noun whose amounts
reach the millions (a currency is counted in large amounts; "47 travellers" is no sum), and only when the noun's
amounts lie under one key (else the noun does not say which of its claims the code's amount is) and the code's
article gives none of them (there the code's amount is a second sum beside them) and one sum by the code, of the
same role (a total, a rate) as the noun's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from consistency.model import Fact, Quantity

# Three capitals right before the number, or opening the fact's own text ("ZWL 45m").
_CODE_BEFORE = re.compile(r"(?<![A-Za-z0-9&./-])([A-Z]{3})[^\S\n]?\Z")
_CODE_OPENS = re.compile(r"([A-Z]{3})[^\S\n]?(?=\d)")
_LEAST_SUM = 1e6  # the noun's amounts reach the millions: a currency, not a thing counted


def code_of(fact: Fact) -> str:
    """The currency code written right before the amount, upper case; "" when none is."""
    value = fact.value
    if not isinstance(value, Quantity) or value.counted:
        return ""
    opens = _CODE_OPENS.match(fact.text)
    if opens:
        code = opens.group(1)
    else:
        at = fact.start - fact.sentence_start
        before = _CODE_BEFORE.search(fact.sentence[max(0, at - 5) : at]) if at > 0 else None
        if before is None:
            return ""
        code = before.group(1)
    return code if value.unit in (None, code) else ""


def _spells(code: str, noun: str) -> bool:
    """ "SBT" and "sambuts": the noun opens with the code's first letter and holds its other letters in order."""
    code, noun = code.lower(), noun.lower()
    if not noun.startswith(code[0]):
        return False
    rest = iter(noun[1:])
    return all(letter in rest for letter in code[1:])


def _currency_nouns(facts: Sequence[Fact]) -> dict[str, list[Fact]]:
    """Counted nouns of the event that may be a currency's name -> their amounts (a measure may have framed some:
    "fined 2.4 million kevels")."""
    keys: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        value, frame = f.value, f.frame
        if not isinstance(value, Quantity) or not value.counted or value.unit is not None or frame is None:
            continue
        reach = value.high if value.high is not None else value.low
        if reach is None or reach < _LEAST_SUM:
            continue
        keys[value.counted.split()[-1].lower()].append(f)
    return keys


def coded_currency_frames(facts: Sequence[Fact], settled: Mapping[str, str]) -> dict[str, Fact]:
    """Fact id of an amount given by an unknown code -> one amount of the event in the currency its code spells
    (whose slot key and frame the code's amount takes)."""
    nouns = _currency_nouns(facts)
    if not nouns:
        return {}
    coded = [(f, code) for f in facts if f.id not in settled and f.frame is not None and (code := code_of(f))]
    numbers: dict[tuple[str, str], set[float | None]] = defaultdict(set)
    for f, code in coded:
        assert isinstance(f.value, Quantity)
        numbers[f.article_id, code].add(f.value.low if f.value.low is not None else f.value.high)
    joined: dict[str, Fact] = {}
    for f, code in coded:
        if len(numbers[f.article_id, code]) > 1 or f.frame is None:
            continue  # (an article giving two sums by one code: which of them is the noun's claim is not said)
        named = [noun for noun in nouns if _spells(code, noun)]
        if len(named) != 1 or len({settled.get(g.id) or g.frame.key for g in nouns[named[0]] if g.frame}) != 1:
            continue  # (a noun whose amounts lie in several slots does not say which one the code's joins)
        if any(g.article_id == f.article_id for g in nouns[named[0]]):
            continue  # (an article naming the currency itself gives a second sum by its code: another claim)
        first = nouns[named[0]][0]
        if first.frame is None or first.frame.role != f.frame.role:
            continue  # ("SMB 241m a year" against a sum told once: a rate is another claim)
        joined[f.id] = first
    return joined
