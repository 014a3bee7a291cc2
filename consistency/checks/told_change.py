"""Whether a figure's own clause tells it as the level a measure was changed to ("widened its ban ... to 58 brands").

A later report that says a measure was raised (or cut) to its figure tells a changed measure, so an earlier report's
different figure is the level before the change: an update, not a contradiction. The verb often stands far from its
figure ("extended its hiring freeze at the depot to 40 posts"), with its object between them; the "to" right
before the figure ties them. Words of change next to the figure ("rose to 19") are read by the update rules already;
this reads the separated ones, for any measure, not only running tallies.

A report also tells a change after its figure, naming what was changed as a figure set before ("growers will pay
1.20 a crate, the port board said, lowering the charge it had set in May", "after the board raised the ceiling the
mayor proposed"): a verb of change whose object is told as proposed, set or announced earlier
(``changed_from_set``). The verbs and the words of a figure set before are data
(``rules/vocabulary/change_words.yaml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from consistency import date_roles
from consistency.errors import RuleError
from consistency.extract._date_calendar import MONTHS
from consistency.model import Fact
from consistency.text import STOPWORDS, stem
from consistency.vocabulary import active, vocabulary_file
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

FILE_NAME = "change_words.yaml"
DIRECTIONS = {"up": 1, "down": -1, "either": 0}  # "either": a change whose words give no way ("eased", "amended")
SET_BEFORE = "set_before"  # the key of the words that tell a figure as set before a change ("proposed", "set")
KEPT = "kept"  # the key of the words that tell a figure as not changed ("unchanged", "stays")
ENTRY_KEYS = ("label", "words", "with_object", "in_headlines")
# How far before its figure a verb is read (characters, within the clause), and the words that may stand between
# the "to" and the figure ("to nearly 85 million", "to some 2,000"), a currency's code or sign among them ("to GZD 4.5
# million", "to NZ$5.60": a currency the tables do not know is left out of the figure's span, which starts at its
# number).
_REACH = 100
_TO_BEFORE = re.compile(
    r"\bto\s+(?:(?:nearly|almost|about|around|some|roughly|over|more\s+than|at\s+least|a|an|the)\s+)?"
    r"(?-i:(?:[A-Z]{1,3})?[$£€¥]\s?|[A-Z]{3}\s?)?\Z",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?]")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class ChangeWords:
    direction: int
    label: str
    phrases: tuple[tuple[str, ...], ...]  # read before a "to" and its figure, and with an object set before
    with_object: tuple[tuple[str, ...], ...] = ()  # read only with an object told as set before ("easing the limit")
    in_headlines: tuple[tuple[str, ...], ...] = ()  # read only in a headline ("more", "longer": "to cost more")


def load_change_words(path: str | None = None) -> tuple[ChangeWords, ...]:
    """The change words of ``path`` (default: the active vocabulary folder's file, else the shipped one)."""
    return _load_change_file(str(Path(path) if path else vocabulary_file(FILE_NAME)))[0]


def load_set_words(path: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The words of ``path``'s ``set_before`` entry: what tells a figure as set before a change ("proposed")."""
    return _load_change_file(str(Path(path) if path else vocabulary_file(FILE_NAME)))[1]


def load_kept_words(path: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The words of ``path``'s ``kept`` entry: what tells a figure as not changed ("unchanged", "stays")."""
    return _load_change_file(str(Path(path) if path else vocabulary_file(FILE_NAME)))[2]


_Phrases = tuple[tuple[str, ...], ...]


@functools.lru_cache(maxsize=4)
def _load_change_file(path: str) -> tuple[tuple[ChangeWords, ...], _Phrases, _Phrases]:
    file = Path(path)
    name = str(file)
    node = compose_file(file, "vocabulary file")
    if node is None:
        return (), (), ()
    entries = []
    listed: dict[str, _Phrases] = {SET_BEFORE: (), KEPT: ()}
    for key, (key_node, value_node) in mapping(name, node, "a change word vocabulary").items():
        if key not in DIRECTIONS and key not in listed:
            known = f"use up, down, either, {SET_BEFORE} or {KEPT}"
            raise RuleError(name, f"unknown direction '{key}' ({known})", line_of(key_node))
        fields = mapping(name, value_node, f"direction '{key}'")
        reject_unknown(name, fields, ENTRY_KEYS, f"direction '{key}'")
        if "words" not in fields and (not ({"with_object", "in_headlines"} & fields.keys()) or key in listed):
            raise RuleError(name, f"direction '{key}': words needs a list of words or phrases", line_of(key_node))
        lists = {
            k: _phrases(name, key, line_of(key_node), value_of(name, fields[k][1]))
            for k in ("words", "with_object", "in_headlines") if k in fields
        }
        label = value_of(name, fields["label"][1]) if "label" in fields else key
        if key in listed:
            listed[key] = lists["words"]
        else:
            phrases, with_object = lists.get("words", ()), lists.get("with_object", ())
            entries.append(ChangeWords(DIRECTIONS[key], str(label), phrases, with_object, lists.get("in_headlines", ())))
    return tuple(entries), listed[SET_BEFORE], listed[KEPT]


def _phrases(name: str, key: str, line: int, words: object) -> tuple[tuple[str, ...], ...]:
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise RuleError(name, f"direction '{key}': words needs a list of words or phrases", line)
    return tuple(p for p in (tuple(_WORD.findall(w.lower())) for w in words) if p)


def changed_to(fact: Fact, vocabulary: tuple[ChangeWords, ...] | None = None) -> int | None:
    """+1 when the figure's clause tells it as what a measure was raised to, -1 cut to, None when it says neither.

    Only the words between the clause's start (at most ``_REACH`` characters back) and the "to" right before the
    figure are read; the nearest verb of change wins."""
    sentence, at = fact.sentence, fact.start - fact.sentence_start
    if not 0 <= at <= len(sentence):
        return None
    before = sentence[max(0, at - _REACH) : at]
    to = _TO_BEFORE.search(before)
    if to is None:
        return None
    stretch = before[: to.start()]
    ends = list(_CLAUSE_END.finditer(stretch))
    if ends:
        stretch = stretch[ends[-1].end() :]
    words = _WORD.findall(stretch.lower())
    best: tuple[int, int] | None = None  # (position of the verb's last word, direction)
    for entry in vocabulary if vocabulary is not None else load_change_words():
        for phrase in entry.phrases:
            n = len(phrase)
            for i in range(len(words) - n, -1, -1):
                if tuple(words[i : i + n]) == phrase:
                    if best is None or i + n > best[0]:
                        best = (i + n, entry.direction)
                    break
    return best[1] if best else None


# A date's number is no figure of the claim ("from December 1, after the committee raised ..."): it is masked before
# the stretch between a figure and its words of change is read for another figure.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b(?:\s+\d{{4}}\b)?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z]+|\d+|[;:]", re.IGNORECASE)
_OBJECT_LEAD = frozenset({"the", "its", "their", "his", "her"})  # what opens the object changed: "the fee", "its limit"
_TO_OBJECT = 8  # the most words from the verb of change to its object's determiner ("adding hippos ... to the list")
_TO_SET = 7  # the most words from that determiner to the word telling it set before ("the limit the minister proposed")
_SET_REACH = 130  # the most characters between the figure and the words of change, either side of it


def changed_from_set(
    fact: Fact, vocabulary: tuple[ChangeWords, ...] | None = None, set_words: tuple[tuple[str, ...], ...] | None = None
) -> int | None:
    """+1, -1 or 0 (a change with no way given) when the figure's sentence tells, bound to the figure, a verb of change
    whose object is told as a figure set before ("... will pay 0.40 a parcel, the regulator said, lowering the fee it
    set on July 8"; "must declare cash over 6,000, after the committee raised the limit the minister proposed"); None
    when it tells none. Bound: no other figure (a date aside) stands between the figure and those words, within
    ``_SET_REACH`` characters. "adding that ..." tells a speaker's words, not a change."""
    if vocabulary is None and set_words is None:
        index, set_words = _active_tables(active())
    else:
        index = _phrases_by_first_word(vocabulary if vocabulary is not None else load_change_words())
        set_words = set_words if set_words is not None else load_set_words()
    if not set_words:
        return None
    if index.keys().isdisjoint(_WORD.findall(fact.sentence.lower())):
        return None  # (most sentences: no verb of change at all)
    sentence = _DATE.sub(lambda m: re.sub(r"\d", "#", m.group(0)), fact.sentence)
    at, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    if not 0 <= at <= end <= len(sentence):
        return None
    tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    words = [t[0] for t in tokens]
    best: tuple[int, int] | None = None  # (characters between the figure and the words, direction)
    for i in range(len(tokens)):
        for direction, n in _change_verbs_at(words, i, index):
            stop = _set_object_end(words, i + n, set_words)
            if stop is None:
                continue
            first, last = tokens[i][1], tokens[stop - 1][2]
            if first >= end:
                gap = sentence[end:first]
            elif last <= at:
                gap = sentence[last:at]
            else:
                continue
            if len(gap) > _SET_REACH or _NUMBER_OR_STOP.search(gap):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), direction)
    return best[1] if best else None


_NUMBER_OR_STOP = re.compile(r"\d|[;:!?]|\.(?!\d)")


_Index = dict[str, tuple[tuple[int, tuple[str, ...]], ...]]


def _change_verbs_at(words: list[str], i: int, index: _Index) -> list[tuple[int, int]]:
    """The (direction, length) of each phrase of change (either list of an entry) that starts at word ``i``."""
    return [(direction, len(phrase)) for direction, phrase in index.get(words[i], ()) if tuple(words[i : i + len(phrase)]) == phrase]


@functools.lru_cache(maxsize=8)
def _active_tables(folder: str | None) -> tuple[_Index, tuple[tuple[str, ...], ...]]:
    """The change words' index and the set-before words of the vocabulary folder active (None: the shipped one),
    read once a folder: a figure pair of every event may ask, so no file lookup a call."""
    entries, set_words, _ = _load_change_file(str(vocabulary_file(FILE_NAME)))
    return _phrases_by_first_word(entries), set_words


@functools.lru_cache(maxsize=4)
def _phrases_by_first_word(vocabulary: tuple[ChangeWords, ...]) -> _Index:
    """The vocabulary's phrases of change by their first word: each word of a sentence is looked up once, not
    matched against every phrase."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for entry in vocabulary:
        for phrase in (*entry.phrases, *entry.with_object):
            index.setdefault(phrase[0], []).append((entry.direction, phrase))
    return {word: tuple(found) for word, found in index.items()}


def _set_object_end(words: list[str], j: int, set_words: tuple[tuple[str, ...], ...]) -> int | None:
    """Where (the index past it) the word telling the object set before ends, when the words from ``j`` on name an
    object ("the", "its" ...) and, within a few words of it, tell it as set before; None when they do not (or stop at
    another figure or clause's end first, or start "that": a speaker's words, "adding that")."""
    if j < len(words) and words[j] == "that":
        return None
    for k in range(j, min(len(words), j + _TO_OBJECT)):
        if words[k][0].isdigit() or words[k] in (";", ":"):
            return None
        if words[k] not in _OBJECT_LEAD:
            continue
        for m in range(k + 1, min(len(words), k + 1 + _TO_SET)):
            if words[m][0].isdigit() or words[m] in (";", ":"):
                return None
            for phrase in set_words:
                if tuple(words[m : m + len(phrase)]) == phrase:
                    return m + len(phrase)
        return None
    return None


# A headline tells what moved since the story's first reports ("Port raises berth fees", "Bridge repairs to cost
# more"): the words of change of every entry, and the headline-only ones (comparatives: "more", "longer"). What
# changed is read from the content words a few words either side of the words of change.
_HEADLINE_OBJECT = 3  # words either side of the words of change read as what changed ("widens olive felling order")
_TIE_REACH = 80  # characters either side of a figure, within its sentence, where a word of the headline's object ties it
_MIN_STEM = 4  # the shortest word read as naming what changed ("cost", "fee" is too short to tie to anything safely)


@dataclass(frozen=True)
class HeadlineChange:
    direction: int  # +1 raised, -1 cut, 0 changed with no way given
    about: frozenset[str]  # the stems of the content words around the words of change: what changed


def headline_changes(title: str | None, vocabulary: tuple[ChangeWords, ...] | None = None) -> tuple[HeadlineChange, ...]:
    """Each change a headline tells ("Ferry operator raises winter fares" -> +1, {"ferry", "operator", "winter",
    "fare"}), with the words around it that name what changed. A headline is the outlet's word on what is news in its
    report: when it says a measure moved, the report's figure of that measure is the level after the move."""
    if not title:
        return ()
    if vocabulary is not None:
        return _read_headline(title, *_change_phrases(vocabulary))
    return _headline_of(title, "change", active())


def headline_moves(title: str | None) -> tuple[frozenset[str], ...]:
    """What each move of a plan's day a headline tells is of ("Zegimoson toll road opening put back" -> {"toll",
    "road", "open"}), the words of ``date_roles.headline_move_words``: the report's day of that plan is the day it
    moved to."""
    if not title:
        return ()
    return tuple(c.about for c in _headline_of(title, "move", active()))


@functools.lru_cache(maxsize=2048)
def _headline_of(title: str, kind: str, folder: str | None) -> tuple[HeadlineChange, ...]:
    """A headline's changes (``kind`` "change") or moves of a day ("move") by the vocabulary folder active, read once a
    headline: every pair of a report's slots asks."""
    if kind == "change":
        return _read_headline(title, *_change_phrases(load_change_words()))
    phrases = tuple((0, p) for p in date_roles.headline_move_words())
    return _read_headline(title, phrases, frozenset(stem(w) for _, p in phrases for w in p))


def _change_phrases(
    entries: tuple[ChangeWords, ...],
) -> tuple[tuple[tuple[int, tuple[str, ...]], ...], frozenset[str]]:
    phrases = tuple((e.direction, p) for e in entries for p in (*e.phrases, *e.with_object, *e.in_headlines))
    return phrases, frozenset(stem(w) for _, p in phrases for w in p)


_CASED_WORD = re.compile(r"[A-Za-z]+")


def _names_in(title: str) -> frozenset[str]:
    """The words a sentence-case headline capitalises past its first (lower-cased): names ("Fazagusar", "Buvigot Post")
    tie a headline to every sentence of its story, not to the measure that moved. A title-case headline capitalises
    every word, so none is told apart."""
    cased = _CASED_WORD.findall(title)[1:]
    capitals = [w for w in cased if w[0].isupper()]
    if not cased or 2 * len(capitals) > len(cased):
        return frozenset()
    return frozenset(w.lower() for w in capitals)


def _read_headline(
    title: str, phrases: tuple[tuple[int, tuple[str, ...]], ...], change_stems: frozenset[str]
) -> tuple[HeadlineChange, ...]:
    """Each (direction, phrase) of ``phrases`` the headline holds, with the stems of the content words around it
    (``change_stems`` and names left out). A word of change followed by "than" is a bound ("more than 300 homes"),
    not a change."""
    words = _WORD.findall(title.lower())
    names = _names_in(title)
    found: list[HeadlineChange] = []
    for direction, phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase and words[i + n : i + n + 1] != ["than"]:
                near = words[max(0, i - _HEADLINE_OBJECT) : i] + words[i + n : i + n + _HEADLINE_OBJECT]
                about = frozenset(stem(w) for w in near if len(w) >= _MIN_STEM and w not in STOPWORDS and w not in names)
                found.append(HeadlineChange(direction, about - change_stems))
    return tuple(found)


def tied_to(about: frozenset[str], fact: Fact) -> bool:
    """Whether a word naming what changed stands near the figure in its sentence ("fares" in "a return fare will cost
    34"): the headline's change is this figure's measure, not another the report also gives."""
    at, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    if not about or not 0 <= at <= end <= len(fact.sentence):
        return False
    near = fact.sentence[max(0, at - _TIE_REACH) : end + _TIE_REACH]
    # (only words written in lower case: a name, "Fazagusar", ties a headline to every sentence of its story)
    return any(_stems_meet(stem(w), about) for w in _CASED_WORD.findall(near) if len(w) >= _MIN_STEM and w.islower())


def _stems_meet(word: str, about: frozenset[str]) -> bool:
    """One stem is the other or begins it ("farm" and "farmers"): headlines clip their nouns."""
    return any(word == a or (min(len(word), len(a)) >= _MIN_STEM and (word.startswith(a) or a.startswith(word))) for a in about)


_JOINED_CLAUSE = re.compile(r"[.;:!?]|,?\s+(?:and|but|while|as|whereas)\s+", re.IGNORECASE)  # where the figure's clause ends after it


def told_kept(fact: Fact, kept: tuple[tuple[str, ...], ...] | None = None) -> bool:
    """Whether the figure's clause tells it as not changed ("the fee stays at 25", "unchanged at 300"): whatever moved,
    this figure did not."""
    at, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    if not 0 <= at <= end <= len(fact.sentence):
        return False
    before = fact.sentence[max(0, at - _REACH) : at]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = _JOINED_CLAUSE.split(fact.sentence[end : end + 40], maxsplit=1)[0]
    words = _WORD.findall(f"{before} {after}".lower())
    for phrase in kept if kept is not None else load_kept_words():
        n = len(phrase)
        if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
            return True
    return False
