"""Whether a figure's own sentence tells it as a wider count than its noun alone ("2,100 pickers, including
seasonal hands", "lent the club and its junior section 4.2 million", "62,000 patients worldwide", "up to 9,000
shoppers on Saturdays"), or as a narrower one ("900 trams run by a private operator", "five foreign engineers", "410
crowns a dose, net of rebates").

Two outlets' different figures for one slot are often a whole and a part of it: a union counts the subcontractors'
crews a builder leaves out, a maker counts its patients abroad. When the larger figure's sentence says what it takes
in beyond the plain count, and the smaller one's says nothing of the kind, the two measure different scopes, not one
thing twice. The words are data (``rules/vocabulary/scope_words.yaml``).
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from consistency.errors import RuleError
from consistency.extract._figure_words import parse_number_words
from consistency.model import Fact
from consistency.text import stem
from consistency.vocabulary import active, is_word_list, vocabulary_file
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

FILE_NAME = "scope_words.yaml"
KEYS = (
    "after", "before", "places", "days", "narrower", "adjectives", "origins", "member_bodies", "possessives", "net",
    "alone", "whole", "not_parts", "more_than_half", "parts_and_wholes",
)
# The keys of one entry of ``parts_and_wholes``: the words that tell a count as a part, and as the whole it is part of
PAIR_KEYS = ("name", "part_before", "part_after", "whole_before", "whole_after")
# How far after its figure a cue is read (characters, within the sentence and before any other figure in digits),
# and how far before it (within its clause).
_REACH_AFTER = 100
_REACH_BEFORE = 80
_PLACE_REACH = 40  # "62,000 patients worldwide": a place word right after the figure's noun
_NARROW_WORDS = 4  # "900 trams run by ...": a narrowing modifier starts within this many words of the figure
_SENTENCE_END = re.compile(r"[.;:!?](?!\d)")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\.(?!\d)|\s[-–—]\s")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+")
# Words that may stand between a cue and the number of a part it lists ("including some 12 children")
_LEAD_INS = frozenset("all the a an some about around nearly almost roughly at least more than over up to".split())


@dataclass(frozen=True)
class ScopeWords:
    after: tuple[tuple[str, ...], ...] = ()
    before: tuple[tuple[str, ...], ...] = ()
    places: tuple[tuple[str, ...], ...] = ()
    days: tuple[tuple[str, ...], ...] = ()
    narrower: tuple[tuple[str, ...], ...] = ()
    adjectives: tuple[tuple[str, ...], ...] = ()
    origins: tuple[tuple[str, ...], ...] = ()  # "85 line judges from Hobskirk": a part named by where it comes from
    member_bodies: tuple[tuple[str, ...], ...] = ()  # "the guild says its 6,400 stores": a body counting its members
    possessives: tuple[tuple[str, ...], ...] = ()  # "its", "their": right before the figure, tying it to that body
    net: tuple[tuple[str, ...], ...] = ()
    alone: tuple[tuple[str, ...], ...] = ()
    whole: tuple[tuple[str, ...], ...] = ()  # "all", "each of the": right before a figure, the whole of a group
    not_parts: tuple[tuple[str, ...], ...] = ()  # "more", "extra": words before a noun that add to a count, not part it
    more_than_half: tuple[tuple[str, ...], ...] = ()  # "a majority", "most": before "of its 57 members", over half of it
    # ("cutting 80 jobs" against "employs 300 people"): words that tell one count as a part and the other as its whole
    parts_and_wholes: tuple[PartAndWhole, ...] = ()


@dataclass(frozen=True)
class PartAndWhole:
    """The words beside two counts that tell one as a part of a whole and the other as that whole: a cut and the
    workforce it is cut from, the patients who qualify for a drug and all who live with the disease."""

    name: str
    part_before: tuple[tuple[str, ...], ...] = ()  # right before the figure: "cutting 80 jobs"
    part_after: tuple[tuple[str, ...], ...] = ()  # a few words after it, in its clause: "80 staff will lose their jobs"
    whole_before: tuple[tuple[str, ...], ...] = ()  # right before the figure: "employs 300 people"
    whole_after: tuple[tuple[str, ...], ...] = ()  # right after the figure and its noun: "300 staff work there"


def load_scope_words(path: str | None = None) -> ScopeWords:
    """The scope words of ``path`` (default: the active vocabulary folder's file, else the shipped one)."""
    return _load_scope_words(str(Path(path))) if path else _active_scope_words(active())


@functools.lru_cache(maxsize=8)
def _active_scope_words(folder: str | None) -> ScopeWords:
    """The active ``folder``'s file, else the shipped one: looked up once per folder, as every figure pair a
    verdict reaches asks for the words (a file lookup each time would cost more than the reading)."""
    return _load_scope_words(str(vocabulary_file(FILE_NAME)))


def _phrases(name: str, node: yaml.Node, what: str, line: int | None) -> tuple[tuple[str, ...], ...]:
    words = value_of(name, node)
    if not is_word_list(words):
        raise RuleError(name, f"{what} needs a list of words or phrases", line)
    return tuple(p for p in (tuple(_WORD.findall(w.lower())) for w in words) if p)


@functools.lru_cache(maxsize=4)
def _load_scope_words(path: str) -> ScopeWords:
    name = str(Path(path))
    node = compose_file(Path(path), "vocabulary file")
    if node is None:
        return ScopeWords()
    fields = mapping(name, node, "a scope word vocabulary")
    reject_unknown(name, fields, KEYS, "the scope word vocabulary")
    read: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key in KEYS:
        if key in fields and key != "parts_and_wholes":
            key_node, value_node = fields[key]
            read[key] = _phrases(name, value_node, f"'{key}'", line_of(key_node))
    pairs = _parts_and_wholes(name, fields["parts_and_wholes"][1]) if "parts_and_wholes" in fields else ()
    return ScopeWords(**read, parts_and_wholes=pairs)


def _parts_and_wholes(name: str, node: yaml.Node) -> tuple[PartAndWhole, ...]:
    """The entries of ``parts_and_wholes``: each a mapping of a name and lists of part and whole words."""
    if not isinstance(node, yaml.SequenceNode):
        raise RuleError(name, "'parts_and_wholes' needs a list of entries", line_of(node))
    read = []
    for entry in node.value:
        fields = mapping(name, entry, "a parts_and_wholes entry")
        reject_unknown(name, fields, PAIR_KEYS, "a parts_and_wholes entry")
        if "name" not in fields or not isinstance(value_of(name, fields["name"][1]), str):
            raise RuleError(name, "a parts_and_wholes entry needs a name", line_of(entry))
        words = {
            key: _phrases(name, fields[key][1], f"'{key}'", line_of(fields[key][0]))
            for key in PAIR_KEYS[1:] if key in fields
        }
        if not (words.get("part_before") or words.get("part_after")) or not (
            words.get("whole_before") or words.get("whole_after")
        ):
            raise RuleError(name, "a parts_and_wholes entry needs part and whole words", line_of(entry))
        read.append(PartAndWhole(name=value_of(name, fields["name"][1]), **words))
    return tuple(read)


def _told_alone(after: list[str], before: str, phrases: tuple[tuple[str, ...], ...]) -> str:
    """A word of ``alone`` closing a place, a group or a time the figure's clause names with a preposition, after the
    figure ("about 400 vehicles on the ring road alone") or opening its sentence before it ("In the capital alone, 400
    flats"): the figure is told as the part counted there; "" when there is none. The preposition must come first, so
    "were left alone on the quay" tells no part."""
    for phrase in phrases:
        at = _find(after, phrase)
        if 0 < at <= _ALONE_WORDS and any(w in _PREPOSITIONS for w in after[:at]):
            return " ".join(phrase)
        opening = _OPENING.match(before)
        if opening and tuple(_WORD.findall(opening.group("close").lower())) == phrase and not _DIGIT.search(before):
            return " ".join(phrase)
    return ""


# Names a "from" may take that say when, not where from ("15 beaches from Saturday", "a rise from April")
_NOT_ORIGINS = frozenset(
    w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, "Sept")
)
# the count's noun (one to three words, none that ends a noun phrase), the origin word, a capitalised name
_ORIGIN_AFTER = re.compile(r"\s+(?P<noun>(?:[a-z][a-z-]*\s+){1,3})(?P<cue>[a-z]+)\s+(?:the\s+)?(?P<name>[A-Z][a-z]+)")


