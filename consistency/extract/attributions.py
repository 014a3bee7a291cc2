"""Find who said or reported what: attribution phrases, their sources and relay chains.

The matcher is a small, linear token scanner over each sentence, not a parser: it
finds a cue ("said", "according to", "with reference to", ...) outside quotations,
reads the noun phrase of the source next to it (a bounded walk of at most a dozen
tokens), then follows relay links ("citing sources", "cited by Yomiuri",
"..., according to AFP") into a chain ordered from the source the article cites
directly to the original one.

Decisions worth knowing:

* ``X told Reuters``: X is the source, chain ("X",), and the outlet told is the
  ``channel``, not a link of the chain (unlike "X said, according to Reuters",
  where the article credits Reuters: chain ("Reuters", "X")). A generic audience
  or occasion is the channel as written: "told reporters" -> "reporters",
  "said in a statement" -> "statement", "said in an interview with CNN" -> "CNN".
* Sources are displayed as named: "the survey (USGS)" is "USGS", "the country's
  health ministry" is "health ministry", "Iran's seismological centre" stays whole,
  "Fire Chief Bill Stone" and "Sgt. John Doe" lose their titles.
* "Japan agreed to send", "Washington has vowed to respond", "unions called a
  strike": acts, not statements; no attribution.
* Anaphora: "the publication writes" resolves to the last named media source
  earlier in the text; "he"/"she" to the last named person source. Unresolved,
  they stay as written with ``named=False``.
* ``Attribution.cue`` is the cue that introduces the innermost (original)
  source, and the extraction span runs from that cue or the first source
  phrase to the last of them: "Bloomberg with reference to the Japanese media".
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import NamedTuple

from consistency.extract import ExtractionContext
from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_names import is_same_outlet, normalize_source
from consistency.model import Attribution, Extraction
from consistency.text import split_sentences

__all__ = ["AttributionMatch", "extract_attributions", "find_attributions", "is_same_outlet", "normalize_source"]

# Abbreviated titles keep their period ("Mr. Obama"), dotted acronyms stay whole
# ("U.S."), words may hold inner apostrophes, hyphens and dots ("Yomiuri's",
# "ukrinform.net"). Each alternative is a single pass with a mandatory separator,
# so the pattern is linear.
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Gov|Sen|Rep|Rev|St|Jr|Sr)\.(?=\s)"
    r"|(?:[A-Za-z]\.){2,}"
    r"|[A-Z]\.(?=\s[A-Z])"  # a middle initial: "John D. Podesta"
    r"|[^\W_]+(?:[’'&.\-][^\W_]+)*"
    r"|[^\s\w]|_"
)
# Any word that can start a cue; a sentence without one is not tokenized at all, which
# is most sentences of most articles.
_CUE_HINT = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {w for w in lex.SPEECH_VERBS | lex.FINDING_VERBS if w.isalpha()}
            | {"according", "words"}  # the rarest word of each preposed cue
            | lex.PARTICIPLE_CUES
            | lex.WITNESS_VERBS,
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.IGNORECASE,
)
_DASH_HINT = re.compile("[―—–]")
_QUOTE = re.compile(r"[\"“”«»]|''")  # two apostrophes are a quote mark in some wire copy
_NEWLINE = re.compile(r"\n")
_SPACES = re.compile(r"\s+")

# How far a noun phrase walk may go, in tokens; bounds the work per cue.
_MAX_PHRASE = 12
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "it", "us", "me"})
_CLAUSE_PUNCT = frozenset({",", "\"", "“", "”", "—", "–", "-", ":", ";", "«", "»", "(", ")", "'", "’"})
# Verb forms that are also plural nouns ("27 states", "his TV show", "Fifth Amendment claims").
_NOUN_LIKE = frozenset(
    "states claims reports notes remarks estimates promises posts tweets show shows warns vows pledges "
    "replies counters concludes".split()
)
_AUX_NEXT = frozenset("were are was is have has had will would can could should may might do did".split())
# Where an appositive after an inverted source ends: '..., said Mike Schmidt, an adviser at X.'
_APPOSITION_STOP = frozenset({"\"", "“", "”", ";", ":", "—", "–", "(", "«", "»"})
_NAME_PARTICLES = frozenset({"de", "van", "von", "al", "la", "le", "du", "del", "der"})
_FUNCTION_WORDS = (
    lex.CONNECTORS | lex.CAP_STOP | lex.PRONOUNS | lex.DETERMINERS | _OBJECT_PRONOUNS
    | frozenset({"let", "there", "here", "what", "that", "one"})
)
_PASSIVE_AUX = frozenset({"is", "was", "were", "been", "being", "be", "are"})


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    word: bool
    cap: bool
    first: bool  # first token of its sentence


@dataclass(frozen=True)
class _Part:
    """One link of a chain as found in the text."""

    display: str
    named: bool
    media: bool
    person: bool
    anaphor: bool  # "the publication", "the newspaper"
    pronoun: bool
    start: int
    end: int


@dataclass(frozen=True)
class _Phrase:
    """A source noun phrase: the characters it covers and the chain parts it names."""

    first: int  # token indices, end exclusive
    last: int
    start: int
    end: int
    parts: tuple[_Part, ...]


@dataclass(frozen=True)
class AttributionMatch:
    """One attribution with the pieces a benchmark scores separately.

    ``cue_start``/``cue_end`` cover the main cue as written ("has also said",
    "according to"); ``source_start``/``source_end`` the noun phrase that cue
    attaches to, descriptors included ("longtime pollster Pat Caddell").
    """

    start: int
    end: int
    cue_start: int
    cue_end: int
    source_start: int
    source_end: int
    value: Attribution


def extract_attributions(text: str, context: ExtractionContext) -> list[Extraction]:
    """Attribution phrases in ``text`` with their source chains, in text order."""
    found = find_attributions(text, context.sentences, getattr(context, "outlet", ""))
    return [Extraction(m.start, m.end, m.value) for m in found]


def find_attributions(
    text: str, sentences: tuple[tuple[int, int], ...] | list[tuple[int, int]] = (), outlet: str = ""
) -> list[AttributionMatch]:
    """Like :func:`extract_attributions`, keeping the cue and source spans apart.

    ``outlet`` is the publishing outlet: a chain link naming it is dropped ("As Halvik Wire
    reported" in a Halvik Wire article credits nobody), since an outlet citing itself is no source.
    """
    spans = _repair_sentences(text, list(sentences) if sentences else split_sentences(text))
    quotes = _quote_regions(text)
    found: list[_Found] = []
    for s, e in spans:
        line = _line_form(text, s, e)
        if line is not None:
            found.append(line)
            continue
        if not _CUE_HINT.search(text, s, e):
            if _DASH_HINT.search(text, s, e):
                toks = _tokenize(text, s, e)
                found.extend(x for x in (_dash_speaker(text, toks),) if x is not None)
            continue
        toks = _tokenize(text, s, e)
        if toks:
            found.extend(_sentence_matches(text, toks, quotes))
    found = _quote_followers(text, spans, quotes, found)
    return _resolve_references(found, outlet)


def _repair_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a sentence to the next one on the same line when that one starts in lower case or
    with a comma: the split fell inside "Rep. Jane Doe (D-Ore.), head of ..., said"."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < len(text):
            ps, pe = out[-1]
            first = text[s]
            if (first.islower() or first in ",;)") and "\n" not in text[pe:s]:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


# --- tokens and quotes ------------------------------------------------------------------------------


def _tokenize(text: str, start: int, end: int) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        word = t[0].isalnum()
        toks.append(_Tok(m.start(), m.end(), t, t.lower(), word, word and t[0].isupper(), not toks))
    return toks


def _quote_regions(text: str) -> tuple[list[int], list[int]]:
    """Sorted starts and ends of quoted stretches; a quote never runs past its line."""
    starts: list[int] = []
    ends: list[int] = []
    line_ends = [m.start() for m in _NEWLINE.finditer(text)]
    open_at = -1
    for m in _QUOTE.finditer(text):
        ch, pos = m.group(), m.start()
        if open_at >= 0:
            line_end = _next_line_end(line_ends, open_at, len(text))
            if pos > line_end:  # the quote opened on an earlier line never closed
                starts.append(open_at)
                ends.append(line_end)
                open_at = -1
        if open_at < 0:
            if ch in ("\"", "“", "«", "''"):
                open_at = pos
        elif ch in ("\"", "”", "»", "''"):
            starts.append(open_at)
            ends.append(pos + 1)
            open_at = -1
    if open_at >= 0:
        starts.append(open_at)
        ends.append(_next_line_end(line_ends, open_at, len(text)))
    return starts, ends


def _next_line_end(line_ends: list[int], pos: int, default: int) -> int:
    i = bisect.bisect_right(line_ends, pos)
    return line_ends[i] if i < len(line_ends) else default


def _in_quote(quotes: tuple[list[int], list[int]], pos: int) -> bool:
    starts, ends = quotes
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


# --- noun phrases ---------------------------------------------------------------------------------


def _is_name(tok: _Tok) -> bool:
    return tok.cap and tok.low not in lex.CAP_STOP and tok.low not in lex.PRONOUNS


def _is_possessive(tok: _Tok) -> bool:
    if not (tok.word and len(tok.low) > 2 and tok.low.endswith(("'s", "’s"))):
        return False
    base = tok.low[:-2]
    return base not in _FUNCTION_WORDS  # "who's", "she's", "let's" are contractions


def _content_word(tok: _Tok) -> bool:
    """A lower-case word that may sit inside a source phrase."""
    lw = tok.low
    return (
        lw in lex.SOURCE_NOUNS
        or lw in lex.MEDIA_NOUNS
        or lw in lex.ROLE_NOUNS
        or lw in lex.MODIFIERS
        or lw in lex.DEMONYMS
        or lw.isdigit()
    )


def _is_head(tok: _Tok) -> bool:
    if not tok.word:
        return False
    if _is_name(tok):
        return True
    return tok.low in lex.SOURCE_NOUNS or tok.low in lex.ROLE_NOUNS


def _phrase_before(text: str, toks: list[_Tok], end: int) -> _Phrase | None:
    """The source phrase ending just before token ``end`` ("the Japanese newspaper Yomiuri")."""
    j = end - 1
    if j < 0 or not toks[j].word:
        return None
    head = toks[j]
    if head.low in lex.PRONOUNS:
        if head.low == "who":
            return _relative_who(text, toks, j)
        return _pronoun_phrase(toks, j)
    k = j
    taken = 0
    while k >= 0 and taken < _MAX_PHRASE:
        t = toks[k]
        if not t.word:
            break
        lw = t.low
        if lw == "the" and k >= 2 and k < j and toks[k - 1].low in lex.CONNECTORS and (
            _is_name(toks[k - 2]) or (toks[k - 2].low in lex.ROLE_NOUNS and toks[k - 1].low in ("for", "of", "at"))
        ):
            pass  # "Institute for the World Economy", "a spokeswoman for the Pentagon": keep walking
        elif lw in lex.DETERMINERS or lw in lex.POSSESSIVE_DETERMINERS:
            if k < j:
                k -= 1
            break
        elif t.cap and lw in _NAME_PARTICLES:
            pass  # "De Blasio"
        elif lw in lex.CONNECTORS:
            after_ok = k < j and (_is_name(toks[k + 1]) or toks[k + 1].low == "the")
            role_before = k >= 1 and not toks[k - 1].cap and toks[k - 1].low in lex.ROLE_NOUNS
            if not (after_ok and k >= 1 and (_is_name(toks[k - 1]) or (role_before and lw in ("for", "of", "at")))):
                break
        elif _is_name(t) or _is_possessive(t) or _content_word(t):
            pass
        elif "-" in lw and k < j and t.low not in lex.PRONOUNS:
            pass  # "vice-presidential nominee"
        elif k < j and _adjective_after_possessive(toks, k):
            pass  # "Iran's seismological centre"
        else:
            break
        k -= 1
        taken += 1
    first = k + 1
    if first > j:
        # An unknown noun after a determiner and modifiers: "the New York businessman said".
        first = _determined_noun_start(toks, j)
        if first < 0:
            return None
    elif not _is_head(head) and not _is_possessive(head):
        return None
    else:
        first = _compound_start(toks, first)
    # Connectors or modifiers cannot open a phrase on their own.
    while first < j and toks[first].low in lex.CONNECTORS and toks[first].low != "the" and not toks[first].cap:
        first += 1
    postmodified = _postmodified_start(text, toks, first, j)
    if postmodified is not None:
        first = postmodified
    phrase = _make_phrase(text, toks, first, j + 1)
    return _with_document_before(toks, phrase)


def _compound_word(tok: _Tok) -> bool:
    """A lower-case noun that may modify a source noun: "port" in "the Velmora port authority"."""
    lw = tok.low
    return (
        tok.word
        and not tok.cap
        and lw.isalpha()
        and len(lw) >= 3
        and lw not in _FUNCTION_WORDS
        and lw not in lex.SPEECH_VERBS
        and lw not in lex.CUE_PREFIX
        and lw not in _PASSIVE_AUX
        and lw not in _AUX_NEXT
        and not lw.endswith("ly")
    )


def _compound_start(toks: list[_Tok], first: int) -> int:
    """Extend a source phrase over up to two such nouns when a name or a determiner opens them:
    "the Norland statistics office", "The port authority"."""
    m = first - 1
    unknown = 0
    while m >= 0 and unknown < 2 and _compound_word(toks[m]):
        m -= 1
        unknown += 1
    if not unknown:
        return first
    if m < 0:
        return 0  # the sentence opens with them: "Human rights groups said"
    t = toks[m]
    if t.low in lex.DETERMINERS or t.low in lex.POSSESSIVE_DETERMINERS:
        return m
    if not t.word and t.text in (",", ":", ";", "—", "(") or t.low in ("and", "but"):
        return m + 1  # "..., human rights groups said"
    if _is_possessive(t):
        return _compound_start(toks, m + 1) if m + 1 < first else m  # "Norland's port authority"
    if not _is_name(t):
        return first
    names = 0
    while m - 1 >= 0 and names < 4 and _is_name(toks[m - 1]) and toks[m - 1].low not in lex.DETERMINERS:
        m -= 1
        names += 1
    if m - 1 >= 0 and toks[m - 1].low in lex.DETERMINERS:
        m -= 1
    return m


def _postmodified_start(text: str, toks: list[_Tok], first: int, j: int) -> int | None:
    """ "sources familiar with the matter said": the phrase runs back to the source noun whose
    postmodifier reaches the cue; None when there is none."""
    for m in range(first - 1, max(first - 8, -1), -1):
        t = toks[m]
        if not t.word:
            return None
        if not t.cap and t.low in lex.SOURCE_NOUNS and _match_seq(toks, m + 1, lex.POSTMODIFIERS):
            if _postmodifier_end(toks, m) < j + 1:
                return None
            owner = _phrase_before(text, toks, m + 1)
            return owner.first if owner is not None else m
    return None


def _adjective_after_possessive(toks: list[_Tok], k: int) -> bool:
    """True when the unknown lower-case word at ``k`` follows a possessive within two words."""
    for m in range(k, max(k - 3, -1), -1):
        t = toks[m]
        if m < k and _is_possessive(t):
            return True
        if not (t.word and t.low.isalpha() and not t.cap and t.low not in _FUNCTION_WORDS):
            return False
        if t.low in lex.SPEECH_VERBS or t.low in lex.CUE_PREFIX:
            return False
    return False


def _is_acronym(tok: _Tok) -> bool:
    letters = tok.text.replace(".", "")
    return tok.word and len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _with_acronym(phrase: _Phrase, acronym: _Tok) -> _Phrase:
    """ "the survey (USGS)": an acronym names the source better than a common noun before it."""
    if not _is_acronym(acronym) or any(p.named for p in phrase.parts):
        return phrase
    media = acronym.low.replace(".", "") in lex.MEDIA_NAMES
    part = _Part(acronym.text, True, media, False, False, False, acronym.start, acronym.end)
    return _Phrase(phrase.first, phrase.last, phrase.start, phrase.end, (part,))


def _acronym_after(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """ "according to the survey (USGS)": take in the bracketed acronym after the phrase."""
    k = phrase.last
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and _is_acronym(toks[k + 1]):
        named = _with_acronym(phrase, toks[k + 1])
        if named is not phrase:
            return _Phrase(named.first, k + 3, named.start, toks[k + 2].end, named.parts)
    return phrase


def _determined_noun_start(toks: list[_Tok], j: int) -> int:
    """Start of "the California congressman" ending in an unknown noun at ``j``; -1 if none."""
    if not toks[j].low.isalpha() or toks[j].cap or toks[j].low in _FUNCTION_WORDS:
        return -1
    k = j - 1
    while k >= 0 and j - k <= 5:
        t = toks[k]
        if t.low in lex.DETERMINERS or t.low in lex.POSSESSIVE_DETERMINERS or t.low == "one":
            return k
        if not t.word or not (_is_name(t) or _content_word(t) or _is_possessive(t)):
            return -1
        k -= 1
    return -1


def _before_parenthesis(text: str, toks: list[_Tok], end: int) -> tuple[_Phrase | None, int]:
    """The phrase before ``end``, stepping over "(D-Wis.)"; also returns the span's end offset."""
    if end >= 1 and toks[end - 1].text == ")":
        for k in range(end - 2, max(end - 10, -1), -1):
            if toks[k].text == "(":
                phrase = _phrase_before(text, toks, k)
                if phrase is not None and k + 2 == end - 1:
                    phrase = _with_acronym(phrase, toks[k + 1])  # "the survey (USGS)"
                return phrase, toks[end - 1].end
            if toks[k].text == ")":
                break
        return None, -1
    phrase = _phrase_before(text, toks, end)
    return phrase, phrase.end if phrase is not None else -1


def _with_document_before(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """ "a 2014 survey by the Pew Research Center found": the span takes in the document."""
    by = phrase.first - 1
    if by < 1 or toks[by].low not in ("by", "from") or toks[by - 1].low not in lex.DOCUMENT_NOUNS:
        return phrase
    k = by - 1
    while k >= 1 and by - k < _MAX_PHRASE:
        p = toks[k - 1]
        if p.low in lex.DETERMINERS or p.low in lex.POSSESSIVE_DETERMINERS:
            k -= 1
            break
        if not p.word or not (_is_name(p) or _content_word(p) or p.low in ("new", "latest", "recent")):
            break
        k -= 1
    return _Phrase(k, phrase.last, toks[k].start, phrase.end, phrase.parts)


def _phrase_after(text: str, toks: list[_Tok], start: int) -> _Phrase | None:
    """The source phrase starting at token ``start`` ("the Kiel Institute for the World Economy")."""
    n = len(toks)
    if start >= n or not toks[start].word:
        return None
    if toks[start].low in _OBJECT_PRONOUNS or toks[start].low in lex.PRONOUNS:
        return _pronoun_phrase(toks, start)
    k = start
    last_head = -1
    while k < n and k - start < _MAX_PHRASE:
        t = toks[k]
        if not t.word:
            break
        lw = t.low
        nxt = toks[k + 1] if k + 1 < n else None
        if lw in lex.DETERMINERS or lw in lex.POSSESSIVE_DETERMINERS:
            prev_conn = k > start and toks[k - 1].low in lex.CONNECTORS
            if k != start and not prev_conn:
                break
        elif lw in lex.CONNECTORS:
            if k == start or last_head != k - 1 or not _is_name(toks[k - 1]) or nxt is None:
                break
            if not (_is_name(nxt) or (nxt.low == "the" and k + 2 < n and _is_name(toks[k + 2]))):
                break
        elif _is_name(t) or _content_word(t):
            if _is_head(t) or lw.isdigit() and nxt is None:
                last_head = k
        elif _is_possessive(t):
            last_head = k
        elif "-" in lw and k > start:
            pass
        elif k > start and _is_name(toks[k - 1]) and nxt is not None and _is_name(nxt) and lw.isalpha():
            pass  # a role between names: "MSNBC host Chris Matthews"
        elif k > start and _compound_word(t) and any(
            x.word and not x.cap and (x.low in lex.SOURCE_NOUNS or x.low in lex.ROLE_NOUNS) for x in toks[k + 1 : k + 3]
        ):
            pass  # a noun before the head: "the Velmora port authority"
        else:
            break
        if _is_head(t) or _is_possessive(t):
            last_head = k
        k += 1
    if last_head < 0:
        # "according to the lawsuit": a determiner and one unknown noun.
        if (
            k == start + 1
            and toks[start].low in lex.DETERMINERS | lex.POSSESSIVE_DETERMINERS
            and start + 1 < n
            and toks[start + 1].word
            and toks[start + 1].low.isalpha()
            and toks[start + 1].low not in lex.CAP_STOP
            and not toks[start + 1].cap
        ):
            return _make_phrase(text, toks, start, start + 2)
        return None
    end_tok = _postmodifier_end(toks, last_head)
    phrase = _make_phrase(text, toks, start, end_tok)
    # "a report by Reuters", "a statement from the ministry": the author is the source.
    head = toks[last_head]
    if head.low in lex.DOCUMENT_NOUNS and last_head + 2 < n:
        by = last_head + 1
        if toks[by].low == "published" and by + 2 < n and toks[by + 1].low == "by":
            by += 1
        if toks[by].low in ("by", "from", "in"):
            author = _phrase_after(text, toks, by + 1)
            if author is not None and any(p.named or p.anaphor for p in author.parts):
                return _Phrase(phrase.first, author.last, phrase.start, author.end, author.parts)
    return phrase


def _postmodifier_end(toks: list[_Tok], head: int) -> int:
    """Token after "people familiar with the matter" and the like; ``head + 1`` when there is none."""
    if toks[head].cap or toks[head].low not in lex.SOURCE_NOUNS:
        return head + 1
    n = _match_seq(toks, head + 1, lex.POSTMODIFIERS)
    if not n:
        return head + 1
    k = head + 1 + n
    stop = min(len(toks), k + 4)  # "the matter", "the Biden administration's plans"
    while k < stop and toks[k].word and toks[k].low not in lex.CLAUSE_WORDS:
        k += 1
    return k


def _pronoun_phrase(toks: list[_Tok], j: int) -> _Phrase:
    t = toks[j]
    part = _Part(t.text, False, False, False, False, True, t.start, t.end)
    return _Phrase(j, j + 1, t.start, t.end, (part,))


def _relative_who(text: str, toks: list[_Tok], j: int) -> _Phrase | None:
    """ "Smith, who said": the antecedent before the comma is the source."""
    if j >= 2 and toks[j - 1].text == ",":
        ante = _phrase_before(text, toks, j - 1)
        if ante is not None and not ante.parts[0].pronoun:
            t = toks[j]
            return _Phrase(j, j + 1, t.start, t.end, ante.parts)
    return _pronoun_phrase(toks, j)


def _make_phrase(text: str, toks: list[_Tok], first: int, last: int) -> _Phrase:
    """Build chain parts for tokens ``first``..``last`` (exclusive)."""
    words = toks[first:last]
    start, end = words[0].start, words[-1].end
    # "Yomiuri's sources": the possessor relays its own unnamed sources.
    for i, t in enumerate(words[:-1]):
        if _is_possessive(t):
            owner = words[: i + 1]
            rest = words[i + 1 :]
            owner_part = _part(text, owner, strip_possessive=True)
            if any(w.cap for w in rest if w.low not in lex.CAP_STOP):
                return _Phrase(first, last, start, end, (_part(text, rest),))
            if rest[-1].low in lex.DOCUMENT_NOUNS:
                return _Phrase(first, last, start, end, (owner_part,))
            if rest[-1].low not in lex.RELAY_NOUNS:
                if owner_part.named:  # "Iran's seismological centre": one body, named through its owner
                    whole = _part(text, words)
                    return _Phrase(first, last, start, end, (dataclasses.replace(whole, named=True),))
                # "the country's health ministry": the owner only says whose
                return _Phrase(first, last, start, end, (_part(text, rest),))
            return _Phrase(first, last, start, end, (owner_part, _part(text, rest)))
    return _Phrase(first, last, start, end, (_part(text, words),))


def _part(text: str, words: list[_Tok], strip_possessive: bool = False) -> _Part:
    """Display form, namedness and kind of one source phrase."""
    start, end = words[0].start, words[-1].end
    media = any(w.low in lex.MEDIA_NOUNS for w in words)
    kept = list(words)
    while kept and (kept[0].low in lex.DETERMINERS or kept[0].low in lex.POSSESSIVE_DETERMINERS) and len(kept) > 1:
        kept = kept[1:]
    # Drop the role or descriptor before a name: "the Japanese newspaper Yomiuri" -> "Yomiuri".
    cut = 0
    role_head = False  # "a spokeswoman for Hillary Clinton": the role is the head
    for i, w in enumerate(kept):
        if not w.cap and w.word and w.low not in lex.CONNECTORS and any(_is_name(x) for x in kept[i + 1 :]):
            if i + 1 < len(kept) and kept[i + 1].low in ("for", "of", "at"):
                role_head = True
                break
            cut = i + 1
    kept = kept[cut:] or kept
    kept = _without_titles(kept)
    # Drop a trailing descriptor after a name: "Ukrinform news agency" -> "Ukrinform".
    while (
        len(kept) > 1
        and not kept[-1].cap
        and kept[-1].low in lex.MEDIA_NOUNS
        and any(_is_name(x) and x.low not in lex.DEMONYMS for x in kept)
    ):
        kept = kept[:-1]
    head = kept[-1]
    named = (
        not role_head
        and _is_name(head)
        and not (head.first and head.low in lex.SOURCE_NOUNS)
        and head.low not in lex.DESCRIPTIVE_CAPS
    )
    names = [w.low[:-2] if _is_possessive(w) else w.low for w in kept if w.cap]
    if not media and named:
        media = any(x in lex.MEDIA_NAMES for x in names) or (
            len(kept) > 1 and head.low in lex.MEDIA_NAME_WORDS
        )
    person = named and not media and not any(w.low in lex.ORG_WORDS for w in kept) and len(kept) <= 5
    display = _SPACES.sub(" ", text[kept[0].start : kept[-1].end])
    if strip_possessive and display.endswith(("'s", "’s")):
        display = display[:-2]
    anaphor = (
        not named
        and len(words) == 2
        and words[0].low in ("the", "this")
        and words[1].low in lex.MEDIA_NOUNS
    )
    return _Part(display, named, media, person, anaphor, False, start, end)


def _without_titles(kept: list[_Tok]) -> list[_Tok]:
    """ "Fire Chief Bill Stone" -> "Bill Stone", "Sgt. John Doe" -> "John Doe"; "General Motors" stays.

    The cut falls after the last title of office when only name words follow: two of them, or one
    after an abbreviated title ("Mr. Obama"). Organisations ("Justice Department") keep their words.
    """
    for t in range(len(kept) - 2, -1, -1):
        title = kept[t]
        low = title.low.rstrip(".")
        if not title.cap or low not in lex.OFFICE_TITLES:
            continue
        rest = kept[t + 1 :]
        abbreviated = title.text.endswith(".")
        if not all(_is_name(w) and w.low.rstrip(".") not in lex.OFFICE_TITLES for w in rest):
            return kept
        if any(w.low in lex.ORG_WORDS | lex.MEDIA_NAMES | lex.MEDIA_NAME_WORDS for w in rest):
            return kept
        if not all(w.cap for w in kept[:t]) or (low in lex.AMBIGUOUS_TITLES and not abbreviated):
            return kept
        if len(rest) >= 2 or abbreviated:
            return rest
        return kept
    return kept


# --- cues and links ---------------------------------------------------------------------------------


def _match_seq(toks: list[_Tok], i: int, seqs: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first sequence in ``seqs`` that the tokens at ``i`` spell, or 0."""
    for seq in seqs:
        if i + len(seq) <= len(toks) and all(toks[i + k].low == w for k, w in enumerate(seq)):
            return len(seq)
    return 0


@dataclass
class _Chain:
    """A chain under construction: parts with the cue that introduced each."""

    parts: list[_Part]
    cues: list[tuple[int, int, str]]  # span and normalized text of the cue introducing each part
    spans: list[tuple[int, int]]  # char spans of the source phrases


def _follow_links(text: str, toks: list[_Tok], k: int, chain: _Chain) -> int:
    """Extend ``chain`` with relay links found at token ``k``; return the token after them."""
    for _ in range(3):  # chains longer than three links are not worth the walk
        j = k + 1 if k < len(toks) and toks[k].text == "," else k
        n_in = _match_seq(toks, j, lex.INNER_LINKS)
        n_out = 0 if n_in else _match_seq(toks, j, lex.OUTER_LINKS)
        n = n_in or n_out
        if not n:
            break
        phrase = _phrase_after(text, toks, j + n)
        if phrase is None or all(p.pronoun for p in phrase.parts):
            break
        cue = (toks[j].start, toks[j + n - 1].end, _cue_words(toks[j : j + n]))
        if n_in:
            chain.parts.extend(phrase.parts)
            chain.cues.extend([cue] * len(phrase.parts))
        else:
            chain.parts[:0] = phrase.parts
            chain.cues[:0] = [cue] * len(phrase.parts)
        chain.spans.append((phrase.start, phrase.end))
        k = phrase.last
    return k


def _cue_words(toks: list[_Tok]) -> str:
    return " ".join(t.low for t in toks)


def _interjected_link(
    text: str, toks: list[_Tok], comma: int
) -> tuple[int, _Phrase, tuple[int, int, str]] | None:
    """ "X, citing Y, reported": find ", citing Y" ending at the comma token ``comma``."""
    for c in range(comma - 1, max(comma - _MAX_PHRASE - 4, 0), -1):
        if toks[c].text == ",":
            n = _match_seq(toks, c + 1, lex.INNER_LINKS)
            if not n:
                return None
            phrase = _phrase_after(text, toks, c + 1 + n)
            if phrase is None or phrase.last != comma:
                return None
            return c, phrase, (toks[c + 1].start, toks[c + n].end, _cue_words(toks[c + 1 : c + 1 + n]))
    return None


def _sentence_matches(text: str, toks: list[_Tok], quotes: tuple[list[int], list[int]]) -> list[_Found]:
    out: list[_Found] = []
    used_until = -1  # tokens before this index belong to an earlier match
    for i, t in enumerate(toks):
        if i < used_until or not t.word or _in_quote(quotes, t.start):
            continue
        found = _preposed(text, toks, i) or _verb(text, toks, i)
        if found is None and t.low in lex.PARTICIPLE_CUES and i and toks[i - 1].text == ",":
            found = _participle(text, toks, i, out)
        if found is None and t.low in lex.WITNESS_VERBS:
            if _witness(text, toks, i, out):
                used_until = i + 1
            continue
        if found is None and t.text in lex.SPEAKER_DASHES:
            speaker = _dash_speaker(text, toks, i)
            found = (speaker, len(toks)) if speaker is not None else None
        if found is None:
            continue
        match, last_tok = found
        out.append(match)
        used_until = last_tok
    return out


@dataclass(frozen=True)
class _Found:
    """A match before references are resolved."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    source_start: int
    source_end: int
    parts: tuple[_Part, ...]
    cue: str
    channel: str | None = None


def _finish(
    chain: _Chain,
    main_cue: tuple[int, int, str],
    main_source: _Phrase,
    last_tok: int,
    source_span: tuple[int, int] | None = None,
    channel: str | None = None,
) -> tuple[_Found, int]:
    cue = chain.cues[-1]
    points = [cue[0], cue[1]] + [s for span in chain.spans for s in span]
    found = _Found(
        start=min(points),
        end=max(points),
        cue_start=main_cue[0],
        cue_end=main_cue[1],
        source_start=source_span[0] if source_span else main_source.start,
        source_end=source_span[1] if source_span else main_source.end,
        parts=tuple(chain.parts),
        cue=cue[2],
        channel=channel,
    )
    return found, last_tok


def _plain_noun_phrase(text: str, toks: list[_Tok], start: int) -> _Phrase | None:
    """After "according to", whatever noun phrase follows is the source, known nouns or not:
    "according to exit polls", "according to federal statistics". Up to six words, to the next
    punctuation, clause word or preposition."""
    k = start
    while k < len(toks) and k - start < 6:
        t = toks[k]
        if not t.word or t.low in lex.CLAUSE_WORDS or (t.low in lex.CAP_STOP and k > start) or t.low in _AUX_NEXT:
            break
        k += 1
    if k == start or toks[k - 1].low in lex.DETERMINERS or toks[k - 1].low in lex.CONNECTORS:
        return None
    return _make_phrase(text, toks, start, k)


def _preposed(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "according to X", "reported by X", "as reported by X"."""
    n = _match_seq(toks, i, lex.PREPOSED_CUES)
    if not n:
        return None
    phrase = _phrase_after(text, toks, i + n) or _plain_noun_phrase(text, toks, i + n)
    if phrase is None:
        return None
    phrase = _acronym_after(toks, phrase)
    cue = (toks[i].start, toks[i + n - 1].end, _cue_words(toks[i : i + n]))
    chain = _Chain(list(phrase.parts), [cue] * len(phrase.parts), [(phrase.start, phrase.end)])
    last = _follow_links(text, toks, phrase.last, chain)
    return _finish(chain, cue, phrase, last)


def _verb(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "X said", "X, citing Y, reported", "..., said X", "X told Reuters"."""
    t = toks[i]
    lw = t.low
    finding = lw in lex.FINDING_VERBS
    if lw not in lex.SPEECH_VERBS and not finding:
        return None
    if t.cap and not (lw in ("says", "said") and (i + 1 == len(toks) or not toks[i + 1].word)):
        return None  # a capital is a name ("United States"); "..., Graham Says." ends a headline
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    if lw in lex.NEEDS_OBJECT and (nxt_tok is None or nxt_tok.low not in lex.OBJECT_STARTS):
        return None
    if lw in lex.COMMISSIVE_VERBS and nxt_tok is not None and nxt_tok.word and not _states_after(lw, nxt_tok):
        return None  # "Japan agreed to send", "Washington has vowed to respond": an act, not a statement
    if lw in ("called", "calls") and _calls_an_action(toks, i + 1):
        return None  # "unions called a 72-hour strike"
    prev = toks[i - 1] if i else None
    if prev is not None and (prev.low in lex.DETERMINERS or prev.low == "having"):
        return None  # "the said agreement", "having said that"
    if lw in _NOUN_LIKE:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            prev is None
            or not prev.word
            or _is_possessive(prev)
            or prev.low.isdigit()
            or nxt is None
            or not nxt.word
            or nxt.low in _AUX_NEXT
            or (i >= 2 and _is_possessive(toks[i - 2]))
        ):
            return None  # read as a noun
    # Walk left over auxiliaries and adverbs that belong to the cue, and a weekday.
    cue_first = i
    j = i
    passive = False
    for _ in range(4):
        if j == 0:
            break
        p = toks[j - 1].low
        if p in lex.CUE_PREFIX or p in _PASSIVE_AUX:
            passive = passive or p in _PASSIVE_AUX
            j -= 1
            cue_first = j
        elif p in lex.WEEKDAYS:
            j -= 1
            if j and toks[j - 1].low in ("on", "last", "this"):
                j -= 1
        else:
            break
    if passive and lw not in ("says", "states", "notes", "reports", "writes"):
        return None  # "it was said", "he was told": no speaker here
    cue_end = t.end
    if nxt_tok is not None and lw in lex.NEEDS_OBJECT and nxt_tok.low in lex.CUE_PARTICLES:
        cue_end = nxt_tok.end  # "called for" is one cue
    cue = (toks[cue_first].start, cue_end, lw)
    inner: tuple[_Phrase, tuple[int, int, str]] | None = None
    if j and toks[j - 1].text == ",":
        link = _interjected_link(text, toks, j - 1)
        if link is not None:
            j, inner_phrase, inner_cue = link
            inner = (inner_phrase, inner_cue)
    subject, paren_end = _before_parenthesis(text, toks, j)
    source_span: tuple[int, int] | None = None
    if subject is not None and paren_end > subject.end:
        source_span = (subject.start, paren_end)
    if subject is None and inner is None and j >= 2 and toks[j - 1].text == ",":
        apposed = _apposition_before(text, toks, j - 1)
        if apposed is not None:
            subject, source_span = apposed
    if subject is not None and finding:
        head_low = toks[subject.last - 1].low
        if head_low not in lex.DOCUMENT_NOUNS and not subject.parts[-1].named:
            subject = None
    after = i + 1
    if subject is None and inner is None and not finding and j >= 2 and toks[j - 1].low in ("and", "but"):
        subject = _opening_subject(text, toks, j - 1)  # "Vellacourt rejected the plan and said ..."
    if subject is None:
        # Inverted order: '"...," said Peter Stano.' / ', writes the newspaper.'
        if lw not in lex.INVERTIBLE or finding:
            return None
        if prev is not None and prev.text not in _CLAUSE_PUNCT:
            return None
        subject = _phrase_after(text, toks, i + 1)
        if subject is None or subject.parts[0].pronoun and subject.parts[0].display.lower() not in ("he", "she"):
            return None
        if subject.last < len(toks) and toks[subject.last].word and toks[subject.last].low not in (
            "in", "on", "at", "who", "after", "before", "during", "when", "as", "citing", "with", "referring",
            "according", "quoting", "and", "to",
        ):
            return None
        after = subject.last
        source_span = (subject.start, _apposition_after(toks, subject.last, subject.end))
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    if inner is not None:
        chain.parts.extend(inner[0].parts)
        chain.cues.extend([inner[1]] * len(inner[0].parts))
        chain.spans.append((inner[0].start, inner[0].end))
    channel: str | None = None
    outlet = False  # the channel is a named outlet
    if lw in ("told", "tells", "tell") and after == i + 1:
        generic = _audience_after(text, toks, i + 1)
        audience = _phrase_after(text, toks, i + 1) if generic is None else None
        if generic is not None:
            channel, after = generic
        elif audience is not None:
            after = audience.last
            if audience.parts[0].media and audience.parts[0].named:
                channel, outlet = audience.parts[0].display, True
                chain.spans.append((audience.start, audience.end))  # "Kishida told Reuters"
    occasion = _occasion_after(text, toks, after)
    if occasion is not None:
        occasion_channel, occasion_outlet, after = occasion
        if channel is None or (occasion_outlet and not outlet):
            channel = occasion_channel
    last = _follow_links(text, toks, after, chain)
    return _finish(chain, cue, subject, max(last, i + 1), source_span, channel)


def _states_after(verb: str, nxt: _Tok) -> bool:
    """After "vowed", "agreed", ...: a clause follows ("vowed that", "agreed it was", "promised he
    would") or an opinion is shared ("agreed with the judge"), not an act ("agreed to send")."""
    if verb.startswith("agree") and nxt.low == "with":
        return True
    return nxt.low in ("that", "he", "she", "it", "they", "we", "i")


def _calls_an_action(toks: list[_Tok], k: int) -> bool:
    """ "called a strike", "called a snap election": an act, not speech ("called him a liar" is)."""
    if k >= len(toks) or toks[k].low not in ("a", "an"):
        return False
    for m in range(k + 1, min(k + 4, len(toks))):
        t = toks[m]
        if not t.word:
            return False
        if t.low in lex.CALLED_ACTIONS:
            return True
    return False


def _audience_after(text: str, toks: list[_Tok], k: int) -> tuple[str, int] | None:
    """ "told reporters", "told a news conference", "told state television": (channel, next token)."""
    j = k + 1 if k < len(toks) and toks[k].low in ("a", "an", "the") else k
    for m in range(j, min(j + 3, len(toks))):
        t = toks[m]
        if not t.word or t.cap:
            return None
        if t.low in lex.AUDIENCE_NOUNS:
            return _SPACES.sub(" ", text[toks[j].start : t.end]), m + 1
    return None


def _occasion_after(text: str, toks: list[_Tok], k: int) -> tuple[str, bool, int] | None:
    """ "in a statement", "at a news conference", "in an interview with CNN" after a cue.

    Returns the channel (the outlet when one is named, else the occasion as written), whether it
    is a named outlet, and the token after the phrase.
    """
    if k >= len(toks) or toks[k].low not in lex.CHANNEL_PREPOSITIONS:
        return None
    j = k + 1
    if j < len(toks) and (toks[j].low in lex.DETERMINERS or toks[j].low in lex.POSSESSIVE_DETERMINERS):
        j += 1
    for m in range(j, min(j + 3, len(toks))):
        t = toks[m]
        if not t.word or t.cap:
            return None
        if t.low in lex.CHANNEL_NOUNS:
            by = m + 1
            if by < len(toks) and toks[by].low in ("with", "to", "on", "by"):
                outlet = _phrase_after(text, toks, by + 1)
                if outlet is not None and outlet.parts[0].media and outlet.parts[0].named:
                    return outlet.parts[0].display, True, outlet.last
            return _SPACES.sub(" ", text[toks[j].start : t.end]), False, m + 1
    return None


def _apposition_before(text: str, toks: list[_Tok], comma: int) -> tuple[_Phrase, tuple[int, int]] | None:
    """ "Flynn, a top surrogate, said" / "The campaign chairman, Phil Lovas, said": subject and full span."""
    for c in range(comma - 1, max(comma - 25, 0), -1):
        t = toks[c]
        if t.text == ",":
            if c == comma - 1:
                return None
            head, head_end = _before_parenthesis(text, toks, c)
            if head is None or head.parts[0].pronoun:
                return None
            inner = toks[c + 1 : comma]
            if any(x.low in lex.SPEECH_VERBS and not x.cap for x in inner):
                return None
            subject = head
            if not head.parts[0].named:
                named = _phrase_after(text, toks, c + 1)
                if named is not None and named.last == comma and named.parts[0].named:
                    subject = named
            return subject, (head.start, toks[comma].end)
        if not t.word and t.text not in (".", "'", "’", "-"):
            return None
    return None


def _apposition_after(toks: list[_Tok], k: int, end: int) -> int:
    """End of '..., said X, the lawyer for Y.': the appositive up to the clause end."""
    if k + 1 >= len(toks) or toks[k].text != ",":
        return end
    opener = toks[k + 1]
    if not (
        opener.low in lex.DETERMINERS
        or opener.low in lex.POSSESSIVE_DETERMINERS
        or opener.low in ("one", "who", "whose", "which")
        or (not opener.cap and opener.low in lex.ROLE_NOUNS | lex.SOURCE_NOUNS | lex.MODIFIERS)
        or _is_name(opener)
    ):
        return end
    stop = min(len(toks), k + 30)
    j = k + 1
    last = end
    while j < stop:
        t = toks[j]
        if t.text in _APPOSITION_STOP or t.low in ("adding", "saying", "citing", "according", "and"):
            return end
        if t.text in (".", "!", "?") and j == len(toks) - 1:
            break
        last = t.end
        j += 1
    if j == stop and stop < len(toks):
        return end
    return last


# --- forms beyond "X said" ----------------------------------------------------------------------------


def _at_line_start(text: str, s: int) -> bool:
    line = text.rfind("\n", 0, s) + 1
    return not text[line:s].strip()


def _line_form(text: str, s: int, e: int) -> _Found | None:
    """A sentence that is a line of its own kind: "Source: Halvik Wire" credits an outlet, and a
    headline "Marta Vellacourt: the port will reopen" credits its speaker."""
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
    if colon > 4 or len(head) < colon + 4 or not all(w.word for w in head[colon + 1 : colon + 4]):
        return None
    if any(not _is_name(w) or w.low in lex.LINE_LABELS or (w.text.isupper() and len(w.text) > 4) for w in words):
        return None  # "Read also:", "WASHINGTON:" (a dateline)
    phrase = _make_phrase(text, head, 0, colon)
    cue = head[colon]
    return _Found(phrase.start, cue.end, cue.start, cue.end, phrase.start, phrase.end, phrase.parts, ":")


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


def _participle(text: str, toks: list[_Tok], i: int, earlier: list[_Found]) -> tuple[_Found, int] | None:
    """ "..., saying it came too late": the statement of the clause's subject (an earlier match's
    source in this sentence, else the named subject that opens the sentence)."""
    t = toks[i]
    cue = (t.start, t.end, t.low)
    if earlier and earlier[-1].end <= t.start:
        prev = earlier[-1]
        found = _Found(t.start, t.end, t.start, t.end, prev.source_start, prev.source_end, prev.parts, t.low,
                       prev.channel)
        return found, i + 1
    subject = _opening_subject(text, toks, i)
    if subject is None:
        return None
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    return _finish(chain, cue, subject, i + 1, (subject.start, subject.end))[0], i + 1


def _opening_subject(text: str, toks: list[_Tok], before: int) -> _Phrase | None:
    """The named subject (or "he"/"she") that opens the sentence and is followed by a lower-case
    word, a verb: the speaker of "..., saying" and of "... and said" later in the sentence."""
    k = 0
    while k < before and toks[k].word and toks[k].low in lex.CAP_STOP:
        k += 1
    subject = _phrase_after(text, toks, k)
    if subject is None or subject.last >= before or not toks[subject.last].word or toks[subject.last].cap:
        return None
    head = subject.parts[-1]
    if not (head.named or head.pronoun and head.display.lower() in lex.PERSON_PRONOUNS):
        return None
    return subject


def _witness(text: str, toks: list[_Tok], i: int, earlier: list[_Found]) -> bool:
    """ '..., Halvik Wire saw.' at a sentence's end: the named outlet relays the sentence's
    attribution (its chain gains the outlet at the head) or, alone, is the source itself."""
    if i + 1 < len(toks) and toks[i + 1].text not in (".", "!", "?"):
        return False
    end = i - 1 if i and toks[i - 1].low in ("has", "have", "had") else i  # "Halvik Wire has learned"
    phrase = _phrase_before(text, toks, end)
    if phrase is None or phrase.first < 1 or toks[phrase.first - 1].text != ",":
        return False
    if not (phrase.parts[0].named and phrase.parts[0].media):
        return False
    t = toks[i]
    if earlier:
        prev = earlier[-1]
        earlier[-1] = dataclasses.replace(prev, parts=phrase.parts + prev.parts, end=max(prev.end, t.end))
    else:
        earlier.append(_Found(phrase.start, t.end, t.start, t.end, phrase.start, phrase.end, phrase.parts, t.low))
    return True


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


# --- references ---------------------------------------------------------------------------------------


def _resolve_references(found: list[_Found], outlet: str = "") -> list[AttributionMatch]:
    """Resolve "the publication" and "he" to earlier named sources, drop the outlet's own name from
    the head of each chain, and build the values."""
    out: list[AttributionMatch] = []
    last_media: _Part | None = None
    last_person: _Part | None = None
    for f in found:
        parts = list(f.parts)
        for k, p in enumerate(parts):
            if p.anaphor and last_media is not None:
                parts[k] = last_media
            elif p.pronoun and p.display.lower() in lex.PERSON_PRONOUNS and last_person is not None:
                parts[k] = last_person
        while parts and is_same_outlet(parts[0].display, outlet):
            parts.pop(0)
        if not parts:
            continue
        for p in parts:
            if p.named and p.media:
                last_media = p
            elif p.named and p.person:
                last_person = p
        value = Attribution(
            source=parts[0].display,
            chain=tuple(p.display for p in parts),
            cue=f.cue,
            named=parts[0].named,
            channel=f.channel,
        )
        out.append(AttributionMatch(f.start, f.end, f.cue_start, f.cue_end, f.source_start, f.source_end, value))
    return out
