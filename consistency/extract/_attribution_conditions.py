"""When a verb of saying is a cue, and how far the cue as written runs: the token tests the
scanner applies around a candidate verb (what follows it, what precedes it, a quotation next to
it, an audience or an occasion after it). Each is a small predicate over the sentence's tokens.
"""

from __future__ import annotations

import re

from consistency.extract import _attribution_lexicon as lex
from consistency.extract._attribution_phrases import (
    _AUX_NEXT,
    _is_name,
    _is_possessive,
    _is_source_noun,
    _phrase_after,
    _phrase_before,
    _postmodified_subject,
)
from consistency.extract._attribution_tokens import _Tok

_SPACES = re.compile(r"\s+")


def _idiom_follows(toks: list[_Tok], i: int) -> bool:
    """The word an idiom's verb needs comes next, or after a day ("ruled Friday against"); "put"
    also estimates ("put the death toll at 40", "put the epicentre at 58km south of Dravik")."""
    words = lex.IDIOM_CUES[toks[i].low]
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].low in lex.WEEKDAYS else i + 1
    return k < len(toks) and toks[k].low in words or toks[i].low in _PUT and _puts_at(toks, i)


_PUT = frozenset({"put", "puts"})


def _puts_at(toks: list[_Tok], i: int) -> bool:
    """ "put the toll at 40": an object of one to eight words, then "at" and a figure or an
    estimate ("at about 58km", "at more than 300", "at $2 billion")."""
    if i + 1 >= len(toks) or toks[i + 1].low not in ("the", "its", "their", "his", "her", "a"):
        return False
    for k in range(i + 2, min(i + 10, len(toks) - 1)):
        t = toks[k]
        if t.low == "at":
            nxt = toks[k + 1]
            return nxt.low[:1].isdigit() or nxt.text in ("$", "€", "£") or nxt.low in (
                "about", "around", "roughly", "nearly", "almost", "least", "more", "less", "some", "over", "under", "up"
            )
        if not t.word and t.text not in ("'", "’", "-"):
            return False
    return False


_NOT_A_ROLE = frozenset({"well", "soon", "much", "many", "long", "far", "if", "though", "usual", "before", "such"})


def _as_after_object(toks: list[_Tok], i: int) -> bool:
    """ "see the levy as a tax", "portrayed himself as an outsider": after the object of the verb
    at ``i`` (one to six words, no punctuation) comes "as" and what it is seen as; not "as well",
    "as soon as" nor an "as" right after the verb ("saw as much")."""
    for k in range(i + 2, min(i + 8, len(toks) - 1)):
        t = toks[k]
        if t.low == "as":
            return toks[k + 1].word and toks[k + 1].low not in _NOT_A_ROLE
        if not t.word and t.text not in ("'", "’", "-") or t.low in ("that", "and", "but", "because", "when", "if"):
            return False
        if t.low in lex.SPEECH_VERBS and not t.cap:
            return False
    return False


