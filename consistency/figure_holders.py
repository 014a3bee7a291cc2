"""Whose figure a figure is: the name a sentence writes as the figure's holder, and figure slots split by it.

News that tells one story often tells figures of its neighbours: the contract another player signed, the age of
another victim's child, the fee a rival club paid. Read by its measure alone, such a figure lands in the slot of the
story's own figure ("duration of the contract", "age"), and its different value reads as a contradiction no editor
would call one. The sentence usually says whose it is, in one of three places grammar gives a holder: the name the
figure is "for" ("a four-year, $40 million contract for Dunmarel Vantril"), a possessive just before it ("Vantril's
four-year deal"), or the subject of the figure's own clause when no speech verb stands between ("Vantril is said to
want six years" is a speaker's claim, but "Vantril is seeking a six-year deal" is his). A slot whose facts name two
different holders holds two claims: it splits by holder, and facts naming no one stay with the holder most outlets
name (the story's own).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from consistency.extract._attribution_lexicon import SPEECH_VERBS
from consistency.model import Fact
from consistency.names import CALENDAR, TITLES, fold, title_case
from consistency.text import CAPITAL, STOPWORDS

# A capitalised word, without a possessive ending ("Harsby's" is "Harsby").
_WORD = rf"{CAPITAL}[^\W\d_]+(?:[’'-](?!s\b)[^\W\d_]+)*"
# A name: initials ("J. D."), then one to three capitalised words.
_NAME = rf"(?:{CAPITAL}\.\s?){{0,3}}{_WORD}(?:\s+{_WORD}){{0,2}}"
# "a five-year, $40 million contract for NAME": the holder a figure's noun phrase is for, within a few words (not
# "for the NAME embassy": a name after "the" is a noun's modifier).
_FOR = re.compile(rf"^[^.;:!?()\"“”]{{0,40}}?\bfor\s+({_NAME})(?![’'\w-])")
# "NAME's four-year deal", "NAME's new four-year deal": a possessive at most one word before the figure (further
# off, it owns a noun between: "the country's main city, where eight").
_POSSESSIVE = re.compile(rf"({_NAME})['’]s\s+(?:[\w$-]+\s+)?$")
# The clause of a figure opens at the sentence's start or after one of these.
_CLAUSE_OPENING = re.compile(r"[;:(\"“”]|\s[-–—]\s|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas|because)\s")
# "NAME is|has|will [up to five words] FIGURE": the clause's subject, an auxiliary next ("Harsby is seeking", "Harsby
# has been offered"), then the words before the figure, none of them a name. A subject and a verb of its own may
# give the figure to another ("Rovers offered Harsby a four-year deal", "Rovers have offered Harsby"), and a
# capitalised word before a noun is no subject at all ("Dorvish officials opened").
_SUBJECT = re.compile(rf"^\s*({_NAME})\s+([a-z]+)((?:\s+[\w’'-]+){{0,5}}?)\s+(?:an?\s+|the\s+|\$)?$")
_AUXILIARIES = frozenset("is was are were has had have will would could can may might must should did does".split())
_CAPITALISED = re.compile(rf"\b{CAPITAL}")
_TITLES = frozenset(TITLES) | frozenset("coach agent manager owner".split())
_NOT_NAMES = STOPWORDS | CALENDAR
# Sentences whose readings each worker keeps: an event's figures share a few hundred sentences (65,536 held 37 MiB
# more at the 10,000-article audit's peak, for no time saved). No other event reads them: they are emptied after each
# event too (``event_results.forget_event_caches``).
_CACHED = 4096


def holder(fact: Fact, common: frozenset[str] = frozenset(), inside: frozenset[str] = frozenset()) -> str | None:
    """The folded words of the name the fact's sentence writes as its holder, or None.

    ``common``: the words the event's sentences write in lower case; ``inside``: the words they write capitalised
    inside a sentence. A capitalised word that opens its clause is a name only if it is none of the first, and if it
    ends as a plural does, one of the second ("Flooding of the valley cut off nine farms", "Shoppers will pay" name no one;
    "Harsby is seeking" names him, and so does "Ivens is", once "Ivens" stands inside another sentence)."""
    if fact.kind != "figure":
        return None
    written = _written_holder(fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start)
    if written is None:
        return None
    spoken = frozenset(fold(w) for w in (fact.frame.source or "").split()) if fact.frame else frozenset()
    return _named(*written, spoken, common, inside)


@functools.lru_cache(maxsize=_CACHED)
def _written_holder(sentence: str, at: int, end: int) -> tuple[str, bool] | None:
    """The name in a holder's place beside the figure at ``at``..``end``, and whether it opens its clause."""
    before, after = sentence[:at], sentence[end:]
    found = _FOR.match(after)
    if found:
        return found.group(1), False
    found = _POSSESSIVE.search(before)
    if found:
        return found.group(1), _opens_clause(before, found.start(1))
    openings = list(_CLAUSE_OPENING.finditer(before))
    clause_at = openings[-1].end() if openings else 0
    found = _SUBJECT.match(before[clause_at:])
    if found and found.group(2) in _AUXILIARIES and not _CAPITALISED.search(found.group(3)) and not _speaks(
        [found.group(2), *found.group(3).lower().split()]
    ):
        return found.group(1), True
    return None


