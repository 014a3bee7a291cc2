"""The last steps of the matcher, over all matches of a text: quotations that continue the
previous speaker, references resolved to earlier named sources ("the newspaper", "he"), the
outlet's own name dropped from the head of each chain, and each match's content span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_content import content_span
from consistency.extract._attribution_found import AttributionMatch, _Found
from consistency.extract._attribution_names import is_same_outlet
from consistency.extract._attribution_phrases import _Part
from consistency.extract._attribution_tokens import _in_quote
from consistency.model import Attribution


def _quote_followers(
    text: str, spans: list[tuple[int, int]], quotes: tuple[list[int], list[int]], found: list[_Found]
) -> list[_Found]:
    """A sentence that is all quotation, with no cue of its own, continues the speaker of the
    sentence before it in the same paragraph: 'Vellacourt said the port would reopen. "Ships will
    dock by Friday."' credits the quote to Vellacourt too. Its span is the quotation."""
    if not found:
        return found
    by_sentence: dict[int, _Found] = {}
    k = 0
    for n, (s, e) in enumerate(spans):
        while k < len(found) and found[k].start < e:
            if found[k].start >= s:
                by_sentence[n] = found[k]
            k += 1
    extra: list[_Found] = []
    for n in range(1, len(spans)):
        s, e = spans[n]
        prev = by_sentence.get(n - 1)
        if n in by_sentence or prev is None or "\n\n" in text[spans[n - 1][1] : s]:
            continue
        body = text[s:e].strip()
        q_start = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        if len(body) < 8 or body[0] not in "\"“«" or not _in_quote(quotes, q_start):
            continue
        starts, ends = quotes
        j = bisect.bisect_right(starts, q_start) - 1
        q_end = min(ends[j], e)
        if text[q_end:e].strip(" .!?\n") or not prev.parts[0].named:
            continue
        extra.append(_Found(q_start, q_end, q_start, q_start + 1, prev.source_start, prev.source_end, prev.parts,
                            "quote", prev.channel))
        by_sentence[n] = extra[-1]
    if not extra:
        return found
    return sorted(found + extra, key=lambda f: f.start)


_AGE_ANAPHOR = re.compile(r"(?:the\s+)?\d{1,3}-year-old(?:\s+[A-Z][\w’'-]*)?", re.IGNORECASE)  # ("... Briton")


# A sentence that opens on a person's name and her age ("Ilka Degiwun, 41, thanked the crew."): she is the one a
# "she" in the sentences after it means, sooner than a speaker credited before it.
_NAMED_WITH_AGE = re.compile(
    r"(?:^|(?<=[.!?])[\"”’']?\s+|\n\s*)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:aged\s+)?\d{1,3},"
)


def _subject_since(text: str, last: _Part, pronoun: _Part) -> _Part | None:
    """The person a sentence between the last named speaker and a "she" or "he" opens on, with her age: the
    one the pronoun means; None when no such sentence stands between them, or it names the speaker."""
    if not text or pronoun.start <= last.end:
        return None
    found = list(_NAMED_WITH_AGE.finditer(text, last.end, pronoun.start))
    if not found:
        return None
    m = found[-1]
    name = m.group("name")
    if name.split()[-1] == last.display.split()[-1]:
        return None
    return _Part(name, True, False, True, False, False, m.start("name"), m.end("name"))


def _resolved(found: list[_Found], outlet: str = "", text: str = "") -> Iterator[tuple[_Found, Attribution]]:
    """Each match kept with its value: "the publication" and "he" resolved to earlier named sources (or to the
    person a sentence since opened on: ``_subject_since``), the outlet's own name dropped from the head of each
    chain."""
    last_media: _Part | None = None
    last_person: _Part | None = None
    last_body: _Part | None = None  # an organisation or outlet: what "it" and "they" refer to
    for f in found:
        parts = list(f.parts)
        for k, p in enumerate(parts):
            if p.anaphor and last_media is not None:
                parts[k] = last_media
            elif p.pronoun and p.display.lower() in lex.PERSON_PRONOUNS and last_person is not None:
                parts[k] = _subject_since(text, last_person, p) or last_person
            elif p.pronoun and p.display.lower() in ("it", "they") and last_body is not None:
                parts[k] = last_body  # "The port authority said ... It added": the body named last
            elif not p.named and last_person is not None and _AGE_ANAPHOR.fullmatch(p.display):
                parts[k] = last_person  # '"...," the 29-year-old said': the person named before, by her age
        while parts and is_same_outlet(parts[0].display, outlet):
            parts.pop(0)
        if not parts:
            continue
        for p in parts:
            if p.named and p.media:
                last_media = p
            elif p.named and p.person:
                last_person = p
            if not p.person and not p.pronoun and not p.anaphor and (p.named or p.display.split()[-1].lower() in lex.ORG_WORDS):
                last_body = p
        value = Attribution(
            source=parts[0].display,
            chain=tuple(p.display for p in parts),
            cue=f.cue,
            named=parts[0].named,
            channel=f.channel,
        )
        yield f, value




