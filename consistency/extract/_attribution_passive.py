"""Attributions whose source goes unstated: a verb of saying or judging in the passive with no
agent ("Halvik was accused of fraud", "the levy is widely seen as a tax", "the toll is expected to
rise", "it is reported that ...").

Why apart: news states many views without a holder, and attribution corpora count them (the cue
and what it reports, with no source). A claim needs a source, so the claims engine never takes
them: they are the kind "unsourced", asked for like the other non-statement kinds. With an agent
("was criticized by the board") the rules of ``attributions`` credit the agent; those are left to
them.

Which verbs: the participles of the verb classes that report a view (statement, stance,
construal, belief and knowing verbs of ``attribution_verbs.yaml``, and "expected", "intended"),
never those of acts ("was released", "was charged") or of wanting. The cue runs from the first
auxiliary to the participle and the particle that belongs to it ("have long been accused of").

What such a passive reports is its subject and its complement together ("the levy ... a tax"), so
its content is the whole clause around the cue (PolNeAR marks the two as one discontinuous span).

An adverb of hearsay is one too ("the mayor reportedly resigned", "he allegedly took bribes"):
the adverb is the cue, its clause what is reported.

A participle of asking that opens the sentence is one too: "Asked about the levy, Brask said ..."
reports a question someone unnamed put (the cue "Asked about"), before the answer the rules credit.
"""

from __future__ import annotations

from collections.abc import Sequence

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_conditions import _cue_adverb, _cue_extent
from consistency.extract._attribution_tokens import _in_quote, _Tok

# The forms of "be" a passive is made with, and what may stand between them and the participle
# besides adverbs ("is not expected", "has long been seen").
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"})
_AUX_VERBS = frozenset("has have had will would can could should might must may do does did".split())
_AUXILIARIES = frozenset(
    "has have had will would can could should may might must shall not never also often long widely still now".split()
)


def _be_before(toks: Sequence[_Tok], i: int) -> int:
    """The index of the form of "be" that makes the participle at ``i`` passive, over adverbs
    between them ("is widely seen", "were not asked"); -1 when there is none."""
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].low not in _BE and (
        _cue_adverb(toks[k]) or toks[k].low in lex.CUE_PREFIX and toks[k].low not in _AUX_VERBS
    ):
        k -= 1  # "is widely seen", "was once asked", "were never told"
    return k if k >= 0 and toks[k].low in _BE else -1


def unsourced_cue(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The cue span of a passive of saying or judging at token ``i`` with no agent after it, or
    None: the first auxiliary before it to the participle and its particle."""
    t = toks[i]
    if t.low in lex.EVIDENTIAL_ADVERBS:
        return t.start, t.end  # "he reportedly resigned": the adverb alone is the cue
    if t.cap or i == 1 and toks[0].low == "when":
        opening = _opening_question(toks, i)
        if opening is not None or t.cap:
            return opening
    if t.low not in lex.PASSIVE_PARTICIPLES:
        return None
    be = _be_before(toks, i)
    if be < 0:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.low == "by":
        return None  # an agent: the rules credit it ("was criticized by the board")
    if nxt is not None and nxt.word and not nxt.cap and nxt.low not in _FOLLOWERS and not _cue_adverb(nxt):
        return None  # "were charged a fee", "is seen everywhere": no report follows
    first = be
    while first > 0 and not toks[first - 1].cap and (
        toks[first - 1].low in _AUXILIARIES or toks[first - 1].low in _BE or _cue_adverb(toks[first - 1])
        or toks[first - 1].low == "to" and toks[first].low == "be"  # "has had to be told", "is likely to be rejected"
    ):
        first -= 1
    end = _cue_extent(toks, i, t.end)
    if end == t.end and nxt is not None and nxt.low == "for":
        end = nxt.end  # "have been blamed for", "was criticized for": the reason is what was said
    return toks[first].start, end


# Participles that open a sentence with the question its subject was asked ("Asked about the levy,
# Brask said ...", "When pressed on the costs, ..."): the asker goes unnamed.
OPENING_QUESTIONS = frozenset({"asked", "questioned", "pressed", "quizzed"})
_QUESTION_FOLLOWERS = frozenset({"about", "to", "on", "for", "if"}) | lex.QUESTION_WORDS


def _opening_question(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The cue span of a participle of asking that opens the sentence (alone or after "When")
    before what was asked and a comma ("Asked whether the quay was safe, Brask said ..."), or None."""
    t = toks[i]
    if t.low not in OPENING_QUESTIONS or not (i == 0 or i == 1 and toks[0].low == "when"):
        return None
    if i + 2 >= len(toks) or toks[i + 1].low not in _QUESTION_FOLLOWERS:
        return None
    if not any(tok.text == "," for tok in toks[i + 2 :]):
        return None  # "Asked to leave." is no question put to a later speaker
    if toks[i + 1].low in ("about", "on"):
        return t.start, toks[i + 1].end  # "Asked about", "pressed on": what the question was about follows
    return t.start, _cue_extent(toks, i, t.end)


# What may follow a passive that reports: a particle, "to" and a verb, "that", a determiner of
# what it is taken for ("is considered a risk") or nothing (the end of the clause).
_FOLLOWERS = (
    lex.VERB_PARTICLES | lex.DETERMINERS | lex.POSSESSIVE_DETERMINERS
    | frozenset({"to", "that", "for", "in", "on", "at", "over", "about", "of"}) | lex.QUESTION_WORDS
)


def unsourced_indices(toks: list[_Tok], quotes: tuple[list[int], list[int]]) -> list[int]:
    """The indices of the participles in ``toks`` that may open an unsourced attribution, outside
    quotations."""
    return [
        i for i, t in enumerate(toks)
        if (t.low in lex.PASSIVE_PARTICIPLES or i < 2 and t.low in OPENING_QUESTIONS or t.low in lex.EVIDENTIAL_ADVERBS)
        and not _in_quote(quotes, t.start)
    ]