def _told_origin(clause: str, phrases: tuple[tuple[str, ...], ...]) -> str:
    """The word and name right after the figure's noun that say where the counted ones come from ("85 line judges from
    Hobskirk", "40 nurses from Trewnock"): news counts the ones from one place or body apart from the whole, so the
    smaller, so-told count and a larger bare one are a part and its whole; "" when there is none. A month or a
    weekday after "from" tells a time ("15 beaches from Saturday"), and a verb between the number and "from" ends the
    count's noun phrase ("three ships were barred from Tessport"), so neither is read."""
    told = _ORIGIN_AFTER.match(clause)
    if told is None or (told.group("cue"),) not in phrases or told.group("name").lower() in _NOT_ORIGINS:
        return ""
    if any(word in _PHRASE_END for word in told.group("noun").split()):
        return ""
    return f"{told.group('cue')} {told.group('name')}"


def _members_counted(fact: Fact, vocab: ScopeWords) -> str:
    """A possessive right before the figure ("its 120 boats", "their 900 farms") in a sentence that names, before it,
    a body made of members (a guild, a cooperative, an association): the body counts its own members' things, a part
    of all there are, so its count and a larger one told plainly are a part and its whole; "" when there is none."""
    sentence, start = fact.sentence, fact.start - fact.sentence_start
    if not vocab.possessives or not vocab.member_bodies or not 0 <= start <= len(sentence):
        return ""
    head = _WORD.findall(sentence[:start].lower())
    # (the possessive may open the figure's own text, "its 120 boats", or come right before it)
    first = _WORD.match(fact.text.lower())
    before = (first.group(),) if first else tuple(head[-1:])
    said = next((p for p in vocab.possessives if before == p), None)
    if said is None:
        return ""
    body = next((p for p in vocab.member_bodies if _find(head, p) >= 0), None)
    return f"{' '.join(said)} ({' '.join(body)})" if body else ""


