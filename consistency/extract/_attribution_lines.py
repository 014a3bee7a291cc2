"""Attributions written as lines rather than sentences: transcript labels ("HALVIK: ..."),
"Source: outlet" and "Name: text" lines, and a speaker after a dash closing a quotation
('"..." ― Marta Vellacourt'). Each is read from the line alone, before the sentence scanner runs.
"""

from __future__ import annotations

import re

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_found import _Found
from consistency.extract._attribution_phrases import (
    _NAME_PARTICLES,
    _is_name,
    _is_source_noun,
    _make_phrase,
    _Part,
    _phrase_after,
    _phrase_before,
)
from consistency.extract._attribution_tokens import _Tok, _tokenize


def _at_line_start(text: str, s: int) -> bool:
    line = text.rfind("\n", 0, s) + 1
    return not text[line:s].strip()


# A speaker's label opening a line of a transcript: 'VELLACOURT: ...', '"BRASKO: ...'.
# A label may say how its speaker was heard: 'VELLACOURT (by phone):', 'MINISTER BRASK (clip):'; on a
# live page it may follow the entry's time: '11:05 VELLACOURT:', '14:20 GMT - BRASK (at the lectern):'.
# The label itself, in capitals, with how its speaker was heard: also what ends a live entry's time in
# ``frames`` (a time right before a label stamps the entry).
SPEAKER_LABEL = r"(?P<label>[A-Z][A-Z'’.\- ]{0,44}[A-Z.])(?:[ \t]\([^()\n]{1,64}\))?:"
_LABEL = re.compile(
    r"^[ \t]*(?P<stamp>\d{1,2}[:.]\d{2}(?:[ \t]*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local))?[ \t]*[-–—|]?[ \t]+)?"
    r"[\"“]?[ \t]*" + SPEAKER_LABEL,
    re.MULTILINE,
)


def _speaker_labels(text: str) -> frozenset[str]:
    """Upper-case labels that open two lines or more, or follow a live entry's time: the speakers of a
    transcript or a live page. A dateline ("WASHINGTON:") opens one line only, so it is never taken for a
    speaker, unless the text is a
    transcript, one speaker heard twice: then each label after the first label line is a speaker's (a
    guest heard once between the presenter's two lines), but for the page's own labels ("UPDATE:")."""
    if ":" not in text:
        return frozenset()
    counts: dict[str, int] = {}
    order: list[str] = []
    stamped: set[str] = set()  # after a live entry's time: "11:05 TUPPEN: ...", where no dateline stands
    for m in _LABEL.finditer(text):
        label = m.group("label")
        counts[label] = counts.get(label, 0) + 1
        order.append(label)
        if m.group("stamp") and not _page_label(label):
            stamped.add(label)
    if len(_ENTRY_STAMPS.findall(text)) >= 2:
        # A live page (its entries open with their times): a label line right after an entry that brings
        # someone to speak is that speaker's ("16:40 Its director spoke to us." then "BRASK: ..."); no dateline
        # stands inside a live page, but a heading may ("QUAYSIDE:" after an entry that hears no one).
        for m in _LABEL.finditer(text):
            end = m.start()
            while end and text[end - 1].isspace():
                end -= 1  # (the entry before: found in place, not by copying all the text before each label)
            entry = text[text.rfind("\n", 0, end) + 1 : end]
            if not m.group("stamp") and _BRINGS_A_SPEAKER.search(entry) and not _page_label(m.group("label")):
                stamped.add(m.group("label"))
    heard_again = frozenset(label for label, n in counts.items() if n >= 2) | _named_elsewhere(text, counts) | stamped
    if heard_again and len(counts) >= 2 or len(counts) - sum(map(_page_label, counts)) >= _VOICES:
        # A transcript: several speakers, one of them heard again (the presenter), or three heard once each; a
        # guest who speaks once, after the first label line (where a dateline stands), is a speaker of it too.
        return heard_again | frozenset(label for label in order[1:] if not _page_label(label))
    return heard_again


# Speakers' labels enough for a transcript though none is heard twice: a presenter, a guest and a reporter each
# open a line of their own ("ANCHOR: ...", "BRASK: ...", "REPORTER: ..."), where a dateline opens one line only.
_VOICES = 3


_ENTRY_STAMPS = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}\b", re.MULTILINE)
_ENTRY_STAMP_AT = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}[ \t]+(?:[-–—|][ \t]+)?(?=[A-Z])")  # "10:40 ", "14:05 - "
_BRINGS_A_SPEAKER = re.compile(
    r"\b(?:spoke|speaks|speaking|spoken|talked|talks|talking|told|tells|telling|said|says|addressed|addresses"
    r"|joined us|joins us|is with us|stops by|stopped by|came over|comes over|on the line|interviewed)\b",
    re.IGNORECASE,
)


