"""Putting a figure on something: "police put the crowd at 8,000", "a figure police put at around
8,000", "the survey service measured the quake at magnitude 6.2". Whoever puts an estimate on a
count or a size states it, as "estimated" does; the verbs alone state nothing ("put the ships in
dock", "placed an order", "winds measured at 150 km/h" has no one who measured them).

The verbs and the nouns they estimate are data in ``attribution_verbs.yaml`` (``valuing``). A
figure must follow "at" within three words, and not a clock time or an address ("placed the call
at 9 a.m.", "at 10 Halvik Street"). Any plain noun the verb puts at a figure is what the figure
counts or measures ("had put the queue on the ring road at six kilometres"), except a level someone
sets (``unvalued``: "put the cap at 2 percent") or a name ("puts the Harthill League at 22%"); bodies
with neither a name nor a source noun may put it there (``valuing_bodies``: "the town has put").
"""

from __future__ import annotations

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_conditions import _cue_adverb
from consistency.extract._attribution_found import _Chain, _finish, _Found
from consistency.extract._attribution_phrases import _PASSIVE_AUX, _make_phrase, _phrase_before
from consistency.extract._attribution_tokens import _Tok
from consistency.extract._figure_tables import ONES, TEENS, TENS

_CLOCK = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "local", "hours", "hrs"})
# Verbs that put a figure on anything they take: a measurement is an estimate of what it measures.
_ANY_OBJECT = frozenset(f for base in ("measure",) for f in (base, base + "s", base + "d"))
_NUMBER_WORDS = frozenset({*ONES, *TEENS, *TENS} - {"one", "a", "an"})  # ("at one point", "at one stage")
_AT_REACH = 11  # "had put the queue on the ring road at six kilometres": the object may run past its head
_OBJECT_ENDS = frozenset("of on in for off from along across near over under around between among with".split())


def _object_head(toks: list[_Tok], i: int, at: int) -> _Tok | None:
    """The head of the object between the verb at ``i`` and "at": the word before its first preposition
    ("the queue on the ring road" gives "queue", "the full cost of the repairs" "cost")."""
    end = next((m for m in range(i + 1, at) if toks[m].low in _OBJECT_ENDS), at)
    return toks[end - 1] if end - 1 > i else None


def _figure_after_at(toks: list[_Tok], at: int) -> bool:
    """A number within three words after "at" ("at around 8,000", "at magnitude 6.2"), not a clock
    time ("at 9 a.m.", "at 10:30") nor an address ("at 10 Halvik Street")."""
    for n in range(at + 1, min(at + 4, len(toks))):
        x = toks[n]
        if x.text[:1].isdigit() or x.text[:1] in "$€£" or x.low in _NUMBER_WORDS and not x.cap:
            after = toks[n + 1] if n + 1 < len(toks) else None
            if ":" in x.text or after is not None and (after.low in _CLOCK or after.cap and after.word):
                return False
            return True
        if not x.word or x.cap:
            return False
    return False


def _estimated_at(toks: list[_Tok], i: int) -> int:
    """The index of "at" whose figure the verb at ``i`` puts on its object ("put the toll at 41",
    "put the queue of lorries at the border at 14 kilometres"), or on the noun the relative clause it
    stands in describes ("a figure police put at 8,000"); -1 when there is none."""
    for m in range(i + 1, min(i + _AT_REACH, len(toks))):
        t = toks[m]
        if t.low == "at" and _figure_after_at(toks, m):
            return m
        if t.low == "at" and not (m + 1 < len(toks) and toks[m + 1].low in ("the", "a", "its", "their")):
            return -1  # (past a place, "the queue of lorries at the border at 14 kilometres", the figure may come)
        if not t.word or t.low in lex.SPEECH_VERBS or t.low in ("that", "and", "but", "to", "by"):
            return -1
    return -1


def _valued_object(toks: list[_Tok], i: int, at: int) -> bool:
    """The object between the verb and "at" is something a figure is put on: a count or a size
    (``valued``), or any plain noun that is not a level someone sets (``unvalued``: "put the cap at 2
    percent", "placed the order at 40 euros") nor a name ("puts the Harthill League at 22%": whose share)."""
    if toks[at - 1].low in lex.VALUED_NOUNS:
        return True
    head = _object_head(toks, i, at)
    if head is None or head.low in lex.VALUED_NOUNS:
        return head is not None
    return head.word and not head.cap and head.low not in lex.UNVALUED_NOUNS and head.low not in lex.PRONOUNS


def valuing(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "Police put the crowd at 8,000": the subject puts a figure on its object. The object must be
    something a figure is put on (``_valued_object``), unless the verb measures; with no object ("a
    figure police put at 8,000") the noun before the subject must be a count or a size (``valued``)."""
    lw = toks[i].low
    if toks[i].cap or lw not in lex.VALUING_VERBS:
        return None
    at = _estimated_at(toks, i)
    if at < 0:
        return None
    j = i
    while j > 0 and i - j < 3 and (toks[j - 1].low in lex.CUE_PREFIX and not toks[j - 1].cap or _cue_adverb(toks[j - 1])):
        if toks[j - 1].low in _PASSIVE_AUX:
            return None  # "the crowd was put at 8,000": no one here put it there
        j -= 1
    subject = _phrase_before(text, toks, j)
    if subject is None and j > 0 and toks[j - 1].low in lex.VALUING_BODIES and toks[j - 1].word and not toks[j - 1].cap:
        subject = _make_phrase(text, toks, j - 1, j)  # "the town has put ...": a body no phrase reader takes as a head
    if subject is None or subject.last != j:
        return None
    head = subject.parts[-1]
    if head.pronoun and head.display.lower() not in ("he", "she", "they", "we", "i"):
        return None
    low = toks[subject.last - 1].low
    role = low in lex.ROLE_NOUNS or low.endswith("s") and low[:-1] in lex.ROLE_NOUNS
    if not (head.named or head.pronoun or low in lex.SOURCE_NOUNS or low in lex.VALUING_BODIES or role):
        return None  # "winds measured at 150 km/h": no one who measures
    if at == i + 1:
        # "a figure police put at 8,000": the phrase reader may have taken the noun in ("figure police")
        valued = next((m for m in range(subject.last - 2, subject.first - 2, -1) if m >= 0 and toks[m].low in lex.VALUED_NOUNS), -1)
        if valued < 0:
            return None
        if valued >= subject.first:
            subject = _make_phrase(text, toks, valued + 1, subject.last)
            head = subject.parts[-1]
    elif lw not in _ANY_OBJECT and not _valued_object(toks, i, at):
        return None  # "put the cap at 2 percent": a level set, not an estimate
    cue = (toks[j].start, toks[i].end, lw)
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    return _finish(chain, cue, subject, i + 1)

