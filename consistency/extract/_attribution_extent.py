"""The source noun phrase inside the span the matcher gives as written.

The matcher's spans follow PolNeAR, the corpus it is tuned on: a source runs over the comma that
closes an apposition and over a relative clause after the name ("Ana Brask, who ran the port,").
What a reader (and our own guidelines, ``benchmarks/own/README.md``) calls the source is the noun
phrase alone ("Ana Brask"; an apposition stays: "His lawyer, Ana Brask"). This reads that extent
off the written span: no scan of the text.
"""

from __future__ import annotations

import re

# ", who ...", ", whose ...", ", which ...": a relative clause after the name, not part of it.
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b", re.IGNORECASE)
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