def _page_label(label: str) -> bool:
    """A label the page writes for itself ("UPDATE:", "BREAKING NEWS:", "SOURCE:"), no speaker's."""
    return any(w in lex.LINE_LABELS or w in lex.SOURCE_LINE_LABELS for w in re.findall(r"[a-z]+", label.lower()))


def _named_elsewhere(text: str, labels: dict[str, int]) -> frozenset[str]:
    """Labels the text writes as a person's surname in ordinary case elsewhere ("Jessamine Tuppen of
    the port authority on the quay:" then "TUPPEN: This terminal will ...", "MAYOR TUPPEN:"): a speaker heard
    once, on a live page or in a transcript, not a dateline (a place is no surname after a given name)."""
    found = set()
    written: set[str] | None = None  # the text's words written after a given name, read once for every label
    for label in labels:
        words = label.split()
        if len(words) > 3 or len(label) < 3 or label.lower() in lex.LINE_LABELS or label.lower() in lex.SOURCE_LINE_LABELS:
            continue
        if len(words) > 1 and not all(w.lower() in _RANK_WORDS for w in words[:-1]):
            continue  # "VICE ADMIRAL DRYCOTT": a title before the surname; not "NEW YORK"
        surname = words[-1][0] + words[-1][1:].lower()
        surname = re.sub(r"(?<=[-'’])(\w)", lambda m: m.group(1).upper(), surname)  # "TUPPEN-HALE" -> "Tuppen-Hale"
        if written is None:
            written = _after_given_names(text)
        if surname in written:
            found.add(label)
    return frozenset(found)


