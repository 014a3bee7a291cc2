"""Putting a figure on something: "police put the crowd at 8,000", "a figure police put at around
8,000", "the survey service measured the quake at magnitude 6.2". Whoever puts an estimate on a
count or a size states it, as "estimated" does; the verbs alone state nothing ("put the ships in
dock", "placed an order", "winds measured at 150 km/h" has no one who measured them).

The verbs and the nouns they estimate are data in ``attribution_verbs.yaml`` (``valuing``). A
figure must follow "at" within three words, and not a clock time or an address ("placed the call
at 9 a.m.", "at 10 Halvik Street").
"""

from __future__ import annotations

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_conditions import _cue_adverb
from consistency.extract._attribution_found import _Chain, _finish, _Found
from consistency.extract._attribution_phrases import _PASSIVE_AUX, _make_phrase, _phrase_before
from consistency.extract._attribution_tokens import _Tok

_CLOCK = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "local", "hours", "hrs"})
# Verbs that put a figure on anything they take: a measurement is an estimate of what it measures.
_ANY_OBJECT = frozenset(f for base in ("measure",) for f in (base, base + "s", base + "d"))


def _figure_after_at(toks: list[_Tok], at: int) -> bool:
    """A number within three words after "at" ("at around 8,000", "at magnitude 6.2"), not a clock
    time ("at 9 a.m.", "at 10:30") nor an address ("at 10 Halvik Street")."""
    for n in range(at + 1, min(at + 4, len(toks))):
        x = toks[n]
        if x.text[:1].isdigit() or x.text[:1] in "$€£":
            after = toks[n + 1] if n + 1 < len(toks) else None
            if ":" in x.text or after is not None and (after.low in _CLOCK or after.cap and after.word):
                return False
            return True
        if not x.word or x.cap:
            return False
    return False


def _estimated_at(toks: list[_Tok], i: int) -> int:
    """The index of "at" whose figure the verb at ``i`` puts on its object ("put the toll at 41"),
    or on the noun the relative clause it stands in describes ("a figure police put at 8,000");
    -1 when there is none."""
    for m in range(i + 1, min(i + 7, len(toks))):
        t = toks[m]
        if t.low == "at":
            return m if _figure_after_at(toks, m) else -1
        if not t.word or t.low in lex.SPEECH_VERBS or t.low in ("that", "and", "but", "to", "by"):
            return -1
    return -1


def valuing(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "Police put the crowd at 8,000": the subject puts a figure on its object. The object's head
    must be a count or a size (``valuing`` nouns), unless the verb measures; with no object ("a
    figure police put at 8,000") the noun before the subject must be one."""
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
    if subject is None or subject.last != j:
        return None
    head = subject.parts[-1]
    if head.pronoun and head.display.lower() not in ("he", "she", "they", "we", "i"):
        return None
    low = toks[subject.last - 1].low
    role = low in lex.ROLE_NOUNS or low.endswith("s") and low[:-1] in lex.ROLE_NOUNS
    if not (head.named or head.pronoun or low in lex.SOURCE_NOUNS or role):
        return None  # "winds measured at 150 km/h": no one who measures
    if at == i + 1:
        # "a figure police put at 8,000": the phrase reader may have taken the noun in ("figure police")
        valued = next((m for m in range(subject.last - 2, subject.first - 2, -1) if m >= 0 and toks[m].low in lex.VALUED_NOUNS), -1)
        if valued < 0:
            return None
        if valued >= subject.first:
            subject = _make_phrase(text, toks, valued + 1, subject.last)
            head = subject.parts[-1]
    elif lw not in _ANY_OBJECT and toks[at - 1].low not in lex.VALUED_NOUNS:
        return None  # "put the cap at 2 percent": a level set, not an estimate
    cue = (toks[j].start, toks[i].end, lw)
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    return _finish(chain, cue, subject, i + 1)

