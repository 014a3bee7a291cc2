"""Direct quotations in a sentence: the words a speaker is credited with, which identify a statement.

Outlets that quote one statement quote its words, whatever verb or frame they put around it; a
quotation has one speaker. The alignment joins attributions that quote the same words, and the
source check calls one quotation credited to two people a conflict.
"""

from __future__ import annotations

import functools
import re

from consistency.extract._attribution_lines import SPEAKER_LABEL

# A quotation inside straight or curly double quotes, long enough to be a statement, not a title.
_QUOTE = re.compile(r"[\"“”]([^\"“”]{20,400})[\"“”]")
# The end of a quotation opened in the sentence before: ' belong to everyone," the director said', or a
# short last sentence of it ('The frame did not," she said': the opening earlier in the paragraph says so).
_QUOTE_TAIL = re.compile(r"([^\"“”]{5,400}?[,.!?])[\"”]")
_MARK = re.compile(r"[\"“”]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A transcript's or live page's line that opens with its speaker's label ("11:05 BRASK (by phone): We held
# on."): everything after the label is the speaker's words, quoted without marks.
_LABELLED = re.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*[-–—|]?[ \t]*)?" + SPEAKER_LABEL + r"[ \t]*")
KEY_WORDS = 4  # a quotation's first words, enough to tell two statements of one event apart


def quotations(sentence: str) -> list[str]:
    """The sentence's quotations, with the end of one the sentence splitter cut off from its opening
    and the opening of one that runs on past the sentence's end."""
    return list(_quotations(sentence))


@functools.lru_cache(maxsize=4096)
def _quotations(sentence: str) -> tuple[str, ...]:
    # The source check reads both sentences' quotations for every pair of attributions a slot judges,
    # and the alignment each attribution's: once per sentence is enough.
    found = _QUOTE.findall(sentence)
    tail = _tail(sentence)
    if tail is not None:
        found.append(tail)
    head = _open_at_end(sentence)
    if head is not None:
        found.append(head)
    return tuple(found)


def _labelled(sentence: str) -> str | None:
    """The words of a speaker's label line, which quotes them without marks ("BRASK: We held on through
    the night."): a transcript's or live page's way of quoting, the same statement another outlet
    puts in quotation marks. None for a line with marks (they say what is quoted) or too short a remainder."""
    label = _LABELLED.match(sentence)
    if label is None or _MARK.search(sentence):
        return None
    said = sentence[label.end() :].strip()
    return said[:400] if len(said) >= 20 else None


def _tail(sentence: str) -> str | None:
    """The end of a quotation the sentence opens with, its opening in an earlier sentence: ' belong to
    everyone," the director said'."""
    tail = _QUOTE_TAIL.match(sentence)
    return tail.group(1) if tail and not _MARK.search(tail.group(1)) else None


def _with_opened(sentence: str, opened: str) -> list[str]:
    return [*_quotations(sentence), *([opened] if opened else [])]


def _open_at_end(sentence: str) -> str | None:
    """ 'Her coach said: "I felt the crowd carry me.': a quotation opened and not closed before the
    sentence ends (the splitter cut a quoted passage of several sentences after its first). An odd
    number of marks, the last of them opening, tells it from a closed one."""
    marks = [m.start() for m in _MARK.finditer(sentence)]
    if len(marks) % 2 == 0 or sentence[marks[-1]] == "”":
        return None
    rest = sentence[marks[-1] + 1 :].strip()
    return rest if 20 <= len(rest) <= 400 else None


def opened_before(body: str, sentence_start: int, sentence: str) -> str:
    """The whole quotation whose end opens ``sentence`` ('Our customers trusted us," she said.') when it
    began in an earlier sentence of the same paragraph ('"We are deeply sorry. Our customers ...'): the
    passage from its opening mark, or "" when the sentence opens with no quotation's end."""
    tail = _tail(sentence)
    if tail is None:
        return ""
    paragraph = body[max(0, body.rfind("\n", max(0, sentence_start - 2000), sentence_start) + 1) : sentence_start]
    marks = list(_MARK.finditer(paragraph))
    if not marks or marks[-1].group() == "”" or (marks[-1].group() == '"' and sum(m.group() == '"' for m in marks) % 2 == 0):
        return ""  # the paragraph's last quotation closed before this sentence: no passage runs into it
    passage = " ".join((paragraph[marks[-1].end() :] + " " + tail).split())
    return passage[:400]