def _cue_extent(toks: list[_Tok], i: int, end: int) -> int:
    """Where the cue as written ends: a particle ("pointed out", "warned against"), a day or an
    adverb after the verb ("said Friday", "said later") and a colon before a quote belong to it."""
    k = i + 1
    while k < len(toks) and k <= i + 3:
        t = toks[k]
        if t.low in lex.WEEKDAYS and _day_goes_on(toks, k + 1):
            break  # "said Friday afternoon", "ruled Friday against": the day opens a time phrase of its own
        if t.low in lex.WEEKDAYS or t.low in ("then", "later", "earlier", "today", "yesterday") or _cue_adverb(t):
            end = t.end
        elif (
            (k == i + 1 or t.low in _TOPIC_AFTER_ADVERB)  # "spoke emotionally of", "weighed in Friday about"
            and (t.low in lex.VERB_PARTICLES or t.low in lex.TOPIC_PREPOSITIONS and _topic_after(toks, k + 1))
            and toks[i].low not in lex.BARE_CUE_VERBS
            and not (k + 1 < len(toks) and toks[k + 1].low[:1].isdigit())  # "estimated about 20"
            and not (t.low == "to" and _bare_verb_after(toks, k + 1))  # "promising to lift": an infinitive
            and not (t.low == "as" and k + 1 < len(toks) and toks[k + 1].low in _AS_DEGREE)  # "acknowledged as much"
        ):
            end = t.end
            if t.low in lex.TOPIC_PREPOSITIONS:
                return end  # "called for immediately ...": the topic follows, no adverb of the cue
        elif (
            k == i + 1
            and t.low in _OBJECT_PRONOUNS
            and k + 1 < len(toks)
            and toks[k + 1].low in ("about", "of")
            and toks[i].low not in lex.BARE_CUE_VERBS
        ):
            return toks[k + 1].end  # "asked him about", "accusing her of": the topic's preposition belongs to the cue
        elif t.text == ":":
            return t.end
        else:
            break
        k += 1
    return end


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def _day_goes_on(toks: list[_Tok], k: int) -> bool:
    """A word other than "that" or a topic's preposition follows a day after the cue ("said Friday
    afternoon", "said Friday as he left", "announced Monday to reporters"): the day is part of a
    longer time phrase, not of the cue ("said Friday that ...", "said Friday.", "spoke out Tuesday
    about")."""
    return k < len(toks) and toks[k].word and toks[k].low != "that" and toks[k].low not in _TOPIC_AFTER_ADVERB
# Prepositions of a topic that still belong to the cue after an adverb or a day between them
# ("spoke emotionally of", "spoke out Tuesday about"); "to", "as" and "with" after one open an
# addressee or a manner instead ("announced Monday to reporters").
_TOPIC_AFTER_ADVERB = frozenset({"of", "about", "against", "on", "for"})


def _topic_after(toks: list[_Tok], k: int) -> bool:
    """The words at ``k`` read as the topic of a particle like "on" or "for" ("commented on the
    ruling", "called for a recount"), not as a time or a medium ("announced on Friday", "said on
    Twitter", "has warned for months", "argued for a decade"): anything but a weekday, a month, a
    number, a capitalized name or a stretch of time."""
    if k >= len(toks) or not toks[k].word:
        return False
    t = toks[k]
    if t.low in _DURATIONS or t.low in ("a", "an", "the", "several", "many", "some") and k + 1 < len(toks) and toks[k + 1].low in _DURATIONS:
        return False
    return not (t.low in lex.WEEKDAYS or t.low in lex.MONTHS or t.low[:1].isdigit() or t.cap)


# Words after "as" that make it a comparison, not the particle of a cue ("acknowledged as much",
# "said as well", "as soon as").
_AS_DEGREE = frozenset({"much", "well", "many", "soon", "long", "such", "far", "recently", "early"})

# Stretches of time after "for" ("warned for months", "for a decade"): a time, not a topic.
_DURATIONS = frozenset(
    "months years weeks days decades hours minutes month year week day decade hour while time long".split()
)


def _bare_verb_after(toks: list[_Tok], k: int) -> bool:
    """A word at ``k`` that reads as the bare verb of an infinitive ("to lift", "to meet"), not as
    the object of a particle "to" ("pointed to reports", "referred to the audit", "likened it to
    Brask")."""
    if k >= len(toks):
        return False
    t = toks[k]
    return (
        t.word and not t.cap and t.low.isalpha() and not t.low.endswith("s")
        and t.low not in lex.DETERMINERS and t.low not in lex.POSSESSIVE_DETERMINERS
        and t.low not in lex.PRONOUNS and t.low not in ("them", "him", "me", "us", "what", "whom")
    )


def _outlet_before(text: str, toks: list[_Tok], i: int) -> bool:
    """A named outlet right before a word like "reports" or "notes": "..., Halvik Wire reports."
    makes it a verb (a possessive would not: "Halvik Wire's reports")."""
    if i == 0 or not toks[i - 1].cap or _is_possessive(toks[i - 1]):
        return False
    if i + 1 < len(toks) and toks[i + 1].word and toks[i + 1].low != "that":
        return False  # "The Velmora Times reports were wrong"
    phrase = _phrase_before(text, toks, i)
    return phrase is not None and phrase.parts[-1].named and phrase.parts[-1].media


