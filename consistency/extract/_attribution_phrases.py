"""Source noun phrases for the attribution matcher: the phrase before or after a cue, what it
names (display form, named or described, a person, a medium) and the titles and descriptors that
stay out of its name. Walks are bounded (a dozen tokens), so the work per cue stays small.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_tokens import _Tok

_SPACES = re.compile(r"\s+")
# How far a noun phrase walk may go, in tokens; bounds the work per cue.
_MAX_PHRASE = 12
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "it", "us", "me"})
_AUX_NEXT = frozenset("were are was is have has had will would can could should may might do did".split())
_NAME_PARTICLES = frozenset({"de", "van", "von", "al", "la", "le", "du", "del", "der"})
# Lower-case words inside a name ("Anne de la Rive", "Jan van der Berg", "Ida ten Brink"): they join
# the name words around them, one to three in a row, and only written in lower case (a capital
# "Ten", "Da" or "El" is a word of its own: the set above serves where case is not looked at).
_LOWER_PARTICLES = _NAME_PARTICLES | frozenset(
    {"den", "des", "della", "di", "da", "dos", "das", "ten", "ter", "el", "bin", "ibn", "zu"}
)
# Words of time that may stand between a cue and a name without describing the name ("said last
# week Ivo Brask ..."): never a descriptor written like a title.
_TIME_WORDS = lex.TIME_AFTER_ARTICLE | frozenset(
    {"last", "next", "night", "morning", "afternoon", "evening", "weekend", "earlier", "later", "today", "tonight",
     "yesterday"}
)
_PASSIVE_AUX = frozenset({"is", "was", "were", "been", "being", "be", "are"})
_FUNCTION_WORDS = (
    lex.CONNECTORS | lex.CAP_STOP | lex.PRONOUNS | lex.DETERMINERS | _OBJECT_PRONOUNS
    | frozenset({"let", "there", "here", "what", "that", "one"})
)

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




def _is_name(tok: _Tok) -> bool:
    return tok.cap and tok.low not in lex.CAP_STOP and tok.low not in lex.PRONOUNS


def _particle_run_end(toks: list[_Tok], k: int) -> int:
    """The index of the name after the lower-case name particles opening at ``k`` ("Anne *de la*
    Rive"), when a name stands right before them; -1 when no such run opens at ``k``."""
    if k == 0 or not _is_name(toks[k - 1]):
        return -1
    m = k
    while m < len(toks) and m - k < 3 and toks[m].word and not toks[m].cap and toks[m].low in _LOWER_PARTICLES:
        m += 1
    return m if m > k and m < len(toks) and _is_name(toks[m]) else -1


def _particle_run_start(toks: list[_Tok], k: int) -> int:
    """The first of the lower-case name particles around ``k`` when they stand between two names
    ("Jan van *der* Berg" -> the index of "van"); -1 otherwise."""
    m = k
    while m > 0 and k - m < 3 and not toks[m - 1].cap and toks[m - 1].low in _LOWER_PARTICLES:
        m -= 1
    return m if _particle_run_end(toks, m) > k else -1


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
        or lw.rpartition("-")[2] in lex.ROLE_NOUNS  # "ex-wife", "co-founder"
        or lw in lex.MODIFIERS
        or lw in lex.DEMONYMS
        or lw.isdigit()
    )


