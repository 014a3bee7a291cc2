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
* Which verbs are cues, and on what condition, is data: ``attribution_verbs.yaml``
  beside this module lists verbs of stating (a cue whatever follows), of taking a
  position ("rejected the plan": a cue before an object only), of raising one's
  voice (next to a quotation or before a clause), of belief ("understood that":
  before a clause only), of seeing something as something ("see the levy as a
  tax": with "as" after the object only), idioms ("as Brasko put it") and light
  verbs with their statement nouns ("expressed concern about", "issued a statement").
  A verb of taking a position needs a subject that can take one ("the crew took
  questions" credits no one).
* A belief right after a cue of saying is part of what was said ("said she
  believes"), not a second attribution.
* Anaphora: "the publication writes" resolves to the last named media source
  earlier in the text; "he"/"she" to the last named person source. Unresolved,
  they stay as written with ``named=False``.
* ``Attribution.cue`` is the cue that introduces the innermost (original)
  source, and the extraction span runs from that cue or the first source
  phrase to the last of them: "Bloomberg with reference to the Japanese media".

This module is the sentence scanner and the cue forms it tries at each token. Its helpers live
beside it, one job each: ``_attribution_tokens`` (tokens, quotations), ``_attribution_phrases``
(source noun phrases), ``_attribution_conditions`` (when a verb is a cue and where the cue as
written ends), ``_attribution_lines`` (transcript, "Source:" and dash-speaker lines),
``_attribution_nesting`` (attributions inside another's content), ``_attribution_resolve``
(quotation followers, references, the outlet's own name, content spans),
``_attribution_content`` (where the content lies), ``_attribution_found`` (the records),
``_attribution_extent`` (the source noun phrase and the predicate inside the spans as written),
``_attribution_valuing`` (putting a figure on a count: "a figure police put at 8,000"),
``_attribution_learned`` with ``attribution_model.json`` (a learned cue model for the long tail,
asked for as the kind "learned") and ``_attribution_lexicon`` with ``attribution_verbs.yaml``
(the words).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from collections.abc import Iterator

from consistency.extract import ExtractionContext
from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_conditions import (
    _INTENTION_NOUNS,
    _addressed_statement,
    _announces_an_act,
    _as_after_object,
    _audience_after,
    _bare_verb_after,
    _calls_an_action,
    _calls_for_or_names,
    _calls_something,
    _catenative_start,
    _clause_follows,
    _contracted_auxiliary,
    _coordinated_subject_before,
    _cue_adverb,
    _cue_extent,
    _document_before,
    _floating,
    _governs_base_form,
    _idiom_follows,
    _intends_an_act,
    _is_be,
    _knows_about,
    _names_with_quote,
    _next_to_quote,
    _object_after,
    _occasion_after,
    _outlet_before,
    _releases_a_document,
    _statement_after,
    _states_after,
    _subject_word,
    _that_or_pronoun_clause,
    _time_phrase,
    _title_case,
)
from consistency.extract._attribution_content import _trim as _trim_content
from consistency.extract._attribution_extent import cue_predicate_end, source_phrase_end
from consistency.extract._attribution_fixed import FixedPhrases
from consistency.extract._attribution_found import AttributionMatch, _Chain, _finish, _Found
from consistency.extract._attribution_learned import active_model, learned_matches
from consistency.extract._attribution_lines import (
    _dash_speaker,
    _line_form,
    _speaker_labels,
)
from consistency.extract._attribution_names import is_same_outlet, normalize_source
from consistency.extract._attribution_nesting import _belief_reported, relayed
from consistency.extract._attribution_passive import OPENING_QUESTIONS, unsourced_cue, unsourced_indices
from consistency.extract._attribution_phrases import (
    _AUX_NEXT,
    _MAX_PHRASE,
    _NAME_PARTICLES,
    _PASSIVE_AUX,
    _acronym_after,
    _before_parenthesis,
    _compound_word,
    _is_name,
    _is_possessive,
    _is_source_noun,
    _make_phrase,
    _match_seq,
    _Part,
    _Phrase,
    _phrase_after,
    _phrase_before,
    _postmodified_subject,
)
from consistency.extract._attribution_resolve import (
    _ending_before_the_next,
    _quote_followers,
    _resolved_with_content,
    _with_content,
)
from consistency.extract._attribution_tokens import (
    _in_quote,
    _quote_regions,
    _repair_sentences,
    _Tok,
    _tokenize,
    free_relative,
)
from consistency.extract._attribution_valuing import valuing
from consistency.extract._figure_tables import DENOMINATORS
from consistency.model import Attribution, Extraction
from consistency.text import split_sentences, trie_pattern

__all__ = [
    "ALL_KINDS", "STATEMENTS", "AttributionMatch", "cue_predicate_end", "extract_attributions", "find_attributions",
    "is_same_outlet", "normalize_source", "source_phrase_end",
]

# The kinds of match find_attributions gives: statements alone by default (what claims rest on),
# or every kind (what attribution corpora annotate).
STATEMENTS = frozenset({"statement"})
ALL_KINDS = frozenset({"statement", "intention", "act", "position", "belief", "unsourced", "learned"})

# Base forms of statement verbs that are more often nouns, and cues after a plural source before a
# clause ("authorities estimate there are", "critics counter that"); the commonest of them as other
# words ("state", "add") stay out, so that their sentences need not be read for them.
_STATED_BASES = lex.NOUN_BASES & lex.STATEMENT_BASES - {
    "state", "add", "cite", "tweet", "detail", "outline", "praise", "demand", "hint", "joke", "muse", "echo",
}
# Any word that can start a cue; a sentence without one is not tokenized at all, which is half
# the sentences of a news article. One scan of the lower-cased text finds them (_CUE_WORD).
_CUE_WORDS = frozenset(
    {w for w in lex.SPEECH_VERBS | lex.FINDING_VERBS if w.isalpha()}
    | {"according", "words"}  # the rarest word of each preposed cue
    | lex.PARTICIPLE_CUES
    | lex.SPEECH_ING
    | lex.WITNESS_VERBS
    | lex.TRAILING_LINKS
    | lex.IN_DOCUMENTS
    | lex.NOMINAL_CUES
    | frozenset(lex.EXPRESSIONS)
    | {"quoted", "quotes"}  # "quoted ... as saying"
    | lex.NEWS_FROM
    | lex.VALUING_VERBS
    | _STATED_BASES
)
_WORD = re.compile(r"[^\W\d_]+")


# A cue word as a whole word (a run of letters, as _WORD reads them) of the lower-cased text. It opens
# with \b, not with a look behind for a letter, and the lookahead on its first letter then lets the
# engine pass over most positions at once: a third faster. \b takes a digit or "_" for a letter,
# though, where _WORD does not ("5said"): _cue_positions reads those as spaces (in ASCII text) or finds
# the cues after them apart (_CUE_AFTER_DIGIT).
_LETTER_CUES = frozenset(w for w in _CUE_WORDS if _WORD.fullmatch(w))
_CUE_FIRSTS = "[" + re.escape("".join(sorted({w[0] for w in _LETTER_CUES}))) + "]"
_CUE_WORD = re.compile(r"\b(?=" + _CUE_FIRSTS + ")(?:" + trie_pattern(_LETTER_CUES) + r")(?![^\W\d_])")
_CUE_AFTER_DIGIT = re.compile(r"[\d_](?=" + _CUE_FIRSTS + ")(?:" + trie_pattern(_LETTER_CUES) + r")(?![^\W\d_])")
_DIGITS_AS_SPACES = str.maketrans("0123456789_", " " * 11)


def _cue_positions(text: str) -> list[int]:
    """Sorted offsets of the words of ``text`` that may start a cue."""
    low = text.lower()
    if len(low) != len(text):  # offsets in the lower-cased text would not be offsets in the text
        return [m.start() for m in _WORD.finditer(text) if m.group().lower() in _CUE_WORDS]
    if low.isascii():  # its only digits are 0-9: as spaces, \b reads them as _WORD does
        return list(map(re.Match.start, _CUE_WORD.finditer(low.translate(_DIGITS_AS_SPACES))))
    starts = list(map(re.Match.start, _CUE_WORD.finditer(low)))
    after = [m.start() + 1 for m in _CUE_AFTER_DIGIT.finditer(low)]
    return sorted(starts + after) if after else starts


_DASH_HINT = re.compile("[―—–]")
_SPACES = re.compile(r"\s+")

_CLAUSE_PUNCT = frozenset({",", "\"", "“", "”", "—", "–", "-", ":", ";", "«", "»", "(", ")", "'", "’"})
_CLOSING_QUOTES = frozenset({"\"", "”", "»", "’"})
# Past forms of saying and of the voice, inverted after a quotation's closing mark ('"...," admitted X').
_INVERTED_AFTER_QUOTE = frozenset(
    w for w in lex.SPEECH_VERBS | lex.VOICE_VERBS if w.endswith("ed") or w in {"told", "wrote", "spoke"}
) - {"asked", "believed", "feared", "hoped", "expected", "called"}
# Verb forms that are also plural nouns ("27 states", "his TV show", "Fifth Amendment claims").
_NOUN_LIKE = frozenset(
    "states claims reports notes remarks estimates promises posts tweets show shows warns vows pledges "
    "replies counters concludes fear fears hope hopes demands questions comments details outlines charges".split()
)
# Words that may follow the speaker of an inverted cue ('..., said Ivo Brask in a statement', '..., said
# Brask, who ...'): anything else makes the phrase after the cue its object, not its speaker.
_AFTER_INVERTED_SPEAKER = frozenset({
    "in", "on", "at", "who", "after", "before", "during", "when", "as", "citing", "with", "referring",
    "according", "quoting", "and", "to",
})
_APPOSITION_STOP = frozenset({"\"", "“", "”", ";", ":", "—", "–", "(", "«", "»"})



def extract_attributions(text: str, context: ExtractionContext) -> list[Extraction]:
    """Attribution phrases in ``text`` with their source chains, in text order."""
    found = find_attributions(text, context.sentences, getattr(context, "outlet", ""))
    return [Extraction(m.start, m.end, m.value) for m in found]


def find_attributions(
    text: str,
    sentences: tuple[tuple[int, int], ...] | list[tuple[int, int]] = (),
    outlet: str = "",
    kinds: frozenset[str] = STATEMENTS,
) -> list[AttributionMatch]:
    """Like :func:`extract_attributions`, keeping the cue and source spans apart.

    ``outlet`` is the publishing outlet: a chain link naming it is dropped ("As Halvik Wire
    reported" in a Halvik Wire article credits nobody), since an outlet citing itself is no source.
    ``kinds`` names the kinds of match wanted besides "statement" (what was said, written or
    found: what claims are credited to): "intention" ("Halvik wants to close the quay": what a
    source wants or committed to), "act" ("the council filed a motion", "Brask released a
    letter": a document made public), "position" ("Brask railed against the levy": a side
    taken), "belief" ("voters should know what the audit found": what a source knows or
    wonders), "unsourced" (a passive of saying or judging with no agent, and so no source: "Halvik
    was accused of fraud", see ``_attribution_passive``) and "learned" (a cue the learned model of ``_attribution_learned`` proposes where no
    rule applies, with a source before it: "Brask bristled at the levy"). Attribution corpora
    count those; claims never take them.
    They are found in a pass of their own after the statements, so that asking for them changes
    none of the statements (nor the references those resolve).
    """
    spans = _repair_sentences(text, list(sentences) if sentences else split_sentences(text))
    quotes = _quote_regions(text)
    hints = _cue_positions(text)
    labels = _speaker_labels(text)
    found: list[_Found] = []
    tokens: dict[tuple[int, int], list[_Tok]] = {}  # by sentence span, for the pass of the other kinds
    for s, e in spans:
        line = _line_form(text, s, e, labels) if ":" in text[s : min(e, s + 80)] else None
        if line is not None:
            found.append(line)
            if not (labels and line.parts[0].display in labels and line.cue_end < e):
                continue
            s = line.cue_end  # after a transcript's label, the speaker may credit someone else ("ANCHOR: Brask had said: ...")
        at = bisect.bisect_left(hints, s)
        if at == len(hints) or hints[at] >= e:
            if _DASH_HINT.search(text, s, e):
                toks = tokens[(s, e)] = _tokenize(text, s, e)
                found.extend(x for x in (_dash_speaker(text, toks),) if x is not None)
            continue
        toks = tokens[(s, e)] = _tokenize(text, s, e)
        if toks:
            found.extend(_sentence_matches(text, toks, quotes))
    fixed = FixedPhrases(text)
    found = [
        _with_document_participle(text, f) for f in found
        if not fixed.holds(f.cue_start) and not _object_of_preposition(text, f) and not _relative_that_source(text, f)
    ]
    found = _quote_followers(text, spans, quotes, found)
    statements = [m for m in _resolved_with_content(text, spans, found, outlet) if _reports_something(text, spans, m)]
    statements = _ending_before_the_next(text, statements, statements)
    others = kinds & frozenset(_OTHER_KINDS)
    if not others and not kinds & {"learned", "unsourced"}:
        # in text order, as with the other kinds ("Brask he said and said": the coordinated
        # statement found second opens first)
        return sorted([_with_aspect_verb(text, _with_contracted_auxiliary(text, m)) for m in statements], key=lambda m: m.start)
    found_others = [(_with_document_participle(text, f), kind) for f, kind in _other_kinds(text, spans, quotes, statements, others, tokens)]
    resolved = _resolved_with_content(text, spans, [f for f, _ in found_others], outlet)
    # Resolving keeps the order and drops a match whose chain is the outlet alone ("Harbor Post wants
    # to" in Harbor Post): each kept match takes the kind of the match it was made from.
    marked = []
    remaining = iter(resolved)
    match = next(remaining, None)
    for origin, kind in found_others:
        if match is not None and (match.start, match.end, match.cue_start, match.cue_end) == (
            origin.start, origin.end, origin.cue_start, origin.cue_end
        ):
            marked.append(dataclasses.replace(match, kind=kind))
            match = next(remaining, None)
    # The rules' matches first, the learned model's outside all of them: a model never takes the
    # place of a passive the rules read ("the board was said to ...").
    if "unsourced" in kinds:
        marked += _unsourced(text, spans, quotes, statements + marked, tokens)
    if "learned" in kinds:
        marked += [_without_expletive_it(text, m) for m in _learned(text, spans, quotes, statements + marked, tokens, outlet)]
    marked = [m for m in marked if not fixed.holds(m.cue_start) and not _object_of_preposition(text, m)]
    marked = _ending_before_the_next(text, marked, statements + marked)  # the statements were ended among themselves
    return sorted([_with_aspect_verb(text, _with_contracted_auxiliary(text, m)) for m in statements + marked], key=lambda m: m.start)


_EXPRESSION_NOUNS = frozenset().union(*lex.EXPRESSIONS.values())


def _reports_something(text: str, spans: list[tuple[int, int]], match: AttributionMatch) -> bool:
    """An attribution credits its source with something: a sentence that holds a source and a cue
    of saying and nothing else ("Kadzik wouldn't say.", "Most of the pilots agreed.") reports no
    statement, only that one was made or withheld. A line's label ("Source: Halvik Wire") and a
    speaker's dash stand for what they introduce, and are kept."""
    if match.content_end > match.content_start or match.value.cue == "quote":
        return True
    cue = text[match.cue_start : match.cue_end]
    if ":" in cue or not any(ch.isalpha() for ch in cue) or not _EXPRESSION_NOUNS.isdisjoint(cue.lower().split()):
        return True  # a label, a dash, a light verb with what it voices ("sounded the alarm")
    n = bisect.bisect_right(spans, (match.start, len(text))) - 1
    start, end = spans[n] if n >= 0 else (match.start, match.end)
    rest = text[start : match.start] + text[match.cue_end : max(end, match.end)]
    return any(ch.isalpha() or ch.isdigit() for ch in rest)


# Adjectives of how certain or plain something is, after an expletive "it" ("it is clear that",
# "it was unclear whether", "it should be obvious"): a judgment with no one named to make it.
_EVIDENCE_ADJECTIVES = frozenset(
    {"clear", "unclear", "obvious", "evident", "apparent", "plain", "certain", "uncertain", "doubtful",
     "undeniable", "indisputable", "unlikely", "likely", "possible", "impossible", "conceivable", "true"}
)


def _without_expletive_it(text: str, match: AttributionMatch) -> AttributionMatch:
    """A learned match read with "it" as its source and an adjective of evidence as its cue ("it was
    clear that", "it's obvious that") credits no one: "it" is the expletive subject and opens the
    cue ("it was clear"), the source is empty."""
    if text[match.source_start : match.source_end].lower() != "it" or match.source_end > match.cue_start:
        return match
    cue = text[match.cue_start : match.cue_end].rpartition(" ")[2].lower()
    if cue not in _EVIDENCE_ADJECTIVES:
        return match
    value = dataclasses.replace(match.value, source="", chain=(), named=False)
    at = match.source_start
    return dataclasses.replace(match, cue_start=at, start=at, source_start=at, source_end=at, value=value)


# Verbs of phase and attempt, which say nothing themselves and govern the verb that does: "keeps
# saying", "continued to call for", "tries to draw", "began by praising", "went on to explain",
# "stopped short of calling", "avoids condemning". With the word joining them to that verb.
_ASPECT_FORMS = (
    r"continu(?:e|es|ed|ing)|keeps?|kept|keeping|beg(?:in|ins|an|un|inning)|start(?:s|ed|ing)?(?: off| out)?"
    r"|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|avoid(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|resum(?:e|es|ed|ing)"
)
_ASPECT_JOINED = (
    rf"(?:{_ASPECT_FORMS})(?:\s+(?:to|by))?|(?:go|goes|went|going|gone)\s+on\s+to|stop(?:s|ped|ping)?\s+short\s+of"
)
_ASPECT_AUXILIARY = r"(?:(?:has|have|had|is|are|was|were|will|would|might|may|could|can|should|must|did|does|do)\s+)?"
_ASPECT_ADVERB = r"(?:(?:just|also|not|never|still|again|repeatedly|even|then|now|only)\s+)?"
_ASPECT_BEFORE = re.compile(
    rf"(?<![^\W\d_])({_ASPECT_AUXILIARY}{_ASPECT_ADVERB}(?:{_ASPECT_JOINED}))\s+\Z", re.I
)
_ASPECT_CUE = re.compile(rf"(?:{_ASPECT_JOINED})\Z", re.I)
_VERB_AFTER_ASPECT = re.compile(r"\s+(?:to\s+|by\s+)?([^\W\d_]+)\b")
_TOPIC_AFTER_ASPECT = re.compile(r"\s+(?:against|about|for|on|at|over|with)\b")
# The last word of a cue that is a verb of phase itself, and the last word before a cue that such
# a verb governs: a set look-up before the patterns run (most cues have neither).
_ASPECT_LAST_WORDS = frozenset(
    w for base in ("continue", "keep", "begin", "start", "try", "attempt", "avoid", "cease", "resume")
    for w in (base, base + "s", base + "d", base + "ed", base.rstrip("e") + "ing", base[:-1] + "ies", base[:-1] + "ied")
) | frozenset({"kept", "began", "begun", "beginning", "off", "out"})
_ASPECT_BEFORE_WORDS = _ASPECT_LAST_WORDS | frozenset({"to", "by", "of"})


def _with_aspect_verb(text: str, match: AttributionMatch) -> AttributionMatch:
    """The cue of ``match`` with the verb of phase or attempt that governs it ("keeps saying",
    "continued to call for", "tried to make the case", "went on to explain"): one cue as written,
    from that verb (its auxiliary and adverb included) to the cue's own. A cue that is such a verb
    itself ("continued" read by the model) takes in the verb it governs ("continued to plot").
    The tuning split writes 22 of 24 such cues so."""
    cue_start, cue_end = match.cue_start, match.cue_end
    head = text[cue_start:cue_end]
    last = head.rpartition(" ")[2].lower()
    if last in _ASPECT_LAST_WORDS and _ASPECT_CUE.search(head):
        m = _VERB_AFTER_ASPECT.match(text, cue_end)
        if m is not None and (m.group().lstrip().lower().startswith(("to ", "by ")) or m.group(1).lower().endswith("ing")):
            cue_end = m.end(1)
            topic = _TOPIC_AFTER_ASPECT.match(text, cue_end)
            if topic is not None:
                cue_end = topic.end()  # "continued to plot against", "went on about": the topic's preposition too
    if (
        text[cue_start - 1 : cue_start].isspace() and cue_start > match.source_end
        and text[max(0, cue_start - 20) : cue_start].rstrip().rpartition(" ")[2].lower() in _ASPECT_BEFORE_WORDS
    ):
        before = _ASPECT_BEFORE.search(text, max(0, cue_start - 60, match.source_end), cue_start)
        if before is not None:
            first = text[cue_start:cue_end].split()[0].lower() if cue_end > cue_start else ""
            joined = before.group(1).split()[-1].lower()
            if joined in ("to", "of", "by") or first.endswith("ing"):
                cue_start = before.start(1)
    if (cue_start, cue_end) == (match.cue_start, match.cue_end):
        return match
    return dataclasses.replace(match, cue_start=cue_start, cue_end=cue_end, start=min(match.start, cue_start), end=max(match.end, cue_end))


# An auxiliary written onto the pronoun before the cue: "he's promoted", "you're worried about",
# "they've argued", "we'd know", "I'll present". "'s" only after a pronoun ("Brask's claims" is a
# possessor, whose "'s" the tuning split gives to the source as often as to the cue).
_CONTRACTED_AUXILIARY = re.compile(
    r"(?:(?<![^\W\d_])(?:he|she|it|that|who|what|there|here)(['’]s)|[^\W\d_](['’](?:re|ve|ll|d|m)))[ \t]+\Z", re.I
)


def _with_contracted_auxiliary(text: str, match: AttributionMatch) -> AttributionMatch:
    """The cue of ``match`` opened by the auxiliary contracted onto the word before it ("he's
    promoted": cue "'s promoted", as "he has promoted" gives "has promoted"; the tuning split writes
    12 of the 13 cues after such a contraction so)."""
    at = match.cue_start
    if at < 3 or not text[at - 1].isspace() or ("'" not in text[at - 5 : at] and "’" not in text[at - 5 : at]):
        return match
    m = _CONTRACTED_AUXILIARY.search(text, max(0, at - 12), at)
    if m is None:
        return match
    clitic = m.start(1) if m.group(1) else m.start(2)
    return dataclasses.replace(match, cue_start=clitic, start=min(match.start, clitic))


def _relative_that_source(text: str, found: _Found) -> bool:
    """A statement whose subject is a relative "that" ("a firm that had declared insolvency"): the
    phrase reader reads one for the other kinds ("a firm that plans to", "rules that ban"), but a
    statement credited through it is left out (too rare in the tuning split to judge, and claims
    take statements)."""
    return found.source_end - found.source_start == 4 and text[found.source_start : found.source_end] == "that"


_DOCUMENT_PARTICIPLE = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
_PARTICIPLE_STOPS = frozenset({"that", "which", "who", "and", "but", "or", "because", "after", "before", "while", "when"})
_SAYING_ING = lex.SPEECH_ING | lex.PARTICIPLE_CUES


def _with_document_participle(text: str, found: _Found) -> _Found:
    """ "issued a statement calling for", "sent a letter to the board urging", "published the
    results by announcing": a document made public and the participle of saying that gives what it
    says are one cue as written (PolNeAR's tuning split writes them so, 4 times in 5). Up to a dozen
    words after the cue, with no comma or clause word between; the cue's head word must be a verb
    of making a document public."""
    head = text[found.cue_start : found.cue_end].split()
    if not head or head[0].lower() not in lex.RELEASE_VERBS:
        return found
    for n, m in enumerate(_DOCUMENT_PARTICIPLE.finditer(text, found.cue_end, min(len(text), found.cue_end + 120))):
        word = m.group().lower()
        if n >= 12 or not word[0].isalpha() or word in _PARTICIPLE_STOPS:
            return found
        if word in _SAYING_ING:
            return dataclasses.replace(found, cue_end=m.end(), end=max(found.end, m.end()))
    return found


_PREPOSITION_BEFORE = re.compile(
    r"(?<![^\W_])([a-z]+)\s+(?:of|in|on|to|for|at|about|into|over|under|among|than)\s+\Z"
)


def _object_of_preposition(text: str, found: _Found | AttributionMatch) -> bool:
    """The source read before the cue is the object of a preposition after a noun that names no
    one ("the shape of the harbour says", "a set of port rules that", "the weight given to ferries
    in Dravik shows"): the cue's subject is that noun's phrase, no speaker. Not when the noun can
    speak ("the family of the victim said", "an adviser to Brask said": the phrase reader takes
    most of those in)."""
    if not found.source_end or found.source_end > found.cue_start:
        return False
    if text[found.source_end - 2 : found.source_end].replace("’", "'") in ("'s", "s'"):
        return False  # a possessor and a noun of saying: "seized on Brask's claim that"
    m = _PREPOSITION_BEFORE.search(text, max(0, found.source_start - 40), found.source_start)
    if m is None:
        return False
    noun = m.group(1)
    plural = noun.endswith("s") and not noun.endswith("ss")  # "skippers of both guilds": people
    return not (
        plural or noun in lex.DETERMINERS or noun in lex.PRONOUNS or _is_source_noun(noun) or noun in lex.DOCUMENT_NOUNS
    )


def _learned(
    text: str,
    spans: list[tuple[int, int]],
    quotes: tuple[list[int], list[int]],
    matches: list[AttributionMatch],
    tokens: dict[tuple[int, int], list[_Tok]],
    outlet: str,
) -> list[AttributionMatch]:
    """The matches the learned cue model proposes (kind "learned") outside the ``matches`` of the
    rules and their contents; see ``_attribution_learned``."""
    model = active_model()
    if not model.stems:
        return []
    taken = sorted([(m.start, m.end) for m in matches] + [(m.content_start, m.content_end) for m in matches if m.content_end > m.content_start])
    for span in spans:
        if span not in tokens:
            tokens[span] = _tokenize(text, *span)
    proposals = learned_matches(text, spans, tokens, quotes, taken, model)
    resolved = _resolved_with_content(text, spans, proposals, outlet)
    return [dataclasses.replace(m, kind="learned") for m in resolved]


def _unsourced(
    text: str,
    spans: list[tuple[int, int]],
    quotes: tuple[list[int], list[int]],
    matches: list[AttributionMatch],
    tokens: dict[tuple[int, int], list[_Tok]],
) -> list[AttributionMatch]:
    """The passives of saying and judging with no agent (kind "unsourced", no source: "Halvik was
    accused of fraud"; see ``_attribution_passive``), outside the ``matches`` found before and
    outside what they report."""
    phrases = sorted((m.start, m.end) for m in matches)
    contents = sorted((m.content_start, m.content_end) for m in matches if m.content_end > m.content_start)
    out: list[AttributionMatch] = []
    for span in spans:
        if not _PASSIVE_HINT.search(text, *span):
            continue
        toks = tokens.get(span)
        if toks is None:
            toks = tokens[span] = _tokenize(text, *span)
        previous = -1  # the index of the sentence's last unsourced cue
        for i in unsourced_indices(toks, quotes):
            t = toks[i]
            if _covered(phrases, t.start) or _covered(contents, t.start):
                continue
            comma = _clause_comma(toks, previous, i) if previous >= 0 else -1
            if previous >= 0 and comma < 0:
                continue  # one per clause: the rest of it is what was reported
            cue = unsourced_cue(toks, i)
            if cue is None:
                continue
            value = Attribution(source="", chain=(), cue=t.low, named=False)
            match = AttributionMatch(cue[0], cue[1], cue[0], cue[1], cue[0], cue[0], value, kind="unsourced")
            # a passive reports its subject and its complement together ("the levy | is widely seen
            # as | a tax"): the clause around the cue is the content; a question opening the
            # sentence is read like any cue
            clause = None if t.cap or i == 1 and t.low not in lex.EVIDENTIAL_ADVERBS else _trim_content(text, *span)
            if comma >= 0:
                # "Although the pier is not thought to hold cranes, it is considered a landmark": two clauses,
                # each passive reporting its own
                earlier = out[-1]
                cut = _trim_content(text, earlier.content_start, toks[comma].start) if earlier.content_end > earlier.content_start else None
                if cut is not None:
                    out[-1] = dataclasses.replace(earlier, content_start=cut[0], content_end=cut[1])
                clause = _trim_content(text, toks[comma].end, span[1])
            out.append(match if clause is None else dataclasses.replace(match, content_start=clause[0], content_end=clause[1]))
            previous = i
    return [m if m.content_end > m.content_start else _with_content(text, spans, [m])[0] for m in out]


def _clause_comma(toks: list[_Tok], after: int, before: int) -> int:
    """The comma between tokens ``after`` and ``before`` that opens a new clause with its own
    subject (a pronoun, a determiner or a name right after it, and a verb after that), or -1."""
    for c in range(before - 2, after, -1):
        if toks[c].text != ",":
            continue
        nxt = toks[c + 1]
        if nxt.word and (nxt.low in lex.PRONOUNS or nxt.low in lex.DETERMINERS or nxt.cap) and c + 1 < before:
            return c
    return -1


_PASSIVE_HINT = re.compile(
    r"(?=[a-z])\b(?:" + trie_pattern(lex.PASSIVE_PARTICIPLES) + r")\b|\b(?i:" + "|".join(sorted(OPENING_QUESTIONS | lex.EVIDENTIAL_ADVERBS)) + r")\b"
)


# The kinds besides statements, with the words that may be their cue.
_OTHER_KINDS = {
    "intention": lex.INTENTION_VERBS | lex.INTENTION_ING,
    "act": lex.RELEASE_VERBS,
    "position": lex.POSITION_VERBS | lex.POSITION_ING | lex.POSITION_NOUNS,
    "belief": lex.KNOWING_VERBS,
}
_OTHER_ING = {"intention": lex.INTENTION_ING, "position": lex.POSITION_ING}  # "is planning to", "is defending"


@functools.cache
def _other_words(kinds: frozenset[str]) -> re.Pattern[str]:
    """A word that may be the cue of one of ``kinds``, in any case: one prefix-factored pattern
    for them all, opening with a lookahead on the first letters (a plain alternation of the
    words, one pattern per kind, took a third of the time of finding every kind)."""
    words = frozenset().union(*(_OTHER_KINDS[kind] for kind in kinds))
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(rf"(?=[{firsts}])\b(?:" + trie_pattern(words) + r")\b", re.I)


def _other_kinds(
    text: str,
    spans: list[tuple[int, int]],
    quotes: tuple[list[int], list[int]],
    statements: list[AttributionMatch],
    kinds: frozenset[str],
    tokens: dict[tuple[int, int], list[_Tok]],
) -> list[tuple[_Found, str]]:
    """The matches of ``kinds`` (intentions, acts) in the text, each with its kind: outside
    quotations and outside the statements found before, their content included ("Halvik said he
    plans to run" is one statement: what he plans is part of what he said). ``tokens`` holds the
    sentences the statements pass tokenised, by span: they are not tokenised again."""
    phrases = sorted((m.start, m.end) for m in statements)
    contents = sorted((m.content_start, m.content_end) for m in statements if m.content_end > m.content_start)
    # A participle after a comma speaks for the clause's subject ("Brask refused to comment, saying
    # ..."): the clause between them is its own, with cues of its own.
    clauses = sorted(
        (m.source_end, m.cue_start) for m in statements
        if m.source_end < m.cue_start and m.value.cue.endswith("ing") and "," in text[m.source_end : m.cue_start]
    )
    wanted = [(kind, _OTHER_KINDS[kind]) for kind in sorted(kinds)]
    any_wanted = frozenset().union(*(words for _, words in wanted))
    hint = _other_words(kinds)
    out: list[tuple[_Found, str]] = []
    for s, e in spans:
        if not hint.search(text, s, e):
            continue
        toks = tokens.get((s, e))
        if toks is None:
            toks = _tokenize(text, s, e)
        used_until = -1
        for i in _indices_of(toks, any_wanted):
            t = toks[i]
            if i < used_until or not t.word or _in_quote(quotes, t.start):
                continue
            kind = next((k for k, words in wanted if t.low in words), None)
            if kind is None:
                continue
            if _covered(phrases, t.start) and not _covered(clauses, t.start):
                continue  # inside a statement's phrase
            participle = _other_participle(text, toks, i, kind, statements, [f for f, _ in out[-3:]], (s, e))
            if participle is not None:
                out.append((participle, kind))  # "..., vowing to close it": the clause's subject again
                used_until = i + 1
                continue
            if _covered(contents, t.start) and not _new_clause_before(toks, i):
                continue  # in what a statement reports ("said he plans to")
            match = _position_noun(text, toks, i) if t.low in lex.POSITION_NOUNS else None
            if match is None and (t.low not in lex.POSITION_NOUNS or t.low in lex.POSITION_VERBS | lex.POSITION_ING):
                match = _verb(text, toks, i, kind)  # "advocates for": a noun of a side and a verb
            if match is None and kind == "intention":
                shared = _coordinated_intention(toks, i, statements, [f for f, _ in out[-3:]], (s, e))
                match = (shared, i + 1) if shared is not None else None
            if match is None:
                continue
            out.append((match[0], kind))
            used_until = i + 1
    return out


def _other_participle(
    text: str,
    toks: list[_Tok],
    i: int,
    kind: str,
    statements: list[AttributionMatch],
    others: list[_Found],
    sentence: tuple[int, int],
) -> _Found | None:
    """ "Brask toured the quay, vowing to close it", "..., defending the new levy": an -ing form of
    an intention or a position after a comma opens a clause of its own, whose subject is the
    sentence's: the source of the last match before it in the sentence, else the subject that
    opens the sentence. Not part of what an earlier statement reports, even inside its content."""
    t = toks[i]
    if i < 2 or toks[i - 1].text != "," or t.cap or not t.low.endswith("ing"):
        return None
    if kind == "intention":
        if t.low not in lex.INTENTION_ING or not _intends_an_act(toks, i):
            return None
    elif kind == "position":
        if t.low not in lex.POSITION_ING or not (
            _object_after(toks, i + 1) or i + 1 < len(toks) and toks[i + 1].low in ("against", "for")
        ):
            return None
    else:
        return None
    end = toks[i + 1].end if kind == "position" and i + 1 < len(toks) and toks[i + 1].low in ("against", "for") else t.end
    shared = _sharing_earlier_source(t.start, t.start, end, t.low, statements, others, sentence)
    if shared is not None:
        return shared
    subject = _opening_subject(text, toks, i)
    if subject is None:
        return None
    cue = (t.start, end, t.low)
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    return _finish(chain, cue, subject, i + 1, (subject.start, subject.end))[0]




def _sharing_earlier_source(
    at: int,
    cue_start: int,
    cue_end: int,
    cue: str,
    statements: list[AttributionMatch],
    others: list[_Found],
    sentence: tuple[int, int],
) -> _Found | None:
    """A match of the cue ``cue_start``..``cue_end`` credited to the source of the last match that
    ends before offset ``at`` in ``sentence`` (a statement or a match of the other kinds), or None."""
    s, _ = sentence
    earlier: list[AttributionMatch | _Found] = [m for m in statements if s <= m.start and m.end <= at]
    earlier += [f for f in others if s <= f.start and f.end <= at]
    before = sorted(earlier, key=lambda m: m.end)
    if not before:
        return None
    prev = before[-1]
    if isinstance(prev, _Found):
        return _Found(cue_start, cue_end, cue_start, cue_end, prev.source_start, prev.source_end, prev.parts, cue, prev.channel)
    # a statement already resolved: its chain as it was resolved, the same source
    value = prev.value
    parts = tuple(
        _Part(name, value.named if n == 0 else True, False, False, False, False, prev.source_start, prev.source_end)
        for n, name in enumerate(value.chain)
    )
    return _Found(cue_start, cue_end, cue_start, cue_end, prev.source_start, prev.source_end, parts, cue, value.channel)


def _coordinated_intention(
    toks: list[_Tok],
    i: int,
    statements: list[AttributionMatch],
    others: list[_Found],
    sentence: tuple[int, int],
) -> _Found | None:
    """ "Brask praised the plan and vowed to fund it", "..., yet refuses to release it": an
    intention verb right after "and", "but" or "yet" (its auxiliaries and adverbs between), with no
    subject of its own, shares the subject of the clause before: the source of the last match
    before it in the sentence. The auxiliaries belong to the cue ("and has vowed to")."""
    t = toks[i]
    if t.cap or t.low not in lex.INTENTION_VERBS:
        return None
    j = i
    while j > 0 and (toks[j - 1].low in lex.CUE_PREFIX or _cue_adverb(toks[j - 1])):
        j -= 1
    if j < 2 or toks[j - 1].low not in ("and", "but", "yet"):
        return None
    if not _intends_an_act(toks, i) and not (
        # "..., and plans to cut the levy": after a comma and a joiner, a verb, not "her plans"
        t.low in _INTENTION_NOUNS and j == i and toks[j - 2].text == ","
        and i + 1 < len(toks) and toks[i + 1].low == "to" and _bare_verb_after(toks, i + 2)
    ):
        return None
    return _sharing_earlier_source(toks[j - 1].start, toks[j].start, t.end, t.low, statements, others, sentence)


_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "remains", "remained", "became", "becomes"})
_NOUN_DETERMINERS = frozenset({"a", "an", "the"})


def _position_noun(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "Brask is a firm opponent of the levy", "Halvik has long been a vocal critic of that
    board", "Vellacourt, a longtime supporter of the plan, ...": a noun of a side taken, with "of",
    after a copula or opening an apposition. The cue runs from the copula (its auxiliaries
    included) or the article to "of"; the source is the subject or the apposed name before it."""
    t = toks[i]
    if t.cap or i + 1 >= len(toks) or toks[i + 1].low != "of" or i < 2:
        return None
    j = i
    while j > 0 and i - j < 6 and toks[j - 1].word and not toks[j - 1].cap and (
        toks[j - 1].low not in _NOUN_DETERMINERS and toks[j - 1].low not in _COPULAS
        and toks[j - 1].low not in lex.POSSESSIVE_DETERMINERS and not _is_possessive(toks[j - 1])
        and toks[j - 1].low not in lex.PRONOUNS and toks[j - 1].low not in lex.CLAUSE_OPENING_WORDS - {"and"}
    ) or j > 0 and toks[j - 1].text == "," and j - 1 > 0 and toks[j - 2].word and not toks[j - 2].cap and i - j < 5 and j < i:
        j -= 1  # the noun's modifiers: "a steady and vocal supporter", "a longtime, vocal critic"
    if j > 0 and toks[j - 1].low in _NOUN_DETERMINERS:
        j -= 1
    elif not t.low.endswith("s"):
        return None  # "a critic", "the critics" or "critics": a singular needs its article
    if j < 2:
        return None
    end = i + 2
    before = toks[j - 1]
    source_span: tuple[int, int] | None = None
    if before.text == ",":
        subject = _phrase_before(text, toks, j - 1)  # "Vellacourt, a longtime supporter of the plan,"
        cue_first = j
        if subject is None or not (subject.parts[-1].named or _source_headed(toks, subject)):
            return None
    elif before.low in _COPULAS:
        k = j - 1
        while k > 0 and j - k < 4 and ((toks[k - 1].low in lex.CUE_PREFIX and not toks[k - 1].cap) or _cue_adverb(toks[k - 1])):
            k -= 1  # "has long been", "is also"
        cue_first = k
        subject = _phrase_before(text, toks, k) if k > 0 else None
        if subject is None and k >= 2 and toks[k - 1].text == ",":
            apposed = _apposition_before(text, toks, k - 1)
            if apposed is not None:  # "Vellacourt, a member of the board, is a critic of": the span as a statement's
                subject, source_span = apposed
        if subject is None or not _takes_a_position(toks, subject):
            return None
        if subject.parts[-1].pronoun and subject.parts[-1].display.lower() in ("it", "which"):
            return None  # "it is a supporter of": no one
    else:
        return None
    cue = (toks[cue_first].start, toks[end - 1].end, t.low)
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    return _finish(chain, cue, subject, end, source_span)


def _spoken_occasion(toks: list[_Tok], start: int, end: int) -> bool:
    """The occasion ``start``..``end`` after a cue is a spoken exchange the cue as written takes in
    ("in an interview", "in a phone interview with CNN"), not a document or an event ("in a
    statement", "at a news conference")."""
    return toks[start].low == "in" and any(t.low in lex.SPOKEN_CHANNELS for t in toks[start + 1 : end])


def _covered(intervals: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` lies in the interval of the sorted ``intervals`` starting last before it."""
    k = bisect.bisect_right(intervals, (at, 1 << 62)) - 1
    return k >= 0 and intervals[k][1] > at


_CLAUSE_JOINERS = frozenset({"and", "but", "yet", "although", "though", "while", "whereas"})


def _new_clause_before(toks: list[_Tok], i: int) -> bool:
    """The verb at ``i`` (after its auxiliaries and adverbs) follows a conjunction, with or without
    a subject pronoun or name of its own: "condemned the test and pledged to", "claimed it was
    smart, although he again refused to". A clause of its own, not part of the reported content."""
    j = i
    while j > 0 and (toks[j - 1].low in lex.CUE_PREFIX or _cue_adverb(toks[j - 1]) or _is_be(toks[j - 1])):
        j -= 1
    if j > 1 and (toks[j - 1].low in lex.PERSON_PRONOUNS or toks[j - 1].low in ("they", "we", "it") or _is_name(toks[j - 1])):
        j -= 1
    return j > 0 and toks[j - 1].low in _CLAUSE_JOINERS


# --- cues and links ---------------------------------------------------------------------------------


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
    text: str, toks: list[_Tok], comma: int, links: tuple[tuple[str, ...], ...] = lex.INNER_LINKS
) -> tuple[int, _Phrase, tuple[int, int, str]] | None:
    """ "X, citing Y, reported": find ", citing Y" ending at the comma token ``comma`` (or, with
    ``links`` the relay participles, ", cited by Y")."""
    for c in range(comma - 1, max(comma - _MAX_PHRASE - 4, 0), -1):
        if toks[c].text == ",":
            n = _match_seq(toks, c + 1, links)
            if not n:
                return None
            phrase = _phrase_after(text, toks, c + 1 + n)
            if phrase is None or phrase.last != comma:
                return None
            return c, phrase, (toks[c + 1].start, toks[c + n].end, _cue_words(toks[c + 1 : c + 1 + n]))
    return None


# Every word at which one of the forms tried in _sentence_matches can start; any other token is
# skipped without trying them (most tokens of a sentence that holds a cue are no cue).
_START_WORDS = (
    lex.SPEECH_VERBS | lex.FINDING_VERBS | lex.SPEECH_ING | lex.PARTICIPLE_CUES | lex.TRAILING_LINKS
    | lex.WITNESS_VERBS | lex.NOMINAL_CUES | frozenset(lex.EXPRESSIONS)
    | frozenset(seq[0] for seq in lex.PREPOSED_CUES) | frozenset({"in", "quoted", "quotes", "going"}) | lex.NEWS_FROM
    | lex.VALUING_VERBS | _STATED_BASES
)
_STARTS = _START_WORDS | lex.SPEAKER_DASHES  # a dash is its own lower case
_QUOTED = frozenset({"quoted", "quotes"})
_LOW = operator.attrgetter("low")


def _indices_of(toks: list[_Tok], words: frozenset[str]) -> Iterator[int]:
    """The indices of the tokens whose lower case is one of ``words``, by built-in maps: most
    tokens are none, and no Python code runs for them."""
    return itertools.compress(itertools.count(), map(words.__contains__, map(_LOW, toks)))
_AS_SAYING = frozenset({"saying", "telling", "stating", "writing", "warning", "adding"})


def _sentence_matches(text: str, toks: list[_Tok], quotes: tuple[list[int], list[int]]) -> list[_Found]:
    out: list[_Found] = []
    used_until = -1  # tokens before this index belong to an earlier match
    for i in _indices_of(toks, _STARTS):
        if i < used_until:
            continue
        t = toks[i]
        if not (t.word or t.text in lex.SPEAKER_DASHES) or _in_quote(quotes, t.start):
            continue
        if t.low == "going":  # only ", going on to say": no other form starts with it
            found = _going_on_to(text, toks, i, out) if i and toks[i - 1].text == "," else None
            if found is None:
                continue
        else:
            found = _preposed(text, toks, i) or _passive_by(text, toks, i) or _verb(text, toks, i)
        if found is None and t.low in _QUOTED:
            found = _quoted_as_saying(text, toks, i)
        if found is None and t.low in lex.NEWS_FROM:
            found = _news_from(text, toks, i)
        if found is None and t.low in lex.VALUING_VERBS:
            found = valuing(text, toks, i)  # "police put the crowd at 8,000"
        if found is None and t.low == "in":
            found = _in_document(text, toks, i)
        if found is None and t.low in lex.EXPRESSIONS and not t.cap:
            found = _expression(text, toks, i)
        if found is None and t.low in lex.NOMINAL_CUES:
            found = _nominal(text, toks, i)
        if found is None and out and t.low in lex.SPEECH_VERBS and not t.cap:
            found = _coordinated(toks, i, out[-1])
        if (
            found is None
            and (t.low in lex.PARTICIPLE_CUES or t.low in lex.SPEECH_ING)
            and (t.low not in lex.OBJECT_PARTICIPLES or _statement_after(toks, i + 1))
            and (t.low not in lex.STANCE_VERBS or _object_after(toks, i + 1))
            and (t.low not in lex.VOICE_VERBS or _next_to_quote(toks, i) or _statement_after(toks, i + 1)
                 or _addressed_statement(toks, i + 1))
            and (t.low not in lex.NEEDS_OBJECT or _calls_for_or_names(toks, i))
            and (t.low not in lex.CONSTRUAL_VERBS or _as_after_object(toks, i))
            and (i or t.first)  # an opening participle speaks for the subject after its comma
            and (i == 0 or toks[i - 1].text == "," or toks[i - 1].low in lex.PARTICIPLE_LEADS
                 or toks[i - 1].low in lex.PREPOSITION_LEADS and not out
                 or toks[i - 1].low == "and" and bool(out) and out[-1].cue.endswith("ing")  # "praising ... and saying"
                 or i > 1 and toks[i - 1].text in ("\"", "”", "''") and toks[i - 2].text == ",")  # '"...," adding'
            and (t.low not in lex.TOPIC_VERBS or (i + 1 < len(toks) and toks[i + 1].low in lex.TOPIC_PARTICLES))
        ):
            found = _participle(text, toks, i, out)
        if found is None and t.low in lex.PARTICIPLE_CUES and i > 1 and not t.cap:
            found = _named_participle(text, toks, i)
        if found is None and t.low in lex.TRAILING_LINKS and i and toks[i - 1].text == ",":
            cited = _phrase_after(text, toks, i + 1)
            if cited is None or not _names_a_source(toks, cited):
                found = _participle(text, toks, i, out)  # "..., citing a threat to health": a reason given
            elif out and out[-1].end <= t.start:
                out[-1] = dataclasses.replace(
                    out[-1], parts=out[-1].parts + cited.parts, end=cited.end,
                    links=(*out[-1].links, (cited.start, cited.end, t.start, t.end)),
                )
                used_until = cited.last  # "..., citing two officials": the statement's sources
                continue
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
        if out and _belief_reported(text, out[-1], match):
            continue
        folded = relayed(text, out[-1], match) if out else None
        if folded is not None:  # "The Post wrote that Halvik had claimed ...": one chain
            out[-1] = folded
            used_until = last_tok
            continue
        out.append(match)
        used_until = last_tok
    return out


def _news_from(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "news from harbour chief Ivo Halvik that the pier had failed", "warnings from his lawyer
    that ...": a statement noun, "from" and who it comes from, then its clause."""
    if i + 2 >= len(toks) or toks[i + 1].low != "from":
        return None
    phrase = _phrase_after(text, toks, i + 2)
    if phrase is None or phrase.last >= len(toks) or toks[phrase.last].low != "that":
        return None
    if not (phrase.parts[-1].named or _names_a_source(toks, phrase)) or all(p.pronoun for p in phrase.parts):
        return None
    t = toks[i]
    cue = (t.start, toks[i + 1].end, t.low)
    chain = _Chain(list(phrase.parts), [cue] * len(phrase.parts), [(phrase.start, phrase.end)])
    return _finish(chain, cue, phrase, phrase.last + 1)


def _quoted_as_saying(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "Halvik radio quoted the relief office as saying ...": the subject relays the one it
    quotes, chain (television, centre); "He was quoted as saying": the subject alone. The cue is
    "quoted". A passive with its agent ("officials were quoted by Halvik Wire as saying") is left
    out for now: crediting the agent as a relay changed which claims the checker compares (see the
    report of issue 10), a decision for the claims side: the subject alone is credited then, as without
    the agent ("the warden was quoted by neighbours as saying": the warden's words, whoever passed
    them on), so that the speaker one outlet names is still compared with another outlet's."""
    k = i + 1
    relay: _Phrase | None = None
    origin: _Phrase | None = None
    passive = i >= 2 and toks[i - 1].low in _PASSIVE_AUX
    if passive:
        if k < len(toks) and toks[k].low == "by":
            agent = _phrase_after(text, toks, k + 1) or _plain_noun_phrase(text, toks, k + 1)  # ("by growers")
            if agent is None or agent.first != k + 1:
                return None
            k = agent.last
        first = i - 2 if toks[i - 2].low in ("has", "have", "had") or _cue_adverb(toks[i - 2]) else i - 1
        origin, _ = _before_parenthesis(text, toks, first)
        if origin is None and first >= 2 and toks[first - 1].text == ",":
            # "its chairman, Ivo Brask, was quoted as saying": the name apposed to the role, as before "said"
            apposed = _apposition_before(text, toks, first - 1)
            origin = apposed[0] if apposed is not None else None
    else:
        relay, _ = _before_parenthesis(text, toks, i)
        origin = _phrase_after(text, toks, k)
        if origin is not None:
            k = origin.last
            while k < len(toks) and k - origin.last < 6 and toks[k].word and toks[k].low != "as":
                k += 1  # "the disaster centre in the province as saying"
    if origin is None or k + 1 >= len(toks) or toks[k].low != "as" or toks[k + 1].low not in _AS_SAYING:
        return None
    if any(p.pronoun and p.display.lower() not in lex.PERSON_PRONOUNS | {"they", "we", "i"} for p in origin.parts):
        return None
    t = toks[i]
    cue = (t.start, t.end, "quoted")
    parts = list(relay.parts if relay is not None else ()) + list(origin.parts)
    spans = [(origin.start, origin.end)] + ([(relay.start, relay.end)] if relay is not None else [])
    head = relay if relay is not None and not passive else origin
    chain = _Chain(parts, [cue] * len(parts), spans)
    return _finish(chain, cue, head, k + 2)


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
    phrase = _acronym_after(toks, _named_after_its_role(text, toks, phrase))
    cue = (toks[i].start, toks[i + n - 1].end, _cue_words(toks[i : i + n]))
    chain = _Chain(list(phrase.parts), [cue] * len(phrase.parts), [(phrase.start, phrase.end)])
    last = _follow_links(text, toks, phrase.last, chain)
    span = _document_span(toks, phrase) if last == phrase.last else (phrase.start, phrase.end, phrase.last)
    if span[1] == phrase.end and last == phrase.last:
        span = _people_postmodifier(toks, phrase)
    return _finish(chain, cue, phrase, max(last, span[2]), (span[0], span[1]) if span[1] > phrase.end else None)


def _people_postmodifier(toks: list[_Tok], phrase: _Phrase) -> tuple[int, int, int]:
    """ "according to lawyers for the Brask family", "... officials in the port city": a prepositional
    phrase after people named by a role belongs to the source span, up to the next punctuation or
    clause word (four words at most). Returns the span and the token after it."""
    k = phrase.last
    head = toks[k - 1]
    if (
        k + 1 >= len(toks)
        or head.cap
        or toks[k].low not in ("for", "of", "at", "in", "from", "with")
        or not (head.low in lex.SOURCE_NOUNS or head.low in lex.ROLE_NOUNS or head.low[:-1] in lex.ROLE_NOUNS)
        or head.low in lex.DOCUMENT_NOUNS
    ):
        return phrase.start, phrase.end, k
    end = k + 1
    while end < len(toks) and end - k <= 4 and toks[end].word and toks[end].low not in lex.CLAUSE_WORDS:
        end += 1
    if end == k + 1 or end - k > 4:
        return phrase.start, phrase.end, k
    return phrase.start, toks[end - 1].end, end


def _document_span(toks: list[_Tok], phrase: _Phrase) -> tuple[int, int, int]:
    """ "according to a Velmora survey of harbour workers", "... a database tracking closures": a
    document's postmodifier, up to the next punctuation or clause word, belongs to the source span.
    Returns the span and the token after it."""
    k = phrase.last
    head = toks[k - 1]
    if head.low not in lex.DOCUMENT_NOUNS or k >= len(toks):
        return phrase.start, phrase.end, k
    opener = toks[k]
    if not (opener.low in ("of", "by", "from", "on") or (not opener.cap and opener.low.endswith(("ing", "ed")) and opener.word)):
        return phrase.start, phrase.end, k
    end = k
    while end < len(toks) and end - k < 12 and toks[end].word and toks[end].low not in lex.CLAUSE_WORDS:
        end += 1
    return phrase.start, toks[end - 1].end, end


def _expression_end(toks: list[_Tok], i: int) -> int:
    """The token after the statement noun a light verb at ``i`` takes ("expressed deep concern",
    "issued a statement", "made it clear"), with a preposition right after it ("concern about");
    -1 when none follows within three words."""
    nouns = lex.EXPRESSIONS[toks[i].low]
    for k in range(i + 1, min(i + 5, len(toks))):
        t = toks[k]
        if not t.word or t.cap:
            return -1
        if t.low in nouns:
            if k + 1 < len(toks) and toks[k + 1].low in ("about", "over", "of", "for", "into", ":"):
                return k + 2  # "concern about", "the case for", "the following comment:"
            return k + 1
        if t.low in lex.SPEECH_VERBS or t.low in _AUX_NEXT or t.low in lex.CLAUSE_WORDS:
            return -1
    return -1


def _expression(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "Residents have expressed deep concern about the quay", "The council issued a statement":
    a light verb with its statement noun is a cue; its subject, one that can speak, the source."""
    end = _expression_end(toks, i)
    if end < 0 or i == 0:
        return None
    before = toks[i - 1]
    if _is_possessive(before) or before.low in lex.POSSESSIVE_DETERMINERS or before.low in lex.DETERMINERS:
        return None  # "Brasko's repeated warnings", "the renewed calls": a participle modifying the noun
    j = i
    while j > 0 and i - j < 4 and ((toks[j - 1].low in lex.CUE_PREFIX and not toks[j - 1].cap) or _cue_adverb(toks[j - 1])):
        j -= 1
    cue_first = j
    if j >= 2 and toks[j - 1].low in lex.WEEKDAYS and toks[j - 2].low in ("on", "last", "this"):
        j -= 2  # "The council on Friday issued a statement": the day stands between speaker and cue
    elif j >= 1 and toks[j - 1].low in lex.WEEKDAYS | {"today", "yesterday"}:
        j -= 1
    subject, paren_end = _before_parenthesis(text, toks, j)
    source_span = (subject.start, paren_end) if subject is not None and paren_end > subject.end else None
    if subject is None and j >= 2 and toks[j - 1].text == ",":
        apposed = _apposition_before(text, toks, j - 1)
        if apposed is not None:
            subject, source_span = apposed
    if subject is None:
        return None
    head = subject.parts[-1]
    if head.pronoun and head.display.lower() not in lex.PERSON_PRONOUNS | {"i", "we", "they", "it", "who"}:
        return None
    if not (head.pronoun or head.named or _source_headed(toks, subject)):
        return None
    cue = (toks[cue_first].start, toks[end - 1].end, toks[i].low)
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    relay = _relayed_origin(text, toks, subject)
    if relay is not None:  # "survivors quoted by the charity Sea Haven gave a higher figure": Sea Haven <- survivors
        origin, relay_cue = relay
        chain.parts.extend(origin.parts)
        chain.cues = [relay_cue] * len(subject.parts) + [cue] * len(origin.parts)
        chain.spans.append((origin.start, origin.end))
        source_span = (origin.start, source_span[1] if source_span else subject.end)
    return _finish(chain, cue, subject, end, source_span)


def _nominal(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "Brasko's claim that the quay was safe", "his warning that it would flood", "Halvik's claims
    about the channel": the possessor of a statement noun followed by its clause or its topic is
    the source."""
    if i == 0 or i + 1 >= len(toks):
        return None
    t, nxt = toks[i], toks[i + 1]
    if nxt.low == "that":
        cue_end = t.end
    elif nxt.low in lex.NOMINAL_TOPICS and t.low in lex.TOPIC_NOMINALS and not (
        i + 2 < len(toks) and (toks[i + 2].low in lex.WEEKDAYS or toks[i + 2].low in lex.MONTHS)
    ):
        cue_end = nxt.end  # "his claims about the levy", "the board's estimate of the toll"
    else:
        return None
    first = i  # "Brasko's earlier claim", "her repeated warnings": the modifiers belong to the cue
    while first > 1 and i - first < 2 and toks[first - 1].word and not toks[first - 1].cap and (
        toks[first - 1].low in lex.NOMINAL_MODIFIERS
    ):
        first -= 1
    owner = toks[first - 1]
    cue = (toks[first].start, cue_end, t.low)
    if owner.low in lex.POSSESSIVE_PRONOUNS:
        part = _Part(lex.POSSESSIVE_PRONOUNS[owner.low], False, False, False, False, True, owner.start, owner.end)
        phrase = _Phrase(first - 1, first, owner.start, owner.end, (part,))
    elif _is_possessive(owner) and (owner.cap or owner.low[:-2] in lex.SOURCE_NOUNS):  # "the police's claim"
        k = first - 1
        while k > 0 and first - k < 5 and toks[k - 1].word and (_is_name(toks[k - 1]) or toks[k - 1].low in _NAME_PARTICLES):
            k -= 1  # the possessor's name: "Marta Vellacourt's"
        part = _make_phrase(text, toks, k, first).parts[-1]
        display = part.display[:-2] if part.display.endswith(("'s", "’s")) else part.display
        phrase = _Phrase(k, first, toks[k].start, owner.end, (dataclasses.replace(part, display=display),))
    else:
        return None
    chain = _Chain(list(phrase.parts), [cue] * len(phrase.parts), [(phrase.start, phrase.end)])
    return _finish(chain, cue, phrase, i + 1)


# Words that never stand inside the noun phrase of a document before its head noun: "to" or a
# relative word opens another phrase or a clause.
_OUTSIDE_A_NOUN_PHRASE = frozenset(
    "to that which who whose where when".split()
)


def _in_document(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "In this poll, Brasko rose a point", "gained in two polls of likely voters": the poll or
    survey a finding is reported in is its source; the phrase runs to the next punctuation. Not
    where "in" closes a postmodifier of people ("an expert not involved in the survey said": the
    expert speaks)."""
    if i and any(seq[-1] == "in" and _match_seq(toks, i + 1 - len(seq), (seq,)) for seq in lex.POSTMODIFIERS if i + 1 >= len(seq)):
        return None
    head = -1
    for m in range(i + 1, min(i + 10, len(toks))):  # "In the previous Halvik Post/Dravik News national poll"
        t = toks[m]
        if not t.word and t.text not in ("-", "/"):
            return None
        if t.low in lex.IN_DOCUMENTS and not t.cap:
            head = m
            break
        if t.low in lex.SPEECH_VERBS or t.low in _AUX_NEXT or t.low in _OUTSIDE_A_NOUN_PHRASE:
            return None  # "voters in Norland go to the polls", "in an election that polls suggest": no document after "in"
    if head < 0:
        return None
    end = head + 1
    while end < len(toks) and end - head < 12 and toks[end].word:
        end += 1
    phrase = _make_phrase(text, toks, i + 1, end)
    doc = _make_phrase(text, toks, i + 1, head + 1)
    cue = (toks[i].start, toks[i].end, "in")
    chain = _Chain(list(doc.parts), [cue] * len(doc.parts), [(phrase.start, phrase.end)])
    return _finish(chain, cue, phrase, end, (phrase.start, phrase.end))


# An amount after "by" is the size of a step, not an agent ("expected to grow by 4%", "cut by a third");
# a number alone may count the agents ("criticised by two rivals", "by 30 lawmakers"), so it needs a
# share, a unit or a scale, or to end its phrase ("rise by 3,000 to 41,000").
_AMOUNT_AFTER_BY = re.compile(
    r"\s+(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|around\s+|some\s+|roughly\s+|up\s+to\s+)?"
    r"(?:[$€£¥]\d|\d[\d.,]*(?:\s*%|\s+(?:percent|per\s+cent|(?:percentage\s+)?points?|million|billion|thousand)\b"
    r"|[.,;]|\s+(?:to|from|in|on|at|since|this|last|per|over|a|an)\b)"
    r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+"
    r"(?:" + "|".join(sorted(DENOMINATORS, key=len, reverse=True)) + r"|percent|per\s+cent|(?:percentage\s+)?points?)\b|half\b)"
    r"(?!\s+of\b)",  # "was supported by 42 percent of voters": a share of people is an agent
    re.IGNORECASE,
)


def _named_after_its_role(text: str, toks: list[_Tok], phrase: _Phrase) -> _Phrase:
    """ "announced by the board's chairman, Ovrel Dantaski,", "according to the harbour master, Ivo
    Brask,": an agent or preposed source written as a role (a determiner or possessor, a lower-case
    noun) and then the name of whoever holds it, set off by commas, is that named person, as the same
    description after an inverted "said" is (``_described_then_named``). News names an official this way
    after "by" as often as after "said"; the phrase unchanged when no name follows its role."""
    if phrase.parts[-1].named or phrase.last >= len(toks) or toks[phrase.last].text != ",":
        return phrase
    named = _described_then_named(text, toks, phrase.first)
    return named if named is not None and named.first == phrase.last + 1 else phrase


# What may stand between a passive cue and its "by": words, quotes, and the marks of a clock time written in a
# time adjunct ("proclaimed at 12:45 by", "declared at 0630 GMT (8:30 in the capital) by").
_BETWEEN_CUE_AND_BY = frozenset(("'", "’", "\"", "“", "”", ":", "(", ")"))
_TIME_OPENERS = frozenset(("at", "on", "shortly", "just", "late", "early"))
_PREPOSITIONS_BEFORE_NOUN = frozenset("in of with for to on at from under over about".split())
_DETERMINERS = frozenset("a an the its their this that these those".split())


def _time_adjunct(toks: list[_Tok], first: int, stop: int) -> bool:
    """The tokens from ``first`` to ``stop`` tell a time: they open with a preposition of time and hold a
    number ("at 0630 GMT (8:30 in the capital)")."""
    return toks[first].low in _TIME_OPENERS and any(t.text[:1].isdigit() for t in toks[first:stop])


def _reduced_relative(toks: list[_Tok], i: int) -> bool:
    """ "in a result announced by the chairman", "under rules proclaimed by the council": a participle right
    after a noun that a preposition governs is a passive with its "be" left out (an active verb's subject
    is no preposition's object: "The council announced by letter" stays active)."""
    if i < 3 or not toks[i - 1].word or toks[i - 1].cap:
        return False
    # (a determiner is needed: "after councillors backed the change by 41 votes" is a clause, its verb active)
    return toks[i - 2].low in _DETERMINERS and toks[i - 3].low in _PREPOSITIONS_BEFORE_NOUN


def _passive_by(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "was criticized by the port board", "has been called a liar by two rivals": a passive cue
    whose agent, after "by" within a few words, is the source."""
    t = toks[i]
    if t.low not in lex.SPEECH_VERBS or not t.low.endswith(("ed", "told", "said", "written")) or i == 0:
        return None
    k = i - 1
    while k > 0 and _cue_adverb(toks[k]):
        k -= 1
    reduced = _reduced_relative(toks, i)
    if toks[k].low not in ("was", "were", "been", "is", "are", "be", "being") and not reduced:
        return None
    for by in range(i + 1, min(i + 14, len(toks) - 1)):
        if not toks[by].word and toks[by].text not in _BETWEEN_CUE_AND_BY:
            return None
        if by >= i + 7 and not _time_adjunct(toks, i + 1, by):
            return None  # past six words, only a time ("at 0630 GMT (8:30 in the capital)") may stand before "by"
        if toks[by].low == "by" and _AMOUNT_AFTER_BY.match(text, toks[by].end):
            return None  # "is expected to rise by 20 percent", "by a fifth": a step, no agent
        if toks[by].low == "by":
            agent = _phrase_after(text, toks, by + 1) or _plain_noun_phrase(text, toks, by + 1)
            if agent is None or agent.parts[0].pronoun and agent.parts[0].display.lower() not in lex.PERSON_PRONOUNS:
                return None
            agent = _acronym_after(toks, _named_after_its_role(text, toks, agent))
            first = i if reduced else k - 1 if k and toks[k - 1].low in ("has", "have", "had") else k
            cue = (toks[first].start, t.end, t.low)  # "was rejected": the agent's "by" opens the source, not the cue
            chain = _Chain(list(agent.parts), [cue] * len(agent.parts), [(agent.start, agent.end)])
            return _finish(chain, cue, agent, _follow_links(text, toks, agent.last, chain))
    return None


def _verb(text: str, toks: list[_Tok], i: int, kind: str = "statement") -> tuple[_Found, int] | None:
    """ "X said", "X, citing Y, reported", "..., said X", "X told Reuters". Of ``kind``
    "intention", the verbs of wanting and committing before an infinitive instead ("X wants to",
    "X refused to"); of ``kind`` "act", the verbs of making a document public before one ("X
    filed a motion", "X released a letter")."""
    t = toks[i]
    lw = t.low
    finding = lw in lex.FINDING_VERBS
    intention = kind != "statement"  # a kind of its own: the checks of statement verbs do not apply
    # "is saying", "was warning", "He's claiming": a progressive form is a finite cue.
    progressive_forms = lex.SPEECH_ING if not intention else _OTHER_ING.get(kind, frozenset())
    progressive = lw in progressive_forms and i > 0 and (
        _is_be(toks[i - 1]) or i > 2 and toks[i - 1].low == "again" and toks[i - 2].low == "once" and _is_be(toks[i - 3])
        or i > 1 and _cue_adverb(toks[i - 1]) and _is_be(toks[i - 2])
    )  # "is saying", "is once again questioning", "was repeatedly warning"
    if kind == "intention":
        if not (lw in lex.INTENTION_VERBS or progressive) or not _intends_an_act(toks, i):
            return None
        finding = False
    elif kind == "position":
        if not (lw in lex.POSITION_VERBS or progressive) or not (
            _object_after(toks, i + 1) or i + 1 < len(toks) and toks[i + 1].low in ("against", "for")
        ):
            return None
        if lw.endswith("s") and (
            not (_subject_word(toks[i - 1] if i else None) or i and toks[i - 1].text == ",")
            or i + 1 < len(toks) and toks[i + 1].low in ("such", "of", "and", "or", "who", "that", "have", "are", "were")
        ):
            return None  # "Republican advocates such as", "rights advocates have": a noun
        if lw in lex.POSITION_BASES and i + 1 < len(toks) and toks[i + 1].low in ("among", "of", "from", "for", "in", "on"):
            return None  # "85 percent support among voters", "support for the levy": a noun
        finding = False
    elif kind == "belief":
        if lw not in lex.KNOWING_VERBS or not _knows_about(toks, i):
            return None
        finding = False
    elif kind == "act":
        if lw not in lex.RELEASE_VERBS or not _releases_a_document(toks, i):
            return None
        finding = progressive = False
    elif lw not in lex.SPEECH_VERBS and not finding and not progressive and not _plural_states(toks, i):
        return None
    opening = t.first and lw in lex.INVERTIBLE and i + 1 < len(toks) and _is_name(toks[i + 1])  # 'Said Brasko: "..."'
    if t.cap and not opening and not (lw in ("says", "said") and (i + 1 == len(toks) or not toks[i + 1].word)):
        if not (lw in lex.HEADLINE_CUES and i > 0 and _title_case(toks)):
            return None  # a capital is a name ("United States"); "..., Graham Says." ends a headline
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    # "called Friday for talks": the object or particle after a day
    obj_at = i + 2 if nxt_tok is not None and nxt_tok.low in lex.WEEKDAYS and i + 2 < len(toks) else i + 1
    obj_tok = toks[obj_at] if obj_at < len(toks) else None
    if lw in lex.NEEDS_OBJECT and not _names_with_quote(toks, i) and not _calls_something(toks, i) and (
        obj_tok is None
        or obj_tok.low not in lex.OBJECT_STARTS
        or (lw in lex.CALLED_QUOTE and obj_tok.low == "the" and obj_at + 1 < len(toks) and toks[obj_at + 1].cap)
    ):
        return None  # "a group called the Alliance": a name, no statement
    if lw in _RELAY_PARTICIPLES and nxt_tok is not None and nxt_tok.low in ("by", "in") and _cue_after_agent(text, toks, i + 2):
        return None  # "officials cited by the Post said": a link of the subject, the cue comes later
    if lw in lex.QUOTE_VERBS and not _next_to_quote(toks, i):
        return None  # "the talks continued": no speech
    if lw in lex.TOPIC_VERBS and (nxt_tok is None or nxt_tok.low not in lex.TOPIC_PARTICLES):
        if not (nxt_tok is not None and _cue_adverb(nxt_tok) and i + 2 < len(toks) and toks[i + 2].low in lex.TOPIC_PARTICLES) and not (
            _topic_ahead(toks, i)
        ):
            return None  # "spoke for an hour"; "spoke emotionally of the flood" is a statement
    if lw in lex.CLAUSE_VERBS and not intention and (
        nxt_tok is None or not (_states_after(lw, nxt_tok) or lw != "states" and _clause_follows(toks, i + 1))
    ) and not (lw.startswith("expect") and (
        _object_then_infinitive(toks, i + 1) or _forecast_after(toks, i + 1)
        or nxt_tok is not None and nxt_tok.text in ("\"", "“")  # 'expects "another difficult year"'
    )):
        return None  # "expects a reply", "knows the city": no statement follows
    if lw in lex.BELIEF_VERBS and not intention and not (_that_or_pronoun_clause(toks, i + 1) or _clause_follows(toks, i + 1)):
        return None  # "residents felt it, too", "understood the rules": a clause must follow
    if lw in lex.CONSTRUAL_VERBS and not _as_after_object(toks, i):
        return None  # "saw the quay", "cast a vote": only seeing something as something states a view
    if lw in lex.IDIOM_CUES and not _idiom_follows(toks, i):
        return None  # "put the ships in dock": only "as Brasko put it" states
    if lw == "calling" and not _calls_for_or_names(toks, i):
        return None  # "is calling the police": a call made, nothing stated
    if lw in lex.VOICE_VERBS and not (
        _next_to_quote(toks, i) or _statement_after(toks, i + 1) or _addressed_statement(toks, i + 1)
    ):
        return None  # "the crowd shouted for an hour": a voice raised, nothing stated
    if lw in lex.STANCE_VERBS and not _object_after(toks, i + 1):
        return None  # "the bid was rejected", "Brasko was mocked": a position needs what it is taken on
    if lw in lex.COMMISSIVE_VERBS and not intention and nxt_tok is not None and nxt_tok.word and not _states_after(lw, nxt_tok):
        return None  # "Japan agreed to send", "Washington has vowed to respond": an act, not a statement
    if lw in ("announced", "announces", "announce") and _announces_an_act(toks, i + 1):
        return None  # "Norland announced new sanctions": an act made public, not a claim of fact
    if lw in ("called", "calls") and _calls_an_action(toks, i + 1):
        return None  # "unions called a 72-hour strike"
    prev = toks[i - 1] if i else None
    speaking_quantifier = prev is not None and prev.low in lex.QUANTIFIER_SPEAKERS and (
        i == 1 or not toks[i - 2].word or toks[i - 2].low in lex.CLAUSE_OPENING_WORDS
    )  # "Many say", "..., some believe"
    if prev is not None and (prev.low in lex.DETERMINERS and not _floating(toks, i - 1) and not speaking_quantifier or prev.low == "having"):
        return None  # "the said agreement", "having said that"
    if not intention and nxt_tok is not None and nxt_tok.low == "to" and i + 2 < len(toks) and toks[i + 2].low in ("be", "have"):
        return None  # "rings estimated to be worth a fortune", "the quay is said to date from": a passive
    if lw in lex.TALLY_VERBS and nxt_tok is not None and (nxt_tok.low[:1].isdigit() or nxt_tok.text in "$€£"):
        return None  # "shares added 14 cents": a tally, not speech
    if finding and nxt_tok is not None and nxt_tok.low in ("up", "off", "around") and not (
        i + 2 < len(toks) and toks[i + 2].low == "to"  # "shows up to 40 percent": a quantity follows
    ):
        return None  # "the real Brasko showed up", "showed off the quay": phrasal verbs, no finding
    if lw in lex.OBJECT_FIRST and nxt_tok is not None and nxt_tok.low == "of":
        return None  # "people accused of fraud": a participle; the verb itself takes its object first
    if lw.endswith("ed") and prev is not None and prev.low in lex.DOCUMENT_NOUNS and lw in lex.PARTICIPLE_OPENERS:
        return None  # "a message posted Friday": a participle after its document, no speaker
    catenative = _catenative_start(toks, i)
    if (lw in lex.BASE_FORMS or intention and lw in lex.OTHER_BASES) and catenative < 0 and not _governs_base_form(prev) and not _coordinated_subject_before(toks, i) and not _apposed_subject_governs(toks, i):
        return None  # "help the mayor maintain order", "make him testify": no subject of its own
    if nxt_tok is not None and nxt_tok.low == "by" and lw not in lex.SPEECH_BY and not (
        i + 2 < len(toks) and toks[i + 2].low.endswith("ing") and not toks[i + 2].cap  # "responded by pointing to"
        or i + 2 < len(toks) and not toks[i + 2].cap and any(t.low in _MEANS_AFTER_BY for t in toks[i + 2 : i + 4])
    ):
        return None  # "a monitor maintained by the embassy": a passive participle, no speaker before it
    if lw in _NOUN_LIKE and prev is not None and (
        prev.low in lex.POSSESSIVE_DETERMINERS
        or prev.low in lex.DEMONYMS
        or (prev.low.endswith("est") and len(prev.low) > 5 and not prev.cap)
    ):
        return None  # "their hopes", "Republican claims", "the greatest fear": nouns
    if lw in ("show", "shows") and prev is not None and prev.low in _SETS:
        return None  # "his TV show", "radio shows": a programme, not a finding ("the Journal shows" is one)
    if lw in _NOUN_LIKE and not (finding and _document_before(text, toks, i)) and not _outlet_before(text, toks, i) and not (
        _closing_cue(text, toks, i)
    ):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            prev is None
            or not prev.word
            or _is_possessive(prev)
            or prev.low.isdigit()
            or nxt is None
            or not nxt.word
            or nxt.low in _AUX_NEXT
            or (nxt.low.endswith("ed") and not nxt.cap and nxt.low not in lex.SPEECH_VERBS)  # "details emerged"
            or (i >= 2 and _is_possessive(toks[i - 2]) and not (nxt.low == "that" and _document_before(text, toks, i)))
            or (i >= 2 and toks[i - 2].low in lex.POSSESSIVE_DETERMINERS and not _is_source_noun(prev.low))
        ):
            return None  # read as a noun
    # Walk left over auxiliaries and adverbs that belong to the cue, and a weekday.
    cue_first = i if catenative < 0 else catenative  # "went on to explain": one cue, its subject before it
    j = cue_first
    before_day = -1  # where the subject ends if a day between it and the cue is its own ("a poll released Friday")
    passive = False
    for _ in range(4):
        if j == 0:
            break
        p = toks[j - 1].low
        if (p in lex.CUE_PREFIX and not toks[j - 1].cap) or p in _PASSIVE_AUX or _cue_adverb(toks[j - 1]):
            passive = passive or p in _PASSIVE_AUX or p.replace("’", "'") in lex.BE_FORMS  # "isn’t repeated"
            j -= 1
            cue_first = j
        elif p in lex.WEEKDAYS or p in ("today", "yesterday", "tonight"):
            before_day = j
            j -= 1
            if j and toks[j - 1].low in ("on", "last", "this"):
                j -= 1
        elif j >= 2 and _time_phrase(toks[j - 2], toks[j - 1]):
            before_day = j
            j -= 2  # "who in 2010 said", "Brasko last week said"
        elif _floating(toks, j - 1):
            j -= 1  # "Halvik and Brask both warned", "the engineers all said": the subject is before it
        else:
            break
    if passive and not progressive and lw not in ("says", "states", "notes", "reports", "writes"):
        return None  # "it was said", "he was told": no speaker here
    cue_end = t.end
    if lw in lex.IDIOM_CUES and nxt_tok is not None and nxt_tok.low in lex.IDIOM_CUES[lw] and nxt_tok.low != "that":
        cue_end = nxt_tok.end  # "put it", "ruled against" are one cue
    if obj_tok is not None and lw in lex.NEEDS_OBJECT and obj_tok.low in lex.CUE_PARTICLES:
        cue_end = obj_tok.end  # "called for", "called Friday for" are one cue
    cue = (_contracted_auxiliary(toks, cue_first), cue_end, lw)
    inner: tuple[_Phrase, tuple[int, int, str]] | None = None
    relayed_by: tuple[_Phrase, tuple[int, int, str]] | None = None  # "X, cited by Y, said": Y relays X
    if j and toks[j - 1].text == ",":
        link = _interjected_link(text, toks, j - 1)
        if link is not None:
            j, inner_phrase, inner_cue = link
            inner = (inner_phrase, inner_cue)
        else:
            relay_link = _interjected_link(text, toks, j - 1, _RELAY_LINKS)
            if relay_link is not None:
                j, relay_phrase, relay_link_cue = relay_link
                relayed_by = (relay_phrase, relay_link_cue)
    subject, paren_end = _before_parenthesis(text, toks, j)
    source_span: tuple[int, int] | None = None
    if subject is not None and paren_end > subject.end:
        source_span = (subject.start, paren_end)
    if subject is None and j >= 1 and toks[j - 1].text == "," and _source_ends_after(text, toks, i):
        # "..., whose leg was crushed, said hospital director Ivo Halvik.": the speaker follows the
        # cue; no reading of the words before it (asides, appositions) applies, so none may start
        inner = None
        j = 0
    if subject is None and inner is None and j >= 4 and toks[j - 1].text == ",":
        aside = _relative_aside_before(text, toks, j - 1)  # "Vellacourt, who ran the port for years, said"
        if aside is not None:
            subject, source_span = aside, (aside.start, toks[j - 1].end)
    if subject is None and inner is None and j >= 2 and toks[j - 1].text == ",":
        apposed = _apposition_before(text, toks, j - 1)
        if apposed is not None:
            subject, source_span = apposed
    if subject is None and inner is None and j >= 3 and toks[j - 1].text in _DASHES:
        apposed = _dash_apposition_before(text, toks, j - 1)
        if apposed is not None:
            subject, source_span = apposed
    if inner is None and subject is not None and j >= 4 and toks[j - 1].text == ",":
        leading = _leading_name_apposition(text, toks, j - 1)
        if leading is not None and leading[0].start < subject.start:
            subject, source_span = leading  # "Halvik, president of the union, which ..., said"
    post_head = -1  # the head noun of a postmodified subject ("a poll released Friday")
    if inner is None and source_span is None and (lw not in _NOUN_LIKE or finding or (nxt_tok is not None and nxt_tok.low == "that")) and (
        subject is None or (subject.first > 0 and toks[subject.first].low not in lex.PRONOUNS)
    ):
        longer = _postmodified_subject(text, toks, j)
        dated = _postmodified_subject(text, toks, before_day) if before_day > 0 else None
        if dated is not None and toks[dated[1] + 1].low in lex.PARTICIPLE_OPENERS:
            longer = dated
        if longer is not None and (subject is None or longer[0].first < subject.first):
            subject, post_head = longer
    if subject is not None and finding:
        head_low = toks[post_head if post_head >= 0 else subject.last - 1].low
        # Before "that" a speaker states a finding too: "He suggested that the quay was unsafe".
        stated = (
            nxt_tok is not None and (nxt_tok.low == "that" or nxt_tok.text == ":") or lw in lex.PROPOSING
        ) and _speaker_headed(toks, subject)  # "He concluded: ..." states too
        if head_low not in lex.DOCUMENT_NOUNS and not subject.parts[-1].named and not stated:
            subject = None
    after = i + 1
    if subject is None and inner is None and not finding and j >= 2 and toks[j - 1].low in ("and", "but"):
        subject = _inner_clause_subject(text, toks, j - 1) or _opening_subject(text, toks, j - 1)  # "Vellacourt rejected the plan and said ..."
    if subject is None and inner is None and lw in lex.PLAIN_SAYING and j >= 1 and toks[j - 1].word:
        subject = _clause_subject(text, toks, j)  # "all the engineers I consulted said"
        source_span = None
    if subject is None:
        # Inverted order: '"...," said Peter Stano.' / ', writes the newspaper.'; right after a quotation's
        # closing mark any verb of saying or of the voice inverts: '"...," admitted the mayor', '"...,"
        # shouted Ivo Brask' (elsewhere ", admitted X" may be an object: "the clinic admitted X").
        after_quote = prev is not None and prev.text in _CLOSING_QUOTES and lw in _INVERTED_AFTER_QUOTE
        if lw not in lex.INVERTIBLE and not after_quote or finding:
            return None
        if prev is not None and prev.text not in _CLAUSE_PUNCT:
            return None
        if lw in ("told", "tells") and _audience_after(text, toks, i + 1) is not None:
            return None  # "..., told state television": the audience, not an inverted speaker
        described = _described_then_named(text, toks, i + 1)
        subject = described or _phrase_after(text, toks, i + 1)
        if subject is None or subject.parts[0].pronoun and subject.parts[0].display.lower() not in ("he", "she"):
            return None
        affiliation = _affiliation_after(text, toks, subject) if described is None else None
        if affiliation is None and subject.last < len(toks) and toks[subject.last].word and toks[subject.last].low not in (
            _AFTER_INVERTED_SPEAKER
        ):
            return None
        after = subject.last if affiliation is None else affiliation.last
        k, end = (subject.last, subject.end) if affiliation is None else (affiliation.last, affiliation.end)
        if k + 2 < len(toks) and toks[k].text == "(":  # '..., said Rep. Jon Brasko (D-Velm.), head of ...'
            close = next((m for m in range(k + 1, min(k + 8, len(toks))) if toks[m].text == ")"), -1)
            if close > 0:
                k, end = close + 1, toks[close].end
        opened = toks[i + 1].start
        named = _name_apposed_after(text, toks, subject) if described is None else None
        if named is not None:
            # '..., said a cashier, Mira Conti, 46.': the description's apposed name is the speaker.
            subject, k, end = named, named.last, named.end
        source_span = (opened, _apposition_after(toks, k, end))
    if lw in lex.CALLED_QUOTE and subject.end <= t.start and free_relative(toks, subject.first):
        return None  # "what Brask called a "stunt"": his name for a thing the sentence speaks of, not a statement
    if (lw in lex.STANCE_VERBS or lw in _NOUN_LIKE and not finding and post_head < 0) and not _takes_a_position(
        toks, subject
    ):
        return None  # "took questions", "any tough questions": no one who could take a position
    relay = _relayed_origin(text, toks, subject) if inner is None and subject.end <= t.start else None
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    if relay is not None:  # "unnamed ministers cited by the Velmora Post said": Post <- ministers
        origin, relay_cue = relay
        chain.parts.extend(origin.parts)
        chain.cues = [relay_cue] * len(subject.parts) + [cue] * len(origin.parts)  # the Post relays, the officials said
        chain.spans.append((origin.start, origin.end))
        source_span = (origin.start, source_span[1] if source_span else subject.end)
    if relayed_by is not None:
        chain.parts[:0] = relayed_by[0].parts
        chain.cues[:0] = [relayed_by[1]] * len(relayed_by[0].parts)
        chain.spans.append((relayed_by[0].start, relayed_by[0].end))
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
    shown_end = cue_end if intention else _cue_extent(toks, i, cue_end)  # "wants", not "wants to"; "filed"
    if kind in ("intention", "position") and nxt_tok is not None and nxt_tok.low in ("against", "for"):
        shown_end = nxt_tok.end  # "decided against", "railed against", "advocates for" are one cue
    if kind == "belief" and nxt_tok is not None and nxt_tok.low in ("about", "of", "all"):
        shown_end = toks[i + 2].end if nxt_tok.low == "all" else nxt_tok.end  # "know of", "know all about"
    occasion = _occasion_after(text, toks, after)
    if occasion is not None:
        occasion_channel, occasion_outlet, occasion_next = occasion
        if after == i + 1 and occasion_next - 1 < len(toks) and _spoken_occasion(toks, after, occasion_next):
            shown_end = max(shown_end, toks[occasion_next - 1].end)  # "said in an interview" is the cue as written
        after = occasion_next
        if channel is None or (occasion_outlet and not outlet):
            channel = occasion_channel
    last = _follow_links(text, toks, after, chain)
    found, last_tok = _finish(chain, cue, subject, max(last, i + 1), source_span, channel)
    if shown_end > found.cue_end:
        found = dataclasses.replace(found, cue_end=shown_end)
    return found, last_tok














































# What a speaker may speak by, rather than who did the saying: "said by telephone", "said by radio from the
# summit", "said by satellite link" (a channel noun, or a means of talking from afar, within two words).
_MEANS_AFTER_BY = lex.CHANNEL_NOUNS | frozenset("radio link satellite video megaphone loudhailer".split())


def _plural_states(toks: list[_Tok], i: int) -> bool:
    """The base form of a verb that is more often a noun ("estimate", "report", "claim") after a
    plural source and before a clause: "Park authorities estimate there are 120 bears", "residents
    report that the quay flooded", "they claim it was late"; not "the estimate that", "a report"."""
    if i == 0 or i + 2 >= len(toks) or toks[i].low not in _STATED_BASES or toks[i].cap:
        return False
    prev = toks[i - 1]
    plural = prev.low in ("they", "we") or (
        not prev.cap or prev.first
    ) and prev.low.endswith("s") and _is_source_noun(prev.low) and prev.low not in lex.DOCUMENT_NOUNS
    if not plural:
        return False
    nxt = toks[i + 1]
    return _that_or_pronoun_clause(toks, i + 1) or nxt.low == "there" and (
        toks[i + 2].low in lex.BE_FORMS or toks[i + 2].low in _AUX_NEXT
    )


def _closing_cue(text: str, toks: list[_Tok], i: int) -> bool:
    """A word like "estimates" or "notes" ending the sentence after a comma and a source that "the"
    opens ("..., the Dravik chamber of commerce estimates."): a verb whose clause credits what came
    before, not a noun ("..., the company's estimates." has no source before it)."""
    if i + 1 >= len(toks) or toks[i + 1].text not in (".", "!") or i + 2 < len(toks) and toks[i + 2].word:
        return False
    phrase = _phrase_before(text, toks, i)
    if phrase is None or phrase.last != i or phrase.first < 1 or toks[phrase.first - 1].text != ",":
        return False
    return toks[phrase.first].low == "the" and (phrase.parts[-1].named or _source_headed(toks, phrase))


def _apposition_before(text: str, toks: list[_Tok], comma: int) -> tuple[_Phrase, tuple[int, int]] | None:
    """ "Flynn, a top surrogate, said" / "The campaign chairman, Phil Lovas, said": subject and full span."""
    for c in range(comma - 1, max(comma - 25, 0), -1):
        t = toks[c]
        if t.text == ",":
            if c == comma - 1:
                return None
            if c >= 2 and toks[c - 1].low.isdigit() and len(toks[c - 1].low) <= 3 and toks[c - 2].text == ",":
                continue  # "Halvik, 59, of Dravik, said": the age is part of the apposition
            head, head_end = _before_parenthesis(text, toks, c)
            if head is None:
                return _name_after_description(text, toks, c, comma)
            if head.parts[0].pronoun:
                return None
            longer = _postmodified_subject(text, toks, c)
            if longer is not None and longer[0].first < head.first:
                head = longer[0]  # "Critics of the levy, including Brask, say": the noun the aside follows
            origin = _named_before_origin(text, toks, head)
            if origin is not None:
                return origin, (origin.start, toks[comma].end)  # "Halvik, of Dravik, Norland, said"
            if any(_speaks_at(toks, m) for m in range(c + 1, comma)):
                return None
            subject = head
            if not head.parts[0].named or _role_headed(toks, head) or _object_of_a_role(toks, head):
                named = _phrase_after(text, toks, c + 1)
                closes = named is not None and (named.last == comma or toks[named.last].text == "(" and toks[comma - 1].text == ")")
                if named is not None and closes and named.parts[0].named:
                    subject = named  # "Another shipowner, Halvik Lines (HL), said"
            opener = toks[c + 1]
            if (
                subject is head
                and (opener.low in lex.CAP_STOP or opener.low.endswith("ing"))
                and opener.low not in lex.DETERMINERS
                and opener.low != "including"  # "Proponents, including the port council, urged": one subject
            ):
                return subject, (head.start, head.end)  # "Brasko, at Monday's hearing, said": an aside, no apposition
            return subject, (head.start, toks[comma].end)
        if t.text == ")" and c == comma - 1:
            continue  # "Halvik Lines (HL), said": the acronym closes the apposition
        if not t.word and t.text not in (".", "'", "’", "-", "/", "&", "("):
            return None
    return None


def _apposed_subject_governs(toks: list[_Tok], i: int) -> bool:
    """ "Opponents, led by the group Save Oskarby, argue": a base-form cue after the comma that closes
    an aside, whose opening comma follows a subject that governs it (a plural or a source noun). The
    aside holds words only (no quotation, no clause punctuation) and no verb of saying of its own."""
    if i < 4 or toks[i - 1].text != ",":
        return False
    for c in range(i - 2, max(i - 20, 0), -1):
        t = toks[c]
        if t.text == ",":
            return c < i - 2 and _governs_base_form(toks[c - 1]) and not any(_speaks_at(toks, m) for m in range(c + 1, i - 1))
        if not t.word and t.text not in (".", "'", "’", "-", "&"):
            return False
    return False


def _speaks_at(toks: list[_Tok], m: int) -> bool:
    """A verb of saying at token ``m`` inside an aside makes it a statement of its own; a noun-like
    form after a determiner does not ("one of the states suing the board", "his claims"), nor does
    talking or speaking, which says where or to whom the speaker spoke ("Brask, talking to reporters
    after the race, said")."""
    t = toks[m]
    if t.cap or t.low not in lex.SPEECH_VERBS or t.low in lex.TOPIC_VERBS and t.low.endswith("ing"):
        return False
    return not (t.low in _NOUN_LIKE and m and (toks[m - 1].low in lex.DETERMINERS or toks[m - 1].low in lex.POSSESSIVE_DETERMINERS))


def _name_apposed_after(text: str, toks: list[_Tok], description: _Phrase) -> _Phrase | None:
    """The name set off by commas right after an unnamed description of a speaker ("a cashier, Mira
    Conti," / "the ship's doctor, Hana Wessel."), when the name ends the sentence or its own aside."""
    k = description.last
    if description.parts[-1].named or k + 2 >= len(toks) or toks[k].text != ",":
        return None
    named = _phrase_after(text, toks, k + 1)
    if named is None or not named.parts[-1].named or named.parts[-1].pronoun or named.first != k + 1:
        return None
    if named.last < len(toks) and toks[named.last].text not in (",", ".", "!", "?"):
        return None
    return named


def _described_then_named(text: str, toks: list[_Tok], start: int) -> _Phrase | None:
    """The name set off by a comma after a description that a determiner or a possessor opens and a
    lower-case noun ends, right after an inverted cue: '..., said Halvik's chief mediator, Anne Duval.',
    '..., said the commander of the port police, Ivo Brask.'. The name (two words at least, so not
    a place: "the mayor of the town, Halvik") ends the sentence or its own aside, as in
    ``_name_apposed_after``; this reading also takes descriptions that name their owner, which the
    source phrase reader reads as named ("Halvik's chief mediator")."""
    if start >= len(toks) or not (
        toks[start].low in lex.DETERMINERS or toks[start].low in lex.POSSESSIVE_DETERMINERS
        or _is_possessive(toks[start]) or _possessor_name(toks, start)
    ):
        return None
    comma = next((m for m in range(start + 1, min(start + 10, len(toks))) if not toks[m].word and not _plural_mark(toks, m)), -1)
    if comma < 0 or toks[comma].text != "," or comma + 2 >= len(toks):
        return None
    words = [w for w in toks[start:comma] if w.word]
    if any(w.low in lex.SPEECH_VERBS and not w.cap or w.low in lex.PRONOUNS or w.low in lex.RELATIVE_OPENERS for w in words):
        return None  # '..., said the mayor who spoke, ...': a clause, no description
    head = toks[comma - 1]
    titled = head.cap and head.low in lex.OFFICE_TITLES and toks[start].low in lex.DETERMINERS  # "the Health Secretary, X"
    if head.cap and not titled or _is_possessive(head) or not head.low.isalpha():
        return None  # "the mayor of Dravik, Velmora": a place after a place
    named = _phrase_after(text, toks, comma + 1)
    if named is None or named.first != comma + 1 or named.last - named.first < 2:
        return None
    part = named.parts[-1]
    if not part.named or part.pronoun or part.media:
        return None
    if named.last < len(toks) and toks[named.last].text not in (",", ".", "!", "?"):
        return None
    return named


def _plural_mark(toks: list[_Tok], m: int) -> bool:
    """The mark of a plural possessor ("the Wycklers' captain"): an apostrophe touching a word in -s, a word after it."""
    return (
        toks[m].text in ("'", "’") and m > 0 and toks[m - 1].word and toks[m - 1].low.endswith("s")
        and toks[m - 1].end == toks[m].start and m + 1 < len(toks) and toks[m + 1].word
    )


def _possessor_name(toks: list[_Tok], start: int) -> bool:
    """A name of two or three capitalised words whose last is a possessive ("Brenholt Park's", "Port
    Halvik Water's") opening a description, as one word does ("Halvik's")."""
    for k in range(start + 1, min(start + 3, len(toks))):
        if not (toks[k - 1].word and toks[k - 1].cap and toks[k].word and toks[k].cap):
            return False
        if _is_possessive(toks[k]):
            return True
    return False


def _affiliation_after(text: str, toks: list[_Tok], person: _Phrase) -> _Phrase | None:
    """The body a named person speaks for, after "of" following an inverted cue: '..., said Anne
    Duval of the consumer group Fair Tariff.', '..., said glaciologist Ida Venn of the institute.'.
    The person is the source; the body belongs to the span as written. None unless the phrase
    after "of" is a source phrase that ends the sentence or its own aside, or that a word which may
    follow an inverted speaker follows ("... in a statement")."""
    k = person.last
    if k + 1 >= len(toks) or toks[k].low != "of" or not person.parts[-1].person or person.parts[-1].pronoun:
        return None
    body = _phrase_after(text, toks, k + 1) or _described_body(text, toks, k + 1)
    if body is None or body.first != k + 1:
        return None
    if body.last < len(toks) and toks[body.last].text not in (",", ".", "!", "?") and (
        toks[body.last].low not in _AFTER_INVERTED_SPEAKER
    ):
        return None
    return body


def _described_body(text: str, toks: list[_Tok], k: int) -> _Phrase | None:
    """ "the county museum", "the regional water board": a body described in lower-case words after
    an article, up to six of them, none a verb of saying; None otherwise."""
    if k >= len(toks) or toks[k].low not in ("the", "a", "an"):
        return None
    m = k + 1
    while m < len(toks) and m - k <= 6 and toks[m].word and not toks[m].cap and toks[m].low not in _AFTER_INVERTED_SPEAKER and (
        toks[m].low not in lex.SPEECH_VERBS and toks[m].low.isalpha()
    ):
        m += 1
    return _make_phrase(text, toks, k, m) if m > k + 1 else None


def _source_ends_after(text: str, toks: list[_Tok], i: int) -> bool:
    """ "..., a girl, Ana Brask, whose leg was hurt, said hospital director Ivo Halvik.": a named
    source right after the cue that ends the sentence is the speaker, not the name before the
    relative clause."""
    if i + 1 >= len(toks) or toks[i].low not in lex.INVERTIBLE:
        return False
    phrase = _phrase_after(text, toks, i + 1)
    if phrase is None or not phrase.parts[-1].named or phrase.last - phrase.first < 2 or toks[phrase.first].cap:
        return False  # a bare name after the cue may be its object: "..., said Halvik."
    return phrase.last >= len(toks) or toks[phrase.last].text in (".", "!", "?") and phrase.last == len(toks) - 1


def _object_of_a_role(toks: list[_Tok], phrase: _Phrase) -> bool:
    """A phrase that is the body a role before it serves ("Vashmoor's envoy to the Entente", "the
    envoy of the Union"): the role describes the speaker, and a name apposed after it is who spoke."""
    k = phrase.first - 1
    if k >= 0 and toks[k].low in lex.DETERMINERS:
        k -= 1
    if k < 1 or toks[k].low not in ("to", "of", "for", "at"):
        return False
    role = toks[k - 1]
    return role.low == role.text and (role.low in lex.ROLE_NOUNS or role.low in lex.OFFICE_TITLES)


def _role_headed(toks: list[_Tok], phrase: _Phrase) -> bool:
    """A phrase whose last word is a role written in lower case ("Velmora's police chief"): it
    describes the speaker, however named its possessor; a name apposed to it is who spoke."""
    last = toks[phrase.last - 1]
    return phrase.last - phrase.first >= 2 and last.low == last.text and (last.low in lex.ROLE_NOUNS or last.low in lex.OFFICE_TITLES)


def _name_after_description(text: str, toks: list[_Tok], c: int, comma: int) -> tuple[_Phrase, tuple[int, int]] | None:
    """ "Irish ferry line, Halvik Lines, said": a short description opening the sentence (up to five
    words, or nine after an article: "An independent network of private weather stations, Kestra,
    said") that no source phrase reads, and the name apposed to it between the commas at ``c`` and
    ``comma``; the name speaks."""
    o = _after_opening_quote(toks, c)
    if not (0 < c - o <= 5 or 0 < c - o <= 9 and toks[o].low in ("a", "an", "the")) or not all(t.word for t in toks[o:c]):
        return None  # the description opens the sentence, or follows the quotation that opens it
    named, paren_end = _before_parenthesis(text, toks, comma)
    if named is None or named.first != c + 1 or not named.parts[-1].named or named.parts[-1].pronoun:
        return None
    return named, (named.start, max(named.end, paren_end))


_DASHES = frozenset({"—", "–", "-"})
_CLOSING_QUOTES = frozenset({"\"", "”", "»"})


def _after_opening_quote(toks: list[_Tok], c: int) -> int:
    """Where the words before ``c`` start: after a quotation that opens the sentence and closes on a comma
    ('"We are happy," Halvik's head of sales, Ivo Brask, said'), else 0."""
    for k in range(c - 1, 0, -1):
        if toks[k].text in _CLOSING_QUOTES:
            return k + 1 if toks[k - 1].text == "," and toks[0].text in ("\"", "“", "«") else 0
        if not toks[k].word:
            return 0
    return 0


_CLAUSE_BOUNDARY = frozenset({"\"", "“", "”", ";", ":", "(", ")", "«", "»"})


def _leading_name_apposition(text: str, toks: list[_Tok], comma: int) -> tuple[_Phrase, tuple[int, int]] | None:
    """ "Ivo Halvik, president of the dockworkers' union, which represents port staff, said" and
    "Marta Vellacourt, the harbour master of Dravik, a port on the north coast, said": a name opening
    the clause, its first apposition, and asides about what that apposition names, up to the comma
    at ``comma`` before the cue. The speaker is the name; the span runs over the name and its first
    apposition (the later asides describe the union or the town, not the speaker)."""
    start = comma
    while start > 0 and comma - start < 45:
        t = toks[start - 1]
        if t.text in _CLAUSE_BOUNDARY or _speaks_at(toks, start - 1):
            break
        start -= 1
    name = _phrase_after(text, toks, start)
    if name is None or not name.parts[0].named or name.parts[0].media or name.last >= comma or toks[name.last].text != ",":
        return None
    if any(p.pronoun for p in name.parts):
        return None
    commas = [c for c in range(name.last + 1, comma) if toks[c].text == ","]
    if not commas or len(commas) > 2 or not all(_opens_aside(toks[c + 1]) for c in [name.last, *commas]):
        return None  # "Buckley, originally from Essex, lived in Halvik, says the agency": a clause, no aside
    first_end = commas[0]
    if first_end == name.last + 1:
        return None
    return name, (name.start, toks[first_end].end)


def _before_region(toks: list[_Tok], comma: int) -> int:
    """The comma after a town when a region follows it before ``comma`` ("of Dravik, Md., who",
    "of Velmora, Norland, who": the state or country of the town, written after it as news does),
    else ``comma``: the town is then read as the speaker's origin, as without the region."""
    k = comma - 1
    if k >= 1 and toks[k].text == "." and toks[k - 1].word:
        k -= 1  # "Md."
    if k < 3 or not (toks[k].cap and toks[k].word and toks[k].low.isalpha()) or toks[k - 1].text != ",":
        return comma
    town = k - 2
    if not (toks[town].cap and toks[town].word):
        return comma
    first = town
    while first > 0 and toks[first - 1].cap and toks[first - 1].word:
        first -= 1
    return k - 1 if first >= 1 and toks[first - 1].low in ("of", "from") else comma


def _named_before_origin(text: str, toks: list[_Tok], place: _Phrase) -> _Phrase | None:
    """The name before ", of Dravik" or ", 59, of Dravik" when ``place`` is that Dravik: the
    speaker, not the town they come from ("Ivo Halvik, 59, of Dravik, said")."""
    k = place.first - 2
    if k < 1 or toks[place.first - 1].low not in ("of", "from") or toks[k].text != ",":
        return None
    if k >= 3 and toks[k - 1].low.isdigit() and toks[k - 2].text == ",":
        k -= 2
    name = _phrase_before(text, toks, k)
    if name is None or name.last != k or not name.parts[0].named or name.parts[0].pronoun or name.parts[0].media:
        return None
    return name


def _opens_aside(tok: _Tok) -> bool:
    """A word that opens an apposition or a relative aside: "the", "a", "its", "who", "which", an
    age, a name or a role ("president of ...", "director of ...")."""
    low = tok.low
    return (
        low in lex.DETERMINERS or low in lex.POSSESSIVE_DETERMINERS or low in ("who", "which", "whose")
        or low.isdigit() or low == "one" or _is_name(tok) or _is_source_noun(low)
    )


_RELAY_PARTICIPLES = frozenset({"cited", "quoted"})
_RELAY_LINKS = tuple(seq for seq in lex.OUTER_LINKS if seq[0] in _RELAY_PARTICIPLES)
# Participles of gathering what people say: "voters polled by the Post said", "skippers interviewed
# by Norland Wire": the agent relays them as "cited by" does (the chain runs Post <- voters).
_GATHERING_LINKS = tuple(
    (participle, "by")
    for participle in ("interviewed", "polled", "surveyed", "contacted", "reached", "consulted", "questioned")
)
_RELAYING_PAIRS = frozenset(_RELAY_LINKS + _GATHERING_LINKS)
assert all(len(seq) == 2 for seq in _RELAYING_PAIRS)  # _relayed_origin reads two words


def _cue_after_agent(text: str, toks: list[_Tok], k: int) -> bool:
    """A verb of saying right after the phrase starting at token ``k`` ("... cited by the Velmora
    Post said"): the participle before it relays a subject to that verb."""
    agent = _phrase_after(text, toks, k)
    return agent is not None and agent.last < len(toks) and toks[agent.last].low in lex.SPEECH_VERBS


def _relayed_origin(
    text: str, toks: list[_Tok], subject: _Phrase
) -> tuple[_Phrase, tuple[int, int, str]] | None:
    """ "unnamed ministers cited by the Velmora Post said": when ``subject`` is the agent of a relay
    participle ("cited by", "quoted in"), the phrase before the participle is where the statement
    comes from: the chain runs from the Post (the source the article credits) to the officials.
    Returns that phrase and the link's cue."""
    k = subject.first - 2  # every link is a participle and a preposition: one look-up, no scan
    described = subject.first  # or a descriptor of the agent between them: "quoted by the charity Sea Haven"
    while described > 2 and subject.first - described < 3 and (
        _compound_word(toks[described - 1]) or toks[described - 1].low in lex.DETERMINERS
    ):
        described -= 1
    if described < subject.first and toks[described].low in lex.DETERMINERS and (
        toks[described - 2].low, toks[described - 1].low
    ) in _RELAYING_PAIRS:
        k = described - 2
    if k < 1 or (toks[k].low, toks[k + 1].low) not in _RELAYING_PAIRS:
        return None
    origin = _phrase_before(text, toks, k)
    if origin is None or origin.last != k or all(p.pronoun for p in origin.parts):
        return None
    return origin, (toks[k].start, toks[k + 1].end, f"{toks[k].low} {toks[k + 1].low}")


def _relative_aside_before(text: str, toks: list[_Tok], comma: int) -> _Phrase | None:
    """ "Marta Vellacourt, 59, who ran the port for a decade, said": the named speaker before a
    relative clause that closes with the comma at ``comma``. The clause may be long and hold commas
    but no statement of its own; the source span runs over it, as an apposition's does."""
    for w in range(comma - 2, max(comma - 45, 1), -1):
        t = toks[w]
        if t.text in ("\"", "“", "”", ";", ":", "(", ")") or _speaks_at(toks, w) and not (
            t.low in lex.STANCE_VERBS and _object_after(toks, w + 1) and toks[w + 1].low not in ("from", "of", "with", "over")
        ):
            return None  # a position taken on a direct object ("who opposed the levy") is no statement of its own
        if t.low in ("who", "whose") and toks[w - 1].text == ",":
            k = _before_region(toks, w - 1)
            head = _phrase_before(text, toks, k)
            if head is None and k >= 3 and toks[k - 1].low.isdigit() and toks[k - 2].text == ",":
                head = _phrase_before(text, toks, k - 2)  # "Vellacourt, 59, who ..."
            if head is not None:
                head = _named_before_origin(text, toks, head) or head  # "Halvik, 59, of Dravik, who ..."
            if head is None or not head.parts[0].named or not head.parts[0].person and len(head.parts) > 1:
                return None
            return head
    return None


def _dash_apposition_before(text: str, toks: list[_Tok], dash: int) -> tuple[_Phrase, tuple[int, int]] | None:
    """ "Brasko -- a port engineer for 20 years -- said": the name before the dashed aside; the
    span runs over the aside, as a comma apposition's does."""
    close = dash - 1 if dash >= 1 and toks[dash].text == "-" and toks[dash - 1].text == "-" else dash
    for c in range(close - 2, max(close - 30, 0), -1):
        t = toks[c]
        if t.text in _DASHES:
            open_at = c - 1 if t.text == "-" and toks[c - 1].text == "-" else c
            if t.text == "-" and open_at == c:
                return None  # a lone hyphen
            head = _phrase_before(text, toks, open_at)
            if head is None or not head.parts[0].named or head.last != open_at:
                return None
            if any(_speaks_at(toks, m) for m in range(c + 1, close)):
                return None
            return head, (head.start, toks[close - 1].end)
        if not t.word and t.text not in (".", "'", "’", ",", "/", "&"):
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
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if t.text in _APPOSITION_STOP or t.low in ("adding", "saying", "citing", "according"):
            return end
        if t.low == "and" and (nxt is None or nxt.low in lex.PRONOUNS or nxt.low in lex.SPEECH_VERBS or nxt.low == "then"):
            return end  # '..., said X, the mayor, and she added': a new clause
        if t.low in lex.SPEECH_VERBS and not t.cap:
            return end  # '..., said X, who stressed that ...': a statement of its own
        if j > k + 2 and t.text == "," and nxt is not None and nxt.low in lex.CHANNEL_PREPOSITIONS:
            return last  # '..., said X, the chair, in a statement.'
        if t.text in (".", "!", "?") and j == len(toks) - 1:
            break
        last = t.end
        j += 1
    if j == stop and stop < len(toks):
        return end
    return last


# --- forms beyond "X said" ----------------------------------------------------------------------------














def _participle(text: str, toks: list[_Tok], i: int, earlier: list[_Found]) -> tuple[_Found, int] | None:
    """ "..., saying it came too late": the statement of the clause's subject (an earlier match's
    source in this sentence, else the named subject that opens the sentence)."""
    t = toks[i]
    shown_end = _cue_extent(toks, i, t.end) if t.low not in lex.TRAILING_LINKS else t.end  # "speaking of"
    if t.low in lex.NEEDS_OBJECT and i + 1 < len(toks) and toks[i + 1].low in lex.CUE_PARTICLES:
        shown_end = toks[i + 1].end  # "calling for"
    cue = (t.start, shown_end, t.low)
    if earlier and earlier[-1].end <= t.start:
        prev = earlier[-1]
        found = _Found(t.start, t.end, t.start, shown_end, prev.source_start, prev.source_end, prev.parts, t.low,
                       prev.channel)
        return found, i + 1
    subject = (
        _inner_clause_subject(text, toks, i - 1) or _opening_subject(text, toks, i) or _subject_after_opening(text, toks, i)
    )
    if subject is None:
        return None
    chain = _Chain(list(subject.parts), [cue] * len(subject.parts), [(subject.start, subject.end)])
    return _finish(chain, cue, subject, i + 1, (subject.start, subject.end))[0], i + 1


def _going_on_to(text: str, toks: list[_Tok], i: int, earlier: list[_Found]) -> tuple[_Found, int] | None:
    """ "..., Brask said, going on to say that the port must close": "going on to" and a verb of
    saying after a comma is a participle of saying like "adding", the verb's cue written whole."""
    if i + 3 >= len(toks) or toks[i + 1].low != "on" or toks[i + 2].low != "to":
        return None
    verb = toks[i + 3]
    if verb.cap or verb.low not in lex.SPEECH_VERBS | lex.STANCE_VERBS | lex.POSITION_VERBS:
        return None
    found = _participle(text, toks, i, earlier)
    if found is None:
        return None
    match, _ = found
    return dataclasses.replace(match, end=verb.end, cue_end=verb.end, cue=verb.low), i + 4


def _subject_after_opening(text: str, toks: list[_Tok], i: int) -> _Phrase | None:
    """ "After saying the quay was safe, Brasko left": a participle clause that opens the sentence
    speaks for the subject right after its comma."""
    if i > 2 or (i and toks[0].low not in lex.PARTICIPLE_LEADS | lex.PREPOSITION_LEADS):
        return None
    comma = next((c for c in range(i + 1, len(toks) - 2) if toks[c].text == ","), -1)
    if comma < 0:
        return None
    if toks[comma + 1].text in ("\"", "”", "''", "’"):
        comma += 1  # 'Decrying the "harbour cartel," Brask ...': the comma inside the quotation's close
    subject = _phrase_after(text, toks, comma + 1)
    if subject is None or subject.last >= len(toks) or not toks[subject.last].word or toks[subject.last].cap:
        return None
    head = subject.parts[-1]
    if head.pronoun and head.display.lower() not in lex.PERSON_PRONOUNS | {"i", "we", "they"}:
        return None
    return subject if head.pronoun or head.named or _source_headed(toks, subject) else None


def _statement_after_aside(toks: list[_Tok], k: int) -> bool:
    """ "saying during the hearing last week, "..."": a time or an occasion (up to eight words from a
    preposition) and then a comma and a quotation, or "that"."""
    if k >= len(toks) or toks[k].low not in ("during", "at", "in", "on", "after", "before"):
        return False
    for m in range(k + 1, min(k + 9, len(toks) - 1)):
        t = toks[m]
        if t.low == "that" or t.text == "," and toks[m + 1].text in ("\"", "“"):
            return True
        if not t.word and t.text not in ("'", "’", "-"):
            return False
    return False


def _named_participle(text: str, toks: list[_Tok], i: int) -> tuple[_Found, int] | None:
    """ "footage of Brasko saying that ...", "a clip shows Vellacourt arguing: ...": a named speaker
    right before a participle of saying that a statement follows speaks through it."""
    prev = toks[i - 1]
    if not _is_name(prev) or prev.first or not (_statement_after(toks, i + 1) or _statement_after_aside(toks, i + 1)):
        return None
    phrase = _phrase_before(text, toks, i)
    if phrase is None or not phrase.parts[-1].named or phrase.parts[-1].media and not phrase.parts[-1].person:
        return None
    t = toks[i]
    cue = (t.start, t.end, t.low)
    chain = _Chain(list(phrase.parts), [cue] * len(phrase.parts), [(phrase.start, phrase.end)])
    return _finish(chain, cue, phrase, i + 1)








_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twenty thirty forty fifty hundred a an half".split())


def _object_then_infinitive(toks: list[_Tok], k: int) -> bool:
    """ "expects the toll to rise", "expect Brasko to win": an object of one to four words, then "to"
    and a verb; a prediction about someone or something, not "expects to win" (an intention)."""
    if k >= len(toks) or not toks[k].word or toks[k].low == "to":
        return False
    for m in range(k + 1, min(k + 5, len(toks) - 1)):
        t = toks[m]
        if t.low == "to":
            return toks[m + 1].word and not toks[m + 1].cap and not toks[m + 1].low[:1].isdigit()
        if not t.word and t.text not in ("'", "’", "-") or t.low in lex.CLAUSE_WORDS:
            return False
    return False


def _forecast_after(toks: list[_Tok], k: int) -> bool:
    """ "had expected a smaller loss", "expects growth of 2%", "expected a 0.25-point cut": an object
    of at most four words headed by an outcome that can be forecast (``FORECAST_NOUNS``)."""
    for m in range(k, min(k + 4, len(toks))):
        t = toks[m]
        if t.low in lex.FORECAST_NOUNS and not t.cap:
            return True
        if not t.word and t.text not in ("-", "%", ".") or t.low in lex.CLAUSE_WORDS or t.low in ("to", "that"):
            return False
    return False


def _topic_ahead(toks: list[_Tok], i: int) -> bool:
    """ "spoke more often in public about the port", "talked to reporters for an hour about the
    levy": "about" within six words after a verb of speaking, over no punctuation, clause word or
    other verb of saying, names what was spoken of."""
    for k in range(i + 1, min(i + 7, len(toks))):
        t = toks[k]
        if t.low == "about":  # not "spoke for about five minutes"
            return k + 1 < len(toks) and toks[k + 1].word and not toks[k + 1].low[:1].isdigit() and toks[k + 1].low not in _NUMBER_WORDS
        if not t.word or t.low in ("that", "and", "but", "because", "when", "while", "if") or t.low in lex.SPEECH_VERBS:
            return False
        if t.low == "to" and k + 1 < len(toks) and (toks[k + 1].low in ("about", "this", "last", "on", "in") or not toks[k + 1].word):
            return False  # "the experts I spoke to this week about": no one is spoken to here
    return False


def _coordinated(toks: list[_Tok], i: int, prev: _Found) -> tuple[_Found, int] | None:
    """ "Vellacourt said on Monday that the quay was safe and suggested it would reopen": a verb
    of saying joined by "and" to an earlier attribution of the sentence shares its source."""
    t = toks[i]
    if t.low in _COORDINATION_SKIP or i < 2:
        return None
    j = i - 1
    while j > 0 and (toks[j].low in lex.CUE_PREFIX or _cue_adverb(toks[j])):
        j -= 1
    if toks[j].low not in ("and", "but") or prev.end > toks[j].start:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not nxt.word and nxt.text not in (":", ",", "\"", "“"):
        return None
    found = _Found(toks[j + 1].start, t.end, toks[j + 1].start, t.end, prev.source_start, prev.source_end,
                   prev.parts, t.low, prev.channel)
    return found, i + 1


# Verbs whose complement decides whether they state anything: left to the full check of _verb.
_COORDINATION_SKIP = (
    lex.CLAUSE_VERBS | lex.COMMISSIVE_VERBS | lex.NEEDS_OBJECT | lex.QUOTE_VERBS | lex.TOPIC_VERBS | lex.BASE_FORMS
    | lex.STANCE_VERBS | lex.VOICE_VERBS | frozenset(lex.IDIOM_CUES)
    | lex.TALLY_VERBS | _NOUN_LIKE | frozenset({"announced", "announces", "announce", "told", "tells", "tell"})
)


def _main_clause_start(toks: list[_Tok], before: int) -> int:
    """Where the main clause starts after an opening prepositional phrase or participle clause and
    its comma ("In 1986,", "After the vote,", "On Thursday, however,", "Stung by the audit,"); 0
    when the sentence opens with no such phrase."""
    if not toks:
        return 0
    first = toks[0].low
    participle = toks[0].cap and first.endswith(("ed", "ing")) and len(first) > 5 and first not in lex.SPEECH_VERBS
    if first not in lex.ADVERBIAL_OPENERS and not participle:
        return 0
    for c in range(1, min(_MAX_PHRASE, before)):
        t = toks[c]
        if t.text == ",":
            k = c + 1
            if k + 1 < before and toks[k + 1].text == "," and toks[k].low in lex.CAP_STOP:
                k += 2  # "On Thursday, however, ..."
            return k if k < before else 0
        if not t.word and t.text not in ("-", "'", "’", "/") or t.low in lex.SPEECH_VERBS:
            return 0
    return 0


def _inner_clause_subject(text: str, toks: list[_Tok], before: int) -> _Phrase | None:
    """The subject of the clause that a later "and said" or ", saying" continues, when that clause
    follows a subordinate one: "When the tide turned, she laughed and said", not the subordinate
    clause's subject. A pronoun or a name right after the comma that closes the subordinate clause
    (opened by a clause word), followed by a lower-case verb."""
    if not toks or toks[0].low not in lex.SUBORDINATORS:
        return None
    comma = next((c for c in range(before - 1, 0, -1) if toks[c].text == ","), -1)
    if comma < 1 or comma + 2 >= before:
        return None
    subject = _phrase_after(text, toks, comma + 1)
    if subject is None or subject.last >= before or not toks[subject.last].word or toks[subject.last].cap:
        return None
    head = subject.parts[-1]
    if head.pronoun and head.display.lower() not in lex.PERSON_PRONOUNS | {"i", "we", "they"}:
        return None
    return subject if head.pronoun or head.named or _source_headed(toks, subject) else None


def _opening_subject(text: str, toks: list[_Tok], before: int) -> _Phrase | None:
    """The named subject (or "he"/"she") that opens the sentence and is followed by a lower-case
    word, a verb: the speaker of "..., saying" and of "... and said" later in the sentence. An
    opening adverbial is stepped over ("In August, the board ...", "On Monday, however, Brasko ...")."""
    k = _main_clause_start(toks, before)
    while k < before and toks[k].word and toks[k].low in lex.CAP_STOP:
        k += 1
    subject = _phrase_after(text, toks, k)
    if subject is not None and k < before and toks[k].low in lex.DETERMINERS and subject.last == k + 1:
        comma = next((m for m in range(k + 1, min(k + 6, before)) if not toks[m].word), -1)
        subject = _apposed_name(text, toks, comma, before)  # "The president-elect, Jon Brasko, ..."
    if subject is not None and subject.last < before and toks[subject.last].text == "," and not subject.parts[-1].named:
        subject = _apposed_name(text, toks, subject.last, before) or subject  # "The bank chief, Jon Brasko, ..."
    if subject is None or subject.last >= before:
        return None
    if subject.first == 0 and subject.last == 1 and toks[0].low.endswith("ing"):
        return None  # "Speaking to the crowd he said ... and described": a participle, no name
    after = toks[subject.last]
    if after.text == "," and subject.parts[-1].named:
        close = _closed_apposition(toks, subject.last, before)  # "Rendell, a surrogate, said ... and called it ..."
        if close < 0:
            return subject
        return _Phrase(subject.first, close + 1, subject.start, toks[close].end, subject.parts)
    if not after.word or after.cap:
        return None
    head = subject.parts[-1]
    if not (head.named or head.pronoun and head.display.lower() in lex.PERSON_PRONOUNS or _source_headed(toks, subject)):
        return None
    return subject


def _closed_apposition(toks: list[_Tok], comma: int, before: int) -> int:
    """The comma closing an apposition that opens at ``comma`` ("Rendell, a party surrogate, ...",
    "Brasko, the harbour master, ..."): a determiner or a role opens it, no verb of saying is in
    it, and the subject's own verb follows the closing comma. -1 when there is none."""
    if comma + 1 >= before:
        return -1
    opener = toks[comma + 1]
    if not (opener.low in lex.DETERMINERS or opener.low in lex.POSSESSIVE_DETERMINERS or opener.low in lex.ROLE_NOUNS):
        return -1
    for c in range(comma + 2, min(comma + _MAX_PHRASE, before - 1)):
        t = toks[c]
        if t.text == ",":
            nxt = toks[c + 1]
            return c if nxt.word and not nxt.cap else -1
        if not t.word and t.text not in ("-", "'", "’", ".") or t.low in lex.SPEECH_VERBS and not t.cap:
            return -1
    return -1


def _clause_subject(text: str, toks: list[_Tok], j: int) -> _Phrase | None:
    """The words between the clause's start and a plain verb of saying, when no noun phrase rule
    found its subject: "all the engineers I consulted said", "many of whom say", "Those close to
    him say". Up to eight words after a clause boundary; not a lone function word ("That said")."""
    k = j
    while k > 0 and j - k < 8:
        t = toks[k - 1]
        if not t.word or t.low in lex.CLAUSE_OPENING_WORDS:
            break
        k -= 1
    if k == j or j - k >= 8 or (k > 0 and toks[k - 1].word and toks[k - 1].low not in lex.CLAUSE_OPENING_WORDS):
        return None
    if toks[j - 1].low == "to":
        return None  # "his answer was to say"
    if k > 0 and toks[k - 1].word and j - k < 2:
        return None  # "the crane that fell said": one word after a clause word is its verb
    words = toks[k:j]
    if (
        (words[0].low in lex.CAP_STOP and words[0].low not in ("those", "these"))
        or all(w.low in _FUNCTION_LIKE for w in words)
        or any(not w.cap and (w.low in lex.SPEECH_VERBS or w.low.replace("’", "'") in _VERBAL) for w in words)
    ):
        return None  # "in 2010 said", "Kadzik wouldn't say", "his answer was to say": no subject here
    return _make_phrase(text, toks, k, j)


_FUNCTION_LIKE = lex.CAP_STOP | lex.PRONOUNS | lex.DETERMINERS | lex.INDEFINITES | frozenset({"having", "be", "been"})
_VERBAL = lex.CUE_PREFIX | lex.CUE_ADVERBS | _AUX_NEXT | frozenset(
    "should must shall can't cannot wouldn't couldn't shouldn't won't don't doesn't didn't let let's".split()
)


def _apposed_name(text: str, toks: list[_Tok], comma: int, before: int) -> _Phrase | None:
    """ "The president-elect, Jon Brasko, broke his silence": the name between the comma at
    ``comma`` and the next one, after a described subject; None when there is none."""
    if comma < 0 or toks[comma].text != ",":
        return None
    named = _phrase_after(text, toks, comma + 1)
    if named is None or not named.parts[0].named or named.last >= before or toks[named.last].text != ",":
        return None
    return named


def _speaker_headed(toks: list[_Tok], phrase: _Phrase) -> bool:
    """A subject that can speak: "he", "she", "they", or a source or role noun ("the board")."""
    head = phrase.parts[-1]
    if head.pronoun:
        return head.display.lower() in lex.PERSON_PRONOUNS | {"they", "i", "we"}
    return _source_headed(toks, phrase)


def _takes_a_position(toks: list[_Tok], phrase: _Phrase) -> bool:
    """A subject that can take a position on something: a name, a pronoun for someone, a source or
    role noun, or a plural noun ("critics", "the endorsements"); not a verb or adjective the phrase
    walk took in ("the candidates took questions", "any tough questions")."""
    head = phrase.parts[-1]
    if head.pronoun:
        return head.display.lower() in lex.PERSON_PRONOUNS | {"they", "i", "we", "it", "who", "which"}
    if head.named:
        return True
    low = toks[phrase.last - 1].low
    return low in lex.SOURCE_NOUNS or low in lex.ROLE_NOUNS or low in lex.DOCUMENT_NOUNS or low in ("which", "who") or (
        len(low) > 3 and low.endswith("s") and not low.endswith("ss") and low.isalpha()
    )


def _source_headed(toks: list[_Tok], phrase: _Phrase) -> bool:
    """An unnamed subject headed by a source or role noun: "Authorities", "A federal judge"."""
    head = toks[phrase.last - 1]
    low = head.low
    role = low in lex.ROLE_NOUNS or low.endswith("s") and low[:-1] in lex.ROLE_NOUNS  # "pilots", "lawyers"
    opener = toks[phrase.first]
    if low in _SETS and (opener.low in ("a", "an") or opener.text[:1].isdigit()):
        return False  # "a 13-inch television made ...": a set, not a broadcaster
    return (not head.cap or head.first) and (low in lex.SOURCE_NOUNS or role) and low not in lex.DOCUMENT_NOUNS


_SETS = frozenset({"radio", "television", "tv"})  # broadcasters, or the sets they are received on


def _names_a_source(toks: list[_Tok], phrase: _Phrase) -> bool:
    """A phrase that names who is cited: a name, or a head noun for people or bodies ("two
    officials", "a senior diplomat"), not a document or a thing ("the release of prisoners")."""
    if any(p.named for p in phrase.parts):
        return True
    return any(
        t.word and not t.cap and t.low not in lex.DOCUMENT_NOUNS
        and (t.low in lex.SOURCE_NOUNS or t.low in lex.ROLE_NOUNS or t.low.endswith("s") and t.low[:-1] in lex.ROLE_NOUNS)
        for t in toks[phrase.first : phrase.last]
    )  # "people familiar with the matter": the head need not end the phrase


def _witness(text: str, toks: list[_Tok], i: int, earlier: list[_Found]) -> bool:
    """ '..., Halvik Wire saw.' at a sentence's end: the named outlet relays the sentence's
    attribution (its chain gains the outlet at the head) or, alone, is the source itself."""
    if i + 1 < len(toks) and toks[i + 1].text not in (".", "!", "?"):
        return False
    end = i - 1 if i and toks[i - 1].low in ("has", "have", "had") else i  # "Halvik Wire has learned"
    phrase = _phrase_before(text, toks, end)
    if phrase is None or phrase.first < 1 or toks[phrase.first - 1].text != ",":
        return False
    head = phrase.parts[0]
    if not (head.named and (head.media or head.display.split()[-1].lower() in lex.MEDIA_NAME_WORDS)):
        return False  # "The Post has learned": a masthead word names the outlet on its own
    t = toks[i]
    if earlier:
        prev = earlier[-1]
        earlier[-1] = dataclasses.replace(prev, parts=phrase.parts + prev.parts, end=max(prev.end, t.end))
    else:
        earlier.append(_Found(phrase.start, t.end, t.start, t.end, phrase.start, phrase.end, phrase.parts, t.low))
    return True




# --- references ---------------------------------------------------------------------------------------