def _document_before(text: str, toks: list[_Tok], i: int) -> bool:
    """A document or study heads the subject before token ``i``: "the analysis shows", "a poll of
    voters shows" (then "shows" is a verb, not "his TV show")."""
    if i and toks[i - 1].low in lex.DOCUMENT_NOUNS:
        return True
    longer = _postmodified_subject(text, toks, i)
    return longer is not None and toks[longer[1]].low in lex.DOCUMENT_NOUNS


def _time_phrase(first: _Tok, second: _Tok) -> bool:
    """ "in 2010", "in March", "last week", "this month": a time between a speaker and the cue."""
    if first.low in ("in", "since") and (second.low in lex.MONTHS or (second.low.isdigit() and len(second.low) == 4)):
        return True
    return first.low in ("last", "this", "earlier") and second.low in ("week", "month", "year", "spring", "summer", "fall", "autumn", "winter")


def _is_be(tok: _Tok) -> bool:
    """A form of "be" before a progressive: "is", "were", "been", or glued to a pronoun ("He's")."""
    low = tok.low.replace("’", "'")
    if low in lex.BE_FORMS:
        return True
    base, _, suffix = low.partition("'")
    return suffix in ("s", "re", "m") and base in lex.PRONOUNS


def _governs_base_form(prev: _Tok | None) -> bool:
    """A base-form cue needs a subject right before it ("they argue", "critics note") or a modal
    or negation ("would deny", "did not suggest")."""
    if prev is None or not prev.word:
        return False
    low = prev.low.replace("’", "'")
    if low in lex.BASE_SUBJECTS or low in lex.SOURCE_NOUNS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("'s", "ss")) and low.isalpha()


def _title_case(toks: list[_Tok]) -> bool:
    """A headline in title case ("New Poll Shows Gains For Vellacourt"): most longer words capitalized."""
    words = [t for t in toks if t.word and len(t.text) > 3 and t.text.isalpha()]
    return len(words) >= 3 and sum(1 for t in words if t.cap) >= 0.8 * len(words)


def _names_with_quote(toks: list[_Tok], i: int) -> bool:
    """ 'called half of them "deplorables"': calling something a quoted name is a statement."""
    return toks[i].low in lex.CALLED_QUOTE and any(
        t.text in ("\"", "“", "«", "‘") for t in toks[i + 1 : i + 10]
    )


def _next_to_quote(toks: list[_Tok], i: int) -> bool:
    """A quotation or a colon right after the verb ('continued: "...', 'continued, "...') or a
    quotation closing just before its subject ('"...," she continued')."""
    after = [t.text for t in toks[i + 1 : i + 3]]
    if after[:1] == [":"] or after[:2] in ([",", "\""], [",", "“"]) or after[:1] in (["\""], ["“"]):
        return True
    return any(t.text in ("\"", "”") for t in toks[max(0, i - 3) : i])


def _calls_something(toks: list[_Tok], i: int) -> bool:
    """ "called Brasko a liar", "has called the levy a tax on work": calling something a name is a
    statement; "called the police a day later" is not (a time follows the article)."""
    if toks[i].low not in lex.CALLED_QUOTE or i + 1 >= len(toks) or toks[i + 1].low in ("in", "up", "off", "back", "out", "to"):
        return False  # "called in to a radio show"
    for m in range(i + 2, min(i + 6, len(toks) - 1)):
        t = toks[m]
        if not t.word and t.text not in ("'", "’"):
            return False
        if t.low in ("a", "an"):
            return toks[m + 1].low not in lex.TIME_AFTER_ARTICLE
    return False


def _cue_adverb(tok: _Tok) -> bool:
    """An adverb or negation between the speaker and the cue: "forcefully told", "haven't said"."""
    low = tok.low
    return (
        tok.word
        and not tok.cap
        and (low.replace("’", "'") in lex.CUE_ADVERBS or (low.endswith("ly") and len(low) > 4 and low.isalpha() and low not in lex.LY_NOUNS))
    )


