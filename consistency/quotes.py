"""Direct quotations in a sentence: the words a speaker is credited with, which identify a statement.

Outlets that quote one statement quote its words, whatever verb or frame they put around it; a
quotation has one speaker. The alignment joins attributions that quote the same words, and the
source check calls one quotation credited to two people a conflict.
"""

from __future__ import annotations

import re

# A quotation inside straight or curly double quotes, long enough to be a statement, not a title.
_QUOTE = re.compile(r"[\"“”]([^\"“”]{20,400})[\"“”]")
# The end of a quotation opened in the sentence before: ' belong to everyone," the director said'.
_QUOTE_TAIL = re.compile(r"([^\"“”]{20,400}?[,.!?])[\"”]")
_MARK = re.compile(r"[\"“”]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
KEY_WORDS = 4  # a quotation's first words, enough to tell two statements of one event apart


def quotations(sentence: str) -> list[str]:
    """The sentence's quotations, with the end of one the sentence splitter cut off from its opening
    and the opening of one that runs on past the sentence's end."""
    found = _QUOTE.findall(sentence)
    tail = _QUOTE_TAIL.match(sentence)
    if tail and not any(mark in tail.group(1) for mark in '"“”'):
        found.append(tail.group(1))
    head = _open_at_end(sentence)
    if head is not None:
        found.append(head)
    return found


def _open_at_end(sentence: str) -> str | None:
    """ 'Her coach said: "I felt the crowd carry me.': a quotation opened and not closed before the
    sentence ends (the splitter cut a quoted passage of several sentences after its first). An odd
    number of marks, the last of them opening, tells it from a closed one."""
    marks = [m.start() for m in _MARK.finditer(sentence)]
    if len(marks) % 2 == 0 or sentence[marks[-1]] == "”":
        return None
    rest = sentence[marks[-1] + 1 :].strip()
    return rest if 20 <= len(rest) <= 400 else None


def quotation_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's quotations (inside their marks) lie, as offsets into it."""
    return [m.span(1) for m in _QUOTE.finditer(sentence)]


def quotation_keys(sentence: str) -> set[str]:
    """The first words of each quotation of the sentence, lower-cased: a key two outlets quoting one
    statement share ("This is a milestone," and "This is a milestone for every family ...")."""
    keys = set()
    for quote in quotations(sentence):
        words = [w.lower() for w in _WORD.findall(quote)[:KEY_WORDS]]
        if len(words) == KEY_WORDS:
            keys.add(" ".join(words))
    return keys


def same_quotation(a: str, b: str) -> bool:
    """Both sentences quote the same words (fuzzily: a word changed or cut short still counts)."""
    from rapidfuzz import fuzz

    return any(
        min(len(x), len(y)) >= 20 and fuzz.partial_ratio(x, y) >= 90
        for x in quotations(a) for y in quotations(b)
    )
