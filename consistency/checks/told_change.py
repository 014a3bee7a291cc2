"""Whether a figure's own clause tells it as the level a measure was changed to ("widened its ban ... to 58 brands").

A later report that says a measure was raised (or cut) to its figure tells a changed measure, so an earlier report's
different figure is the level before the change: an update, not a contradiction. The verb often stands far from its
figure ("extended its hiring freeze at the depot to 40 posts"), with its object between them; the "to" right
before the figure ties them. Words of change next to the figure ("rose to 19") are read by the update rules already;
this reads the separated ones, for any measure, not only running tallies. The verbs are data
(``rules/vocabulary/change_words.yaml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import RuleError
from consistency.model import Fact
from consistency.vocabulary import vocabulary_file
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

FILE_NAME = "change_words.yaml"
DIRECTIONS = {"up": 1, "down": -1}
ENTRY_KEYS = ("label", "words")
# How far before its figure a verb is read (characters, within the clause), and the words that may stand between
# the "to" and the figure ("to nearly 85 million", "to some 2,000"), a currency code no table knows among them ("to
# GZD 4.5 million": the figure's span starts at its number).
_REACH = 100
_TO_BEFORE = re.compile(r"\bto\s+(?:(?:nearly|almost|about|around|some|roughly|over|more\s+than|at\s+least|a|an|the)\s+)?"
                        r"(?:(?-i:[A-Z]{3})\s?)?\Z", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class ChangeWords:
    direction: int
    label: str
    phrases: tuple[tuple[str, ...], ...]


def load_change_words(path: str | None = None) -> tuple[ChangeWords, ...]:
    """The change words of ``path`` (default: the active vocabulary folder's file, else the shipped one)."""
    return _load_change_words(str(Path(path) if path else vocabulary_file(FILE_NAME)))


@functools.lru_cache(maxsize=4)
def _load_change_words(path: str) -> tuple[ChangeWords, ...]:
    file = Path(path)
    name = str(file)
    node = compose_file(file, "vocabulary file")
    if node is None:
        return ()
    entries = []
    for key, (key_node, value_node) in mapping(name, node, "a change word vocabulary").items():
        if key not in DIRECTIONS:
            raise RuleError(name, f"unknown direction '{key}' (use up or down)", line_of(key_node))
        fields = mapping(name, value_node, f"direction '{key}'")
        reject_unknown(name, fields, ENTRY_KEYS, f"direction '{key}'")
        words = value_of(name, fields["words"][1]) if "words" in fields else None
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise RuleError(name, f"direction '{key}': words needs a list of words or phrases", line_of(key_node))
        label = value_of(name, fields["label"][1]) if "label" in fields else key
        phrases = tuple(tuple(_WORD.findall(w.lower())) for w in words)
        entries.append(ChangeWords(DIRECTIONS[key], str(label), tuple(p for p in phrases if p)))
    return tuple(entries)


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