def _clause_follows(toks: list[_Tok], k: int) -> bool:
    """A clause without "that" starts at token ``k``: a subject of up to five words, then a finite
    auxiliary ("believe the toll is higher", "know the cranes were inspected"); not an object
    ("knows the city well") nor an infinitive ("expects the port to reopen")."""
    for m in range(k, min(k + 6, len(toks))):
        t = toks[m]
        if t.low in ("and", "or") and m > k and m + 1 < len(toks) and toks[m + 1].word and not (
            toks[m + 1].low in _AUX_NEXT or toks[m + 1].low in lex.BE_FORMS or toks[m + 1].low in lex.CAP_STOP
        ):
            continue  # "believe bigotry and fear are ...": a coordinated subject (not "the rules and were")
        if not t.word or t.low == "to" or t.low in lex.SPEECH_VERBS or (m == k and t.low in _AUX_NEXT) or (
            t.low in lex.CAP_STOP and not (m == k and t.low in ("this", "these", "those"))  # "suspect those losses were"
        ):
            return False  # "what we expect from Brasko is", "know where it is"
        if t.low in _AUX_NEXT or t.low in lex.BE_FORMS:
            return True
    return False


def _that_or_pronoun_clause(toks: list[_Tok], k: int) -> bool:
    """ "that ..." or a pronoun with its own auxiliary ("felt it was late", "feel they should go")
    starts at token ``k``; a pronoun alone is an object ("felt it, too")."""
    if k >= len(toks):
        return False
    if toks[k].low == "that":
        return True
    return (
        toks[k].low in lex.PRONOUNS
        and k + 1 < len(toks)
        and (toks[k + 1].low in _AUX_NEXT or toks[k + 1].low in lex.BE_FORMS)
    )


def _states_after(verb: str, nxt: _Tok) -> bool:
    """After "vowed", "agreed", ...: a clause follows ("vowed that", "agreed it was", "promised he
    would") or an opinion is shared ("agreed with the judge"), not an act ("agreed to send")."""
    if verb.startswith("agree") and nxt.low == "with":
        return True
    return nxt.low in ("that", "he", "she", "it", "they", "we", "i", "there", "this")


def _announces_an_act(toks: list[_Tok], k: int) -> bool:
    """ "announced new sanctions", "announced a ban on exports": the object, within three words, is an
    act the subject takes; "announced that ...", "announced a toll of 40" are statements."""
    for m in range(k, min(k + 3, len(toks))):
        t = toks[m]
        if not t.word or t.low == "that":
            return False
        if t.low in lex.ANNOUNCED_ACTS:
            return True
    return False


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
        if not t.word or t.cap or t.low == "to" or t.low in lex.CONNECTORS:
            return None  # "called on the board to act": no occasion
        if t.low in lex.CHANNEL_NOUNS:
            if m + 1 < len(toks) and toks[m + 1].low in lex.CHANNEL_NOUNS and not toks[m + 1].cap:
                continue  # "in a phone interview", "at a news conference briefing": the last noun heads
            by = m + 1
            if by < len(toks) and toks[by].low in ("with", "to", "on", "by"):
                outlet = _phrase_after(text, toks, by + 1)
                if outlet is not None and outlet.parts[0].media and outlet.parts[0].named:
                    return outlet.parts[0].display, True, outlet.last
            return _SPACES.sub(" ", text[toks[j].start : t.end]), False, m + 1
    return None


