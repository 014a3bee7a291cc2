"""Tokens and quotations for the attribution matcher: a linear tokenizer, sentence repair, and
where quotations run. Kept apart so that the token rules (abbreviated titles, dotted acronyms,
inner apostrophes) stay one small module.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import NamedTuple

# Abbreviated titles keep their period ("Mr. Obama"), dotted acronyms stay whole
# ("U.S."), words may hold inner apostrophes, hyphens and dots ("Yomiuri's",
# "ukrinform.net"). Each alternative is a single pass with a mandatory separator,
# so the pattern is linear. The lookaheads before the first two alternatives only say what they
# start with (a title's capital, a letter and its dot): the engine drops them at most positions
# without trying each title.
_TOKEN = re.compile(
    r"(?=[ACDGHIJLMPRS])(?:Mr|Mrs|Ms|Dr|Prof|Gens?|Lt|Col|Sgts?|Capt|Adm|Maj|Govs?|Sens?|Reps?|Rev|St|Jr|Sr"
    r"|Del|Atty|Supt|Msgr|Cpl|Pvt|Det|Insp|Hon|Amb|Ald|Cmdr)\.(?=\s)"
    r"|(?=[A-Za-z]\.)(?:[A-Za-z]\.){2,}"
    r"|[A-Z]\.(?=\s[A-Z])"  # a middle initial: "John D. Podesta"
    r"|[^\W_]+(?:[’'&.\-][^\W_]+)*"
    r"|''|``"  # two apostrophes (or backticks) are one quotation mark in some wire copy
    r"|[^\s\w]|_"
)
# Tokens read as the quotation mark they stand for, so that every rule that looks for a quotation
# sees them: "called ''total nonsense''" as 'called "total nonsense"'.
_AS_QUOTE = {"''": "\"", "``": "\""}
_QUOTE = re.compile(r"[\"“”«»]|''|``")  # two apostrophes (or two backticks opening) in some wire copy
_NEWLINE = re.compile(r"\n")
_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end
_FIRST_CHAR = operator.itemgetter(0)


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    word: bool
    cap: bool
    first: bool  # first token of its sentence



def _repair_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a sentence to the next one on the same line when that one starts in lower case or
    with a comma: the split fell inside "Rep. Jane Doe (D-Ore.), head of ..., said"."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < len(text):
            ps, pe = out[-1]
            first = text[s]
            if (first.islower() or first in ",;)") and "\n" not in text[pe:s]:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out



def _tokenize(text: str, start: int, end: int) -> list[_Tok]:
    """The tokens of ``text[start:end]``. Each field is computed for all tokens at once by
    built-in maps, and the tokens are made by ``tuple.__new__``: no Python code runs per token,
    which made this several times faster than a loop building one token at a time (tokenising
    is most of the matcher's time)."""
    matches = list(_TOKEN.finditer(text, start, end))
    if not matches:
        return []
    texts = list(map(_AS_QUOTE.get, map(_GROUP, matches), map(_GROUP, matches)))
    heads = list(map(_FIRST_CHAR, texts))
    words = list(map(str.isalnum, heads))
    caps = map(operator.and_, words, map(str.isupper, heads))  # a word starting upper case
    firsts = itertools.chain((True,), itertools.repeat(False, len(matches) - 1))
    fields = zip(map(_START, matches), map(_END, matches), texts, map(str.lower, texts), words, caps, firsts, strict=True)
    return list(map(tuple.__new__, itertools.repeat(_Tok), fields))


def _quote_regions(text: str) -> tuple[list[int], list[int]]:
    """Sorted starts and ends of quoted stretches; a quote never runs past its line."""
    starts: list[int] = []
    ends: list[int] = []
    line_ends = [m.start() for m in _NEWLINE.finditer(text)]
    open_at = -1
    for m in _QUOTE.finditer(text):
        ch, pos = m.group(), m.start()
        if open_at >= 0:
            line_end = _next_line_end(line_ends, open_at, len(text))
            if pos > line_end:  # the quote opened on an earlier line never closed
                starts.append(open_at)
                ends.append(line_end)
                open_at = -1
        if open_at < 0:
            if ch == "''" and pos and not text[pos - 1].isspace():
                continue  # 'homes,'' said Halvik': two apostrophes after a word close a quotation
            if ch in ("\"", "“", "«", "''", "``"):
                open_at = pos
        elif ch in ("\"", "”", "»", "''"):
            starts.append(open_at)
            ends.append(pos + 1)
            open_at = -1
    if open_at >= 0:
        starts.append(open_at)
        ends.append(_next_line_end(line_ends, open_at, len(text)))
    return starts, ends


def _next_line_end(line_ends: list[int], pos: int, default: int) -> int:
    i = bisect.bisect_right(line_ends, pos)
    return line_ends[i] if i < len(line_ends) else default


def _in_quote(quotes: tuple[list[int], list[int]], pos: int) -> bool:
    starts, ends = quotes
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def free_relative(toks: list[_Tok], first: int) -> bool:
    """The subject starting at token ``first`` opens a free relative ("what Brask wants", "what two
    lawmakers called fraud"): the clause names a thing the sentence speaks of, what someone wants,
    expects or calls it, and reports nothing. "what" within two lower-case words before it."""
    for m in range(first - 1, max(first - 4, -1), -1):
        if toks[m].low == "what":
            return True
        if not toks[m].word or toks[m].cap:
            return False
    return False
