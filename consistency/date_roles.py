"""What a date is of (a deadline, a start), read from the word right before it, and the dates that tell one role.

Frames key a date by the happening its sentence names, and outlets name one plan's happening many ways:
"the levy applies until March 31", "the toll runs to April 30", "the relief ends by 31
March" land in three frames, and the deadline they disagree on is never compared. The word before the
date says what it is of whatever the verb: a deadline ("until", "by", "due"), a start ("from",
"effective", "as of"), the start of what still goes on ("since"). The words are data
(``rules/vocabulary/date_roles.yaml``). An outlet that gives one date of a role (told once or repeated)
tells its story's date of that role, as an outlet that reads the clock once tells its story's time; an
outlet with two deadlines (a first phase and the whole work) says nothing of which is the others', and
is left to its words.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import RuleError
from consistency.extract._date_calendar import MONTHS, WEEKDAYS
from consistency.model import DateValue, Fact
from consistency.vocabulary import active, is_word_list, vocabulary_file
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

FILE_NAME = "date_roles.yaml"
MOVED = "moved"  # the entry whose words say a plan moved to the date (not a role)
REPLACED = "replaced"  # the entry whose words, in a date's sentence, set one plan aside for another (not a role)
SET_ASIDE = "set_aside"  # the entry whose words, after those, name what was set aside as a plan or a time (not a role)
MOVED_IN_HEADLINES = "moved_in_headlines"  # words that, in a headline only, say a plan's day moved ("more time")
NOT_ROLES = frozenset({MOVED, REPLACED, SET_ASIDE, MOVED_IN_HEADLINES})
ROLE_KEYS = ("label", "words")
# Small words between a role word and its date ("due on", "until the", "from early"): skipped.
_BETWEEN = frozenset({"on", "the", "at", "in", "of", "a", "an", "early", "late", "mid", "around", "about", "or"})
_REACH_WORDS = 6  # the words before a date read for its role
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE_END = re.compile(r"[.;:!?,]")
_CLAUSE_REACH = 80  # characters before a date read for its clause
# The words right before a date that make it a move's target ("postponed the curfew to May 3", "delayed the change
# until July 1"), small words skipped: a moved word elsewhere in the clause moves something else ("moved its office
# to Tarn on 3 May" dates the move, it moves no date).
_TARGET_WORDS = frozenset({"to", "until", "till", "for"})
_SET_ASIDE_REACH = 4  # words after "rather than" read for what was set aside
# Whole month and weekday names: what "rather than" sets aside is a time ("rather than Tuesday").
_CALENDAR_NAMES = frozenset(
    max((w for w in names if names[w] == n), key=len) for names in (MONTHS, WEEKDAYS) for n in set(names.values())
)


@dataclass(frozen=True)
class DateRole:
    key: str
    label: str
    phrases: tuple[tuple[str, ...], ...]


def load_roles(path: str | None = None) -> tuple[DateRole, ...]:
    """The roles of ``path`` (default: the active vocabulary folder's file, else the shipped one)."""
    return _load_roles(str(Path(path))) if path else _active_roles(active())


@functools.lru_cache(maxsize=8)
def _active_roles(folder: str | None) -> tuple[DateRole, ...]:
    """The active ``folder``'s file, else the shipped one: looked up once per folder, as every date and every
    pair of dates a verdict reads asks for the roles."""
    return _load_roles(str(vocabulary_file(FILE_NAME)))


@functools.lru_cache(maxsize=4)
def _load_roles(path: str) -> tuple[DateRole, ...]:
    file = Path(path)
    name = str(file)
    node = compose_file(file, "vocabulary file")
    if node is None:
        return ()
    roles = []
    for key, (key_node, value_node) in mapping(name, node, "a date role vocabulary").items():
        fields = mapping(name, value_node, f"role '{key}'")
        reject_unknown(name, fields, ROLE_KEYS, f"role '{key}'")
        words = value_of(name, fields["words"][1]) if "words" in fields else None
        if not words or not is_word_list(words):
            raise RuleError(name, f"role '{key}': words needs a list of words or phrases", line_of(key_node))
        label = value_of(name, fields["label"][1]) if "label" in fields else key
        phrases = tuple(tuple(_WORD.findall(w.lower())) for w in words)
        roles.append(DateRole(key, str(label), tuple(p for p in phrases if p)))
    return tuple(roles)


def _clause_words(fact: Fact) -> list[str]:
    """The words of the date's clause before it, lower-cased."""
    at = fact.start - fact.sentence_start
    if not 0 <= at <= len(fact.sentence):
        return []
    return _WORD.findall(_CLAUSE_END.split(fact.sentence[max(0, at - _CLAUSE_REACH) : at])[-1].lower())


def _holds(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def role_of(fact: Fact, roles: Sequence[DateRole] | None = None) -> str | None:
    """The role the words right before a date give it ("until March 31" -> "deadline"); None when none does,
    or when its clause says the plan moved to it ("extended until July 1": the new date, not a version)."""
    if not isinstance(fact.value, DateValue):
        return None
    clause = _clause_words(fact)
    words = clause[-_REACH_WORDS:]
    while words and words[-1] in _BETWEEN:
        words.pop()
    found = None
    for role in roles if roles is not None else load_roles():
        if role.key not in NOT_ROLES and any(tuple(words[-len(p) :]) == p for p in role.phrases):
            found = role.key
            break
    if found is None:
        return None
    for role in roles if roles is not None else load_roles():
        if role.key == MOVED and any(_holds(clause, p) for p in role.phrases):
            return None
    return found


def _phrases(key: str, roles: Sequence[DateRole] | None) -> tuple[tuple[str, ...], ...]:
    return tuple(p for role in (roles if roles is not None else load_roles()) if role.key == key for p in role.phrases)


def moved_to(fact: Fact, roles: Sequence[DateRole] | None = None) -> bool:
    """The date's clause says a plan moved to it: a moved word before it in its clause ("will postpone its
    curfew on night deliveries at the depot to May 3"), the date right after "to", "until", "till" or "for" (the move's
    target, however many words the moved thing takes)."""
    if not isinstance(fact.value, DateValue):
        return False
    clause = _clause_words(fact)
    words = list(clause)
    while words and words[-1] in _BETWEEN:
        words.pop()
    if not words or words[-1] not in _TARGET_WORDS:
        return False
    return any(_holds(clause[:-1], p) for p in _phrases(MOVED, roles))


def sets_plan_aside(fact: Fact, roles: Sequence[DateRole] | None = None) -> bool:
    """The date's sentence sets a plan aside for another ("will open the lane on June 2 rather than on
    May 5", "a 4% levy rather than the planned one, from October 6"): "rather than" or "instead of", and within a
    few words after it a plan ("the planned", "the first") or a time ("the new year", "Tuesday") it replaces. What
    else is set aside ("employees rather than contractors") says nothing of a plan."""
    if not isinstance(fact.value, DateValue):
        return False
    at, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    sentence = fact.sentence if not 0 <= at <= end <= len(fact.sentence) else fact.sentence[:at] + " | " + fact.sentence[end:]
    words = _WORD.findall(sentence.lower())  # the date itself is not what it set aside ("rather than vans from May 1")
    aside = _phrases(SET_ASIDE, roles)
    for phrase in _phrases(REPLACED, roles):
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) != phrase:
                continue
            after = words[i + n : i + n + _SET_ASIDE_REACH]
            if any(w in _CALENDAR_NAMES for w in after) or any(_holds(after, p) for p in aside):
                return True
    return False


def _told(value: DateValue) -> tuple[str | None, str | None]:
    return (value.start, value.end)


def one_date_each(facts: Sequence[Fact]) -> list[list[Fact]]:
    """Per role, the dates of it given by outlets that give one date of that role (told once or repeated):
    each such group is one claim's versions, to be compared."""
    roles = load_roles()
    by_role: dict[str, dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        role = role_of(f, roles)
        if role is not None:
            by_role[role][f.article_id].append(f)
    groups = []
    for by_article in by_role.values():
        group = [
            f for own in by_article.values()
            if len({_told(f.value) for f in own if isinstance(f.value, DateValue)}) == 1
            for f in own
        ]
        if len({f.article_id for f in group}) > 1:
            groups.append(group)
    return groups


def headline_move_words(roles: Sequence[DateRole] | None = None) -> tuple[tuple[str, ...], ...]:
    """The words that, in a headline, say a plan's day moved: the ``moved`` words and the headline-only ones ("gets
    more time to appeal", "given extra time")."""
    return (*_phrases(MOVED, roles), *_phrases(MOVED_IN_HEADLINES, roles))
