"""Bylines and page stamps near the top of an article: when the page was written, not a fact of the story.

Cleaning blanks many bylines ("By Marta Vellacourt | 3 June 2025 6:40 AM", "Updated June 3, 2025")
as boilerplate, but a stamp in another shape ("June 3, 2025 6:40 AM" alone, "Marta Vellacourt,
June 3, 2025, 6:40 a.m.", "Velmora Times | 3 June 2025, 06:40") survived as a date fact, so one
outlet's byline time was compared as a fact while another's was dropped. Every such stamp is now
treated alike: it dates the page (metadata reads it), and it is no fact of the story. A line that is
only a date stays a fact, framed by the frames stage as the page's publication stamp, which is never
compared as a happening (its frame repeats), so no byline time is ever a fact in conflict.
"""

from __future__ import annotations

import functools
import math
import re

TOP_LINES = 6  # bylines sit among the first non-empty lines of a page
MAX_WORDS = 8  # a name, an outlet and a label at most, besides the date itself
MAX_LINE = 140

# Lower-case words a byline may hold besides names and outlets.
_BYLINE_WORDS = frozenset(
    "by at on and published updated posted last modified am pm a.m. p.m. gmt utc bst cet est edt pst pdt local time".split()
)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_YEAR_OR_CLOCK = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _top_end(text: str) -> float:
    """Where the last of the top lines (the ``TOP_LINES``-th non-empty one) starts; infinity when the
    text has fewer. Read once per text: counting the lines before every date was quadratic (a 20 MB
    article has tens of thousands of dates)."""
    offset = 0
    count = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            count += 1
            if count == TOP_LINES:
                return offset
        offset += len(line)
    return math.inf


def is_byline_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a byline or page stamp near the top of the article."""
    if not _YEAR_OR_CLOCK.search(text, start, end):
        return False  # "on Monday" in a title-cased headline is the story's, not the page's
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > MAX_LINE:
        return False
    if line_start > _top_end(text):
        return False
    rest = text[line_start:start] + " " + text[end:line_end]
    words = _WORD.findall(rest)
    if not words or len(words) > MAX_WORDS:
        return False  # a line that is only a date is left to the frames stage: the page's publication stamp
    return all(w[0].isupper() or w.lower() in _BYLINE_WORDS for w in words)