def _opens_clause(before: str, at: int) -> bool:
    return not before[:at].strip() or bool(_CLAUSE_OPENING.search(before[max(0, at - 3):at]))


_PASSIVE = frozenset("is was are were be been being".split())


def _speaks(words: Sequence[str]) -> bool:
    """Whether the words after a subject hold its speech verb ("Vantril said the deal runs four years": he tells
    another's figure); in the passive ("Vantril is said to want four years", "is believed to be seeking") the
    subject is the one the figure is about."""
    return any(w in SPEECH_VERBS and (i == 0 or words[i - 1] not in _PASSIVE) for i, w in enumerate(words))


def _named(name: str, opens: bool, spoken: frozenset[str], common: frozenset[str], inside: frozenset[str]) -> str | None:
    words = [w for w in re.findall(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*", name) if len(w) > 1]
    while words and words[0].lower() in _TITLES:  # "Coach Tamsek Vylstrand": the name after the title
        words = words[1:]
    if not words or words[0].lower() in _NOT_NAMES:
        return None
    if opens and any(w.lower() in common or (w not in inside and w.endswith("s")) for w in words):
        return None  # a word of the language that opens its clause ("Riders of the line", "Porters should")
    folded = [fold(w) for w in words]
    return None if spoken & set(folded) else " ".join(folded)


_CAPITALISED_INSIDE = re.compile(rf"(?<=[\w,’'])\s+({_WORD})")


def capitalised_inside(sentences: Iterable[str]) -> frozenset[str]:
    """The words written capitalised inside a sentence, not at a clause's start (and not in a headline, which
    capitalises every word): names."""
    return frozenset(w for s in sentences for w in _capitalised_in(s))


@functools.lru_cache(maxsize=_CACHED)
def _capitalised_in(sentence: str) -> frozenset[str]:
    return frozenset() if title_case(sentence) else frozenset(_CAPITALISED_INSIDE.findall(sentence))


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")


def common_words(sentences: Iterable[str]) -> frozenset[str]:
    """The words written in lower case somewhere in ``sentences``: words of the language, not names."""
    return frozenset(w for s in sentences for w in _lower_in(s))


@functools.lru_cache(maxsize=_CACHED)
def _lower_in(sentence: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(sentence))


Slots = list[tuple[list[Fact], bool]]


def split_by_holder(slots: Slots, common: frozenset[str], inside: frozenset[str]) -> Slots:
    """Each figure slot whose facts name two or more holders, split by holder. A fact naming none goes with the one
    holder its sentence writes ("The bid is seven years, Vantril's agent said"), else with the holder named by most
    outlets, then written in the sentences of most (the story's own)."""
    out: Slots = []
    for slot, strict in slots:
        held = _one_name_each({f.id: holder(f, common, inside) for f in slot})
        names = {h for h in held.values() if h}
        if len(names) < 2:
            out.append((slot, strict))
            continue
        outlets: dict[str, set[str]] = defaultdict(set)
        for f in slot:
            if name := held[f.id]:
                outlets[name].add(f.article_id)
        written = {f.id: {h for h in names if _writes(f.sentence, h)} for f in slot}
        told = {h: len({f.article_id for f in slot if h in written[f.id]}) for h in names}
        order = [h for f in slot if (h := held[f.id])]
        main = max(names, key=lambda h: (len(outlets[h]), told[h], -order.index(h)))
        parts: dict[str, list[Fact]] = defaultdict(list)
        for f in slot:
            own = written[f.id]
            parts[held[f.id] or (next(iter(own)) if len(own) == 1 else main)].append(f)
        out.extend((part, strict) for part in _in_order(parts.values()))
    return out


def _writes(sentence: str, name: str) -> bool:
    return name.split()[-1] in _folded_words(sentence)


@functools.lru_cache(maxsize=_CACHED)
def _folded_words(sentence: str) -> frozenset[str]:
    return frozenset(fold(w) for w in re.findall(r"[^\W\d_]+(?:[’'-](?!s\b)[^\W\d_]+)*", sentence))


def _one_name_each(held: dict[str, str | None]) -> dict[str, str | None]:
    """Holders that share a word named by one of them ("Vantril", "Dunmarel Vantril"; "Vylstrand", "Vylstrand Mills")."""
    names = sorted({h for h in held.values() if h}, key=len)
    same: dict[str, str] = {}
    for name in names:
        words = set(name.split())
        same[name] = next((same[n] for n in same if words & set(n.split())), name)
    return {fid: same[h] if h else None for fid, h in held.items()}


def _in_order(parts: Iterable[list[Fact]]) -> Sequence[list[Fact]]:
    return sorted(parts, key=lambda part: (part[0].article_id, part[0].start))
