"""Times a race, a round or a task took, written the way a stopwatch shows them ("won in 4:06", "a time of 2:04:31").

Sports pages and results write a finishing time with colons; another outlet of the same event may write
"4 minutes 6 seconds". The figure reader takes digits around a colon for a clock, so such a time was no
figure at all and the two reports never met. Read only after "in", "of", "clocked" or "timed", the words that
make a span of a clock's digits ("at 4:06", "by 16:30", "from 9:15" stay the date reader's clock times), and
never before a word that makes them a moment or a ratio ("in 4:06 GMT", "in 1:50 scale").

Two parts are minutes and seconds ("4:06" is 246 seconds), the stopwatch's reading of anything under an
hour; three parts are hours, minutes and seconds ("2:04:31"). A decimal of a second may follow ("3:43.13").
In seconds, as the scan reads the forms it already takes ("3:43.5", "2:04:31").
"""

from __future__ import annotations

import re

from consistency.model import Extraction, Quantity

__all__ = ["race_time_at", "race_times"]

_H = r"[^\S\n]"
_RACE_TIME = re.compile(
    rf"(?<![A-Za-z])(?:in|of|clocked|timed(?:{_H}{{1,3}}at)?){_H}{{1,3}}"
    r"(?P<t>(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?:\.(?P<f>\d{1,3}))?)"
    r"(?![\d:]|\.\d|[A-Za-z])",
    re.IGNORECASE,
)
# What makes the digits a moment, a ratio or a score rather than a time taken.
_NOT_A_SPAN_AFTER = re.compile(
    rf"{_H}{{0,3}}(?:[ap]\.?m\b|o['’]clock|h\b|hrs?\b|hours?\b|local|GMT|UTC|[A-Z]{{2,4}}T\b|scale|ratio"
    rf"|(?:on|in|this|that|the){_H}{{1,3}}(?:morning|afternoon|evening|night)|win|victory|defeat|draw)",
    re.IGNORECASE,
)


def race_times(text: str) -> list[Extraction]:
    """Every finishing time told with colons after a word of how long, in seconds."""
    if ":" not in text:
        return []
    found: list[Extraction] = []
    for m in _RACE_TIME.finditer(text):
        if _NOT_A_SPAN_AFTER.match(text, m.end()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        seconds = float(f"0.{m.group('f')}") if m.group("f") else 0.0
        if m.group("c") is not None:
            value = a * 3600 + b * 60 + int(m.group("c")) + seconds
        else:
            value = a * 60 + b + seconds
        found.append(Extraction(m.start("t"), m.end("t"), Quantity(value, value, unit="s")))
    return found


def race_time_at(text: str, start: int) -> bool:
    """Whether the colon digits at ``start`` are a time taken ("won in 4:06"), so the date reader leaves them: a clock
    time of the finish is told "at 4:06", and one read from "in 4:06" met the other outlets' moments of the finish as
    a conflict."""
    for m in _RACE_TIME.finditer(text, max(0, start - 20), min(len(text), start + 16)):
        if m.start("t") == start:
            return _NOT_A_SPAN_AFTER.match(text, m.end()) is None
    return False
