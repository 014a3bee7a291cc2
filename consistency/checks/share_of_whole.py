"""Whether a count is the share another outlet gives of a whole it names: "41 aldermen voted for it" against "more
than two thirds of its 57 members", "a majority of the 57 members", "70 percent of the 57 members".

An outlet that tells a vote, a turnout or a take-up as a share of a whole gives the whole's number, and the whole lands
in the slot of the count another outlet gives plainly: "41" against "57" then reads as two counts of one thing. The
share says which counts the part may be ("over two thirds of 57" is 39 to 57), so the plain count and the whole
are told consistently when the count is such a part of the whole, and still conflict when it is not ("two thirds of
57" is 38, never 41). Fractions and percentages are numbers; the words that tell more than half without a number
("a majority of", "most of") are data (``scope_words.yaml``, ``more_than_half``).
"""

from __future__ import annotations

import re

from consistency.checks.scope_words import ScopeWords, load_scope_words
from consistency.extract._figure_tables import APPROXIMATE, DENOMINATORS, LOWER_BOUND, UPPER_BOUND
from consistency.extract._figure_words import parse_number_words
from consistency.model import Fact, Quantity
from consistency.shares import ROUNDING

_HEAD_REACH = 80  # characters before the whole's number its share is read in
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+|%")
_OWNERS = frozenset("the its their his her our".split())  # "of its 57 members": the whole of a named group
_PERCENT = (("%",), ("percent",), ("per", "cent"))
_DIGIT_ROUNDING = 0.5  # percentage points a percentage written in digits stands for either way ("70 percent")
_APPROXIMATE_REACH = 5.0  # percentage points a hedged share ("about a third", "nearly 70 percent") reaches beyond its rounding
_ARTICLES = {"a": 1.0, "an": 1.0}


def _phrases(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_TOKEN.findall(w.lower())) for w in words)


_FLOORS, _CEILINGS, _HEDGES = _phrases(LOWER_BOUND), _phrases(UPPER_BOUND), _phrases(APPROXIMATE)


def share_of_told_whole(a: Fact, b: Fact, qa: Quantity, qb: Quantity, vocabulary: ScopeWords | None = None) -> str:
    """Why one of two counts is the share the other's sentence gives of it ("41" against "over two thirds of its
    57 members": 41 is over two thirds of 57), or "" when neither is. Only an exact whole and a part no larger
    than it; a part the share cannot make stays a conflict."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    for part, q_part, whole, q_whole in ((a, qa, b, qb), (b, qb, a, qa)):
        if q_part.unit != q_whole.unit or q_part.unit == "percent" or q_part.low is None or q_whole.low is None:
            continue
        if q_whole.low != q_whole.high or q_whole.qualifier or q_whole.approximate or q_whole.low <= 0:
            continue
        high = q_part.high if q_part.high is not None else q_part.low
        if high > q_whole.low:
            continue  # (a part larger than its whole is no share of it)
        told = told_share(whole, vocab)
        if told is None:
            continue
        words, low_share, high_share = told
        if high * 100 / q_whole.low >= low_share and q_part.low * 100 / q_whole.low <= high_share:
            return f"{part.text} is {words} of {whole.text}, the whole the other outlet's share is taken of"
    return ""


def told_share(whole: Fact, vocabulary: ScopeWords | None = None) -> tuple[str, float, float] | None:
    """The share the figure's sentence takes of it right before it ("over two thirds of its 57 members"): its
    words and the lowest and highest percentage it may stand for; None when the figure is no whole of a share."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    sentence, start = whole.sentence, whole.start - whole.sentence_start
    if not 0 <= start <= len(sentence):
        return None
    words = _TOKEN.findall(sentence[max(0, start - _HEAD_REACH) : start].lower())
    if len(words) < 3 or words[-1] not in _OWNERS or words[-2] != "of":
        return None
    head = words[:-2]
    for phrase in vocab.more_than_half:
        if tuple(head[-len(phrase) :]) == phrase:
            return " ".join(phrase), 50.0, 100.0
    read = _share_before(head)
    if read is None:
        return None
    size, value, rounding = read
    return _hedged(head[: len(head) - size], " ".join(head[len(head) - size :]), value, rounding)


def _share_before(head: list[str]) -> tuple[int, float, float] | None:
    """The share the words end on (a percentage in digits, a fraction in words): how many words it takes, its value in
    percent, and the percentage points it stands for either way."""
    for percent in _PERCENT:
        n = len(percent)
        if tuple(head[-n:]) == percent and len(head) > n and _is_number(head[-n - 1]):
            return n + 1, float(head[-n - 1]), _DIGIT_ROUNDING
    if not head or head[-1] not in DENOMINATORS:
        return None
    denominator = DENOMINATORS[head[-1]]
    if head[-1] == "half":
        return 1, 100 / denominator, ROUNDING
    numerator = _numerator(head[-2]) if len(head) > 1 else None
    if numerator is None or numerator >= denominator:
        return None
    return 2, 100 * numerator / denominator, ROUNDING


def _is_number(token: str) -> bool:
    return token[:1].isdigit()


def _numerator(word: str) -> float | None:
    """The numerator a fraction in words opens on: "a" or "one" third, "two" thirds (digits are not read: "2 thirds"
    is not how news writes a share)."""
    if word in _ARTICLES:
        return _ARTICLES[word]
    read = parse_number_words(word, 0)
    return read[0] if read and read[1] == len(word) else None


def _hedged(before: list[str], share: str, value: float, rounding: float) -> tuple[str, float, float]:
    """The share's words and range once the hedge before it is read: a floor ("more than") reaches up to the whole, a
    ceiling ("less than") down to nothing, a rounding hedge ("about", "nearly") a few points either way."""
    for phrases, low, high in (
        (_FLOORS, value - rounding, 100.0),
        (_CEILINGS, 0.0, value + rounding),
        (_HEDGES, value - rounding - _APPROXIMATE_REACH, value + rounding + _APPROXIMATE_REACH),
    ):
        said = next((p for p in phrases if p and tuple(before[-len(p) :]) == p), None)
        if said:
            return f"{' '.join(said)} {share}", low, high
    return share, value - rounding, value + rounding
