"""Fixed phrases that hold a cue word and report nothing: "all told", "truth be told", "that
said", "according to plan", "not to mention", "speaks volumes", "better than in other years".

Each is an idiom whose words no longer mean saying or citing: "all told" sums up, "according to
plan" is about a plan, "that said" concedes, "than in" compares. A match whose cue lies inside
one of them is no attribution, whatever its source reading ("All told, ..." has no speaker
"All"). The phrases are data (``FIXED_PHRASES``); the matcher finds them case-blind, with any
spacing and either apostrophe.
"""

from __future__ import annotations

import re

FIXED_PHRASES = (
    "all told", "truth be told", "truth to tell",
    "according to plan", "according to schedule", "according to script",
    "let's say", "let us say", "needless to say", "suffice it to say", "so to speak", "strange to say",
    "that said", "that being said", "having said that", "with that said", "all is said and done",
    "goes without saying", "not to mention", "to say nothing of",
    "speak volumes", "speaks volumes", "spoke volumes", "speaking volumes",
    "show signs", "shows signs", "showed signs", "showing signs",
    "time will tell", "than in",
)


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    def one(phrase: str) -> str:
        words = [re.escape(w).replace("'", "['’]") for w in phrase.split()]
        return r"\s+".join(words)

    alternation = "|".join(one(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + alternation + r")(?![^\W_])", re.IGNORECASE)


_FIXED = _pattern(FIXED_PHRASES)


class FixedPhrases:
    """Whether an offset of one text lies inside a fixed phrase. The phrases are looked for only
    around the offsets asked about (a few per article), not over the whole text."""

    def __init__(self, text: str) -> None:
        self._text = text

    def holds(self, at: int) -> bool:
        """True when offset ``at`` lies inside a fixed phrase."""
        text = self._text
        word = _WORD.match(text, at)
        if word is None or word.group().lower().replace("’", "'") not in _PHRASE_WORDS:
            return False  # the word there is in no fixed phrase ("said" is, "argued" is not)
        start = max(0, at - _REACH)
        return any(
            m.start() <= at < m.end() and not (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "_"))
            for m in _FIXED.finditer(text, start, at + _REACH)  # a phrase the window's edge cut from a longer word is none
        )


_WORD = re.compile(r"[^\W_][\w'’]*")
_PHRASE_WORDS = frozenset(w for phrase in FIXED_PHRASES for w in phrase.split())
_REACH = max(map(len, FIXED_PHRASES)) + 8  # a phrase holding ``at`` lies within this reach of it (spaces may be wider)