def _calls_for_or_names(toks: list[_Tok], i: int) -> bool:
    """ "calling for talks", "calling on the board to act", 'calling the plan "reckless"', "calling
    Brasko a liar": the participle states something; "calling the police" does not."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return nxt in lex.CUE_PARTICLES or _names_with_quote(toks, i) or _calls_something(toks, i)


def _object_after(toks: list[_Tok], k: int) -> bool:
    """What a stance verb takes a position on starts at token ``k``: a word that is neither an
    infinitive's "to", a passive's "by" nor a preposition of time ("rejected the plan", "mocked
    Brasko"; not "was rejected by", "rejected on Monday")."""
    if k >= len(toks) or not toks[k].word:
        return False
    return toks[k].low not in ("to", "by", "on", "in", "at", "after", "before", "during", "for", "as", "out", "away", "down", "up")


def _addressed_statement(toks: list[_Tok], k: int) -> bool:
    """A statement after its addressee: "yelling to the pilots that the quay was flooding", "shouted
    at the crowd: ...". "to" or "at" and up to five words, then "that", a colon or a quotation."""
    if k >= len(toks) or toks[k].low not in ("to", "at"):
        return False
    for m in range(k + 1, min(k + 7, len(toks))):
        t = toks[m]
        if t.low == "that" or t.text in (":", "\"", "“"):
            return m > k + 1
        if not t.word:
            return False
    return False


def _statement_after(toks: list[_Tok], k: int) -> bool:
    """What follows "adding" when it adds a statement: "that", a quotation, a colon or a clause's
    pronoun ("adding that ...", 'adding: "..."', "adding it was late"; not "adding levity")."""
    if k >= len(toks):
        return False
    t = toks[k]
    return not t.word or t.low in ("that", "later", "he", "she", "it", "they", "we", "i", "there", "this")


_CONTRACTED = frozenset({"s", "ve", "re", "d", "ll", "m"})


def _contracted_auxiliary(toks: list[_Tok], first: int) -> int:
    """Where the cue as written starts: an auxiliary glued to the pronoun before it belongs to it
    ("He’s claiming", "they’ve suggested"), as a written-out one does ("has suggested")."""
    if first < 1:
        return toks[first].start
    before = toks[first - 1]
    base, apostrophe, suffix = before.text.replace("’", "'").partition("'")
    if apostrophe and base.lower() in lex.PRONOUNS and suffix.lower() in _CONTRACTED:
        return before.start + len(base)
    return toks[first].start


# Where an appositive after an inverted source ends: '..., said Mike Schmidt, an adviser at X.'
_FLOATING = frozenset({"all", "both", "each"})  # quantifiers floating between a subject and its verb


def _floating(toks: list[_Tok], k: int) -> bool:
    """ "all", "both" or "each" at token ``k`` floats after the subject it quantifies ("Halvik and
    Brask both warned", "the engineers all said"), not a determiner nor a speaker of its own."""
    if k < 1 or toks[k].low not in _FLOATING or toks[k].cap:
        return False
    before = toks[k - 1]
    return before.text == ")" or _is_name(before) or _is_source_noun(before.low)


def _catenative_start(toks: list[_Tok], i: int) -> int:
    """The token where a catenative verb before the cue at ``i`` starts ("continues to insist",
    "went on to explain", "seemed to think"), else -1."""
    if i < 2 or toks[i - 1].low != "to":
        return -1
    k = i - 2
    if toks[k].low in lex.CATENATIVE_VERBS and not toks[k].cap:
        return k
    if toks[k].low == "on" and k >= 1 and toks[k - 1].low in lex.GO_FORMS and not toks[k - 1].cap:
        return k - 1
    return -1


def _coordinated_subject_before(toks: list[_Tok], i: int) -> bool:
    """Two names joined by "and" right before token ``i`` ("Halvik and Brask call them ..."): a
    plural subject that governs a base-form cue, as "they" does."""
    return i >= 3 and _is_name(toks[i - 1]) and toks[i - 2].low == "and" and _is_name(toks[i - 3])


# Intention verbs whose -s form is more often a noun ("her plans to", "the hopes to"): a verb only
# after a subject word (a name, a pronoun, a source or body noun, an auxiliary or adverb).
_INTENTION_NOUNS = frozenset("plans hopes promises pledges vows wishes aims moves pushes tries threatens".split())
_NOT_INFINITIVE = lex.DETERMINERS | lex.POSSESSIVE_DETERMINERS | frozenset({"be", "date", "which", "whom", "what"})


def _intends_an_act(toks: list[_Tok], i: int) -> bool:
    """An intention verb at ``i`` before an infinitive ("wants to close", "vowed not to repeat",
    "is planning to run"), not before a noun ("agreed to the terms", "moved to Dravik") nor read
    as a noun itself ("her plans to", "the Halvik plans to")."""
    k = i + 1
    if k < len(toks) and toks[k].low == "not":
        k += 1
    if k < len(toks) and toks[i].low.startswith("decid") and toks[k].low == "against":
        return k + 1 < len(toks) and toks[k + 1].low.endswith("ing")  # "decided against raising"
    if k < len(toks) and toks[i].low.startswith("want") and _wanted_thing(toks, k):
        prev = toks[i - 1] if i else None
        return _subject_word(prev) or _governs_base_form(prev)  # "dock workers want higher wages"
    if not (k + 1 < len(toks) and toks[k].low == "to"):
        return False
    verb = toks[k + 1]
    if not verb.word or verb.cap or verb.low[:1].isdigit() or verb.low in _NOT_INFINITIVE:
        return False
    if toks[i].low not in _INTENTION_NOUNS:
        return True
    return _subject_word(toks[i - 1] if i else None)


def _subject_word(prev: _Tok | None) -> bool:
    """A word that may end the subject of a verb right after it: a name, a pronoun, a source or
    body noun, a relative, an auxiliary or adverb of the verb (not "her", "the", "Brask's")."""
    if prev is None or not prev.word or _is_possessive(prev):
        return False
    low = prev.low
    if low in lex.DETERMINERS or low in lex.POSSESSIVE_DETERMINERS:
        return False
    return (
        low in lex.PRONOUNS or low in ("that", "which") or low in lex.CUE_PREFIX or _cue_adverb(prev)
        or low in lex.SOURCE_NOUNS or low in lex.ORG_WORDS or prev.cap
    )


def _wanted_thing(toks: list[_Tok], k: int) -> bool:
    """An object of "want" at ``k``: an article or a plain noun phrase ("want a recount", "want
    answers", "want lower fares"), not a pronoun alone ("want it") nor the end of the clause."""
    if k >= len(toks) or not toks[k].word or toks[k].cap:
        return False
    low = toks[k].low
    if low in lex.DETERMINERS or low in lex.POSSESSIVE_DETERMINERS or low == "more":
        return True
    return low.isalpha() and low not in lex.PRONOUNS and low not in ("them", "him", "me", "us", "you", "to", "not") and (
        low.endswith(("s", "er", "ions")) and k + 1 < len(toks) and toks[k + 1].word
    )


_DOCUMENT_ARTICLES = frozenset({"a", "an", "his", "her", "their", "its", "our", "new"})


def _releases_a_document(toks: list[_Tok], i: int) -> bool:
    """A verb of making public at ``i`` before an indefinite or possessive article and a document
    within three words ("filed a motion", "released his tax plan", "sent a cease-and-desist
    letter"), not before anything else ("released the hostages", "sent troops", "filed for
    bankruptcy")."""
    k = i + 1
    if k < len(toks) and toks[k].low in lex.WEEKDAYS:
        k += 1  # "released Friday a letter"
    if k >= len(toks) or toks[k].low not in _DOCUMENT_ARTICLES:
        return False
    for j in range(k + 1, min(k + 5, len(toks))):
        t = toks[j]
        if t.low in lex.RELEASED_DOCUMENTS:
            return True
        if not t.word:
            return False
    return False


def _knows_about(toks: list[_Tok], i: int) -> bool:
    """A verb of knowing at ``i`` before what is known: a question word opening a clause ("know
    what the audit found"), "about" or "of" and a topic ("know all about dredging"); not a bare
    "knows how." nor a question put to the reader ("Do you know where ...?")."""
    if toks[-1].text == "?":
        return False
    k = i + 1
    if k < len(toks) and toks[k].low == "all":
        k += 1  # "know all about"
    if k + 1 >= len(toks) or not toks[k + 1].word:
        return False
    low = toks[k].low
    return low in lex.QUESTION_WORDS or low in ("about", "of")