def quotation_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's quotations (inside their marks) lie, as offsets into it."""
    return [m.span(1) for m in _QUOTE.finditer(sentence)]


def quotation_keys(sentence: str, opened: str = "") -> set[str]:
    """The first words of each quotation of the sentence, lower-cased: a key two outlets quoting one
    statement share ("This is a milestone," and "This is a milestone for every family ..."). ``opened``:
    the passage a quotation ending in the sentence began with in an earlier one (``opened_before``)."""
    keys = set()
    said = _labelled(sentence)
    for quote in [*_with_opened(sentence, opened), *([said] if said else [])]:
        found = [w.lower() for w in _WORD.findall(quote)]
        words = found[:KEY_WORDS]
        if len(words) == KEY_WORDS:
            keys.add(" ".join(words))
        tail = found[-TAIL_WORDS:]
        if len(found) > TAIL_WORDS and len(_stems(" ".join(tail))) >= 2:
            keys.add("… " + " ".join(tail))
    return keys


# A quotation's last words, a second key: one outlet quotes a statement whole, another only its end ("the
# final approach stays a guess until dawn" after "Our crews watched the storm for days, and").
TAIL_WORDS = 5


@functools.lru_cache(maxsize=8192)
def same_quotation(a: str, b: str, opened_a: str = "", opened_b: str = "") -> bool:
    """Both sentences quote the same words (fuzzily: a word changed or cut short still counts), with the
    passage each quotation began with in an earlier sentence (``opened_before``), if any."""
    # Cached: a slot's source check asks it for every pair of statements, and wire copies repeat
    # one sentence under several mastheads.
    from rapidfuzz import fuzz

    return any(
        min(len(x), len(y)) >= 20 and (fuzz.partial_ratio(x, y) >= 90 or _reworded(x, y))
        for x in _with_opened(a, opened_a)
        for y in _with_opened(b, opened_b)
    )


REWORDED_WORDS = 3  # content words the shorter of two quotations needs before a rewording of it is read


def _reworded(x: str, y: str) -> bool:
    """Two quotations of one statement, one outlet's words slightly changed: all but a quarter of the
    shorter's content words (as stems) are in the longer, and they make at least half of the longer's
    ("Parks are for children, not for cars" and "Parks should belong to children, not cars"). An
    outlet that tidies a quotation still credits it to one speaker."""
    sx, sy = _stems(x), _stems(y)
    short, long_ = (sx, sy) if len(sx) <= len(sy) else (sy, sx)
    if len(short) < REWORDED_WORDS:
        return False
    shared = len(short & long_)
    return shared >= PARAPHRASE_SHARE * len(short) and shared >= 0.5 * len(long_)


PARAPHRASE_WORDS = 5  # content words a quotation needs before a paraphrase of it can be recognised
PARAPHRASE_SHARE = 0.75  # of them another outlet's sentence must hold, as words or their stems


def paraphrased(quoting: str, other: str, opened: str = "") -> bool:
    """The other sentence, which quotes nothing, tells what one of ``quoting``'s quotations says: it holds
    most of the quotation's content words ("the driver appeared to have lost control and the brakes were
    being examined" for "The driver appears to have lost control ... the brakes are being examined")."""
    quotes = _with_opened(quoting, opened)
    if not quotes or _quotations(other):
        return False  # (most sentences a source check pairs quote nothing: no words to read then)
    theirs = _stems(other)
    for quote in quotes:
        mine = _stems(quote)
        if len(mine) >= PARAPHRASE_WORDS and len(mine & theirs) >= PARAPHRASE_SHARE * len(mine):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """The stems of a sentence's or quotation's content words: a slot's source check reads each
    sentence against every other, once per pair of statements."""
    from consistency.text import content_words, stem

    return frozenset(stem(w) for w in content_words(text))
