"""A learned cue model for the long tail the verb classes miss: a linear scorer over a word's
context, trained on an attribution corpus, proposing cues where no rule applies.

Why learned: the rules of ``attributions`` cover the common forms, and each form they still miss
("bristled at", "has no illusions about", "is seizing on") is rare on its own. A hand rule per
form does not carry over to unseen text; weights learned over context features (the word's
stem, the words around it, whether a subject stands before it and what follows) do, as far as
the training corpus reaches. The weights are derived statistics shipped as
``attribution_model.json`` beside this module (a stem lexicon and feature weights, no text);
``benchmarks/train_attribution_model.py`` re-trains it reproducibly.

The model only proposes: a proposed cue becomes a match only when a source phrase stands before
it (read by the same phrase reader as the rules), and only outside quotations and outside every
match the rules found, their content included (a cue inside reported content is part of what
was reported). Its matches are of the kind "learned": what they report may be a statement, an
intention or a stance, so the claims engine never takes them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from consistency import extract as _package
from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_conditions import _cue_adverb
from consistency.extract._attribution_found import _Chain, _finish, _Found
from consistency.extract._attribution_phrases import (
    _AUX_NEXT,
    _PASSIVE_AUX,
    _is_possessive,
    _is_source_noun,
    _Phrase,
    _phrase_before,
)
from consistency.extract._attribution_tokens import _in_quote, _Tok, free_relative

# Beside the package's own file, not this module's: compiled by tools/compile_hot.py, a module's ``__file__``
# names no file beside its source.
MODEL_FILE = Path(_package.__file__).with_name("attribution_model.json")

_SUFFIXES = ("ing", "ied", "ies", "ed", "es", "s", "e")
_QUOTES = frozenset({"\"", "“", "”", "«", "»", "''"})
_PREPOSITIONS = frozenset({"about", "on", "of", "for", "against", "at", "with", "over", "to", "in", "as"})
# Words that belong to a cue but never head one ("has long debated", "is not clear"): never scored.
_NOT_HEADS = (
    lex.CUE_PREFIX | lex.CUE_ADVERBS | lex.DETERMINERS | lex.POSSESSIVE_DETERMINERS | lex.PRONOUNS | _PREPOSITIONS
    | _PASSIVE_AUX | _AUX_NEXT | frozenset({"do", "does", "did", "has", "have", "had", "not", "then", "than", "and", "or", "but"})
)


def stem(word: str) -> str:
    """A crude stem that joins a verb's forms and a noun's number ("accuses", "accused",
    "accusing" -> "accus"): enough for a lexicon, with no dictionary."""
    low = word.lower().replace("’", "'")
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)]
    return low


@dataclass(frozen=True)
class CueModel:
    """``stems``: the stems worth scoring (seen as a cue often enough in training); ``weights``:
    feature -> weight of the linear scorer; ``particles``: words that belong to the cue when they
    follow it ("bristled at", "worries about"); a cue is proposed when its score exceeds
    ``threshold``."""

    stems: frozenset[str] = frozenset()
    weights: dict[str, float] = field(default_factory=dict)
    particles: frozenset[str] = frozenset()
    threshold: float = 0.0

    def score(self, features: Sequence[str]) -> float:
        get = self.weights.get
        return sum(get(f, 0.0) for f in features)

    def to_dict(self) -> dict[str, object]:
        return {
            "format": 1,
            "threshold": self.threshold,
            "particles": sorted(self.particles),
            "stems": sorted(self.stems),
            "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4},
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> CueModel:
        weights = data.get("weights") or {}
        stems = data.get("stems") or []
        particles = data.get("particles") or []
        threshold = data.get("threshold") or 0.0
        if not (isinstance(weights, dict) and isinstance(stems, list) and isinstance(particles, list)
                and isinstance(threshold, int | float)):
            raise ValueError("a cue model holds a weights mapping, stem and particle lists and a threshold")
        return cls(
            stems=frozenset(map(str, stems)),
            weights={str(k): float(v) for k, v in weights.items()},
            particles=frozenset(map(str, particles)),
            threshold=float(threshold),
        )


@functools.cache
def shipped_model() -> CueModel:
    """The model shipped beside this module; an empty one (proposing nothing) when it is absent."""
    if not MODEL_FILE.exists():
        return CueModel()
    with open(MODEL_FILE, encoding="utf-8") as handle:
        return CueModel.from_dict(json.load(handle))


_active: list[CueModel] = []  # a model set by ``use_model`` (cross-validation), else the shipped one


def active_model() -> CueModel:
    return _active[-1] if _active else shipped_model()


class use_model:  # noqa: N801 - used as a context manager, named like one
    """``with use_model(model):`` the extractor proposes cues with ``model`` (training and
    cross-validation score a model without writing it to disk)."""

    def __init__(self, model: CueModel) -> None:
        self.model = model

    def __enter__(self) -> CueModel:
        _active.append(self.model)
        return self.model

    def __exit__(self, *exc: object) -> None:
        _active.pop()


def _cue_start(toks: list[_Tok], i: int) -> int:
    """The first token of the cue ending at ``i``: auxiliaries and adverbs before it belong to it
    ("has long debated", "were rated")."""
    j = i
    for _ in range(3):
        if j == 0:
            break
        prev = toks[j - 1]
        if (prev.low in lex.CUE_PREFIX and not prev.cap) or prev.low in _PASSIVE_AUX or _cue_adverb(prev):
            j -= 1
        else:
            break
    return j


def _shape(tok: _Tok | None) -> str:
    if tok is None:
        return "none"
    if not tok.word:
        return "q" if tok.text in _QUOTES else tok.text if len(tok.text) == 1 else "punct"
    if tok.low in lex.PRONOUNS:
        return "pron"
    if tok.low in lex.DETERMINERS or tok.low in lex.POSSESSIVE_DETERMINERS:
        return "det"
    if _is_possessive(tok):
        return "poss"
    if tok.cap:
        return "cap"
    return "low"


def features(toks: list[_Tok], i: int, subject: _Phrase | None) -> list[str]:
    """The features of token ``i`` as a cue, ``subject`` the source phrase before its cue."""
    t = toks[i]
    j = _cue_start(toks, i)
    prev = toks[j - 1] if j else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    nxt2 = toks[i + 2] if i + 2 < len(toks) else None
    s = stem(t.text)
    out = [
        "bias",
        "s=" + s,
        "w=" + t.low,
        "suf=" + t.low[-2:],
        "p=" + (prev.low if prev is not None else "<s>"),
        "n=" + (nxt.low if nxt is not None else "</s>"),
        "ps=" + _shape(prev),
        "ns=" + _shape(nxt),
        "ns2=" + _shape(nxt) + "_" + _shape(nxt2),
        "s_n=" + s + "_" + (nxt.low if nxt is not None else "</s>"),
        "aux=" + str(min(i - j, 2)),
    ]
    if t.cap:
        out.append("cap")
    if t.first or j == 0:
        out.append("first")
    if subject is None:
        out.append("nosubj")
    else:
        part = subject.parts[0]
        out.append("subj=" + ("pron" if part.pronoun else "name" if part.named else "noun"))
        out.append("subjlen=" + str(min(subject.last - subject.first, 4)))
        head = toks[subject.last - 1]
        out.append("subjhead=" + _shape(head) + "_" + head.low[-2:])
        out.append("subjfirst=" + _shape(toks[subject.first]))
    out.append("n2=" + (nxt2.low if nxt2 is not None else "</s>"))
    if subject is not None:
        out.append("sw=" + toks[subject.last - 1].low)
    if nxt is not None and nxt.low in _PREPOSITIONS:
        out.append("s_prep=" + s)
    klass = lexicon_class(t.low)
    if klass:
        out.append("lex=" + klass)  # a word of the verb classes whose rule did not apply here
        out.append("lex_ns=" + klass + "_" + _shape(nxt))
    ahead = toks[i + 1 : i + 5]
    if any(a.low == "that" for a in ahead):
        out.append("that_ahead")
    if any(a.text in _QUOTES or a.text == ":" for a in toks[i + 1 :]):
        out.append("quote_ahead")
    if any(a.low == "to" for a in ahead[:2]):
        out.append("to_ahead")
    return out


# The narrower classes first: the statement words take in the stance and voice verbs' forms too.
_LEXICON_CLASSES = (
    ("stance", lex.STANCE_VERBS),
    ("voice", lex.VOICE_VERBS),
    ("position", lex.POSITION_VERBS | lex.POSITION_ING),
    ("intention", lex.INTENTION_VERBS | lex.INTENTION_ING),
    ("knowing", lex.KNOWING_VERBS),
    ("release", lex.RELEASE_VERBS),
    ("statement", lex.SPEECH_VERBS),
)


def lexicon_class(low: str) -> str:
    """The verb class of ``attribution_verbs.yaml`` a word form belongs to, or "" (the first of
    them, in the order of ``_LEXICON_CLASSES``)."""
    return next((name for name, forms in _LEXICON_CLASSES if low in forms), "")


def lexicon_stems() -> frozenset[str]:
    """The stems of every form of the verb classes: words a model may score though training never
    saw them as a cue (what the rules know beyond the training corpus)."""
    return frozenset(stem(f) for _, forms in _LEXICON_CLASSES for f in forms if f.isalpha() and len(f) >= 3)


def candidates(model: CueModel, toks: list[_Tok], quotes: tuple[list[int], list[int]], taken: Sequence[tuple[int, int]]) -> Iterator[int]:
    """Indices of the tokens the model scores: words of a learned stem, outside quotations and
    outside the ``taken`` intervals (the rules' matches and their contents)."""
    for i, t in enumerate(toks):
        if not t.word or len(t.low) < 3 or t.low in _NOT_HEADS or _cue_adverb(t) or stem(t.text) not in model.stems:
            continue
        if _in_quote(quotes, t.start) or any(a <= t.start < b for a, b in taken):
            continue
        yield i


def _passive(toks: list[_Tok], i: int) -> bool:
    """A participle after a form of "be" among the cue's auxiliaries ("was announced", "are
    expected", "have been blamed")."""
    low = toks[i].low
    if low.endswith("ing") or not (low.endswith(("ed", "en", "wn")) or low in _PAST_PARTICIPLES):
        return False
    return any(toks[k].low in _PASSIVE_AUX for k in range(_cue_start(toks, i), i))


_PAST_PARTICIPLES = frozenset({"told", "said", "thought", "felt", "seen", "heard", "made", "put", "taught", "brought", "sought"})


def subject_before(text: str, toks: list[_Tok], i: int) -> _Phrase | None:
    """The source phrase standing before the cue at ``i`` (its auxiliaries passed over)."""
    j = _cue_first(toks, i)
    if j <= 0 or toks[j - 1].low == "that":
        return None  # a relative "that" is read before the rules' cues only (the model learned none)
    return _phrase_before(text, toks, j)


def _cue_first(toks: list[_Tok], i: int) -> int:
    """The first token of the cue whose head is ``i``: its auxiliaries, and a verb governing it
    as an infinitive with that verb's own ("Brask went on to discuss", "has appeared to
    blame"); -1 when "to" stands before the cue with no lower-case verb before it."""
    j = _cue_start(toks, i)
    if j >= 2 and toks[i].low.endswith("ing") and toks[j - 1].low in _ING_GOVERNORS:
        return _cue_start(toks, j - 1)  # "Brask keeps saying", "avoids condemning": the verb governing it opens the cue
    if j < 3 or toks[j - 1].low != "to":
        return j
    k = j - 2
    if toks[k].low in ("on", "out", "up") and k >= 2:
        k -= 1  # "went on to"
    verb = toks[k]
    if not verb.word or verb.cap or verb.low in _NOT_HEADS:
        return -1
    if verb.low not in lex.CATENATIVES and verb.low not in lex.INTENTION_VERBS:
        return j - 1  # "led the pilots to fear", "gathered to discuss": a noun before "to", the cue opens at "to"
    return _cue_start(toks, k)



def proposed(text: str, toks: list[_Tok], i: int, model: CueModel) -> tuple[_Found, int] | None:
    """The match the model proposes at token ``i``, or None: a score above the threshold and a
    source phrase before the cue."""
    if _passive(toks, i):
        return None  # "the plan was announced", "is expected to": what is reported stands first, no source
    subject = subject_before(text, toks, i)
    if subject is None or modifies(toks, subject, i) or free_relative(toks, subject.first):
        return None
    if model.score(features(toks, i, subject)) <= model.threshold:
        return None
    t = toks[i]
    end = t.end
    if i + 1 < len(toks) and toks[i + 1].low in model.particles:
        end = toks[i + 1].end  # "bristled at", "worries about": one cue as written
    cue = (toks[_cue_first(toks, i)].start, end, t.low)
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    return _finish(chain, cue, subject, i + 1)


def modifies(toks: list[_Tok], subject: _Phrase, i: int) -> bool:
    """The phrase read as the subject is the cue word's own determiner and modifiers ("a sharp
    swipe at", "one lasting grievance", "their stern rebuke of", "a harbour interview"):
    right before the word, opened by a determiner, a possessive or a number, and headed by no word
    that could name a source (a name, a possessor, a source, role or document noun, a plural). The
    word is then a noun, and that phrase no one who speaks."""
    if subject.last != _cue_first(toks, i) or subject.last - subject.first < 2:
        return False
    opener = toks[subject.first]
    if not (opener.low in lex.DETERMINERS or opener.low in lex.POSSESSIVE_DETERMINERS or opener.low in _NUMBER_OPENERS):
        return False
    head = toks[subject.last - 1]
    return (
        head.word and not head.cap and not _is_possessive(head) and not _is_source_noun(head.low)
        and not (head.low.endswith("s") and not head.low.endswith("ss"))
    )


_NUMBER_OPENERS = frozenset({"one", "two", "three", "several", "many", "some"})
# Verbs of phase and avoiding that take an -ing form: "keeps saying", "avoids condemning".
_ING_GOVERNORS = frozenset(
    {"keep", "keeps", "kept", "keeping", "avoid", "avoids", "avoided", "avoiding", "continue", "continues",
     "continued", "start", "starts", "started", "begin", "begins", "began", "resume", "resumes", "resumed",
     "stop", "stops", "stopped", "quit", "quits"}
)


def learned_matches(
    text: str,
    sentences: Sequence[tuple[int, int]],
    tokens: dict[tuple[int, int], list[_Tok]],
    quotes: tuple[list[int], list[int]],
    taken: Sequence[tuple[int, int]],
    model: CueModel,
) -> list[_Found]:
    """The matches ``model`` proposes in the ``sentences`` (their tokens in ``tokens``), one per
    sentence stretch: a proposal's own phrase and the rest of its sentence are taken."""
    out: list[_Found] = []
    for span in sentences:
        toks = tokens.get(span)
        if not toks:
            continue
        local = [(a, b) for a, b in taken if a < span[1] and b > span[0]]
        for i in candidates(model, toks, quotes, local):
            if out and out[-1].end > toks[i].start and out[-1].start >= span[0]:
                continue
            found = proposed(text, toks, i, model)
            if found is not None:
                out.append(found[0])
                break  # one attribution per stretch: the rest of the sentence is its content
    return out
