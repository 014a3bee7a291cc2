"""Fixed phrases that hold a cue word and report nothing: "all told", "truth be told", "that
said", "according to plan", "not to mention", "speaks volumes", "better than in other years".

Each is an idiom whose words no longer mean saying or citing: "all told" sums up, "according to
plan" is about a plan, "that said" concedes, "than in" compares. A match whose cue lies inside
one of them is no attribution, whatever its source reading ("All told, ..." has no speaker
"All"). The phrases are data (``FIXED_PHRASES``); the matcher finds them case-blind, with any
spacing and either apostrophe.
"""

from __future__ import annotations

import bisect
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
    """Where the fixed phrases of one text lie, to ask whether an offset is inside one."""

    def __init__(self, text: str) -> None:
        spans = [(m.start(), m.end()) for m in _FIXED.finditer(text)]
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def holds(self, at: int) -> bool:
        """True when offset ``at`` lies inside a fixed phrase."""
        k = bisect.bisect_right(self._starts, at) - 1
        return k >= 0 and at < self._ends[k]
