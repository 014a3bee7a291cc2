"""Stages of a happening that comes in steps (first round / run-off, first / amended version), read as data.

Two reports of one election's first round and of its run-off three weeks later share nearly every
name and word; what tells them apart is the stage the report gives the happening it dates. The
ladders and their words live in ``rules/vocabulary/stages.yaml`` beside the frame vocabularies, so a
newsroom can add its own (a party congress's ballots, a league's play-off rounds) without Python.

A stage is read where a report states the happening it is about: in a sentence that dates that
happening, the stage named nearest to the date. Elsewhere, stages are recalled or announced ("months
after rejecting the first version", "the two will meet in a run-off"), and they would mislead.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import RuleError
from consistency.resources import rules_dir
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

LADDER_KEYS = ("label", "stages", "context", "said")
FILE_NAME = "stages.yaml"
_TOKEN = re.compile(r"[^\W_]+")  # words; hyphens and apostrophes split, as in the frame vocabularies

Stage = tuple[str, str]  # (ladder, stage): ("election_round", "second")

# A clause set off by commas that describes a participant ("Lena Varga, who led the first round,
# conceded on Sunday"): what it says is background, not the happening the sentence dates.
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:]*")


def described(sentence: str, anchors: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``sentence``'s relative clauses that hold none of ``anchors`` (the dates of the
    happening reported): a stage named there is a participant's past, not the happening's stage."""
    anchors = list(anchors)
    return [
        (m.start(), m.end())
        for m in _RELATIVE.finditer(sentence)
        if not any(m.start() <= a and b <= m.end() for a, b in anchors)
    ]


@dataclass(frozen=True)
class Ladder:
    key: str
    label: str
    stages: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # stage -> its phrases, tokenized
    # Words one of which the text must hold for the ladder's stages to be read in it, tokenized (none: always
    # read): "kept" and "cut" name a central bank's decision only beside "rate"; a "third quarter" is a
    # company's period beside "profit", a game's beside "points".
    context: tuple[tuple[str, ...], ...] = ()
    # A happening that is itself a statement (a company's results, a central bank's decision): the day it is
    # said is its day, so its stage is read from a lead sentence that dates a statement too ("said on
    # Wednesday its third-quarter profit rose"), which for other ladders is no day of the happening.
    said: bool = False