_ALONE_WORDS = 7  # words after the figure among which its clause's "alone" is read
_PREPOSITIONS = frozenset("in on at from for during across within among inside".split())
# a sentence that opens on a place, a group or a time closed by one word and a comma: "In the capital alone, ..."
_OPENING = re.compile(r"\s*(?:in|on|at|from|during|across|within|among|inside)\s+[^,;:.\d]{1,60}?\s(?P<close>[A-Za-z]+)\s*,", re.IGNORECASE)


def _find(words: list[str], phrase: tuple[str, ...], start: int = 0) -> int:
    """Where ``phrase`` starts in ``words`` at or after ``start``; -1 when it does not."""
    n = len(phrase)
    for i in range(start, len(words) - n + 1):
        if tuple(words[i : i + n]) == phrase:
            return i
    return -1


def _lists_a_number(words: list[str], at: int, digits_next: bool) -> bool:
    """Whether a number follows the cue ending at word ``at``, lead-in words skipped ("including 12 children",
    "including some twenty pupils"): the cue then lists a part of the figure, it adds nothing to it."""
    while at < len(words) and words[at] in _LEAD_INS:
        at += 1
    if at >= len(words):
        return digits_next
    return parse_number_words(words[at], 0) is not None


def told_wider(fact: Fact, vocabulary: ScopeWords | None = None) -> str:
    """The words of the figure's sentence that tell it as a wider count ("including", "and its", "worldwide"), or ""
    when it says none."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    sentence, start, end = fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start
    if not 0 <= start <= end <= len(sentence):
        return ""
    tail = sentence[end : end + _REACH_AFTER]
    stop = _SENTENCE_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    # the stretch a cue may follow the figure in: up to the next figure written in digits
    digit = _DIGIT.search(tail)
    tail_text = tail[: digit.start()] if digit else tail
    words = _WORD.findall(tail_text.lower())
    for phrase in vocab.after:
        at = _find(words, phrase)
        if at >= 0:
            if not _lists_a_number(words, at + len(phrase), digit is not None):
                return " ".join(phrase)
    clause = _CLAUSE_BREAK.split(tail, maxsplit=1)[0]
    near = _WORD.findall(clause[:_PLACE_REACH].lower())
    for phrase in (*vocab.places, *vocab.days):
        if _find(near, phrase) >= 0:
            return " ".join(phrase)
    head = _CLAUSE_BREAK.split(sentence[max(0, start - _REACH_BEFORE) : start])[-1]
    head_words = _WORD.findall(head.lower())
    for phrase in vocab.before:
        if _find(head_words, phrase) >= 0:
            return " ".join(phrase)
    return ""


def told_narrower(fact: Fact, vocabulary: ScopeWords | None = None) -> str:
    """The words right after the figure and its noun that narrow what it counts to a part ("900 trams run by a
    private operator", "75 cranes owned by the port", "six foreign engineers"), or words later in its sentence that tell it as what is left
    once something is taken off ("410 crowns a dose, after rebates"); "" when there are none."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    sentence, end = fact.sentence, fact.end - fact.sentence_start
    if not vocab.narrower or not 0 <= end <= len(sentence):
        return ""
    clause = _CLAUSE_BREAK.split(sentence[end : end + _REACH_AFTER], maxsplit=1)[0]
    stop = _SENTENCE_END.search(clause)
    words = _WORD.findall((clause[: stop.start()] if stop else clause).lower())
    for phrase in vocab.narrower:
        at = _find(words, phrase)
        if 0 <= at < _NARROW_WORDS:
            return " ".join(phrase)
    for phrase in vocab.adjectives:
        # "six foreign engineers": between the number and its noun, nowhere else; not "a 150-member chamber", where the
        # word joined to the number by a hyphen tells the size of the whole
        if _find(words, phrase) == 0 and clause[:1].isspace():
            return " ".join(phrase)
    origin = _told_origin(clause, vocab.origins)
    if origin:
        return origin
    member = _members_counted(fact, vocab)
    if member:
        return member
    alone = _told_alone(words, sentence[: max(0, fact.start - fact.sentence_start)], vocab.alone)
    if alone:
        return alone
    if vocab.net:
        # what is left once something is taken off ("the insurer pays 410 crowns a dose, net of rebates to
        # pharmacies"): read anywhere after the figure in its sentence, up to the next figure written in digits
        tail = sentence[end : end + _REACH_AFTER]
        for stop in (_SENTENCE_END.search(tail), _DIGIT.search(tail)):
            tail = tail[: stop.start()] if stop else tail
        tail_words = _WORD.findall(tail.lower())
        for phrase in vocab.net:
            if _find(tail_words, phrase) >= 0:
                return " ".join(phrase)
    return ""


_PHRASE_REACH = 60  # characters after a figure its noun phrase is read in
_PHRASE_WORDS = 4  # words of that phrase: modifiers and the head noun they come before
_OF_GROUP = re.compile(r"\s*of\s+(?:the|its|their|his|her|our)\s", re.IGNORECASE)  # "all 300 of its fruit pickers"
# Words that end a noun phrase after its number: a preposition, a verb of being or having, a relative word. A
# modifier never stands after them ("12 night ferries at the quay": "at" ends what the count names).
_PHRASE_END = frozenset(
    "with from in on at to for of by into over under across within inside after before during as than who which that "
    "whose is are was were be been will would had has have can could may might should must do did does said say says "
    "and or but".split()
)
_JOINED = re.compile(r"\s*(?:and|or)\s+[a-z]")  # "museums and galleries": a group of two kinds
_ORIGIN = re.compile(r"\s*from\s+(?:the\s+)?[A-Z][a-z]+")  # "90 fruit pickers from Nerruden": a part named by its origin


def _noun_phrase(fact: Fact) -> tuple[list[str], str]:
    """The words right after the figure that name what it counts, up to a word that ends a noun phrase ("12 night
    ferries sailed" gives night, ferries, sailed), past "of its" ("all 300 of its fruit pickers"); and the text after
    them."""
    sentence, end = fact.sentence, fact.end - fact.sentence_start
    if not 0 <= end <= len(sentence):
        return [], ""
    of = _OF_GROUP.match(sentence, end)
    if of:
        end = of.end()
    words: list[str] = []
    for word in re.finditer(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]", sentence[end : end + _PHRASE_REACH]):
        text = word.group().lower()
        if not text[0].isalpha() or text in _PHRASE_END or len(words) >= _PHRASE_WORDS:
            return words, sentence[end + word.start() :]
        words.append(text)
    return words, ""


def told_whole(fact: Fact, vocabulary: ScopeWords | None = None) -> str:
    """The words right before the figure that tell it as the whole of its group ("all 40 ferries", "each of the 40
    ferries"), or "" when there are none."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    sentence, start = fact.sentence, fact.start - fact.sentence_start
    if not vocab.whole or not 0 <= start <= len(sentence):
        return ""
    before = _WORD.findall(sentence[max(0, start - 30) : start].lower())
    text = _WORD.findall(fact.text.lower())
    for phrase in vocab.whole:
        n = len(phrase)
        if tuple(before[-n:]) == phrase or tuple(text[:n]) == phrase:
            return " ".join(phrase)
    return ""


def narrowed_within(part: Fact, whole: Fact, vocabulary: ScopeWords | None = None) -> str:
    """The modifier or origin by which ``part``'s noun phrase names only some of what ``whole``, told as the whole of
    its group, counts ("the 12 night ferries" against "all 40 ferries"; "90 fruit pickers from Nerruden" against "all
    300 of its fruit pickers"), or the second kind ``whole``'s group joins to the first ("all 15 museums and
    galleries"); "" when neither. News names the whole of a group with "all" and the bare noun, and a part of it with
    a word before the same noun or a place it comes from; a modifier both give, or one that adds to a count ("more",
    "extra"), picks out nothing."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    if not told_whole(whole, vocab):
        return ""
    return _part_named(part, whole, vocab, plain_whole=False)


def restricted_within(part: Fact, whole: Fact, vocabulary: ScopeWords | None = None) -> str:
    """The modifier by which ``part``'s noun phrase restricts the very noun ``whole`` counts bare ("the 410 regional
    trams" against "about 640 trams"; "the 38 guarded piers" against "on 65 piers"), or "" when there is none. A
    reporter who puts a word before a counted noun picks out some of it; the larger count of the bare noun may hold
    the smaller, restricted one. Not when the larger count's noun carries a modifier the smaller's lacks (two
    restricted groups, "640 diesel trams" and "410 regional trams", are not a whole and its part), nor when both name
    the same restricted noun ("410 regional trams" against "460 regional trams" is one count told twice)."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    if not _definite(part):
        return ""
    return _part_named(part, whole, vocab, plain_whole=True)


_DEFINITE = frozenset({"the"})


def _definite(fact: Fact) -> bool:
    """Whether a definite article stands right before the figure ("the 410 regional trams"), in its text or before
    it: news names a known group so, and a restricted noun so told is a set apart from the rest. Not the whole of a
    partitive ("12 of the 340 steel bridges"): the figure is there the whole its own sentence counts a part of, and
    its modifier names the story's thing."""
    sentence, start = fact.sentence, fact.start - fact.sentence_start
    if not 0 <= start <= len(sentence):
        return False
    before = _WORD.findall(sentence[max(0, start - 30) : start].lower())
    before += _WORD.findall(fact.text.lower())[:1]
    if before[-1:] and before[-1] in _DEFINITE:
        before.pop()
    elif len(before) < 2 or before[-2] not in _DEFINITE:  # (the figure's text may not hold its article)
        return False
    else:
        before = before[:-2]
    return not before or before[-1] != "of"


_RATES = frozenset({"a", "an", "per", "each", "every"})  # words that start a rate after a figure's noun, "a year"


def _part_named(part: Fact, whole: Fact, vocab: ScopeWords, *, plain_whole: bool) -> str:
    """What ``part``'s noun phrase adds to ``whole``'s to name a part of it (a modifier before the same noun, a place
    it comes from, or the second kind the whole joins to the first), "" when nothing; with ``plain_whole`` the
    whole's noun may carry no modifier the part's lacks, and only a modifier before the noun is read."""
    whole_words, whole_rest = _noun_phrase(whole)
    part_words, part_rest = _noun_phrase(part)
    joined = _JOINED.match(whole_rest)
    # (unless the smaller count names the same two kinds: "nine museums and galleries" counts the whole group again)
    if not plain_whole and whole_words and joined and not _JOINED.match(part_rest):
        return f"{' '.join(whole_words)} and more"
    adding = {w for phrase in vocab.not_parts for w in phrase}
    stems = [stem(w) for w in whole_words]
    # (a modifier the whole's own sentence uses too names the story's thing, "all 910 workers" of a quarry against
    # "520 quarry workers", not a part of it)
    named = set(_WORD.findall(whole.sentence.lower()))
    for at in range(len(part_words) - 1, -1, -1):
        word = part_words[at]
        if stem(word) not in stems:
            continue
        head = stems.index(stem(word))
        if plain_whole and (part_words[at - head : at] != whole_words[:head] or _RATES & {*part_words[:at], *whole_words}):
            # (the whole's noun restricted too, "640 diesel trams": two groups, not a whole and its part; or the
            # phrase going on to a rate, "46 million crowns a year", whose "a" no noun follows)
            return ""
        extra = [w for w in part_words[:at] if w not in whole_words[:head] and w not in adding and w not in named]
        if extra:
            return " ".join(extra)
        if plain_whole:
            return ""
        origin = _ORIGIN.match(part_rest) if at + 1 == len(part_words) else None
        return origin.group().strip() if origin else ""
    return ""


_PART_WORDS = 8  # words after the figure its clause's part words may start within ("80 staff of its radio arm will lose their jobs")
_WHOLE_WORDS = 2  # ... and its whole words ("300 staff work", "2,000 people live with the disease")


def _cue_beside(fact: Fact, before: tuple[tuple[str, ...], ...], after: tuple[tuple[str, ...], ...], reach: int) -> str:
    """A phrase of ``before`` ending right before the figure (a lead-in word or two between: "cutting some 80
    jobs"), or one of ``after`` starting within ``reach`` words after it, in its clause; "" when there is none."""
    sentence, start, end = fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start
    if not 0 <= start <= end <= len(sentence):
        return ""
    head = _WORD.findall(_CLAUSE_BREAK.split(sentence[max(0, start - _REACH_BEFORE) : start])[-1].lower())
    head = head + _WORD.findall(fact.text.lower())[:1]  # (a figure's span may open on its verb: "cutting 80 jobs")
    while head and head[-1] in _LEAD_INS:
        head.pop()
    for phrase in before:
        if tuple(head[-len(phrase) :]) == phrase:
            return " ".join(phrase)
    clause = _CLAUSE_BREAK.split(sentence[end : end + _REACH_AFTER], maxsplit=1)[0]
    words = _WORD.findall(clause.lower())
    for phrase in after:
        at = _find(words, phrase)
        if 0 <= at < reach:
            return " ".join(phrase)
    return ""


def told_as_parts(fact: Fact, vocabulary: ScopeWords | None = None) -> frozenset[str]:
    """The names of the entries of ``parts_and_wholes`` whose part words stand beside the figure ("cutting 80 jobs":
    a cut from a workforce)."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    return frozenset(e.name for e in vocab.parts_and_wholes if _cue_beside(fact, e.part_before, e.part_after, _PART_WORDS))


def told_as_wholes(fact: Fact, vocabulary: ScopeWords | None = None) -> frozenset[str]:
    """The names of the entries of ``parts_and_wholes`` whose whole words stand beside the figure ("employs 300
    people": the workforce a cut is taken from)."""
    vocab = vocabulary if vocabulary is not None else load_scope_words()
    return frozenset(
        e.name for e in vocab.parts_and_wholes if _cue_beside(fact, e.whole_before, e.whole_after, _WHOLE_WORDS)
    )