_AFTER_GIVEN_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?=([A-Z][\w'’-]*))")


def _after_given_names(text: str) -> set[str]:
    """Each capitalised word the text writes right after another ("Tuppen" of "Jessamine Tuppen"), with its
    leading parts ("Tuppen" of "Tuppen-Hale"): one pass, where a search per label took as long as the text
    times its labels."""
    out: set[str] = set()
    for m in _AFTER_GIVEN_NAME.finditer(text):
        word = m.group(1)
        out.add(word)
        for cut in re.finditer(r"[-'’]", word):
            out.add(word[: cut.start()])
    return out


_RANK_WORDS = lex.OFFICE_TITLES | frozenset("acting rear admiral major bishop archbishop".split())  # (lower-case titles)


def _transcript_line(text: str, s: int, e: int, labels: frozenset[str]) -> _Found | None:
    line = text.rfind("\n", 0, s) + 1
    m = _LABEL.match(text, line, e)
    if m is None or m.group("label") not in labels or m.end() <= s:
        return None
    start, end = m.start("label"), m.end("label")
    part = _Part(m.group("label"), True, False, True, False, False, start, end)
    return _Found(start, m.end(), m.end() - 1, m.end(), start, end, (part,), ":")


def _line_form(text: str, s: int, e: int, labels: frozenset[str] = frozenset()) -> _Found | None:
    """A sentence that is a line of its own kind: "Source: Halvik Wire" credits an outlet, a
    headline "Marta Vellacourt: the port will reopen" credits its speaker, and so does a
    transcript's line "VELLACOURT: The port will reopen"."""
    if labels:
        spoken = _transcript_line(text, s, e, labels)
        if spoken is not None:
            return spoken
    aside = _speaker_aside_colon(text, s, e) or _speaker_before_colon(text, s, e)
    if aside is not None:
        return aside
    if not _at_line_start(text, s):
        return None
    head = _tokenize(text, s, min(e, s + 200))
    if len(head) < 3:
        return None
    colon = next((k for k, t in enumerate(head[:6]) if t.text == ":"), -1)
    if colon < 1:
        return None
    words = head[:colon]
    if colon == 1 and words[0].low in lex.SOURCE_LINE_LABELS:
        line_end = text.find("\n", head[colon].end, e)
        rest = text[head[colon].end : e if line_end < 0 else line_end].strip().rstrip(".")
        if not rest or len(rest.split()) > 8:
            return None
        start = text.index(rest, head[colon].end)
        part = _Part(rest, True, True, False, False, False, start, start + len(rest))
        return _Found(head[0].start, part.end, head[0].start, head[colon].end, part.start, part.end,
                      (part,), words[0].low + ":")
    quoted = _quoted_headline(text, head, s, e)
    if quoted is not None:
        return quoted
    if colon > 4 or len(head) < colon + 4 or not all(w.word for w in head[colon + 1 : colon + 4]):
        return None
    if any(not _is_name(w) or w.low in lex.LINE_LABELS or (w.text.isupper() and len(w.text) > 4) for w in words):
        return None  # "Read also:", "WASHINGTON:" (a dateline)
    phrase = _make_phrase(text, head, 0, colon)
    cue = head[colon]
    return _Found(phrase.start, cue.end, cue.start, cue.end, phrase.start, phrase.end, phrase.parts, ":")


def _speaker_aside_colon(text: str, s: int, e: int) -> _Found | None:
    """A sentence that opens with a named speaker and an aside, then a colon and a quotation:
    'Ivo Brask, speaking at the finish: "The barrier should never have been there."', 'Brask-Halvik,
    gracious in defeat: "She was better."', 'Ivo Brask, editor of the Halvik Review: "..."'. The name speaks; the aside (a participle or an adjective
    with what it governs, up to eight words) belongs to the span, the colon is the cue. No verb of saying
    may stand in the aside ('Brask, who told reporters: ...' is a sentence the scanner reads)."""
    toks = _tokenize(text, s, min(e, s + 200))
    stamp = _ENTRY_STAMP_AT.match(text, s) if _at_line_start(text, s) else None
    if stamp is not None:  # "10:40 Mira Soltan, out of breath: ...": a live entry's time opens the line
        toks = [t for t in toks if t.start >= stamp.end()]
    name = _phrase_after(text, toks, 0) if toks and toks[0].cap else None
    if name is None or name.first != 0 or name.last >= len(toks) or toks[name.last].text != ",":
        return None
    part = name.parts[-1]
    if not part.named or part.pronoun or part.media or not part.person:
        return None
    comma = name.last
    colon = next((k for k in range(comma + 1, min(comma + 10, len(toks))) if not toks[k].word), -1)
    if colon < comma + 2 or toks[colon].text != ":" or colon + 2 >= len(toks) or toks[colon + 1].text not in _OPENING_QUOTES:
        return None
    opener = toks[comma + 1]
    if opener.cap or not opener.low.isalpha() or opener.low in lex.PRONOUNS or opener.low in lex.DETERMINERS:
        return None  # "Brask, the mayor: ..." is an apposition, "Brask, who ...", a clause: other readings
    aside = toks[comma + 2 : colon] if opener.low == "asked" else toks[comma + 1 : colon]  # "Brask, asked about it:": asked, not asking
    if any(t.low in lex.SPEECH_VERBS and not (t.low in lex.TOPIC_VERBS and t.low.endswith("ing")) for t in aside):
        return None
    cue = toks[colon]
    # A role after the name is an apposition, part of the source as written ('Ivo Brask, editor of the
    # Halvik Review: "..."'); a participle or an adjective is the speaker's circumstance, not the source.
    source_end = toks[colon - 1].end if _is_source_noun(opener.low) else name.end
    return _Found(name.start, cue.end, cue.start, cue.end, name.start, source_end, name.parts, ":")


# What may stand between a speaker and the colon that opens her quotation, saying where, when or how she
# spoke ("at the lectern", "on stage again", "in tears", "to our reporter"): a preposition or an adverb of time.
_CIRCUMSTANCE_OPENERS = frozenset(
    "at on in to from by after before during outside inside with over via beside near again still later "
    "afterwards now then".split()
)
# Words that make the run before the colon a clause of its own ("The mayor at the lectern was blunt:"):
# a finite verb or a relative opener, which the scanner reads if anything.
_CLAUSE_MARKS = frozenset(
    "who whom whose which that is was are were has had have will would can could should did does do "
    "be been being".split()
)
_MAX_CIRCUMSTANCE = 14  # tokens: "still in his overalls and soaked to the knees"


def _speaker_before_colon(text: str, s: int, e: int) -> _Found | None:
    """A sentence that opens with a speaker, where or how she spoke, then a colon and a quotation, anywhere
    on a line (a live page's entry after its time, or after the entry's first sentence): 'Harbour master
    Ivo Brask: "..."', 'The mayor at the lectern: "..."', 'Her owner, Ivo Brask, in tears: "..."',
    'Brask, the boat's owner: "..."'. The colon is the cue and the speaker the source (a role and the
    name set off after it: the name); the circumstance is neither. No verb of saying, finite verb or
    relative opener may stand before the colon ('He told Brask: "..."' is a sentence the scanner reads)."""
    toks = _tokenize(text, s, min(e, s + 240))
    stamp = _ENTRY_STAMP_AT.match(text, s) if _at_line_start(text, s) else None
    if stamp is not None:
        toks = [t for t in toks if t.start >= stamp.end()]
    colon = next((k for k, t in enumerate(toks[: _MAX_CIRCUMSTANCE + 8]) if t.text == ":"), -1)
    if colon < 1 or colon + 2 >= len(toks) or toks[colon + 1].text not in _OPENING_QUOTES:
        return None
    lead = toks[:colon]
    if any(
        t.low in _CLAUSE_MARKS or t.low in lex.SPEECH_VERBS and not (t.low in lex.TOPIC_VERBS and t.low.endswith("ing"))
        for t in lead
    ):
        return None
    speaker = _phrase_after(text, toks, 0) if toks[0].word else None
    if speaker is None or speaker.first != 0 or speaker.last > colon:
        return None
    at = speaker.last
    if at < colon and toks[at].text == "," and at + 1 < colon:
        # "Her owner, Ivo Brask, in tears": the name set off after a role is the speaker; "Brask, the
        # boat's owner": a role set off after a name is part of the source as written
        apposed = _phrase_after(text, toks, at + 1)
        if apposed is not None and apposed.first == at + 1 and apposed.last <= colon:
            role_ended = not toks[speaker.last - 1].cap and apposed.parts[-1].person  # ("Halcrest's mayor, Ivo Brask")
            if apposed.parts[-1].named and (not speaker.parts[-1].named or role_ended):
                speaker, at = apposed, apposed.last
            elif not apposed.parts[-1].named and speaker.parts[-1].named:
                at = apposed.last
    part = speaker.parts[-1]
    if part.pronoun or part.media or part.anaphor:
        return None
    if not (part.named or part.person or _speaker_noun(toks[speaker.last - 1].low)):
        return None
    rest = toks[at:colon]
    if rest:
        opener = rest[1] if rest[0].text == "," and len(rest) > 1 else rest[0]
        if len(rest) > _MAX_CIRCUMSTANCE or opener.cap or not opener.word or (
            opener.low not in _CIRCUMSTANCE_OPENERS and not opener.low.endswith(("ing", "ed")) and rest[0].text != ","
        ):
            return None
    cue = toks[colon]
    source_end = toks[at - 1].end if at > speaker.last else speaker.end
    return _Found(toks[0].start, cue.end, cue.start, cue.end, speaker.start, source_end, speaker.parts, ":")


def _speaker_noun(low: str) -> bool:
    """A noun that heads a speaker ("the mayor", "officials"), not a document ("The statement: ..." quotes
    the statement, whose source is found elsewhere)."""
    return _is_source_noun(low) and low not in lex.DOCUMENT_NOUNS


def _dash_speaker(text: str, toks: list[_Tok], i: int = -1) -> _Found | None:
    """ "― Marta Vellacourt" after a quotation or on a line of its own names the quote's speaker."""
    if i < 0:
        i = next((k for k, t in enumerate(toks) if t.text in lex.SPEAKER_DASHES), -1)
    if i < 0 or i + 1 >= len(toks):
        return None
    dash = toks[i]
    before = text[text.rfind("\n", 0, dash.start) + 1 : dash.start].strip()
    if before and before[-1] not in "\"”»'’":
        return None
    k = i + 1
    while k < len(toks) and k - i <= 5 and toks[k].word and (_is_name(toks[k]) or toks[k].low in _NAME_PARTICLES):
        k += 1
    if k == i + 1 or (k < len(toks) and toks[k].text not in (",", ".")):
        return None
    phrase = _make_phrase(text, toks, i + 1, k)
    if not phrase.parts[0].named:
        return None
    return _Found(dash.start, phrase.end, dash.start, dash.end, phrase.start, phrase.end, phrase.parts, dash.text)


_OPENING_QUOTES = frozenset({"\"", "“", "‘", "'", "«"})


def _quoted_headline(text: str, head: list[_Tok], s: int, e: int) -> _Found | None:
    """A headline line that quotes its speaker after a colon: 'A lesson from Marta Vellacourt:
    "Keep the quay open."' credits the name before the colon. No verb of saying may come before
    the colon ('He told Brask: "..."' is a sentence the scanner reads)."""
    colon = next((k for k, t in enumerate(head[:12]) if t.text == ":"), -1)
    if colon < 1 or colon + 2 >= len(head) or head[colon + 1].text not in _OPENING_QUOTES:
        return None
    if any(t.low in lex.SPEECH_VERBS for t in head[:colon]) or "\n" in text[s : head[colon].start]:
        return None
    phrase = _phrase_before(text, head, colon)
    if phrase is None or not phrase.parts[-1].named or phrase.parts[-1].pronoun or phrase.last - phrase.first > 3:
        return None  # a longer run of capitals is a title-case headline's verb and object, not a name
    cue = head[colon]
    return _Found(phrase.start, cue.end, cue.start, cue.end, phrase.start, phrase.end, phrase.parts, ":")
