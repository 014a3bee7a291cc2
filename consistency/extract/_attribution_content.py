"""Where the reported content of an attribution lies: the words its source is credited with.

The matcher finds the cue and the source; what they introduce is read from the order of the
sentence, not parsed:

* a cue followed directly by "that", or by a quotation opening right after it, introduces that
  ('"...," she said, adding that the cranes were new');
* a quotation closing right before the attribution is what was said ('"The quay is safe," she
  said, looking at the crowd': the quotation, not the words after it), unless it is a short title
  inside an opening phrase ('On "Harbour Nights," Halvik said the port would close');
* a cue that ends with a colon and nothing after it in its sentence introduces the next sentence
  ("Brasko continued:" and then the quotation);
* so does a quotation that fills the sentence before when the attribution opens its own ('"Is
  the quay safe?" Brasko asked.' split after the question mark);
* a cue followed directly by more than a few words, not by a comma or the end of the sentence,
  takes them as its complement ("Halvik said the port would close", "Vellacourt called the levy
  theft", even after an opening phrase: "At a rally in Dravik, Halvik said ..."); a quotation
  opening after a comma is one too ('Brasko replied, "Not today."'), a time or a manner is not
  ("..., Halvik told the Velmora Post on Friday."), while a short object is ("endorsed Brasko",
  "declared bankruptcy");
* a cue opening the sentence before its speaker takes what lies between them ("Claiming the
  levy was unfair, Brask asked ...");
* a cue before its source with words right after that source ("..., according to lawyers for the
  board") or, after a longer statement, after a comma ("..., said Halvik, a former pilot who ...")
  takes the side before: those words still describe the source;
* otherwise the longer side of the sentence around the attribution ("The port will close, Halvik
  said" / "According to Brask, the port will close").

The span is trimmed of spaces, of the punctuation that joins it to the attribution and of the
sentence's final full stop.
"""

from __future__ import annotations

import re

Interval = tuple[int, int]

_CLOSING_QUOTES = ("\"", "”", "''", "»", "’")
_OPENING_QUOTES = ("\"", "“", "«", "‘")
_SHORT = 3  # words: "on Thursday", "basically" after a cue are no complement
_JOINING = ",;:—–-"
_FINAL = ".!?"
_ALNUM = re.compile(r"[^\W_]")  # a character that str.isalnum accepts (\w is those and "_")


def _trim(text: str, start: int, end: int) -> Interval | None:
    """``start``..``end`` without surrounding spaces, joining punctuation and the full stop that
    ends the sentence (the statement is "the port would close", not "the port would close."; a
    stop inside a closing quotation or after an initial, "U.S.", stays); None when nothing but
    punctuation is left ('" he said." leaves ".')."""
    while start < end and (text[start].isspace() or text[start] in _JOINING):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _JOINING):
        end -= 1
    if end - start > 2 and text[end - 1] == "." and text[end - 2].isalnum() and not (
        text[end - 2].isupper() and text[end - 3] in ". "
    ):
        end -= 1
    if _ALNUM.search(text, start, end) is None:
        return None
    return start, end


def _quote_closes_before(text: str, before: Interval | None) -> bool:
    """The side before the attribution ends with a closing quotation mark ('"...," said X',
    '"...?" she asks')."""
    if before is None:
        return False
    tail = text[before[0] : before[1]].rstrip(_JOINING + _FINAL + " ")
    if not tail.endswith(_CLOSING_QUOTES) or tail.endswith("s’"):  # "the voters’" is a possessive
        return False
    body = tail[:-2] if tail.endswith("''") else tail[:-1]
    opening = max(body.rfind(q) for q in (*_OPENING_QUOTES, "``", "''"))
    quoted = body[opening + 1 :] if opening >= 0 else body
    # 'On the set of "Harbour Nights," Halvik said ...': a short title inside an opening phrase
    return opening <= 0 or len(quoted.split()) > 4


def _opens_quote(text: str, side: Interval) -> bool:
    return text[side[0] : side[0] + 1] in _OPENING_QUOTES or text[side[0] : side[0] + 2] == "``"


def content_span(
    text: str,
    start: int,
    end: int,
    sentence: Interval,
    previous: Interval | None = None,
    following: Interval | None = None,
    cue_end: int = -1,
    source_start: int = -1,
    cue_start: int = -1,
) -> Interval | None:
    """The content of the attribution spanning ``start``..``end`` in ``sentence``; ``previous`` and
    ``following`` are the sentences around it, if any; ``cue_start``..``cue_end`` and
    ``source_start`` where its cue lies and its source starts, when known. Never the cue itself:
    a side that holds it keeps its longer part ("Sources, citing a memo, said the quay ...")."""
    found = _content(text, start, end, sentence, previous, following, cue_end, source_start)
    if found is None or cue_start < 0 or not (found[0] < cue_end and cue_start < found[1]):
        return found
    left, right = _trim(text, found[0], cue_start), _trim(text, cue_end, found[1])
    sides = [side for side in (left, right) if side is not None]
    return max(sides, key=lambda side: side[1] - side[0]) if sides else None


