"""The source noun phrase and the attributing predicate inside the spans the matcher gives as written.

The matcher's spans follow PolNeAR, the corpus it is tuned on: a source runs over the comma that
closes an apposition and over a relative clause after the name ("Ana Brask, who ran the port,"),
a cue over what is said with it ("said in an interview", "confirmed yesterday", "wrote for").
What a reader (and our own guidelines, ``benchmarks/own/README.md``) calls the source is the noun
phrase alone ("Ana Brask"; an apposition stays: "His lawyer, Ana Brask"), and the cue the predicate
with its auxiliaries and particles ("said", "has also said", "pointed out"). These functions read
those extents off the written spans, a few words from their ends: no scan of the text.
"""

from __future__ import annotations

import re

from consistency.extract import _attribution_lexicon as lex

# ", who ...", ", whose ...", ", which ...": a relative clause after the name, not part of it.
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\S")
# Words after the predicate that say when or how it was said, not what.
_TIME_WORDS = frozenset({"then", "later", "earlier", "today", "yesterday", "tonight", "again", "also"}) | lex.WEEKDAYS
# "wrote for the Halden Post": the outlet the writer works for, not a particle of the verb.
_WRITING = frozenset({"wrote", "writes", "write", "writing", "written", "reported", "reports", "reporting"})
# "said in an interview", "told in a phone interview": the occasion opens with one of these.
_OCCASION_OPENERS = frozenset({"in", "at", "during", "on", "with", "to"})


def source_phrase_end(text: str, start: int, end: int) -> int:
    """Where the source noun phrase written at ``start``..``end`` ends: before a closing comma and a
    relative clause ("Ana Brask, who ran the port," -> "Ana Brask"; "His lawyer, Ana Brask," -> "His
    lawyer, Ana Brask")."""
    relative = _RELATIVE.search(text, start, end)
    if relative is not None and relative.start() > start:
        end = relative.start()
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


def cue_predicate_end(text: str, start: int, end: int) -> int:
    """Where the attributing predicate written at ``start``..``end`` ends: before a day or an adverb
    of time after the verb ("confirmed yesterday", "said Friday"), an occasion ("said in an
    interview") and the "for" of an outlet written for ("wrote for"). Auxiliaries, adverbs before
    the verb and particles stay ("has also said", "pointed out", "called for")."""
    words = [(m.start() + start, m.end() + start, m.group().lower()) for m in _WORD.finditer(text[start:end])]
    if len(words) < 2:
        return end
    verb = next((n for n, (_, _, w) in enumerate(words) if w in lex.SPEECH_VERBS or w in lex.FINDING_VERBS), -1)
    if verb < 0:
        return end
    keep = len(words)
    for n in range(verb + 1, len(words)):
        w = words[n][2]
        if w in _TIME_WORDS or w.endswith("ly") and w not in lex.LY_NOUNS:
            keep = n  # "confirmed yesterday", "said Friday", "said repeatedly"
            break
        if w in _OCCASION_OPENERS and n + 1 < len(words) and words[n + 1][2] in lex.DETERMINERS:
            keep = n  # "said in an interview", "told at a briefing"
            break
        if w == "for" and words[verb][2] in _WRITING:
            keep = n  # "wrote for": the outlet follows
            break
    return words[keep - 1][1] if keep < len(words) else end
