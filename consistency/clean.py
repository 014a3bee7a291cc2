"""Boilerplate removal that keeps offsets: removed stretches are blanked, not cut.

Pasted web pages carry site chrome around the article: membership appeals,
newsletter boxes, "Read also" links, comment forms, photo credits, bylines and a
feed of unrelated news. None of it may become a fact of the event. We work line
by line (chrome almost always sits on lines of its own) and replace a removed
line's characters with spaces, keeping newlines, so ``clean.text`` has the
body's length and every offset found in it is an offset into the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consistency.model import CleanText, Removal

# A line matching one of these is chrome by itself. (pattern, reason); linear regexes only.
LINE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in (
        (r"^\s*(?:read|see) (?:also|more)\b\s*[:\-–—]", "related link"),
        (r"^\s*(?:related|recommended|more)(?: stories| articles| news)?\s*[:\-–—]", "related link"),
        (r"^\s*\*?\s*indicates required\s*$", "newsletter box"),
        (r"^\s*(?:subscribe|sign up|unsubscribe|successfully subscribed|successfuly subscribed)\b.{0,60}$", "newsletter box"),
        (r"\benter (?:your|correct) email\b|\bemail address\b.{0,40}$", "newsletter box"),
        (r"thank you for (?:signing up|subscribing)|sent you a confirmation email", "newsletter box"),
        (r"^\s*(?:become a member|gift (?:a )?membership|support us|donate(?: now)?)\b", "membership appeal"),
        (r"^\s*(?:skip to (?:main )?content|edit post|menu|search|close|share(?: this)?(?: article)?|print|comments?)\s*$", "site navigation"),
        (r"^\s*this audio is (?:created|generated)\b", "site notice"),
        (r"^\s*(?:visa|mastercard|american ?express|paypal)(?:\s+(?:visa|mastercard|american ?express|paypal)){1,4}\s*$", "payment widget"),
        (r"^\s*(?:no votes yet|please wait|rate this|loading)\W*$", "vote widget"),
        (r"^\s*(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ comments?)\s*$", "comment form"),
        (r"your email address will not be published|required fields are marked", "comment form"),
        (r"^\s*source\s*:\s*\S{1,80}\s*$", "source footer"),
        (r"^\s*(?:follow us|all rights reserved|©|copyright ©|cookie)", "site footer"),
        (r"^\s*(?:photo|image|video)\s*(?:credit)?\s*:\s", "photo credit"),
        (r"\((?:photo(?: by)?[^()\n]{0,80}|[^()\n/]{1,80}/(?:getty images|afp|ap|reuters|epa|anadolu|ukrinform|bloomberg)[^()\n]{0,40})\)\s*$", "photo caption"),
        (r"^\s*by\s[^\n]{0,200}?(?:\b\d{1,2}:\d{2}\s?(?:am|pm)\b|\b\d+\s+min(?:ute)?s? read\b)", "byline"),
        (r"^\s*(?:published|updated|posted)\s*:?\s[^\n]{0,60}\d{4}[^\n]{0,30}$", "byline"),
        (r"^\s*(?:editors'? picks|most (?:read|popular)|trending|advertisement|sponsored)\s*$", "site navigation"),
        # Markdown shows no HTML comment; one holds notes to editors and tools (consistency: ignore ...).
        (r"^\s*<!--(?:(?!-->).){0,2000}-->\s*$", "HTML comment"),
    )
)

# A heading after which the rest of the page is a feed of other stories.
TAIL_MARKERS = re.compile(
    r"^\s*(?:news feed|more news|latest news|latest stories|related (?:news|articles|stories)|"
    r"you (?:may|might) also like|read next|top stories)\s*$",
    re.IGNORECASE,
)

# Words of a publisher asking readers for money or sign-ups.
_APPEAL_WORDS = re.compile(
    r"\b(?:members?|membership|readers?|supporters?|donat\w*|contribution|subscri\w*|newsletter|"
    r"fund (?:our|the) (?:mission|journalism|reporting)|our (?:mission|journalism|reporting|community))\b",
    re.IGNORECASE,
)
# One appeal word is not enough in a news line ("members of parliament"); with a plea it is.
_PLEA = re.compile(
    r"\b(?:help us|join us|funded by (?:our|its) readers|support (?:us|our)|become a|thanks to (?:readers|you|our))\b",
    re.IGNORECASE,
)
_TRUNCATED = re.compile(r"(?:…|\.\.\.)\s*$")


def clean_text(body: str) -> CleanText:
    """Blank the boilerplate of ``body``; return the blanked text and what was removed."""
    lines = list(_lines(body))
    drop: dict[int, str] = {}
    for index, (start, end) in enumerate(lines):
        line = body[start:end]
        if not line.strip():
            continue
        if TAIL_MARKERS.match(line) and _content_before(body, lines, index) >= 400:
            for later in range(index, len(lines)):
                drop[later] = "news feed"
            break
        reason = _line_reason(line)
        if reason:
            drop[index] = reason
    _drop_teasers(body, lines, drop)
    removed: list[Removal] = []
    chars = list(body)
    for index in sorted(drop):
        start, end = lines[index]
        if start == end or not body[start:end].strip():
            continue
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
        if removed and removed[-1].reason == drop[index] and not body[removed[-1].end : start].strip():
            removed[-1] = Removal(removed[-1].start, end, drop[index])
        else:
            removed.append(Removal(start, end, drop[index]))
    return CleanText("".join(chars), tuple(removed))


def _lines(body: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n", body):
        yield start, match.start()
        start = match.end()
    yield start, len(body)


def _line_reason(line: str) -> str | None:
    for pattern, reason in LINE_PATTERNS:
        if pattern.search(line):
            return reason
    appeals = len(_APPEAL_WORDS.findall(line))
    if appeals >= 2 or (appeals and _PLEA.search(line)):
        return "membership appeal"
    return None


def _content_before(body: str, lines: list[tuple[int, int]], index: int) -> int:
    return sum(end - start for start, end in lines[:index] if body[start:end].strip())


def _drop_teasers(body: str, lines: list[tuple[int, int]], drop: dict[int, str]) -> None:
    """A promoted story is a short headline line followed by a summary cut off with an ellipsis."""
    for index, (start, end) in enumerate(lines):
        line = body[start:end].strip()
        if index in drop or not line or not _TRUNCATED.search(line) or len(line) < 60:
            continue
        drop[index] = "promoted story"
        previous = index - 1
        while previous >= 0 and not body[lines[previous][0] : lines[previous][1]].strip():
            previous -= 1
        if previous >= 0 and previous not in drop:
            headline = body[lines[previous][0] : lines[previous][1]].strip()
            if len(headline) <= 120 and not headline.endswith("."):
                drop[previous] = "promoted story"