def _content(
    text: str,
    start: int,
    end: int,
    sentence: Interval,
    previous: Interval | None = None,
    following: Interval | None = None,
    cue_end: int = -1,
    source_start: int = -1,
) -> Interval | None:
    """The content as the module doc reads it, before the cue is kept out of it."""
    s_start, s_end = sentence
    if 0 <= cue_end < source_start:
        between = _trim(text, cue_end, source_start)
        if between is not None and text[between[0] : between[1]].lower() != "by":  # "was rejected by the board"
            return between  # "Claiming the levy was unfair, Brask asked ...": the opening clause
    before = _trim(text, s_start, min(start, s_end))
    after = _trim(text, max(end, s_start), s_end) if end < s_end else None
    colon = text[end:s_end].strip().startswith(":") or text[max(s_start, end - 1) : end] == ":"
    if after is None and following is not None and colon:
        return _trim(text, *following)  # '"...," she said. | Brasko added:' and then the next sentence
    if after is not None and text[end : after[0]].strip() in ("", ",", ":") and (
        text[after[0] : after[0] + 5].lower() == "that " and text[end : after[0]].strip() == "" or _opens_quote(text, after)
    ):
        return after  # '"...," she said, adding that ...', '..., asserting, "Of course."': what the cue introduces
    if _quote_closes_before(text, before):
        return before
    if before is None and previous is not None:
        # '"Is the quay safe?" | Brasko asked.': the quotation closed the sentence before, and the
        # words after the cue, if any, are few or a manner ('..., looking at the crowd')
        last = _trim(text, *previous)
        manner = after is not None and text[end : after[0]].strip() == "," and (
            text[after[0] : after[1]].split(maxsplit=1)[0].endswith("ing"))
        if last is not None and (after is None or _words(text, after) <= _SHORT or manner) and _quote_closes_before(text, last):
            return last
    if after is None:
        return before
    gap = text[end : after[0]].strip()
    if before is not None and 0 <= cue_end <= source_start and (gap == "" or gap == "," and _words(text, before) > _SHORT):
        # "..., according to lawyers for the Brask family", "..., said Halvik, a former pilot, who ...": what
        # follows the source still describes it; the statement came before
        return before
    if gap == "" and before is not None and _occasion_only(text, after) and _words(text, before) > _SHORT and (
        text[before[1] : start].strip() == ","
    ):
        return before  # "The levy is unfair, Brask said in a short statement late Friday": the occasion is no complement
    if gap in ("", ":") and (_words(text, after) > _SHORT or before is None or _object_opens(text, after)):
        return after  # words follow the cue directly: its complement
    if gap in (",", ":") and _opens_quote(text, after):
        return after  # 'Brasko replied, "Not today."'
    if before is None:
        return after
    return max((before, after), key=lambda side: side[1] - side[0])


# Words that open a time, a place or a manner after a cue rather than what was said: "said on
# Thursday", "said in Dravik", "said basically", "told reporters later".
_ADVERBIAL_STARTS = frozenset(
    """
    on in at during after before since until last this next yesterday today tonight earlier later then
    again also too so as basically here there now once twice afterwards monday tuesday wednesday thursday
    friday saturday sunday
    """.split()
)


def _object_opens(text: str, side: Interval) -> bool:
    """A short complement that is an object or a clause ("endorsed Brasko", "declared bankruptcy",
    "believe that is likely"), not a time, a place or a manner ("on Thursday", "basically")."""
    first = text[side[0] : side[1]].split(maxsplit=1)[0].lower().strip(".,;:!?")
    return first.isalpha() and first not in _ADVERBIAL_STARTS and not (first.endswith("ly") and len(first) > 4)


_OCCASION_PREPOSITIONS = frozenset({"in", "at", "during", "on", "via", "through"})
_OCCASION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "twitter", "facebook"})


def _occasion_only(text: str, side: Interval) -> bool:
    """Words after a cue that tell only where, when or through what it was said ("in a short statement
    late Friday", "at a rally in Dravik", "on Twitter"): a preposition of an occasion and an article or a
    possessive, a few words, no comma, clause or quotation in them."""
    words = text[side[0] : side[1]].split(maxsplit=8)  # never more: a side of a whole sentence-less page is long
    if len(words) > 8:
        return False
    words = [word.lower() for word in words]
    if 1 < len(words) <= 3 and words[0] == "for" and (words[1] in _DURATIONS or words[-1] in _DURATIONS):
        return True  # "..., Brask has warned for months", "for several years"
    return (
        1 < len(words) <= 8 and words[0] in _OCCASION_PREPOSITIONS and words[1] in _OCCASION_OPENERS
        and "that" not in words and not any("," in w or w[:1] in _OPENING_QUOTES for w in words)
    )


_DURATIONS = frozenset("months years weeks days decades hours month year week day decade".split())


def _words(text: str, side: Interval) -> int:
    """The side's words, counted up to one more than ``_SHORT`` (all any caller compares): splitting every
    word of a side as long as a page with no sentence end, once per cue on it, took quadratic time."""
    return len(text[side[0] : side[1]].split(maxsplit=_SHORT))