def _is_head(tok: _Tok) -> bool:
    if not tok.word:
        return False
    if _is_name(tok):
        return True
    low = tok.low.rpartition("-")[2]  # "ex-wife", "co-founder"
    return low in lex.SOURCE_NOUNS or low in lex.ROLE_NOUNS or low.endswith("s") and low[:-1] in lex.ROLE_NOUNS


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
    if head.low in lex.RELATIVE_THINGS:
        return _relative_which(text, toks, j)
    if head.low == "that" and head.word and not head.cap:
        return _relative_that(text, toks, j)
    if head.low == "whom" and j >= 3 and toks[j - 1].low == "of" and toks[j - 2].low in lex.QUANTIFIERS and toks[j - 3].text == ",":
        ante = _phrase_before(text, toks, j - 3)  # "the pilots, many of whom say": the pilots speak
        if ante is None or ante.parts[0].pronoun:
            return None
        return _Phrase(j - 2, j + 1, toks[j - 2].start, head.end, ante.parts)
    if (head.low in lex.INDEFINITE_SPEAKERS or head.low in lex.QUANTIFIER_SPEAKERS and end < len(toks) and not toks[end].cap) and (
        j == 0 or not toks[j - 1].word or toks[j - 1].low in lex.CLAUSE_OPENING_WORDS
        or toks[j - 1].low in ("then", "not", "almost", "nearly")
    ):
        return _pronoun_phrase(toks, j)  # "then someone asked", "not everyone agrees", ", all agreed": an unnamed speaker
    base, apostrophe, _ = head.text.replace("’", "'").partition("'")
    if apostrophe and base.lower() in lex.PRONOUNS:  # "He's claiming", "They're saying"
        part = _Part(base, False, False, False, False, True, head.start, head.start + len(base))
        return _Phrase(j, j + 1, head.start, head.start + len(base), (part,))
    k = j
    taken = 0
    while k >= 0 and taken < _MAX_PHRASE:
        t = toks[k]
        if t.text in ("'", "’") and 0 < k < j and toks[k - 1].word and toks[k - 1].low.endswith("s") and toks[k - 1].end == t.start:
            k -= 2  # a plural possessor: "the pilots' union", "Flight attendants' union"
            taken += 2
            continue
        if t.text == "/" and 0 < k < j and _is_name(toks[k - 1]) and _is_name(toks[k + 1]):
            k -= 1  # "the Reuters/Ipsos poll"
            taken += 1
            continue
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
        elif not t.cap and lw in _LOWER_PARTICLES and k < j and _particle_run_start(toks, k) >= 0:
            m = _particle_run_start(toks, k)
            taken += k - m
            k = m  # "Anne de la Rive": the particles and the name before them
        elif lw in lex.CONNECTORS:
            after_ok = k < j and (_is_name(toks[k + 1]) or toks[k + 1].low == "the")
            role_before = k >= 1 and not toks[k - 1].cap and toks[k - 1].low in lex.ROLE_NOUNS
            if not (after_ok and k >= 1 and (_is_name(toks[k - 1]) or (role_before and lw in ("for", "of", "at")))):
                break
        elif not t.cap and lw in lex.DOCUMENT_NOUNS and k < j and _is_name(toks[k + 1]) and lw not in lex.SOURCE_ROLE_DOCS:
            break  # "in a Halvik Wire interview Brasko declared": the document is not the speaker's title
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
        if not all(t.cap for t in toks[first : j + 1]):
            first = _compound_start(toks, first)  # not before a name: "the famous story Jon Brasko told"
    # Connectors or modifiers cannot open a phrase on their own.
    while first < j and toks[first].low in lex.CONNECTORS and toks[first].low != "the" and not toks[first].cap:
        first += 1
    postmodified = _postmodified_start(text, toks, first, j)
    if postmodified is not None:
        first = postmodified
    phrase = _make_phrase(text, toks, first, j + 1)
    person = _person_of(text, toks, phrase)
    if person is not None:
        return person
    phrase = _with_role_before(text, toks, phrase)
    return _with_coordinate_before(
        toks, _with_quantifier_before(toks, _with_modifiers_before(toks, _with_document_before(toks, phrase)))
    )


_OPENERS = lex.DETERMINERS | lex.POSSESSIVE_DETERMINERS | lex.QUANTIFIERS


def _person_of(text: str, toks: list[_Tok], body: _Phrase) -> _Phrase | None:
    """ "Ivo Kastel of the county museum said": a named person before "of", "from" or "at" and a
    body described in lower case speaks for it; the phrase runs from the person to the body and
    names the person (a named body stays whole: "Ivo Kastel of the Halvik Institute")."""
    k = body.first
    if k < 2 or body.parts[-1].named or toks[k].low not in ("the", "a", "an") or toks[k - 1].low not in ("of", "from", "at"):
        return None
    person = _phrase_before(text, toks, k - 1)
    if person is None or person.last != k - 1 or not person.parts[-1].person or person.parts[-1].pronoun:
        return None
    if toks[person.first].low in lex.QUANTIFIERS or person.last - person.first == 1 and toks[person.first].first:
        return None  # "Five of the six casings", "Most of the staff": a share, not a person
    return _Phrase(person.first, body.last, person.start, body.end, person.parts)