@dataclass(frozen=True)
class Stages:
    """The ladders, with an index from a phrase's first word to (ladder, stage, phrase)."""

    ladders: tuple[Ladder, ...]

    @functools.cached_property
    def said(self) -> Stages:
        """The ladders whose stages a statement's day dates (``Ladder.said``)."""
        return Stages(tuple(ladder for ladder in self.ladders if ladder.said))

    @functools.cached_property
    def contexts(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Ladder -> the words one of which a text must hold for its stages to count (ladders with some)."""
        return {ladder.key: ladder.context for ladder in self.ladders if ladder.context}

    @functools.cached_property
    def index(self) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
        out: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
        for ladder in self.ladders:
            for stage, phrases in ladder.stages:
                for phrase in phrases:
                    out.setdefault(phrase[0], []).append((ladder.key, stage, phrase))
        return out

    def found(self, text: str) -> list[tuple[int, int, Stage]]:
        """Every stage phrase of ``text`` as (start, end, (ladder, stage)), on each ladder the longest at
        each word (a phrase may name a stage on two ladders: a run-off is the second round and decides)."""
        matches = list(_TOKEN.finditer(text))
        lowered = [m.group().lower() for m in matches]
        out = []
        index = self.index
        for i, word in enumerate(lowered):
            if word not in index:
                continue
            best: dict[str, tuple[int, str]] = {}
            for ladder, stage, phrase in index[word]:
                if tuple(lowered[i : i + len(phrase)]) == phrase and len(phrase) > best.get(ladder, (0, ""))[0]:
                    best[ladder] = (len(phrase), stage)
            for ladder, (length, stage) in best.items():
                out.append((matches[i].start(), matches[i + length - 1].end(), (ladder, stage)))
        contexts = self.contexts
        if out and contexts and any(ladder in contexts for _, _, (ladder, _) in out):
            held = {ladder: _holds(lowered, words) for ladder, words in contexts.items()}
            out = [found for found in out if held.get(found[2][0], True)]
        return out

    def stated(self, sentence: str, anchors: Iterable[tuple[int, int]]) -> set[Stage]:
        """Stages ``sentence`` gives the happening dated at ``anchors`` (offsets in the sentence):
        on each ladder, the stage named nearest to a date."""
        anchors = list(anchors)
        nearest: dict[str, tuple[int, str]] = {}
        background = described(sentence, anchors)
        for start, end, (ladder, stage) in self.found(sentence):
            if any(first <= start and end <= last for first, last in background):
                continue
            distance = min(max(0, a_start - end, start - a_end) for a_start, a_end in anchors) if anchors else 0
            if ladder not in nearest or distance < nearest[ladder][0]:
                nearest[ladder] = (distance, stage)
        return {(ladder, stage) for ladder, (_, stage) in nearest.items()}


def contradict(a: Iterable[Stage], b: Iterable[Stage]) -> bool:
    """True when on some ladder both give stages and no stage is shared: a first round and a run-off."""
    by_ladder_a: dict[str, set[str]] = {}
    for ladder, stage in a:
        by_ladder_a.setdefault(ladder, set()).add(stage)
    by_ladder_b: dict[str, set[str]] = {}
    for ladder, stage in b:
        by_ladder_b.setdefault(ladder, set()).add(stage)
    return any(ladder in by_ladder_b and not stages & by_ladder_b[ladder] for ladder, stages in by_ladder_a.items())


def default_path() -> Path:
    return rules_dir() / "vocabulary" / FILE_NAME


def stages_digest(folder: str | None = None) -> str:
    """The content of the stage file ``load_stages(folder)`` reads (a folder without one falls back to
    the shipped file): what a cache of grouping results must be keyed by."""
    path = Path(folder) / FILE_NAME if folder else default_path()
    if not path.is_file():
        path = default_path()
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "<unreadable>"


@functools.lru_cache(maxsize=8)
def load_stages(folder: str | None = None) -> Stages:
    """The ladders of ``folder``'s ``stages.yaml``; the shipped ones when no folder is given or it has none."""
    path = Path(folder) / FILE_NAME if folder else default_path()
    if not path.is_file():
        if folder:
            return load_stages(None)
        raise RuleError(str(path), "no such stage vocabulary")
    name = str(path)
    node = compose_file(path, "vocabulary file")
    if node is None:
        return Stages(())
    ladders = []
    for key, (key_node, value_node) in mapping(name, node, "a stage vocabulary").items():
        fields = mapping(name, value_node, f"ladder '{key}'")
        reject_unknown(name, fields, LADDER_KEYS, f"ladder '{key}'")
        if "stages" not in fields:
            raise RuleError(name, f"ladder '{key}' needs 'stages'", line_of(key_node))
        stages_node = fields["stages"][1]
        stages = []
        for stage, (stage_key, phrases_node) in mapping(name, stages_node, f"ladder '{key}': stages").items():
            phrases = value_of(name, phrases_node)
            if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
                raise RuleError(name, f"ladder '{key}', stage '{stage}': a list of words or phrases is needed",
                                line_of(stage_key))
            stages.append((stage, tuple(t for t in (_tokens(p) for p in phrases) if t)))
        if len(stages) < 2:
            raise RuleError(name, f"ladder '{key}' needs two stages at least", line_of(key_node))
        label = value_of(name, fields["label"][1]) if "label" in fields else key
        context: tuple[tuple[str, ...], ...] = ()
        if "context" in fields:
            words = value_of(name, fields["context"][1])
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
                raise RuleError(name, f"ladder '{key}': context needs a list of words or phrases",
                                line_of(fields["context"][0]))
            context = tuple(t for t in (_tokens(w) for w in words) if t)
        said = value_of(name, fields["said"][1]) if "said" in fields else False
        if not isinstance(said, bool):
            raise RuleError(name, f"ladder '{key}': said is true or false", line_of(fields["said"][0]))
        ladders.append(Ladder(key, str(label), tuple(stages), context, said))
    return Stages(tuple(ladders))


def _holds(lowered: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words ``lowered`` hold one of ``phrases`` (each tokenized) in sequence."""
    for i, word in enumerate(lowered):
        for phrase in phrases:
            if phrase[0] == word and tuple(lowered[i : i + len(phrase)]) == phrase:
                return True
    return False


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in _TOKEN.finditer(phrase))