def _resolved_with_content(
    text: str, spans: list[tuple[int, int]], found: list[_Found], outlet: str = ""
) -> list[AttributionMatch]:
    """The matches of ``found`` with their references resolved (``_resolved``) and their content spans
    (``_content_of``), each built once, its content span with it."""
    starts = [s for s, _ in spans]
    out = []
    for f, value in _resolved(found, outlet, text):
        content = _content_of(text, spans, starts, f.start, f.end, value.cue, f.cue_start, f.cue_end, f.source_start)
        start, end = content if content else (0, 0)
        out.append(AttributionMatch(f.start, f.end, f.cue_start, f.cue_end, f.source_start, f.source_end, value, start, end,
                                    links=f.links))
    return out


def _with_content(text: str, spans: list[tuple[int, int]], matches: list[AttributionMatch]) -> list[AttributionMatch]:
    """Each match with the span of its content, read in its sentence or the one next to it
    ("Brasko continued:" introduces the next one)."""
    starts = [s for s, _ in spans]
    out = []
    for m in matches:
        content = _content_of(text, spans, starts, m.start, m.end, m.value.cue, m.cue_start, m.cue_end, m.source_start)
        out.append(_with_content_span(m, content) if content else m)
    return out


def _content_of(
    text: str, spans: list[tuple[int, int]], starts: list[int], start: int, end: int, cue: str, cue_start: int,
    cue_end: int, source_start: int,
) -> tuple[int, int] | None:
    """The content span of the match at ``start``..``end`` (``starts``: the sentences' starts), or None."""
    n = bisect.bisect_right(starts, start) - 1
    if n < 0:
        return None
    previous = spans[n - 1] if n else None
    following = spans[n + 1] if n + 1 < len(spans) else None
    # a quotation that continues the previous speaker is its own content
    return (start, end) if cue == "quote" else content_span(
        text, start, end, spans[n], previous, following, cue_end, source_start, cue_start
    )


def _with_content_span(m: AttributionMatch, content: tuple[int, int]) -> AttributionMatch:
    """``m`` with its content span: its fields passed to the constructor by position (what
    ``dataclasses.replace`` gives, without its reading of each field by name; a copy through
    ``__dict__`` would be faster still but needs the instance dictionary a compiled class has not)."""
    return AttributionMatch(m.start, m.end, m.cue_start, m.cue_end, m.source_start, m.source_end, m.value,
                            content[0], content[1], m.kind, m.links)


# What may stand between a reported clause and the next attribution of its sentence: the end of
# a clause (a comma, a semicolon, a dash) or a conjunction that joins a clause of its own.
_CLAUSE_ENDS = (",", ";", "—", "―", "--")
_JOINING_WORDS = frozenset({"and", "but", "yet"})


def _ending_before_the_next(text: str, matches: list[AttributionMatch], bounds: list[AttributionMatch]) -> list[AttributionMatch]:
    """``matches`` with each content ending where the next attribution of ``bounds`` begins inside
    it after a clause ends ("Halvik said the levy was fair, but Brask warned ...": Halvik said that
    the levy was fair, no more; each word is credited to one source). The next attribution begins
    at its source when that stands before its cue, else at its cue ("Halvik said ... and called for
    ...": the source is shared). One that
    opens the content ("Halvik said they had argued ...", after "that" too) is what was reported,
    and one inside a clause ("was what he called a tax") is part of it: neither ends the content."""
    # Where each next attribution begins, and the first offset the content must hold for it to end
    # the content there: the clause end or joining word just before it. Read once per attribution,
    # not once per content it falls in (hostile text holds thousands of them in one sentence).
    cuts: list[tuple[int, int]] = []
    for at in sorted({o.cue_start for o in bounds}
                     | {o.source_start for o in bounds if o.source_end > o.source_start and o.source_start < o.cue_start}):
        j = at
        while j > 0 and text[j - 1].isspace():
            j -= 1
        ending = next((e for e in _CLAUSE_ENDS if text.endswith(e, 0, j)), None)
        if ending is not None:
            cuts.append((at, j - len(ending)))
            continue
        word = j
        while word > 0 and not text[word - 1].isspace():
            word -= 1
        if text[word:j].lower() in _JOINING_WORDS:
            cuts.append((at, word - 1))  # something before the joining word: it joins a clause
    ats = [at for at, _need in cuts]
    out = []
    for m in matches:
        start, end = m.content_start, m.content_end
        if end <= start or start < m.cue_end:
            out.append(m)  # no content, or content before the cue: what follows is not its
            continue
        cut = end
        for at, need in cuts[bisect.bisect_right(ats, start) : bisect.bisect_left(ats, end)]:
            if need >= start:
                cut = at
                break
        if cut < end:
            cut = _clause_end(text, start, cut)
            if cut > start:
                m = _with_content_span(m, (start, cut))
        out.append(m)
    return out


def _clause_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces, the punctuation that closes a clause and a joining word."""
    while True:
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—―-"):
            end -= 1
        word = end
        while word > start and text[word - 1].isalpha():
            word -= 1
        if word == end or text[word:end].lower() not in _JOINING_WORDS or (word > start and not text[word - 1].isspace()):
            return end
        end = word