def _with_modifiers_before(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """ "Several cast members said", "his fellow physicians believe", "an unusual coalition": one or
    two lower-case modifiers that no word list knows, between a determiner and the phrase, belong
    to its span (the parts stay the noun's). Not over a verb, an adverb or a function word."""
    k = phrase.first
    if phrase.parts[-1].named or phrase.parts[-1].pronoun:
        return phrase
    m = k
    while m >= 1 and k - m < 2:
        t = toks[m - 1]
        lw = t.low
        if not t.word or t.cap or lw in _FUNCTION_WORDS or lw in _OPENERS or lw in _AUX_NEXT:
            break
        if lw.endswith(("ly", "ed", "ing")) or lw in lex.CUE_PREFIX or lw in lex.CUE_ADVERBS:
            return phrase
        m -= 1
    if m == k or m < 1 or toks[m - 1].low not in _OPENERS or toks[m - 1].low in lex.QUANTIFIERS and toks[m - 1].low == "one":
        return phrase
    return _Phrase(m - 1, phrase.last, toks[m - 1].start, phrase.end, phrase.parts)


def _with_role_before(text: str, toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """ "The minister of the economy", "a professor of law": a role noun and "of"/"for" before a
    phrase that names no one is the head; the span and the parts take the role in. "The city of
    Dravik" opening a clause is Dravik, written with the body it names."""
    k = phrase.first
    if k < 2 or toks[k - 1].low not in ("of", "for"):
        return phrase
    role = toks[k - 2]
    if role.cap:
        return phrase
    if phrase.parts[-1].named:
        # "The city of Dravik said": the span takes in the body it names, the name stays the source
        if k >= 3 and toks[k - 1].low == "of" and role.low in _NAMED_BODIES and toks[k - 3].low == "the" and (
            k == 3 or not toks[k - 4].word or toks[k - 4].low in lex.CLAUSE_OPENING_WORDS
        ):
            return _Phrase(k - 3, phrase.last, toks[k - 3].start, phrase.end, phrase.parts)
        return phrase
    if role.low not in lex.ROLE_NOUNS:
        return phrase
    outer = _phrase_before(text, toks, k - 1)
    if outer is None or outer.last != k - 1:
        return phrase
    return _make_phrase(text, toks, outer.first, phrase.last)


# Bodies named by "the <word> of <Name>": "the city of Dravik", "the government of Norland".
_NAMED_BODIES = frozenset(
    "city town village county state province region district municipality government people republic kingdom".split()
)


def _with_coordinate_before(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """ "County and port officials said", "The port chief and his aides said": a conjunct of
    determiners, names and source words before "and", opening the clause, joins the span."""
    k = phrase.first
    if k < 2 or toks[k - 1].low != "and":
        return phrase
    m = k - 1
    while m > 0 and k - 1 - m < 4:
        t = toks[m - 1]
        if not t.word or t.low in lex.CLAUSE_OPENING_WORDS:
            break
        if not (_is_name(t) or _content_word(t) or t.low in lex.DETERMINERS or t.low in lex.POSSESSIVE_DETERMINERS):
            return phrase
        m -= 1
    if m == k - 1 or (m > 0 and toks[m - 1].word and toks[m - 1].low not in lex.CLAUSE_OPENING_WORDS):
        return phrase
    return _Phrase(m, phrase.last, toks[m].start, phrase.end, phrase.parts)


def _with_quantifier_before(toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """ "one of the mayor's advisers said", "one study found", "few experts believe": the span takes
    in the quantifier (the parts stay the noun's)."""
    k = phrase.first
    if k >= 3 and _compound_word(toks[k - 1]) and toks[k - 2].low == "of" and toks[k - 3].low in lex.GROUP_NOUNS:
        k -= 1  # "52 percent of registered voters"
    if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in lex.GROUP_NOUNS:
        k -= 2  # "a group of pilots", "52 percent of voters", "a chorus of critics"
        while k >= 1 and (toks[k - 1].low in lex.DETERMINERS or toks[k - 1].low[:1].isdigit()
                          or toks[k - 1].low in lex.MODIFIERS and not toks[k - 1].cap):
            k -= 1
    elif k >= 2 and toks[k - 1].low == "of" and (toks[k - 2].low in lex.QUANTIFIERS or toks[k - 2].low.isdigit()):
        k -= 2
    elif k >= 1 and toks[k - 1].low in lex.QUANTIFIERS and toks[phrase.first].low not in lex.DETERMINERS:
        k -= 1
    else:
        return phrase
    if k >= 1 and toks[k - 1].low in ("nearly", "almost", "about", "only", "just", "at"):
        k -= 1
    return _Phrase(k, phrase.last, toks[k].start, phrase.end, phrase.parts)


def _descriptor_before_name(toks: list[_Tok], k: int) -> int:
    """The index of the name after one to three lower-case nouns at ``k`` ("harbour pilot Marta
    Vellacourt", "port widow Ivo Brask", "mountain rescue chief Ida ten Brink": a descriptor written
    like a title; no word of time: "last week"), after a place ("Wenmouth harbour master"), an age or a date
    that qualifies them ("38-year-old dockworker Marta Vellacourt", "9/11 widow Ivo Brask"); -1
    when no such descriptor opens at ``k``."""
    m = first = _after_number_modifier(toks, k)
    if m + 1 < len(toks) and toks[m].cap and toks[m].word and toks[m].low.isalpha() and _compound_word(toks[m + 1]):
        m = first = m + 1  # a place before the descriptor: "Wenmouth harbour master Aksel Lind"
    nouns = 0
    while m < len(toks) and nouns < 3:
        rank = _rank_end(toks, m) if m > first else m
        if rank > m:
            m = rank  # "world No. 4 Ivo Brask", "world number two Ivo Brask": a ranking in the descriptor
            continue
        if not (
            _compound_word(toks[m])
            and (not toks[m].low.endswith(("ly", "ing", "ed")) or toks[m].low in _ROLE_PARTICIPLES
                 or toks[m].low in _FIELDS_IN_ING or toks[m].low in _NOUNS_IN_ED)
            and toks[m].low not in _TIME_WORDS
        ):
            break
        m += 1
        nouns += 1
    if not (m > first and m + 1 < len(toks) and _is_name(toks[m]) and toks[m].cap):
        return -1
    return m if _is_name(toks[m + 1]) or _particle_run_end(toks, m + 1) > 0 else -1


# Nouns in "-ed" that are no participle: "top seed Ana Brask", "third seed Ivo Halvik".
_NOUNS_IN_ED = frozenset({"seed", "seeds"})
_RANK_WORDS = frozenset({"no", "number", "#"})
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _rank_end(toks: list[_Tok], m: int) -> int:
    """The index after a ranking "No. 4" or "number two" at ``m`` ("world No. 4"), or ``m`` when none is there."""
    if m + 1 < len(toks) and toks[m].low in _RANK_WORDS:
        n = m + 2 if toks[m].low == "no" and toks[m + 1].text == "." else m + 1  # "No. 4" is three tokens
        if n < len(toks) and (toks[n].text.isdigit() or toks[n].low in _NUMBER_WORDS):
            return n + 1
    return m


# Participles that open a role written like a title ("managing director Ana Brask", "acting mayor Ivo Halvik").
_ROLE_PARTICIPLES = frozenset(
    "managing acting presiding commanding founding outgoing incoming reigning investigating attending"
    " consulting prosecuting supervising ranking".split()
)


# Nouns in "-ing" that name a field of work before a role ("housing councillor", "planning chief", "mining
# minister"): a portfolio, not a verb's participle.
_FIELDS_IN_ING = frozenset(
    "housing planning marketing engineering nursing training building mining banking publishing shipping lending "
    "farming catering accounting licensing policing recycling ticketing parking lighting broadcasting fishing "
    "manufacturing purchasing programming casting".split()
)


def _after_number_modifier(toks: list[_Tok], k: int) -> int:
    """The index after a number that modifies the noun after it ("38-year-old", "9/11", "2016"),
    or ``k`` when none opens at ``k``."""
    if k >= len(toks) or not toks[k].text[:1].isdigit():
        return k
    if k + 2 < len(toks) and toks[k + 1].text == "/" and toks[k + 2].text[:1].isdigit():
        return k + 3  # "9/11"
    return k + 1 if "-" in toks[k].text or toks[k].text.isdigit() and len(toks[k].text) == 4 else k


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
    if toks[first].low in lex.DETERMINERS:
        return first  # "the regional centers The Velmora board": the determiner opens the phrase
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
    if not t.word and t.text in (",", ":", ";", "—", "(", "\"", "“", "”") or t.low in lex.CLAUSE_OPENING_WORDS | {"where"}:
        return m + 1  # "..., human rights groups said"
    if _is_possessive(t):
        return _compound_start(toks, m + 1) if m + 1 < first else m  # "Norland's port authority"
    if not _is_name(t):
        return first
    if any(w.low.endswith("ed") for w in toks[m + 1 : first]):
        return first  # "Brasko defended people": a verb after a name, no compound
    names = 0
    while m - 1 >= 0 and names < 4:
        if m - 2 >= 0 and toks[m - 1].text == "/" and _is_name(toks[m - 2]):
            m -= 2  # "the Halvik/Brask opinion poll"
        elif _is_name(toks[m - 1]) and toks[m - 1].low not in lex.DETERMINERS:
            m -= 1
        else:
            break
        names += 1
    if m - 2 >= 0 and _compound_word(toks[m - 1]) and toks[m - 2].low in lex.DETERMINERS:
        m -= 2  # "the latest Halvik/Brask opinion poll"
    elif m - 1 >= 0 and toks[m - 1].low in lex.DETERMINERS:
        m -= 1
    return m


def _postmodified_start(text: str, toks: list[_Tok], first: int, j: int) -> int | None:
    """ "sources familiar with the matter said": the phrase runs back to the source noun whose
    postmodifier reaches the cue; None when there is none."""
    for m in range(first - 1, max(first - 9, -1), -1):
        t = toks[m]
        if not t.word:
            return None
        if (t.low in ("those", "these") or (not t.cap or t.first) and t.low in lex.SOURCE_NOUNS) and _people_postmodifier(toks, m):
            # a capital opening the sentence is no name: "Sources close to the mayor said"
            if _postmodifier_end(toks, m) < j + 1:
                return None
            owner = _phrase_before(text, toks, m + 1)
            return owner.first if owner is not None else m
        if not t.cap and _people_postmodifier(toks, m) and _determined_noun_start(toks, m) >= 0:
            # "a cardiologist not involved in the study said": any noun such a postmodifier follows is a person
            if _postmodifier_end(toks, m, any_noun=True) < j + 1:
                return None
            return _determined_noun_start(toks, m)
    return None


def _people_postmodifier(toks: list[_Tok], head: int) -> int:
    """Length of a postmodifier of people after token ``head`` ("familiar with", "close to",
    "not involved in"), or 0."""
    negated = 1 if head + 1 < len(toks) and toks[head + 1].low == "not" else 0
    n = _match_seq(toks, head + 1 + negated, lex.POSTMODIFIERS)
    return n + negated if n else 0


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
    low = toks[j].low
    if not low.isalpha() or toks[j].cap or low in _FUNCTION_WORDS or (low.endswith("ed") and len(low) > 5):
        return -1  # "a poll released Friday": a participle is no head
    k = j - 1
    owner = False  # a possessor determines the noun: "Brasko's family said"
    while k >= 0 and j - k <= 5:
        t = toks[k]
        if t.low in lex.DETERMINERS or t.low in lex.POSSESSIVE_DETERMINERS or t.low == "one":
            return k
        if t.text in _CLAUSE_OPENERS or t.low in ("and", "but"):
            return k + 1 if owner or _bare_plural(toks[j]) else -1  # "..., harbour engineers said"
        if not t.word or not (_is_name(t) or _content_word(t) or _is_possessive(t) or _compound_word(t)):
            return k + 1 if owner else -1  # "the harbour master said": "harbour" modifies the head
        owner = owner or _is_possessive(t)
        k -= 1
    return 0 if k < 0 and (owner or _bare_plural(toks[j])) else -1  # "Harbour engineers argue"


_CLAUSE_OPENERS = frozenset({",", ";", ":", "\"", "“", "”", "—", "–", "("})


def _bare_plural(tok: _Tok) -> bool:
    """A plural noun that may stand as a subject without a determiner: "engineers", "residents"."""
    low = tok.low
    return len(low) > 4 and low.isalpha() and low.endswith("s") and not low.endswith(("ss", "ous", "ics"))


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


def _postmodified_subject(text: str, toks: list[_Tok], end: int) -> tuple[_Phrase, int] | None:
    """The subject whose postmodifier runs up to token ``end``: "lawyers for the Brask family",
    "a poll released on Friday", "a study that ran in the Halvik Medical Journal".

    Scans back at most a dozen words (no punctuation) for a source, role or document noun followed
    by a postmodifier opener; the noun's own phrase must open the clause. The parts are the noun
    phrase's, or the named author or venue of a document ("a study in the Halvik Journal").
    Returns the phrase and the index of its head noun.
    """
    if end < 2 or toks[end - 1].low in _SCAN_STOPS:
        return None  # "the footage ... did not show": the cue's own auxiliary
    for h in range(end - 2, max(end - _MAX_PHRASE - 2, -1), -1):
        t = toks[h]
        if not t.word and t.text not in ("-", "/"):
            return None
        if t.low == "and" and h + 1 <= end - 1 and (_is_name(toks[h - 1]) if h else False) and toks[h + 1].word:
            continue  # "Experts on Norland and port security said": names joined inside the postmodifier
        if t.low in _SCAN_STOPS or t.low in lex.SPEECH_VERBS or t.low in lex.CUE_PREFIX:
            return None  # "a reporter ... spotted Stein and reported": another clause
        opener = toks[h + 1].low
        led = opener in _LEADING and h + 2 < end and toks[h + 2].low == "by"  # "a team led by Dr. Roth"
        if (t.cap and not t.first) or not _is_source_noun(t.low) or opener not in lex.POSTMODIFIER_OPENERS and not led:
            continue
        if opener in lex.RELATIVE_OPENERS and h + 3 > end - 1:
            continue  # "a company that had declared": the cue is the relative clause's own verb
        if opener in lex.PARTICIPLE_OPENERS and t.low not in lex.DOCUMENT_NOUNS:
            continue  # "the campaign released an ad": released is its verb
        head = _phrase_before(text, toks, h + 1)
        if head is None or head.last != h + 1:
            continue
        if head.first > 0 and toks[head.first - 1].text not in _SUBJECT_OPENERS and toks[head.first - 1].low not in ("and", "but", "that"):
            continue
        parts = head.parts
        if t.low in lex.DOCUMENT_NOUNS or led:
            inner = _phrase_before(text, toks, end)
            if inner is not None and inner.parts[0].named and toks[inner.first - 1].low in ("by", "from", "in"):
                parts = inner.parts
        return _Phrase(head.first, end, head.start, toks[end - 1].end, parts), h
    return None


# Participles of leading before "by": the group's leader named after them speaks for it ("a team led by
# Dr. Roth found", "a group headed by Ole Brun said").
_LEADING = frozenset({"led", "headed", "chaired", "co-led"})
_SCAN_STOPS = frozenset({"and", "but", "or", "did", "does", "do", "not"}) | _AUX_NEXT
_SUBJECT_OPENERS = frozenset({",", ";", ":", "\"", "“", "”", "—", "–", "(", "«", "»"})


def _is_source_noun(low: str) -> bool:
    """A lower-case noun that may head a source: "officials", "attorneys", "poll"."""
    return low in lex.SOURCE_NOUNS or low in lex.DOCUMENT_NOUNS or low in lex.ROLE_NOUNS or (
        low.endswith("s") and low[:-1] in lex.ROLE_NOUNS
    )


# Past forms of common verbs that may stand between a subject and a named object ("Halvik met Brask").
_PAST_BETWEEN_NAMES = frozenset(
    {"met", "beat", "told", "saw", "led", "won", "took", "gave", "left", "hit", "sent", "made", "sought",
     "brought", "caught", "fought", "taught", "thought", "held", "kept", "paid", "named", "hired", "fired"}
)


def _verb_between_names(low: str) -> bool:
    """A lower-case word between two names that is a verb, not a role ("Halvik visited Dravik",
    "Brask blamed Halvik", against "Norland Herald host Marta Vellacourt"): a cue verb, a common
    irregular past, or any -ed form that is no role noun."""
    return (
        low in lex.SPEECH_VERBS or low in lex.STANCE_VERBS or low in _PAST_BETWEEN_NAMES
        or low.endswith("ed") and low not in lex.ROLE_NOUNS
    )


def _phrase_after(text: str, toks: list[_Tok], start: int) -> _Phrase | None:
    """The source phrase starting at token ``start`` ("the Kiel Institute for the World Economy")."""
    n = len(toks)
    if start >= n or not toks[start].word:
        return None
    if (toks[start].low in _OBJECT_PRONOUNS or toks[start].low in lex.PRONOUNS) and not _her_noun(toks, start):
        return _pronoun_phrase(toks, start)
    k = start
    last_head = -1
    while k < n and k - start < _MAX_PHRASE:
        t = toks[k]
        if (
            t.text in ("'", "’") and k > start and toks[k - 1].word and toks[k - 1].low.endswith("s")
            and toks[k - 1].end == t.start and k + 1 < n and (_is_name(toks[k + 1]) or _content_word(toks[k + 1]))
        ):
            k += 1  # a plural possessor: "said the Velmora Pilots' Association", "said the farmers' union president"
            continue
        if not t.word:
            break
        lw = t.low
        nxt = toks[k + 1] if k + 1 < n else None
        if k == start:
            name = _descriptor_before_name(toks, k)
            if name > k:
                k = name  # '..., said harbour pilot Marta Vellacourt': a descriptor opening the name
                continue
        if not t.cap and lw in _LOWER_PARTICLES:
            run = _particle_run_end(toks, k)
            if run > 0:
                k = run  # "Anne de la Rive": the name goes on after its particles
                continue
        if lw in lex.DETERMINERS or lw in lex.POSSESSIVE_DETERMINERS or (lw == "one" and k == start):
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
        elif (k > start and _is_name(toks[k - 1]) and nxt is not None and _is_name(nxt) and lw.isalpha()
              and not _verb_between_names(lw)):
            pass  # a role between names: "MSNBC host Chris Matthews"; not a verb: "Brask blamed Halvik"
        elif k > start and _compound_word(t) and any(
            x.word and not x.cap and (x.low in lex.SOURCE_NOUNS or x.low in lex.ROLE_NOUNS or x.low in lex.ORG_WORDS
                                      or x.low in lex.MEDIA_NOUNS)
            for x in toks[k + 1 : k + 3]
        ) or (
            k > start and toks[start].low in lex.DETERMINERS and _compound_word(t) and nxt is not None and _is_name(nxt)
            and last_head < 0  # "the embattled Brasko", not "several groups granted Brasko"
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
            if toks[start + 1].low not in lex.DOCUMENT_NOUNS:
                return _with_members(text, toks, _make_phrase(text, toks, start, start + 2), start + 1)
            last_head = start + 1  # "a copy seen by the Post": a document, whose author may follow
            if start + 2 < n and toks[start + 2].low in lex.DOCUMENT_NOUNS and not toks[start + 2].cap:
                last_head = start + 2  # "a draft communique obtained by the Herald": the second noun heads
        else:
            return None
    end_tok = _postmodifier_end(toks, last_head)
    phrase = _make_phrase(text, toks, start, end_tok)
    if end_tok == last_head + 1 and toks[last_head].low in lex.GROUP_NOUNS:
        return _with_members(text, toks, phrase, last_head)
    # "a report by Reuters", "a statement from the ministry": the author is the source.
    head = toks[last_head]
    # "a copy seen by Reuters", "a draft obtained by the Post": the document's participle and its agent
    # belong to the phrase, and the agent is the source the article credits.
    if head.low in lex.DOCUMENT_NOUNS and last_head + 2 < n:
        by = last_head + 1
        if toks[by].low in lex.PARTICIPLE_OPENERS and by + 2 < n and toks[by + 1].low == "by":
            by += 1
        if toks[by].low in ("by", "from", "in"):
            author = _phrase_after(text, toks, by + 1)
            if author is not None and any(p.named or p.anaphor for p in author.parts):
                last = _dated_participle_end(toks, author.last)  # "a survey by X published on Saturday"
                return _Phrase(phrase.first, last, phrase.start, toks[last - 1].end, author.parts)
    return phrase


_DATE_OPENERS = frozenset({"on", "in", "last", "this", "early", "late", "earlier"})


def _dated_participle_end(toks: list[_Tok], k: int) -> int:
    """The token after "published on Saturday", "released last week" opening at ``k`` (a participle of
    making public and a time of at most three words: a weekday, a month, a number or "week"), else
    ``k``: the document's date belongs to its phrase, not to what it reports."""
    if k + 2 >= len(toks) or toks[k].low not in lex.PARTICIPLE_OPENERS or toks[k + 1].low not in _DATE_OPENERS:
        return k
    m = end = k + 2
    while end < len(toks) and end - m < 3 and toks[end].word and (
        toks[end].low in lex.WEEKDAYS or toks[end].low in lex.MONTHS or toks[end].low[:1].isdigit()
        or toks[end].low in ("week", "month", "year", "weekend", "night", "morning")
        or end > m and toks[end].text == "."
    ):
        end += 1
    return end if end > m else k


def _her_noun(toks: list[_Tok], k: int) -> bool:
    """ "her account", "her lawyer": "her" as a possessive before a lower-case noun, not the
    object pronoun ("told her the port was safe")."""
    if toks[k].low != "her" or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return (
        nxt.word and not nxt.cap and nxt.low.isalpha() and nxt.low not in _FUNCTION_WORDS
        and nxt.low not in lex.SPEECH_VERBS and nxt.low not in _AUX_NEXT and nxt.low not in lex.CUE_PREFIX
        and (not nxt.low.endswith("ly") or nxt.low in lex.LY_NOUNS)  # "her family", not "her shortly"
    )


def _with_members(text: str, toks: list[_Tok], phrase: _Phrase, head: int) -> _Phrase:
    """ "a group of pilots", "a number of harbour experts": the members after a group noun speak;
    the span takes in both."""
    k = head + 1
    if toks[head].low not in lex.GROUP_NOUNS or k + 1 >= len(toks) or toks[k].low != "of":
        return phrase
    members = _phrase_after(text, toks, k + 1)
    if members is None:  # "a number of harbour experts": plain nouns ending in a plural or a role
        m = k + 1
        while m < len(toks) and m - k <= 4 and _compound_word(toks[m]):
            m += 1
        if m > k + 1 and (_is_source_noun(toks[m - 1].low) or _bare_plural(toks[m - 1])):
            members = _make_phrase(text, toks, k + 1, m)
    if members is None or members.parts[0].pronoun:
        return phrase
    return _Phrase(phrase.first, members.last, phrase.start, members.end, members.parts)


def _postmodifier_end(toks: list[_Tok], head: int, any_noun: bool = False) -> int:
    """Token after "people familiar with the matter", "experts not involved in the study" and the
    like; ``head + 1`` when there is none. With ``any_noun``, the head need not be a source noun."""
    if toks[head].low not in ("those", "these") and (
        toks[head].cap and not toks[head].first or toks[head].low not in lex.SOURCE_NOUNS and not any_noun
    ):
        return head + 1  # a capital opening the sentence is no name: "Sources close to the mayor said"
    n = _people_postmodifier(toks, head)
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
    if j >= 1 and toks[j - 1].low in lex.INDEFINITES:
        return None  # "Anybody who complains": a relative clause, no one is quoted
    if j >= 1 and toks[j - 1].word and not toks[j - 1].cap:
        ante = _phrase_before(text, toks, j)
        if ante is not None and not ante.parts[0].pronoun and toks[j - 1].low not in lex.INDEFINITES:
            t = toks[j]
            return _Phrase(j, j + 1, t.start, t.end, ante.parts)  # "an engineer who said"
        if ante is None and _people_word(toks[j - 1]):
            return _pronoun_phrase(toks, j)  # "calls from dockworkers who said": "who" stands for people
        return None  # "anybody who complains": a relative clause, no one is quoted
    return _pronoun_phrase(toks, j)


def _people_word(tok: _Tok) -> bool:
    """A plural common noun that "who" can stand for when no source phrase reads it ("dockworkers",
    "listeners"): a lower-case word ending in "s", not a function word, number or adverb."""
    low = tok.low
    return (
        tok.word and low.isalpha() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "ous", "ics"))
        and low not in lex.INDEFINITES and low not in lex.PRONOUNS and low not in lex.CLAUSE_OPENING_WORDS
        and low not in _NOT_PEOPLE
    )


_NOT_PEOPLE = frozenset({"this", "those", "these", "thus", "always", "perhaps", "sometimes", "besides", "unless", "whereas", "towards", "afterwards", "news", "series", "species"})


def _relative_which(text: str, toks: list[_Tok], j: int) -> _Phrase | None:
    """ "the Halvik port board, which said": a body or a document before the relative pronoun is
    the source; the span is the pronoun, as for "who". Without such an antecedent ("..., which said
    a lot") nobody is credited."""
    if j < 1:
        return None
    end = j
    while end > j - 2 and end > 0 and toks[end - 1].text in ("-", "—", "–"):
        end -= 1  # "the study -- which notes that ..."
    if end == j and toks[j - 1].text == "," and toks[j].low == "which":
        end = j - 1
    if end < 1 or not toks[end - 1].word:
        return None
    ante = _phrase_before(text, toks, end)
    if ante is None or ante.parts[0].pronoun or ante.last != end:
        return None
    head = toks[end - 1]
    if not (_is_name(head) or head.low in lex.SOURCE_NOUNS or head.low in lex.DOCUMENT_NOUNS):
        return None
    if ante.parts[-1].person and not ante.parts[-1].media:
        return None  # "Vellacourt, which ...": "which" does not stand for a person
    t = toks[j]
    return _Phrase(j, j + 1, t.start, t.end, ante.parts)


def _relative_that(text: str, toks: list[_Tok], j: int) -> _Phrase | None:
    """ "a port firm that plans to", "skippers that say": "that" right after a noun phrase that can
    speak (a name, a source, role or document noun, a plural of people) and right before the cue
    is a relative pronoun, the subject of the cue; the span is the pronoun, as for "who" and
    "which". After any other word ("said that", "so that", "the claim that") it opens a clause."""
    if j < 1 or not toks[j - 1].word:
        return None
    head = toks[j - 1]
    if head.cap and head.first:
        return None
    if not (_is_name(head) or _is_source_noun(head.low) or _people_word(head)):
        return None
    ante = _phrase_before(text, toks, j)
    if ante is None or ante.parts[0].pronoun or ante.last != j:
        return _pronoun_phrase(toks, j) if ante is None and _people_word(head) else None
    t = toks[j]
    return _Phrase(j, j + 1, t.start, t.end, ante.parts)


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


_AGED = re.compile(r"\d{1,3}-year-old")


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
        if not w.cap and w.word and w.low not in lex.CONNECTORS and w.low not in _LOWER_PARTICLES and any(
            _is_name(x) for x in kept[i + 1 :]
        ):
            if i + 1 < len(kept) and kept[i + 1].low in ("for", "of", "at"):
                role_head = True
                break
            cut = i + 1
    if 0 < cut == len(kept) - 1 and kept[-1].cap and _AGED.fullmatch(kept[cut - 1].low):
        # "the 29-year-old Briton said": an age and where she is from describe the person named before, as
        # "the 29-year-old" alone does, and resolve to her (``_attribution_resolve``); the capital is no name.
        return _Part(text[kept[cut - 1].start : kept[-1].end], False, False, False, False, False, start, end)
    kept = kept[cut:] or kept
    kept = _without_titles(kept)
    # Drop a trailing descriptor after a name: "Ukrinform news agency" -> "Ukrinform".
    stripped = kept
    while (
        len(stripped) > 1
        and not stripped[-1].cap
        and stripped[-1].low in lex.MEDIA_NOUNS
        and any(_is_name(x) and x.low not in lex.DEMONYMS and not (x.first and x.low in lex.MODIFIERS) for x in stripped)
    ):  # "State television" opening a sentence is no name with a descriptor
        stripped = stripped[:-1]
    if stripped[-1].cap:
        kept = stripped  # not "Halvik medical" from "Halvik medical journal"
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


_ORG_OR_MEDIA = lex.ORG_WORDS | lex.MEDIA_NAMES | lex.MEDIA_NAME_WORDS  # made once, not per title tried


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
        if not all(
            (_is_name(w) or not w.cap and w.low in _LOWER_PARTICLES) and w.low.rstrip(".") not in lex.OFFICE_TITLES
            for w in rest
        ):
            return kept
        if any(w.low in _ORG_OR_MEDIA for w in rest):
            return kept
        if not all(w.cap for w in kept[:t]) or (low in lex.AMBIGUOUS_TITLES and not abbreviated):
            return kept
        if len(rest) >= 2 or abbreviated:
            return rest
        return kept
    return kept


# The first words of the sequence lists of the lexicon, by the list's identity: most tokens start
# none of them, and one set lookup says so without walking the list.
_SEQ_FIRSTS = {
    id(seqs): frozenset(seq[0] for seq in seqs)
    for seqs in (lex.PREPOSED_CUES, lex.INNER_LINKS, lex.OUTER_LINKS, lex.POSTMODIFIERS)
}


def _match_seq(toks: list[_Tok], i: int, seqs: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first sequence in ``seqs`` that the tokens at ``i`` spell, or 0."""
    if i >= len(toks):
        return 0
    first = toks[i].low
    firsts = _SEQ_FIRSTS.get(id(seqs))
    if firsts is not None and first not in firsts:
        return 0
    for seq in seqs:
        if seq[0] == first and i + len(seq) <= len(toks) and all(toks[i + k].low == w for k, w in enumerate(seq)):
            return len(seq)
    return 0
